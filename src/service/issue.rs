//! Issuing a certificate: its record with the identity check it states, and the mail
//! with the PDF. Part of a write: after a declaration, or when staff confirm the check.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Context, Error};
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::{EnrolmentRow, NewCertificate};
use crate::db::schema::certificates;
use crate::domain::{CertificateCode, IdentityCheck};
use crate::mail::MailKind;

/// Inserts the certificate and queues its mail; returns the code and whether a mail
/// was queued (for [`after_commit`]).
pub(super) fn issue_certificate(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
    instructed_at: NaiveDateTime,
    mail_language: &str,
    identity: IdentityCheck,
) -> Result<(CertificateCode, bool), Error> {
    // 75 random bits: a collision is not to be expected in the lifetime of the
    // universe; should one happen, the primary key refuses it and nothing is saved.
    let code = CertificateCode::generate();
    diesel::insert_into(certificates::table)
        .values(NewCertificate {
            code: code.compact().to_string(),
            enrolment_id: enrolment.id.clone(),
            tenant: enrolment.tenant.clone(),
            instructed_at,
            issued_at: to_db(ctx.clock.now()),
            revoked_at: None,
            revocation_reason: None,
            revocation_note: None,
            identity_method: identity.method().code().to_string(),
            identity_checked_on: identity.checked_on(),
            identity_level: identity.level().map(|l| l.code().to_string()),
        })
        .execute(conn)?;
    let mails_certificates = ctx
        .content
        .tenant(&enrolment.tenant)
        .is_some_and(|t| t.email_certificates);
    let mail_queued = match enrolment.email.as_deref() {
        Some(address) if mails_certificates => {
            crate::mail::enqueue(
                conn,
                ctx.clock.now(),
                &enrolment.tenant,
                MailKind::Certificate,
                code.compact(),
                address,
                mail_language,
            )?;
            true
        }
        _ => false,
    };
    // No enrolment id: it is the learner's key to their record.
    tracing::info!(tenant = %enrolment.tenant, identity = identity.method().code(), "certificate issued");
    Ok((code, mail_queued))
}

/// Once the transaction that issued a certificate committed: count it, wake the mailer.
pub(super) fn after_commit(ctx: &Context, mail_queued: bool) {
    ctx.metrics.certificates_issued.inc();
    if mail_queued {
        ctx.mail_queued.notify_one();
    }
}
