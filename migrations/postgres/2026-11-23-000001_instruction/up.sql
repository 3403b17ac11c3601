-- Timestamps are UTC, written by the application (never DEFAULT CURRENT_TIMESTAMP,
-- which would follow the session time zone on PostgreSQL).

CREATE TABLE enrolments (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    course TEXT NOT NULL,
    course_version TEXT NOT NULL,
    language TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    birth_date DATE NOT NULL,
    email TEXT,
    token_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    -- A learner who used up every quiz attempt watches the lessons again in a new round.
    watch_round BIGINT NOT NULL,
    watch_round_started_at TIMESTAMP NOT NULL
);
CREATE INDEX enrolments_tenant ON enrolments (tenant, created_at);

CREATE TABLE watch_spans (
    id TEXT PRIMARY KEY,
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    watch_round BIGINT NOT NULL,
    lesson TEXT NOT NULL,
    from_ms BIGINT NOT NULL,
    to_ms BIGINT NOT NULL,
    reported_at TIMESTAMP NOT NULL,
    CHECK (from_ms >= 0 AND to_ms > from_ms)
);
CREATE INDEX watch_spans_enrolment ON watch_spans (enrolment_id, watch_round);

CREATE TABLE quiz_attempts (
    id TEXT PRIMARY KEY,
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    watch_round BIGINT NOT NULL,
    language TEXT NOT NULL,
    course_version TEXT NOT NULL,
    questions TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    graded_at TIMESTAMP,
    answers TEXT,
    correct_count BIGINT,
    passed BOOLEAN,
    UNIQUE (enrolment_id, number)
);
-- At most one ungraded attempt per enrolment: starting twice returns the open one.
CREATE UNIQUE INDEX quiz_attempts_one_open ON quiz_attempts (enrolment_id) WHERE graded_at IS NULL;

CREATE TABLE declarations (
    enrolment_id TEXT PRIMARY KEY REFERENCES enrolments (id) ON DELETE CASCADE,
    declared_at TIMESTAMP NOT NULL,
    text_version TEXT NOT NULL,
    course_version TEXT NOT NULL,
    language TEXT NOT NULL,
    declaration_text TEXT NOT NULL,
    guardian_given_name TEXT,
    guardian_family_name TEXT,
    CHECK ((guardian_given_name IS NULL) = (guardian_family_name IS NULL))
);

CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    enrolment_id TEXT NOT NULL UNIQUE REFERENCES enrolments (id),
    tenant TEXT NOT NULL,
    instructed_at TIMESTAMP NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revocation_reason TEXT,
    CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certificates_tenant ON certificates (tenant, issued_at);
