-- Failed staff logins, counted per (account, client) and per client for any account
-- (account '*', which no login name can be). Every attempt first takes its rows for
-- update and counts itself, so concurrent attempts, on any instance, are counted one
-- after the other and never test more passwords than the limit allows. Timestamps are
-- UTC, written by the application; rows are kept one day after their last failure.
CREATE TABLE login_throttle (
    login TEXT NOT NULL,
    client TEXT NOT NULL,
    failures BIGINT NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    PRIMARY KEY (login, client)
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- The single failures they replace were counted per account alone, so that anyone
-- could lock an account for everybody.
DROP TABLE login_failures;
