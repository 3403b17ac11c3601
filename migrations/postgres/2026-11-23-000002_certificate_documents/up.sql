-- The SHA-256 of every PDF handed out, so that the verify page can tell whether an
-- uploaded file is exactly one that was issued (the PDFs themselves are not stored).
CREATE TABLE issued_pdfs (
    sha256 TEXT PRIMARY KEY,
    code TEXT NOT NULL REFERENCES certificates (code),
    kid TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL
);
CREATE INDEX issued_pdfs_code ON issued_pdfs (code);

-- A name in a script the certificate cannot print is also taken in its Latin
-- spelling from the passport.
ALTER TABLE enrolments ADD COLUMN given_name_latin TEXT;
ALTER TABLE enrolments ADD COLUMN family_name_latin TEXT;
