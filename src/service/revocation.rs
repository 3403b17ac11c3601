use diesel::prelude::*;
use serde_json::json;

use super::{Context, Error, FieldError, SealedPdf, pdf_for_code};
use crate::audit::{self, Actor};
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::schema::{certificates, declarations};
use crate::domain::{CertificateCode, Email};
use crate::mail::MailKind;

/// Whose certificates an action may touch: staff act for their own office only; the
/// operator's command line for every office.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    Office(&'a str),
    AllOffices,
}

impl Scope<'_> {
    pub fn allows(&self, tenant: &str) -> bool {
        match self {
            Self::Office(own) => *own == tenant,
            Self::AllOffices => true,
        }
    }
}

/// The certificate's office, if it exists within `scope`. A certificate of another
/// office is reported as not found: staff learn nothing about other offices' records.
fn office_of(
    conn: &mut DbConnection,
    scope: Scope<'_>,
    code: &CertificateCode,
) -> Result<String, Error> {
    certificates::table
        .find(code.compact())
        .select(certificates::tenant)
        .first::<String>(conn)
        .optional()?
        .filter(|tenant| scope.allows(tenant))
        .ok_or(Error::NotFound("certificate"))
}

/// Revokes a certificate. The PDF stays cryptographically valid; every lookup says
/// "revoked" from now on, with the date and the reason.
pub fn revoke(
    ctx: &Context,
    conn: &mut DbConnection,
    scope: Scope<'_>,
    actor: &Actor,
    code: &CertificateCode,
    reason: &str,
) -> Result<(), Error> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(Error::Invalid(vec![FieldError::new(
            "reason",
            "give a reason of 1 to 500 characters",
        )]));
    }
    conn.transaction(|conn| {
        let tenant = office_of(conn, scope, code)?;
        let revoked_at: Option<chrono::NaiveDateTime> = certificates::table
            .find(code.compact())
            .select(certificates::revoked_at)
            .get_result(conn)?;
        if revoked_at.is_some() {
            return Err(Error::conflict(
                "already-revoked",
                "the certificate is already revoked",
            ));
        }
        let now = ctx.clock.now();
        diesel::update(certificates::table.find(code.compact()))
            .set((
                certificates::revoked_at.eq(Some(to_db(now))),
                certificates::revocation_reason.eq(Some(reason)),
            ))
            .execute(conn)?;
        // The reason is the office's own wording and may name the holder: the log keeps
        // only that there was one.
        audit::append(
            conn,
            now,
            &tenant,
            actor,
            "certificate.revoked",
            Some(code.compact()),
            json!({}),
        )?;
        tracing::info!("certificate revoked");
        Ok(())
    })
}

/// A new PDF for a lost certificate (same record, new file); with `mail_to` it is also
/// queued for e-mail, in the holder's course language.
pub fn reissue(
    ctx: &Context,
    conn: &mut DbConnection,
    scope: Scope<'_>,
    actor: &Actor,
    code: &CertificateCode,
    mail_to: Option<&Email>,
) -> Result<SealedPdf, Error> {
    let pdf = conn.transaction(|conn| {
        let tenant = office_of(conn, scope, code)?;
        let pdf = pdf_for_code(ctx, conn, code)?;
        let now = ctx.clock.now();
        if let Some(address) = mail_to {
            let language: String = certificates::table
                .inner_join(
                    declarations::table
                        .on(declarations::enrolment_id.eq(certificates::enrolment_id)),
                )
                .filter(certificates::code.eq(code.compact()))
                .select(declarations::language)
                .first(conn)?;
            crate::mail::enqueue(
                conn,
                now,
                &tenant,
                MailKind::Reissue,
                code.compact(),
                address.as_str(),
                &language,
            )?;
        }
        audit::append(
            conn,
            now,
            &tenant,
            actor,
            "certificate.reissued",
            Some(code.compact()),
            json!({"mailed": mail_to.is_some()}),
        )?;
        Ok::<_, Error>(pdf)
    })?;
    if mail_to.is_some() {
        ctx.mail_queued.notify_one();
    }
    Ok(pdf)
}
