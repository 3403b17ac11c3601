-- Back to the outbox without wallet PINs.
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('certificate', 'reissue', 'resume-link', 'pdf-code')),
    certificate_code TEXT REFERENCES certificates (code),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    failed_at TIMESTAMP,
    last_error TEXT,
    enrolment_id TEXT REFERENCES enrolments (id),
    reference TEXT
);
INSERT INTO outbox_new (id, tenant, kind, certificate_code, recipient, language, created_at,
    attempts, next_attempt_at, claimed_until, sent_at, failed_at, last_error, enrolment_id,
    reference)
SELECT id, tenant, kind, certificate_code, recipient, language, created_at,
    attempts, next_attempt_at, claimed_until, sent_at, failed_at, last_error, enrolment_id,
    reference
FROM outbox WHERE kind <> 'wallet-pin';
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_certificate ON outbox (certificate_code);
CREATE INDEX outbox_enrolment ON outbox (enrolment_id);
DROP TABLE wallet_status_next;
DROP TABLE wallet_credentials;
DROP TABLE wallet_nonces;
DROP TABLE wallet_tokens;
DROP TABLE wallet_offers;
