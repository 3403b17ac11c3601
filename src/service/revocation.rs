use diesel::prelude::*;
use serde_json::json;

use super::documents::pdf_for_code;
use super::{Conflict, Context, Error, FieldError, FieldReason, SealedPdf};
use crate::audit::{self, Actor};
use crate::clock::to_db;
use crate::db::schema::{certificates, declarations};
use crate::db::{DbConnection, Writer};
use crate::domain::{CertificateCode, Email, RevocationCategory};
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

/// Why a certificate is revoked: a category the public sees, and the office's own
/// words for its staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revocation {
    pub category: RevocationCategory,
    pub note: Option<String>,
}

/// Notes are for a sentence or two, not for files.
const MAX_NOTE_CHARS: usize = 500;

impl Revocation {
    /// `reason` names a category (`issued_in_error`, `replaced`, `obtained_by_deception`,
    /// `other`), `note` is optional. Earlier versions took free text as the reason (the
    /// command line's `--reason TEXT`, the staff form's `reason` field): such a text is
    /// taken as category "other" with the text as its note, so it never reaches the
    /// public.
    pub fn parse(reason: &str, note: Option<&str>) -> Result<Self, Error> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        let reason = reason.trim();
        let (category, note) = match (RevocationCategory::parse(reason), note) {
            (Some(category), note) => (category, note),
            (None, None) if !reason.is_empty() => (RevocationCategory::Other, Some(reason)),
            (None, _) => {
                return Err(Error::Invalid(vec![FieldError::new(
                    "reason",
                    FieldReason::UnknownRevocationCategory,
                )]));
            }
        };
        if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
            return Err(Error::Invalid(vec![FieldError::new(
                "note",
                FieldReason::NoteTooLong {
                    max_chars: MAX_NOTE_CHARS,
                },
            )]));
        }
        Ok(Self {
            category,
            note: note.map(str::to_string),
        })
    }
}

/// Revokes a certificate. The PDF stays cryptographically valid; every lookup says
/// "revoked" from now on, with the date and the category; the note only staff see.
pub fn revoke(
    ctx: &Context,
    conn: &mut Writer<'_>,
    scope: Scope<'_>,
    actor: &Actor,
    code: &CertificateCode,
    revocation: &Revocation,
) -> Result<(), Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let tenant = office_of(conn, scope, code)?;
        let revoked_at: Option<chrono::NaiveDateTime> = certificates::table
            .find(code.compact())
            .select(certificates::revoked_at)
            .get_result(conn)?;
        if revoked_at.is_some() {
            return Err(Error::Conflict(Conflict::AlreadyRevoked));
        }
        let now = ctx.clock.now();
        diesel::update(certificates::table.find(code.compact()))
            .set((
                certificates::revoked_at.eq(Some(to_db(now))),
                certificates::revocation_reason.eq(Some(revocation.category.code())),
                certificates::revocation_note.eq(revocation.note.as_deref()),
            ))
            .execute(conn)?;
        // The wallet's copies go with it: their bits in the office's status list.
        super::wallet::revoke_credentials(conn, code.compact(), now)?;
        // The note is the office's own wording and may name the holder or an illness:
        // the log, kept longer than the record, holds only the category.
        audit::append(
            conn,
            now,
            &tenant,
            actor,
            "certificate.revoked",
            Some(code.compact()),
            json!({"category": revocation.category.code(), "note": revocation.note.is_some()}),
        )?;
        tracing::info!(category = %revocation.category, "certificate revoked");
        Ok(())
    })
}

/// A new PDF for a lost certificate (same record, new file); with `mail_to` it is also
/// queued for e-mail, in the holder's course language.
pub fn reissue(
    ctx: &Context,
    conn: &mut Writer<'_>,
    scope: Scope<'_>,
    actor: &Actor,
    code: &CertificateCode,
    mail_to: Option<&Email>,
) -> Result<SealedPdf, Error> {
    let conn: &mut DbConnection = conn;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_with_an_optional_note_and_old_free_text_as_a_note() {
        assert_eq!(
            Revocation::parse("replaced", None).expect("category"),
            Revocation {
                category: RevocationCategory::Replaced,
                note: None
            }
        );
        assert_eq!(
            Revocation::parse("issued-in-error", Some("  Falsche Person ")).expect("with note"),
            Revocation {
                category: RevocationCategory::IssuedInError,
                note: Some("Falsche Person".into())
            }
        );
        assert_eq!(
            Revocation::parse("Salmonellen-Ausscheider", None).expect("old free text"),
            Revocation {
                category: RevocationCategory::Other,
                note: Some("Salmonellen-Ausscheider".into())
            }
        );
        assert!(Revocation::parse("", None).is_err());
        assert!(Revocation::parse("free text", Some("and a note")).is_err());
        assert!(Revocation::parse("other", Some(&"x".repeat(501))).is_err());
    }
}
