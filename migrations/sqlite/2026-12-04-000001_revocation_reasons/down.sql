-- Back to one free-text reason: the note where there is one, else the category code.
UPDATE certificates
SET revocation_reason = COALESCE(revocation_note, revocation_reason)
WHERE revocation_reason IS NOT NULL;
ALTER TABLE certificates DROP COLUMN revocation_note;
