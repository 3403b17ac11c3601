-- Staff credentials belong to the person, not to the operator who made the account.
-- A one-time password must be changed at the next login; every account existing now
-- has one that the operator printed.
ALTER TABLE staff ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE staff SET password_must_change = TRUE;
-- The second factor is required for the account; the person enrols it (the secret in
-- totp_secret once confirmed with a code; totp_pending while being set up).
ALTER TABLE staff ADD COLUMN totp_required BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE staff SET totp_required = TRUE WHERE totp_secret IS NOT NULL;
ALTER TABLE staff ADD COLUMN totp_pending TEXT;
-- The last 30-second step whose code was accepted: a code is good for one login only.
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT;
