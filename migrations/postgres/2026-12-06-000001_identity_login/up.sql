-- A login with the online ID card (SAML): the level of assurance the identity provider
-- confirmed for an enrolment, and the day; the certificate repeats the level (its
-- identity_checked_on is the day of the login).
CREATE TABLE identity_logins (
    enrolment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrolments (id),
    level TEXT NOT NULL,
    logged_in_at TIMESTAMP NOT NULL,
    CHECK (level IN ('substantial', 'high'))
);
ALTER TABLE certificates ADD COLUMN identity_level TEXT;

-- An authentication request sent to an identity provider and not yet answered: the
-- request id its response must name, and where the learner started. Keyed by the hash of
-- the relay state the provider hands back. Deleted by the answer, or after 30 minutes.
CREATE TABLE saml_requests (
    relay_hash TEXT PRIMARY KEY NOT NULL,
    request_id TEXT NOT NULL UNIQUE,
    identity_provider TEXT NOT NULL,
    tenant TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A verified login waiting for the rest of the personal-data form: the name and birth
-- date from the card, nothing else (no address, no pseudonym), and the hash of the relay
-- state of the browser that started it (the form counts only from that browser).
-- Deleted when the learner enrols, or after 30 minutes.
CREATE TABLE saml_logins (
    token_hash TEXT PRIMARY KEY NOT NULL,
    relay_hash TEXT NOT NULL,
    tenant TEXT NOT NULL,
    language TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date DATE NOT NULL,
    level TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK (level IN ('substantial', 'high'))
);

-- Assertions already used (a hash of issuer and assertion id), so that none is accepted
-- twice. Kept for a day, far beyond any assertion's validity.
CREATE TABLE saml_assertions (
    assertion_hash TEXT PRIMARY KEY NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
