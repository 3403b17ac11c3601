-- A revocation names one of a few neutral categories, which the public lookup shows;
-- the office's own words are a note for staff only (they may name an illness).
-- `revocation_reason` now holds the category code: issued_in_error, replaced,
-- obtained_by_deception or other. Earlier free-text reasons become "other", their
-- text the staff note.
ALTER TABLE certificates ADD COLUMN revocation_note TEXT;
UPDATE certificates
SET revocation_note = revocation_reason,
    revocation_reason = 'other'
WHERE revocation_reason IS NOT NULL;
