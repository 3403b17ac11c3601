DELETE FROM outbox WHERE kind IN ('resume-link', 'pdf-code');
CREATE TABLE outbox_old (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('certificate', 'reissue')),
    certificate_code TEXT NOT NULL REFERENCES certificates (code),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    failed_at TIMESTAMP,
    last_error TEXT
);
INSERT INTO outbox_old SELECT id, tenant, kind, certificate_code, recipient, language,
    created_at, attempts, next_attempt_at, claimed_until, sent_at, failed_at, last_error
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_old RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_certificate ON outbox (certificate_code);
DROP TABLE pdf_requests;
DROP TABLE learner_sessions;
DROP TABLE resume_links;
