use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{fee_settlements, fee_waivers, payments, voucher_batches};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = fee_settlements)]
pub struct SettlementRow {
    pub enrolment_id: String,
    pub tenant: String,
    /// `SettlementKind`.
    pub kind: String,
    pub amount_cents: i64,
    pub reference: String,
    pub settled_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = payments)]
pub struct PaymentRow {
    pub request_id: String,
    pub enrolment_id: String,
    pub tenant: String,
    pub attempt: i32,
    pub amount_cents: i64,
    /// `requested`, `open`, `paid`, `cancelled`, `failed`.
    pub state: String,
    pub transaction_id: Option<String>,
    pub pay_url: Option<String>,
    pub reference: Option<String>,
    pub created_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    pub next_check_at: NaiveDateTime,
    pub failures: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = fee_waivers)]
pub struct WaiverRow {
    pub enrolment_id: String,
    pub tenant: String,
    /// `WaiverCategory`.
    pub category: String,
    pub reason: String,
    pub requested_at: NaiveDateTime,
    /// `granted` or `refused`; `None` while staff have not decided.
    pub decision: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = voucher_batches)]
pub struct VoucherBatchRow {
    pub id: String,
    pub tenant: String,
    pub label: String,
    pub expires_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub created_by: String,
}
