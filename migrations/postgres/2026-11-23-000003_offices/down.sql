DROP TABLE outbox;
DROP TABLE audit_head;
DROP TABLE audit_log;
DROP TABLE login_failures;
DROP TABLE staff_sessions;
DROP TABLE staff;
