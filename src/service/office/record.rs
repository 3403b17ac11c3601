use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::super::fee::{SettlementView, settlement_of};
use super::super::{CertificateView, Context, Error, StaffDetails, certificate_details};
use crate::audit::entries_for_subject;
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::models::{AuditRow, OutboxRow};
use crate::db::schema::{certificates, enrolments, issued_pdfs, outbox, quiz_attempts};
use crate::domain::CertificateCode;

/// One certificate as staff see it, with everything that happened to it.
pub struct CertificateRecord {
    pub view: CertificateView,
    /// The guardian's name and the revocation note: staff only.
    pub details: StaffDetails,
    pub email: Option<String>,
    pub enrolled_at: DateTime<Utc>,
    pub quiz_attempts: i64,
    pub pdfs_issued: Vec<DateTime<Utc>>,
    pub mails: Vec<MailEntry>,
    pub audit: Vec<AuditRow>,
    /// How the fee was settled, where there was one.
    pub fee: Option<SettlementView>,
}

pub struct MailEntry {
    pub kind: String,
    pub recipient: String,
    pub queued_at: DateTime<Utc>,
    pub attempts: i64,
    pub sent_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
}

/// The record of `code` if it belongs to `tenant`; another office's is "not found".
pub fn certificate_record(
    ctx: &Context,
    conn: &mut DbConnection,
    tenant: &str,
    code: &CertificateCode,
) -> Result<CertificateRecord, Error> {
    let owner: Option<(String, String)> = certificates::table
        .find(code.compact())
        .select((certificates::tenant, certificates::enrolment_id))
        .first(conn)
        .optional()?;
    let Some((_, enrolment_id)) = owner.filter(|(owner, _)| owner == tenant) else {
        return Err(Error::NotFound("certificate"));
    };
    let (view, details) = certificate_details(ctx, conn, code)?;
    let (email, enrolled_at): (Option<String>, chrono::NaiveDateTime) = enrolments::table
        .find(&enrolment_id)
        .select((enrolments::email, enrolments::created_at))
        .first(conn)?;
    let quiz_attempts = quiz_attempts::table
        .filter(quiz_attempts::enrolment_id.eq(&enrolment_id))
        .count()
        .get_result(conn)?;
    let pdfs_issued = issued_pdfs::table
        .filter(issued_pdfs::code.eq(code.compact()))
        .order(issued_pdfs::issued_at)
        .select(issued_pdfs::issued_at)
        .load::<chrono::NaiveDateTime>(conn)?
        .into_iter()
        .map(from_db)
        .collect();
    let mails = outbox::table
        .filter(outbox::certificate_code.eq(code.compact()))
        .order(outbox::created_at)
        .select(OutboxRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|m| MailEntry {
            kind: m.kind,
            recipient: m.recipient,
            queued_at: from_db(m.created_at),
            attempts: m.attempts,
            sent_at: m.sent_at.map(from_db),
            failed_at: m.failed_at.map(from_db),
        })
        .collect();
    let audit = entries_for_subject(conn, tenant, code.compact())?;
    let fee = settlement_of(conn, &enrolment_id)?;
    Ok(CertificateRecord {
        view,
        details,
        email,
        enrolled_at: from_db(enrolled_at),
        quiz_attempts,
        pdfs_issued,
        mails,
        audit,
        fee,
    })
}
