ALTER TABLE staff DROP COLUMN totp_last_step;
ALTER TABLE staff DROP COLUMN totp_pending;
ALTER TABLE staff DROP COLUMN totp_required;
ALTER TABLE staff DROP COLUMN password_must_change;
