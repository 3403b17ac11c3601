use diesel::prelude::*;
use serde::Deserialize;

use super::after_declaration::{Declared, Issued, PendingCheck};
use super::identity_check::CheckState;
use super::status::{attempts, course_language, display_code};
use super::{Conflict, Context, Error, FieldError, FieldReason, Refusal};
use crate::certificate::renders_correctly as printable;
use crate::clock::to_db;
use crate::db::models::EnrolmentRow;
use crate::db::models::NewDeclaration;
use crate::db::schema::{certificates, declarations};
use crate::db::{DbConnection, Writer};
use crate::domain::{BirthDate, EnrolmentId, PersonName, RepresentativeRole};

/// The declaration in text form of §43 Abs. 1 Nr. 2 IfSG.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclarationInput {
    pub no_known_obstacles: bool,
    #[serde(default)]
    pub guardian: Option<GuardianInput>,
}

/// Who declares for the person instructed (§43 Abs. 6 IfSG): for a minor a parent or
/// guardian with custody, for an adult under legal care the legal carer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuardianInput {
    pub given_name: String,
    pub family_name: String,
    /// `parent` (the default for a minor), `guardian` or `carer` (adults only).
    #[serde(default)]
    pub role: Option<String>,
}

/// A representative as parsed: a printable name and a role that fits the age.
struct Representative {
    given_name: PersonName,
    family_name: PersonName,
    role: RepresentativeRole,
}

/// Records the declaration and, in the same transaction, issues the certificate or opens
/// what it waits for: the fee, or the identity check. Repeating it returns what the first one led to.
pub fn declare(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
    input: &DeclarationInput,
) -> Result<Declared, Error> {
    let conn: &mut DbConnection = conn;
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        if let Some(earlier) = earlier_outcome(conn, &enrolment.id)? {
            return Ok((earlier, false));
        }
        if declared_already(conn, &enrolment.id)? {
            // Declared, nothing issued yet: waiting for the fee, or (should a settlement
            // ever have been recorded without going on) going on now.
            return super::after_declaration::proceed(ctx, conn, &enrolment);
        }
        if !attempts(conn, &enrolment.id)?
            .iter()
            .any(|a| a.passed == Some(true))
        {
            return Err(Error::Conflict(Conflict::QuizNotPassed));
        }
        if !input.no_known_obstacles {
            return Err(Error::Refused(Refusal::ObstacleKnown));
        }
        let representative =
            parse_representative(input.guardian.as_ref(), is_minor(ctx, &enrolment))?;
        refuse_self_representation(&enrolment, representative.as_ref())?;
        let wording = wording(ctx, &enrolment, representative.as_ref())?;
        let now = to_db(ctx.clock.now());
        diesel::insert_into(declarations::table)
            .values(NewDeclaration {
                enrolment_id: enrolment.id.clone(),
                declared_at: now,
                text_version: wording.version,
                course_version: enrolment.course_version.clone(),
                language: wording.language,
                declaration_text: wording.text,
                guardian_given_name: representative
                    .as_ref()
                    .map(|r| r.given_name.as_str().to_string()),
                guardian_family_name: representative
                    .as_ref()
                    .map(|r| r.family_name.as_str().to_string()),
                declaration_text_de: Some(wording.german),
                guardian_role: representative.as_ref().map(|r| r.role.as_str().to_string()),
            })
            .execute(conn)?;
        super::after_declaration::proceed(ctx, conn, &enrolment)
    })
    .map(|(declared, mail_queued)| {
        if let Declared::Issued(_) = declared {
            super::issue::after_commit(ctx, mail_queued);
        }
        declared
    })
    .or_else(|error: Error| {
        // Two identical declarations at the same moment: the second finds the first's.
        if error.is_unique_violation() {
            if let Some(earlier) = earlier_outcome(conn, &enrolment_id.to_string())? {
                return Ok(earlier);
            }
            if declared_already(conn, &enrolment_id.to_string())? {
                return Ok(Declared::AwaitingFee);
            }
        }
        Err(error)
    })
}

/// What an earlier declaration led to: the certificate, or the check it waits for.
fn earlier_outcome(conn: &mut DbConnection, enrolment_id: &str) -> Result<Option<Declared>, Error> {
    if let Some(code) = existing_certificate(conn, enrolment_id)? {
        return Ok(Some(Declared::Issued(Issued {
            code: display_code(&code),
            created: false,
        })));
    }
    Ok(
        super::identity_check::check_state(conn, enrolment_id)?.map(|state| {
            let (case_number, rejected) = match state {
                CheckState::Open { case_number } => (case_number, false),
                CheckState::Rejected { case_number } => (case_number, true),
            };
            Declared::AwaitingIdentityCheck(PendingCheck {
                case_number,
                rejected,
                created: false,
            })
        }),
    )
}

/// The declaration in the words its declarant reads and makes: the learner's language
/// and the authoritative German, both naming the person (§126b BGB).
#[derive(Debug, Clone)]
pub struct DeclarationWording {
    pub language: String,
    pub version: String,
    pub text: String,
    pub german: String,
}

