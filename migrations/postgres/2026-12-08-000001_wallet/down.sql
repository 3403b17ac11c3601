DELETE FROM outbox WHERE kind = 'wallet-pin';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('certificate', 'reissue', 'resume-link', 'pdf-code'));
DROP TABLE wallet_status_next;
DROP TABLE wallet_credentials;
DROP TABLE wallet_nonces;
DROP TABLE wallet_tokens;
DROP TABLE wallet_offers;
