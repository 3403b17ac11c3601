DROP TABLE saml_assertions;
DROP TABLE saml_logins;
DROP TABLE saml_requests;
ALTER TABLE certificates DROP COLUMN identity_level;
DROP TABLE identity_logins;
