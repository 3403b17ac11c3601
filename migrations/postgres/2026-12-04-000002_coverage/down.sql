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
SELECT md5(random()::text || clock_timestamp()::text || stretch), enrolment_id, watch_round,
       lesson, split_part(stretch, '-', 1)::BIGINT, split_part(stretch, '-', 2)::BIGINT,
       updated_at
FROM watch_coverage, unnest(string_to_array(stretches, ',')) AS stretch;

DROP TABLE progress_windows;
DROP TABLE watch_coverage;
