-- One-time links to go on with an instruction in another browser, the learner sessions
-- such a link opens, and one-time codes that fetch a certificate's PDF by e-mail.
-- Only hashes of the secrets are stored. Timestamps are UTC, written by the application.

CREATE TABLE resume_links (
    secret_hash TEXT PRIMARY KEY,
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX resume_links_enrolment ON resume_links (enrolment_id);

CREATE TABLE learner_sessions (
    token_hash TEXT PRIMARY KEY,
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX learner_sessions_enrolment ON learner_sessions (enrolment_id);

CREATE TABLE pdf_requests (
    id TEXT PRIMARY KEY,
    certificate_code TEXT NOT NULL REFERENCES certificates (code),
    -- Set when the mail with the code is composed; NULL until then.
    code_hash TEXT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    tries BIGINT NOT NULL,
    used_at TIMESTAMP,
    -- Who asked (the client address, IPv6 by /64): the request limit counts per client,
    -- so that nobody uses up the holder's requests.
    client TEXT NOT NULL
);
CREATE INDEX pdf_requests_certificate ON pdf_requests (certificate_code);

-- The outbox also carries mails without a certificate (a resume link) and mails that
-- refer to a PDF request. SQLite changes a column's constraints only by rebuilding the
-- table; nothing refers to the outbox, so it can be replaced.
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
    attempts, next_attempt_at, claimed_until, sent_at, failed_at, last_error)
SELECT id, tenant, kind, certificate_code, recipient, language, created_at,
    attempts, next_attempt_at, claimed_until, sent_at, failed_at, last_error
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_certificate ON outbox (certificate_code);
CREATE INDEX outbox_enrolment ON outbox (enrolment_id);
