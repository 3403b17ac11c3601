DROP TABLE identity_checks;
ALTER TABLE certificates DROP COLUMN identity_checked_on;
ALTER TABLE certificates DROP COLUMN identity_method;
ALTER TABLE enrolments DROP COLUMN identity_method;
