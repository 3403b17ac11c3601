-- Fees. An enrolment's fee is settled once (the primary key): paid online, by a voucher,
-- by a waiver staff granted or the office grants at once, or at the desk. Nothing is
-- issued for an enrolment of an office that charges before this row exists.
CREATE TABLE fee_settlements (
    enrolment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrolments (id),
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    -- The payment platform's transaction reference, the voucher code, or the waiver's
    -- category.
    reference TEXT NOT NULL,
    settled_at TIMESTAMP NOT NULL,
    CHECK (kind IN ('online', 'voucher', 'waiver', 'desk'))
);

-- A payment on the Land's payment platform (XBezahldienste). The request id is derived
-- from the enrolment and the attempt's number, so a request repeated after a lost answer
-- names the same payment; a new attempt follows only a cancelled or failed one.
CREATE TABLE payments (
    request_id TEXT PRIMARY KEY NOT NULL,
    enrolment_id TEXT NOT NULL REFERENCES enrolments (id),
    tenant TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL,
    -- requested, open, paid, cancelled, failed
    state TEXT NOT NULL,
    transaction_id TEXT,
    pay_url TEXT,
    reference TEXT,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    -- When the background check looks next, and how often the platform failed to answer.
    next_check_at TIMESTAMP NOT NULL,
    failures INTEGER NOT NULL,
    UNIQUE (enrolment_id, attempt),
    CHECK (state IN ('requested', 'open', 'paid', 'cancelled', 'failed'))
);
CREATE INDEX payments_due ON payments (next_check_at) WHERE state IN ('requested', 'open');

-- A free category the learner claims (volunteers, pupils in an internship, people on
-- benefits), with their short reason; staff decide where the office asks them to.
CREATE TABLE fee_waivers (
    enrolment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrolments (id),
    tenant TEXT NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    -- NULL while open; granted or refused.
    decision TEXT,
    decided_by TEXT,
    decided_at TIMESTAMP,
    CHECK (decision IS NULL OR decision IN ('granted', 'refused'))
);

-- Single-use vouchers in batches for an employer or a charity.
CREATE TABLE voucher_batches (
    id TEXT PRIMARY KEY NOT NULL,
    tenant TEXT NOT NULL,
    label TEXT NOT NULL,
    expires_on DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE vouchers (
    code TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL REFERENCES voucher_batches (id),
    tenant TEXT NOT NULL,
    used_by TEXT UNIQUE REFERENCES enrolments (id),
    used_at TIMESTAMP
);
CREATE INDEX vouchers_batch ON vouchers (batch_id);
