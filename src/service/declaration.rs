use diesel::prelude::*;
use serde::Deserialize;

use super::identity_check::CheckState;
use super::status::{attempts, course_language, display_code};
use super::{Conflict, Context, Error, FieldError, FieldReason, Refusal};
use crate::certificate::renders_correctly as printable;
use crate::clock::{from_db, to_db};
use crate::db::models::EnrolmentRow;
use crate::db::models::NewDeclaration;
use crate::db::schema::{certificates, declarations, identity_logins};
use crate::db::{DbConnection, Writer};
use crate::domain::{
    AssuranceLevel, BirthDate, EnrolmentId, IdentityCheck, IdentityMethod, PersonName,
    RepresentativeRole,
};

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

/// What a declaration leads to.
#[derive(Debug, Clone)]
pub enum Declared {
    Issued(Issued),
    /// The office checks an identity document first (`identity = ["staff"]`).
    AwaitingIdentityCheck(PendingCheck),
}

#[derive(Debug, Clone)]
pub struct PendingCheck {
    /// `XXXX-XXXX`, which the learner gives the office.
    pub case_number: String,
    /// Staff did not confirm the identity: no certificate follows.
    pub rejected: bool,
    /// False when the declaration was made before and is returned again.
    pub created: bool,
}

#[derive(Debug, Clone)]
pub struct Issued {
    pub code: String,
    /// False when the certificate existed already and is returned again.
    pub created: bool,
}

/// Records the declaration and, in the same transaction, issues the certificate or opens
/// the identity check it waits for. Repeating it returns what the first one led to.
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
        let passed = attempts(conn, &enrolment.id)?
            .into_iter()
            .find(|a| a.passed == Some(true))
            .ok_or_else(|| Error::Conflict(Conflict::QuizNotPassed))?;
        let instructed_at = passed.graded_at.unwrap_or(passed.started_at);
        if !input.no_known_obstacles {
            return Err(Error::Refused(Refusal::ObstacleKnown));
        }
        let representative =
            parse_representative(input.guardian.as_ref(), is_minor(ctx, &enrolment))?;
        refuse_self_representation(&enrolment, representative.as_ref())?;
        let wording = wording(ctx, &enrolment, representative.as_ref())?;
        let mail_language = wording.language.clone();
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
        let login = login_of(conn, &enrolment.id)?;
        let method = identity_method(ctx, &enrolment, login.is_some());
        if method == IdentityMethod::Staff {
            let case_number = super::identity_check::open(ctx, conn, &enrolment)?;
            return Ok((
                Declared::AwaitingIdentityCheck(PendingCheck {
                    case_number: case_number.to_string(),
                    rejected: false,
                    created: true,
                }),
                false,
            ));
        }
        let (code, mail_queued) = super::issue::issue_certificate(
            ctx,
            conn,
            &enrolment,
            instructed_at,
            &mail_language,
            identity_of(method, login),
        )?;
        Ok((
            Declared::Issued(Issued {
                code: code.to_string(),
                created: true,
            }),
            mail_queued,
        ))
    })
    .map(|(declared, mail_queued)| {
        if let Declared::Issued(_) = declared {
            super::issue::after_commit(ctx, mail_queued);
        }
        declared
    })
    .or_else(|error: Error| {
        // Two identical declarations at the same moment: the second finds the first's.
        if error.is_unique_violation()
            && let Some(earlier) = earlier_outcome(conn, &enrolment_id.to_string())?
        {
            return Ok(earlier);
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

/// How this declaration's identity is checked: the method chosen at enrolment while the
/// office still offers it; otherwise the office's check, so that an enrolment from
/// before the office began to check (stored as `none`) cannot pass without one.
/// A login with the online ID card counts only where the enrolment holds its level: it
/// is never assumed for an enrolment that did not log in.
fn identity_method(ctx: &Context, enrolment: &EnrolmentRow, logged_in: bool) -> IdentityMethod {
    let chosen = IdentityMethod::parse(&enrolment.identity_method)
        .filter(|m| *m != IdentityMethod::Bundid || logged_in);
    match ctx.content.tenant(&enrolment.tenant) {
        Some(office) => match chosen {
            Some(method) if office.identity.contains(&method) => method,
            _ if office.identity.contains(&IdentityMethod::Staff) => IdentityMethod::Staff,
            _ => match office.only_identity_method() {
                Some(IdentityMethod::None) => IdentityMethod::None,
                _ => IdentityMethod::Staff,
            },
        },
        None => IdentityMethod::Staff,
    }
}

/// The login with the online ID card the enrolment began with: its level and day.
fn login_of(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<(AssuranceLevel, chrono::NaiveDate)>, Error> {
    let row: Option<(String, chrono::NaiveDateTime)> = identity_logins::table
        .find(enrolment_id)
        .select((identity_logins::level, identity_logins::logged_in_at))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(level, at)| {
        let day = from_db(at)
            .with_timezone(&chrono_tz::Europe::Berlin)
            .date_naive();
        AssuranceLevel::parse(&level).map(|level| (level, day))
    }))
}

/// What the certificate states for a method that issues at once: the login's level and
/// day, or nothing checked.
fn identity_of(
    method: IdentityMethod,
    login: Option<(AssuranceLevel, chrono::NaiveDate)>,
) -> IdentityCheck {
    match (method, login) {
        (IdentityMethod::Bundid, Some((level, checked_on))) => {
            IdentityCheck::Bundid { level, checked_on }
        }
        _ => IdentityCheck::None,
    }
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
