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
-- refer to a PDF request.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('certificate', 'reissue', 'resume-link', 'pdf-code'));
ALTER TABLE outbox ALTER COLUMN certificate_code DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN enrolment_id TEXT REFERENCES enrolments (id);
ALTER TABLE outbox ADD COLUMN reference TEXT;
CREATE INDEX outbox_enrolment ON outbox (enrolment_id);
