-- How the office made sure the holder is the person the certificate names. The learner
-- chooses among the office's methods at enrolment; the certificate keeps the method and,
-- for a check by staff, its day. The kind of document stays with the check, for the
-- office only, and its number is never stored. Rows from before were not checked: 'none'.
ALTER TABLE enrolments ADD COLUMN identity_method TEXT NOT NULL DEFAULT 'none';
ALTER TABLE certificates ADD COLUMN identity_method TEXT NOT NULL DEFAULT 'none';
ALTER TABLE certificates ADD COLUMN identity_checked_on DATE;

-- A check of an identity document by the office's staff, open from the declaration until
-- staff confirm it (the certificate is issued then) or reject it. With four eyes, a first
-- confirmation is proposed and a second person completes it. Timestamps are UTC.
CREATE TABLE identity_checks (
    enrolment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrolments (id),
    tenant TEXT NOT NULL,
    case_number TEXT NOT NULL UNIQUE,
    requested_at TIMESTAMP NOT NULL,
    proposed_by TEXT,
    proposed_document TEXT,
    decided_at TIMESTAMP,
    outcome TEXT,
    document TEXT,
    rejection_reason TEXT,
    decided_by TEXT,
    CHECK (outcome IS NULL OR outcome IN ('confirmed', 'rejected')),
    CHECK ((decided_at IS NULL) = (outcome IS NULL)),
    CHECK ((outcome = 'confirmed') = (document IS NOT NULL)),
    CHECK ((outcome = 'rejected') = (rejection_reason IS NOT NULL)),
    CHECK (outcome IS NOT NULL OR (document IS NULL AND rejection_reason IS NULL)),
    CHECK ((outcome IS NULL) = (decided_by IS NULL)),
    CHECK ((proposed_by IS NULL) = (proposed_document IS NULL))
);
CREATE INDEX identity_checks_open ON identity_checks (tenant, decided_at, requested_at);
