-- The certificate in a wallet (OpenID4VCI, pre-authorized code flow).
-- An offer: its pre-authorized code and transaction code (PIN) as hashes. It works once,
-- for 15 minutes, and dies after five wrong PINs.
CREATE TABLE wallet_offers (
    code_hash TEXT PRIMARY KEY NOT NULL,
    certificate_code TEXT NOT NULL,
    tenant TEXT NOT NULL,
    -- NULL until the PIN is drawn for its mail (the PIN then exists only in the mail).
    pin_hash TEXT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    wrong_pins INTEGER NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX wallet_offers_certificate ON wallet_offers (certificate_code);

-- The access token a redeemed offer gives: one credential, within minutes.
CREATE TABLE wallet_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    certificate_code TEXT NOT NULL,
    tenant TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX wallet_tokens_certificate ON wallet_tokens (certificate_code);

-- The nonces a wallet's proof must carry: each once, within minutes.
CREATE TABLE wallet_nonces (
    nonce_hash TEXT PRIMARY KEY NOT NULL,
    tenant TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);

-- Each credential's place in its office's status list. revoked_at is set with the
-- certificate's revocation and outlives the certificate's deletion (its code is then
-- cleared), so that a revoked credential never reads as valid again.
CREATE TABLE wallet_credentials (
    tenant TEXT NOT NULL,
    status_index INTEGER NOT NULL,
    certificate_code TEXT,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    PRIMARY KEY (tenant, status_index)
);
CREATE INDEX wallet_credentials_certificate ON wallet_credentials (certificate_code);

-- The next free place in each office's status list: taken by an update that locks the
-- row, so that two credentials issued at once never get the same place.
CREATE TABLE wallet_status_next (
    tenant TEXT PRIMARY KEY NOT NULL,
    next_index INTEGER NOT NULL
);

-- The outbox also carries a wallet offer's PIN. SQLite changes a column's constraints
-- only by rebuilding the table; nothing refers to the outbox.
CREATE TABLE outbox_new (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('certificate', 'reissue', 'resume-link', 'pdf-code', 'wallet-pin')),
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
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
CREATE INDEX outbox_certificate ON outbox (certificate_code);
CREATE INDEX outbox_enrolment ON outbox (enrolment_id);
