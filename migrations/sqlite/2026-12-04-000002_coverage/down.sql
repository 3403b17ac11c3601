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

-- Each stretch becomes one span again.
INSERT INTO watch_spans (id, enrolment_id, watch_round, lesson, from_ms, to_ms, reported_at)
WITH RECURSIVE split (enrolment_id, watch_round, lesson, updated_at, head, rest) AS (
    SELECT enrolment_id, watch_round, lesson, updated_at, '', stretches || ','
    FROM watch_coverage
    UNION ALL
    SELECT enrolment_id, watch_round, lesson, updated_at,
           substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
    FROM split
    WHERE rest <> ''
)
SELECT lower(hex(randomblob(16))), enrolment_id, watch_round, lesson,
       CAST(substr(head, 1, instr(head, '-') - 1) AS INTEGER),
       CAST(substr(head, instr(head, '-') + 1) AS INTEGER),
       updated_at
FROM split
WHERE head <> '';

DROP TABLE progress_windows;
DROP TABLE watch_coverage;
