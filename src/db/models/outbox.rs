use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::outbox;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: String,
    pub tenant: String,
    pub kind: String,
    pub certificate_code: Option<String>,
    pub recipient: String,
    pub language: String,
    pub created_at: NaiveDateTime,
    pub attempts: i64,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_until: Option<NaiveDateTime>,
    pub sent_at: Option<NaiveDateTime>,
    pub failed_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    /// The learner a mail without a certificate goes to (a resume link).
    pub enrolment_id: Option<String>,
    /// What else the mail refers to: the PDF request of a one-time code.
    pub reference: Option<String>,
}
