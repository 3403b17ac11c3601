-- Staff of the health offices, their sessions and failed logins; the audit log; the
-- outbox of e-mails. Timestamps are UTC, written by the application.

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    password_hash TEXT NOT NULL,
    -- Base32 secret of the optional TOTP second factor.
    totp_secret TEXT,
    created_at TIMESTAMP NOT NULL,
    disabled_at TIMESTAMP
);
CREATE INDEX staff_tenant ON staff (tenant);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- Failed logins, for throttling per account and per client address; kept one day.
CREATE TABLE login_failures (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    client TEXT NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, failed_at);
CREATE INDEX login_failures_client ON login_failures (client, failed_at);

-- Append-only, chained by hashes: each entry's hash covers its fields and the previous
-- entry's hash. The head row is the chain's end; taking it for update orders the writers.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    tenant TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_tenant ON audit_log (tenant, seq);
CREATE INDEX audit_log_subject ON audit_log (subject);
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('certificate', 'reissue')),
    certificate_code TEXT NOT NULL REFERENCES certificates (code),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    -- An instance sending the mail holds it until then; another may take it over after.
    claimed_until TIMESTAMP,
    sent_at TIMESTAMP,
    failed_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_certificate ON outbox (certificate_code);
