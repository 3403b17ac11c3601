use diesel::prelude::*;
use serde::Deserialize;

use super::status::{attempts, course_language, display_code};
use super::{Context, Error, FieldError};
use crate::certificate::renders_correctly as printable;
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::{NewCertificate, NewDeclaration};
use crate::db::schema::{certificates, declarations};
use crate::domain::{BirthDate, CertificateCode, PersonName};
use crate::mail::MailKind;

/// The declaration in text form of §43 Abs. 1 Nr. 2 IfSG.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclarationInput {
    pub no_known_obstacles: bool,
    #[serde(default)]
    pub guardian: Option<GuardianInput>,
}

/// The person with custody, who declares for a minor (§43 Abs. 6 IfSG).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardianInput {
    pub given_name: String,
    pub family_name: String,
}

#[derive(Debug, Clone)]
pub struct Issued {
    pub code: String,
    /// False when the certificate existed already and is returned again.
    pub created: bool,
}

/// Records the declaration and issues the certificate in one transaction. Repeating it
/// returns the certificate issued the first time.
pub fn declare(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &str,
    input: &DeclarationInput,
) -> Result<Issued, Error> {
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        if let Some(code) = existing_certificate(conn, &enrolment.id)? {
            return Ok((Issued { code: display_code(&code), created: false }, false));
        }
        let passed = attempts(conn, &enrolment.id)?
            .into_iter()
            .find(|a| a.passed == Some(true))
            .ok_or_else(|| Error::conflict("quiz-not-passed", "The declaration follows a passed quiz."))?;
        let instructed_at = passed.graded_at.unwrap_or(passed.started_at);
        if !input.no_known_obstacles {
            return Err(Error::refused(
                "obstacle-known",
                "Wer Tatsachen für ein Tätigkeitsverbot kennt, darf die Tätigkeit nicht aufnehmen: bitte wenden Sie sich an das Gesundheitsamt. / If you know of facts that forbid the work, you may not start it: please contact the health office.",
            ));
        }
        let today = ctx.clock.today_in_germany();
        let minor = BirthDate::from_record(enrolment.birth_date).is_minor_on(today);
        let guardian = parse_guardian(input.guardian.as_ref(), minor)?;
        let language = course_language(ctx, &enrolment)?;
        let declaration = &language.declaration;
        let now = to_db(ctx.clock.now());
        diesel::insert_into(declarations::table)
            .values(NewDeclaration {
                enrolment_id: enrolment.id.clone(),
                declared_at: now,
                text_version: declaration.version.clone(),
                course_version: enrolment.course_version.clone(),
                language: language.code.clone(),
                declaration_text: if guardian.is_some() { declaration.guardian_text.clone() } else { declaration.text.clone() },
                guardian_given_name: guardian.as_ref().map(|(g, _)| g.as_str().to_string()),
                guardian_family_name: guardian.as_ref().map(|(_, f)| f.as_str().to_string()),
            })
            .execute(conn)?;
        // 75 random bits: a collision is not to be expected in the lifetime of the
        // universe; should one happen, the primary key refuses it and nothing is saved.
        let code = CertificateCode::generate();
        diesel::insert_into(certificates::table)
            .values(NewCertificate {
                code: code.compact().to_string(),
                enrolment_id: enrolment.id.clone(),
                tenant: enrolment.tenant.clone(),
                instructed_at,
                issued_at: now,
                revoked_at: None,
                revocation_reason: None,
                revocation_note: None,
            })
            .execute(conn)?;
        let mails_certificates = ctx.content.tenant(&enrolment.tenant).is_some_and(|t| t.email_certificates);
        let mail_queued = match enrolment.email.as_deref() {
            Some(address) if mails_certificates => {
                crate::mail::enqueue(conn, ctx.clock.now(), &enrolment.tenant, MailKind::Certificate, code.compact(), address, &language.code)?;
                true
            }
            _ => false,
        };
        // No enrolment id: it is the learner's key to their record.
        tracing::info!(tenant = %enrolment.tenant, "certificate issued");
        Ok((Issued { code: code.to_string(), created: true }, mail_queued))
    })
    .map(|(issued, mail_queued)| {
        ctx.metrics.certificates_issued.inc();
        if mail_queued {
            ctx.mail_queued.notify_one();
        }
        issued
    })
    .or_else(|error: Error| {
        // Two identical declarations at the same moment: the second finds the first's.
        if error.is_unique_violation()
            && let Some(code) = existing_certificate(conn, enrolment_id)?
        {
            return Ok(Issued { code: display_code(&code), created: false });
        }
        Err(error)
    })
}

fn existing_certificate(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<String>, Error> {
    Ok(certificates::table
        .filter(certificates::enrolment_id.eq(enrolment_id))
        .select(certificates::code)
        .get_result(conn)
        .optional()?)
}

fn parse_guardian(
    guardian: Option<&GuardianInput>,
    minor: bool,
) -> Result<Option<(PersonName, PersonName)>, Error> {
    match (guardian, minor) {
        (None, false) => Ok(None),
        (None, true) => Err(Error::refused(
            "guardian-required",
            "Für Personen unter 18 Jahren gibt die sorgeberechtigte Person die Erklärung ab (§ 43 Abs. 6 IfSG). / For a holder under 18 the person with custody makes the declaration.",
        )),
        (Some(_), false) => Err(Error::refused(
            "guardian-not-applicable",
            "Volljährige geben die Erklärung selbst ab. / An adult makes the declaration personally.",
        )),
        (Some(g), true) => {
            let mut errors = Vec::new();
            // The guardian's name is printed on the certificate: it must be in a script
            // the PDF prints faithfully (the passport's Latin spelling otherwise).
            let mut parse = |field: &str, raw: &str| match PersonName::parse(raw) {
                Ok(name) if printable(name.as_str()) => Some(name),
                Ok(_) => {
                    errors.push(FieldError::new(
                        field,
                        "write the name in Latin letters, as in the passport",
                    ));
                    None
                }
                Err(e) => {
                    errors.push(FieldError::from((field, e)));
                    None
                }
            };
            let given = parse("guardian.given_name", &g.given_name);
            let family = parse("guardian.family_name", &g.family_name);
            match (given, family) {
                (Some(given), Some(family)) => Ok(Some((given, family))),
                _ => Err(Error::Invalid(errors)),
            }
        }
    }
}
