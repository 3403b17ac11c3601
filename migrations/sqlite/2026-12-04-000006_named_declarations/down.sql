DROP TABLE certificate_tombstones;
ALTER TABLE declarations DROP COLUMN guardian_role;
ALTER TABLE declarations DROP COLUMN declaration_text_de;