impl DeclarationWording {
    /// Whether the page shows the German beside the translation.
    pub fn translated(&self) -> bool {
        self.text != self.german
    }
}

/// The wording a learner (or, with `guardian`, their representative) is about to
/// declare: the page shows exactly what `declare` stores. An invalid representative is
/// refused as `declare` would refuse it.
pub fn preview_declaration(
    ctx: &Context,
    enrolment: &EnrolmentRow,
    guardian: Option<&GuardianInput>,
) -> Result<DeclarationWording, Error> {
    let representative = parse_representative(guardian, is_minor(ctx, enrolment))?;
    refuse_self_representation(enrolment, representative.as_ref())?;
    wording(ctx, enrolment, representative.as_ref())
}

/// Whether the learner is under 18 today (their representative declares, §43 Abs. 6).
pub fn is_minor(ctx: &Context, enrolment: &EnrolmentRow) -> bool {
    BirthDate::from_record(enrolment.birth_date).is_minor_on(ctx.clock.today_in_germany())
}

fn wording(
    ctx: &Context,
    enrolment: &EnrolmentRow,
    representative: Option<&Representative>,
) -> Result<DeclarationWording, Error> {
    let language = course_language(ctx, enrolment)?;
    let german = ctx
        .content
        .course
        .language(&ctx.content.course.source_language)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("the course has no source language")))?;
    let holder = format!("{} {}", enrolment.given_name, enrolment.family_name);
    // The German wording is the one the certificate cites: it names the person as the
    // certificate does, in the passport's Latin spelling where the name has one.
    let holder_de = match (&enrolment.given_name_latin, &enrolment.family_name_latin) {
        (Some(given), Some(family)) => format!("{given} {family}"),
        _ => holder.clone(),
    };
    let name =
        representative.map(|r| format!("{} {}", r.given_name.as_str(), r.family_name.as_str()));
    let named = name
        .as_deref()
        .zip(representative)
        .map(|(name, r)| crate::course::Representative { name, role: r.role });
    Ok(DeclarationWording {
        language: language.code.clone(),
        version: language.declaration.version.clone(),
        text: language
            .declaration
            .render(&holder, enrolment.birth_date, named),
        german: german
            .declaration
            .render(&holder_de, enrolment.birth_date, named),
    })
}

/// A representative declares for someone else: the holder's own name (as entered or in
/// its Latin spelling) in the representative's fields is a minor declaring for
/// themself, and is refused.
fn refuse_self_representation(
    enrolment: &EnrolmentRow,
    representative: Option<&Representative>,
) -> Result<(), Error> {
    let Some(r) = representative else {
        return Ok(());
    };
    let fold = |given: &str, family: &str| format!("{given} {family}").to_lowercase();
    let theirs = fold(r.given_name.as_str(), r.family_name.as_str());
    let own = [
        Some(fold(&enrolment.given_name, &enrolment.family_name)),
        enrolment
            .given_name_latin
            .as_deref()
            .zip(enrolment.family_name_latin.as_deref())
            .map(|(g, f)| fold(g, f)),
    ];
    if own.iter().flatten().any(|name| *name == theirs) {
        return Err(Error::Refused(Refusal::GuardianIsHolder));
    }
    Ok(())
}

fn declared_already(conn: &mut DbConnection, enrolment_id: &str) -> Result<bool, Error> {
    Ok(declarations::table
        .find(enrolment_id)
        .count()
        .get_result::<i64>(conn)?
        > 0)
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

fn parse_representative(
    guardian: Option<&GuardianInput>,
    minor: bool,
) -> Result<Option<Representative>, Error> {
    let Some(g) = guardian else {
        return if minor {
            Err(Error::Refused(Refusal::GuardianRequired))
        } else {
            Ok(None)
        };
    };
    let role = match g.role.as_deref() {
        None if minor => RepresentativeRole::Parent,
        None => {
            return Err(Error::Refused(Refusal::GuardianNotApplicable { minor }));
        }
        Some(raw) => RepresentativeRole::parse(raw).ok_or_else(|| {
            Error::Invalid(vec![FieldError::new(
                "guardian.role",
                FieldReason::UnknownRepresentativeRole,
            )])
        })?,
    };
    if !role.fits_minor(minor) {
        return Err(Error::Refused(Refusal::GuardianNotApplicable { minor }));
    }
    let mut errors = Vec::new();
    // The representative's name is printed on the certificate: it must be in a script
    // the PDF prints faithfully (the passport's Latin spelling otherwise).
    let mut parse = |field: &str, raw: &str| match PersonName::parse(raw) {
        Ok(name) if printable(name.as_str()) => Some(name),
        Ok(_) => {
            errors.push(FieldError::new(field, FieldReason::NotLatin));
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
        (Some(given_name), Some(family_name)) => Ok(Some(Representative {
            given_name,
            family_name,
            role,
        })),
        _ => Err(Error::Invalid(errors)),
    }
}
