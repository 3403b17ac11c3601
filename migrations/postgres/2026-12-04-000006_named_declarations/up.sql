-- The declaration in text form names its declarant (§ 126b BGB) and is kept in the
-- words the person read and in the authoritative German; a representative's role
-- (§ 43 Abs. 6 IfSG: parent, guardian, legal carer) is kept with their name. Rows from
-- before hold the text as then declared: their German column stays empty.
ALTER TABLE declarations ADD COLUMN declaration_text_de TEXT;
ALTER TABLE declarations ADD COLUMN guardian_role TEXT;

-- What the lookup still knows of a certificate deleted after the office's retention
-- period: no personal data, only the code's SHA-256, the office and the dates, so that
-- the lookup says "deleted after the retention period" instead of "unknown" (which
-- reads as a forgery). Timestamps are UTC, written by the application.
CREATE TABLE certificate_tombstones (
    code_hash TEXT PRIMARY KEY NOT NULL,
    tenant TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    deleted_at TIMESTAMP NOT NULL
);
