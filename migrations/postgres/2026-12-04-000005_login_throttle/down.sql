DROP TABLE login_throttle;
CREATE TABLE login_failures (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    client TEXT NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, failed_at);
CREATE INDEX login_failures_client ON login_failures (client, failed_at);
