-- What a learner watched is kept merged: one row per enrolment, round and lesson with
-- the disjoint stretches ("from-to,from-to", milliseconds, sorted) and their total, so
-- neither storage nor the work of a progress report grows with the number of reports.
CREATE TABLE watch_coverage (
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    watch_round BIGINT NOT NULL,
    lesson TEXT NOT NULL,
    stretches TEXT NOT NULL,
    covered_ms BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (enrolment_id, watch_round, lesson),
    CHECK (covered_ms >= 0)
);

-- Progress reports counted per enrolment in windows of one minute.
CREATE TABLE progress_windows (
    enrolment_id TEXT PRIMARY KEY REFERENCES enrolments (id) ON DELETE CASCADE,
    window_started_at TIMESTAMP NOT NULL,
    reports BIGINT NOT NULL
);

-- The recorded spans, merged where they overlap or touch (as the service merges them).
INSERT INTO watch_coverage (enrolment_id, watch_round, lesson, stretches, covered_ms, updated_at)
WITH ordered AS (
    SELECT enrolment_id, watch_round, lesson, from_ms, to_ms, reported_at,
           MAX(to_ms) OVER (
               PARTITION BY enrolment_id, watch_round, lesson
               ORDER BY from_ms, to_ms
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
           ) AS reach
    FROM watch_spans
), numbered AS (
    SELECT *, SUM(CASE WHEN reach IS NULL OR from_ms > reach THEN 1 ELSE 0 END) OVER (
               PARTITION BY enrolment_id, watch_round, lesson
               ORDER BY from_ms, to_ms
               ROWS UNBOUNDED PRECEDING
           ) AS island
    FROM ordered
), islands AS (
    SELECT enrolment_id, watch_round, lesson, MIN(from_ms) AS from_ms, MAX(to_ms) AS to_ms,
           MAX(reported_at) AS reported_at
    FROM numbered
    GROUP BY enrolment_id, watch_round, lesson, island
)
SELECT enrolment_id, watch_round, lesson,
       string_agg(from_ms || '-' || to_ms, ',' ORDER BY from_ms),
       SUM(to_ms - from_ms), MAX(reported_at)
FROM islands
GROUP BY enrolment_id, watch_round, lesson;

DROP TABLE watch_spans;
