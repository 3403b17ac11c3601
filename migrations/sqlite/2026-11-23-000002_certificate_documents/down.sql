DROP TABLE issued_pdfs;
ALTER TABLE enrolments DROP COLUMN given_name_latin;
ALTER TABLE enrolments DROP COLUMN family_name_latin;
