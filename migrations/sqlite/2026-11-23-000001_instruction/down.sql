DROP TABLE certificates;
DROP TABLE declarations;
DROP TABLE quiz_attempts;
DROP TABLE watch_spans;
DROP TABLE enrolments;
