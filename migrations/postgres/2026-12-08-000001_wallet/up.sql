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

-- The outbox also carries a wallet offer's PIN.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('certificate', 'reissue', 'resume-link', 'pdf-code', 'wallet-pin'));
