use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use rand::RngCore;
use serde::Deserialize;

use super::identity_login::{LoginHolder, take_login};
use super::{Context, Error, FieldError, FieldReason};
use crate::certificate::renders_correctly as printable;
use crate::clock::to_db;
use crate::course::Tenant;
use crate::db::models::NewEnrolment;
use crate::db::schema::{enrolments, identity_logins};
use crate::db::{DbConnection, Writer};
use crate::domain::{BirthDate, DateWriting, Email, IdentityMethod, PersonName};
use crate::secret::hash_token;

/// What a learner sends to enrol, before it is parsed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolmentInput {
    pub tenant: String,
    pub course: String,
    pub language: String,
    /// With `identity_login`, the login's name and birth date take the place of these
    /// three, which are then ignored (and may be empty).
    pub given_name: String,
    pub family_name: String,
    pub birth_date: String,
    /// How `birth_date` is written: `YYYY-MM-DD` from the API, as typed on the page.
    #[serde(skip)]
    pub birth_date_writing: DateWriting,
    #[serde(default)]
    pub email: Option<String>,
    /// The passport's Latin spelling, required for a name in a script the certificate
    /// cannot print faithfully (Arabic, for example).
    #[serde(default)]
    pub given_name_latin: Option<String>,
    #[serde(default)]
    pub family_name_latin: Option<String>,
    /// How identity is to be checked, among the office's methods; needed only where it
    /// offers more than one.
    #[serde(default)]
    pub identity_method: Option<String>,
    /// A verified login with the online ID card (`bundid`): its name and birth date take
    /// the place of those above, which may then be empty.
    #[serde(default)]
    pub identity_login: Option<String>,
    /// Who sends `identity_login`: the API's client, or a browser with its relay state.
    #[serde(skip)]
    pub login_holder: LoginHolder,
}

#[derive(Debug, Clone)]
pub struct NewEnrolmentCreated {
    pub id: String,
    /// Shown once; only its hash is stored.
    pub token: String,
}

struct ParsedEnrolment<'a> {
    tenant: &'a Tenant,
    language: String,
    given_name: PersonName,
    family_name: PersonName,
    birth_date: BirthDate,
    email: Option<Email>,
    latin: Option<(PersonName, PersonName)>,
    identity: IdentityMethod,
}

fn parse<'a>(
    ctx: &'a Context,
    input: &EnrolmentInput,
    logged_in: bool,
) -> Result<ParsedEnrolment<'a>, Error> {
    let mut errors = Vec::new();
    let course = &ctx.content.course;
    let tenant = ctx.content.tenant(&input.tenant);
    if tenant.is_none() {
        errors.push(FieldError::new(
            "tenant",
            FieldReason::UnknownOffice(input.tenant.clone()),
        ));
    }
    if input.course != course.id {
        errors.push(FieldError::new(
            "course",
            FieldReason::UnknownCourse(input.course.clone()),
        ));
    }
    let language_known = course.language(&input.language).is_some()
        && tenant.is_none_or(|t| t.offers(&input.language));
    if !language_known {
        errors.push(FieldError::new(
            "language",
            FieldReason::LanguageNotOffered(input.language.clone()),
        ));
    }
    let given_name = PersonName::parse(&input.given_name)
        .map_err(|e| errors.push(FieldError::from(("given_name", e))))
        .ok();
    let family_name = PersonName::parse(&input.family_name)
        .map_err(|e| errors.push(FieldError::from(("family_name", e))))
        .ok();
    let birth_date = BirthDate::parse_as(
        &input.birth_date,
        input.birth_date_writing,
        ctx.clock.today_in_germany(),
    )
    .map_err(|e| errors.push(FieldError::from(("birth_date", e))))
    .ok();
    let email = match input
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        Some(raw) => Email::parse(raw)
            .map_err(|e| errors.push(FieldError::from(("email", e))))
            .ok(),
        None => None,
    };
    let identity = match tenant {
        Some(_) if logged_in => Some(IdentityMethod::Bundid),
        Some(t) => identity_method(t, input, &mut errors),
        None => None,
    };
    let latin = match (&given_name, &family_name) {
        (Some(g), Some(f)) if !printable(g.as_str()) || !printable(f.as_str()) => {
            latin_spelling(input, &mut errors)
        }
        _ => None,
    };
    match (tenant, given_name, family_name, birth_date, identity) {
        (Some(tenant), Some(given_name), Some(family_name), Some(birth_date), Some(identity))
            if errors.is_empty() =>
        {
            Ok(ParsedEnrolment {
                tenant,
                language: input.language.clone(),
                given_name,
                family_name,
                birth_date,
                email,
                latin,
                identity,
            })
        }
        _ => Err(Error::Invalid(errors)),
    }
}

/// The method chosen among the office's, or the only one of them a form can use (a login
/// with the online ID card comes with its own token).
fn identity_method(
    tenant: &Tenant,
    input: &EnrolmentInput,
    errors: &mut Vec<FieldError>,
) -> Option<IdentityMethod> {
    let chosen = input
        .identity_method
        .as_deref()
        .filter(|raw| !raw.trim().is_empty());
    let found = match chosen {
        Some(raw) => IdentityMethod::parse(raw).filter(|m| tenant.identity.contains(m)),
        None => match tenant.identity.as_slice() {
            [only] => Some(*only),
            methods => {
                let mut typed = methods.iter().filter(|m| **m != IdentityMethod::Bundid);
                match (typed.next(), typed.next()) {
                    (Some(only), None) => Some(*only),
                    _ => None,
                }
            }
        },
    };
    if found == Some(IdentityMethod::Bundid) {
        // Name and birth date come from the login, which this input does not carry.
        errors.push(FieldError::new("identity_login", FieldReason::LoginMissing));
        return None;
    }
    if found.is_none() {
        let offered: Vec<&str> = tenant.identity.iter().map(|m| m.code()).collect();
        errors.push(FieldError::new(
            "identity_method",
            FieldReason::IdentityMethodNotOffered {
                offered: offered.join(", "),
            },
        ));
    }
    found
}

/// The Latin spelling from the passport, for a name the certificate cannot print.
fn latin_spelling(
    input: &EnrolmentInput,
    errors: &mut Vec<FieldError>,
) -> Option<(PersonName, PersonName)> {
    let mut parse = |field: &str, raw: &Option<String>| match raw.as_deref().map(PersonName::parse)
    {
        Some(Ok(name)) if printable(name.as_str()) => Some(name),
        Some(Ok(_)) => {
            errors.push(FieldError::new(field, FieldReason::NotLatin));
            None
        }
        Some(Err(e)) => {
            errors.push(FieldError::from((field, e)));
            None
        }
        None => {
            errors.push(FieldError::new(field, FieldReason::LatinMissing));
            None
        }
    };
    let given = parse("given_name_latin", &input.given_name_latin);
    let family = parse("family_name_latin", &input.family_name_latin);
    given.zip(family)
}

/// Starts an instruction. The watch clock starts now.
pub fn enrol(
    ctx: &Context,
    conn: &mut Writer<'_>,
    input: &EnrolmentInput,
) -> Result<NewEnrolmentCreated, Error> {
    let course = &ctx.content.course;
    let id = crate::domain::EnrolmentId::generate().to_string();
    let mut secret = [0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let token = URL_SAFE_NO_PAD.encode(secret);
    let now = to_db(ctx.clock.now());
    // A login is used up by the enrolment it leads to, in one transaction: a refused form
    // leaves it for the next try, and two forms sent at once make one enrolment.
    let (tenant, language) = conn.transaction(|conn| -> Result<_, Error> {
        let conn: &mut DbConnection = conn;
        let mut input = input.clone();
        let login = match input.identity_login.as_deref().filter(|t| !t.is_empty()) {
            Some(login) => {
                let person = take_login(ctx, conn, login, &input.tenant, &input.login_holder)?;
                input.given_name = person.given_name;
                input.family_name = person.family_name;
                input.birth_date = person.birth_date.format("%Y-%m-%d").to_string();
                input.birth_date_writing = DateWriting::Iso;
                Some((person.level, person.logged_in_at))
            }
            None => None,
        };
        let parsed = parse(ctx, &input, login.is_some())?;
        diesel::insert_into(enrolments::table)
            .values(NewEnrolment {
                id: &id,
                tenant: &parsed.tenant.id,
                course: &course.id,
                course_version: &course.version,
                language: &parsed.language,
                given_name: parsed.given_name.as_str(),
                family_name: parsed.family_name.as_str(),
                birth_date: parsed.birth_date.date(),
                email: parsed.email.as_ref().map(Email::as_str),
                token_hash: &hash_token(&token),
                created_at: now,
                watch_round: 1,
                watch_round_started_at: now,
                given_name_latin: parsed.latin.as_ref().map(|(g, _)| g.as_str()),
                family_name_latin: parsed.latin.as_ref().map(|(_, f)| f.as_str()),
                identity_method: parsed.identity.code(),
            })
            .execute(conn)?;
        if let Some((level, logged_in_at)) = login {
            diesel::insert_into(identity_logins::table)
                .values((
                    identity_logins::enrolment_id.eq(&id),
                    identity_logins::level.eq(level.code()),
                    identity_logins::logged_in_at.eq(logged_in_at),
                ))
                .execute(conn)?;
        }
        Ok((parsed.tenant.id.clone(), parsed.language))
    })?;
    // The enrolment id is the learner's key to their record: it stays out of the log.
    tracing::info!(tenant = %tenant, language = %language, "enrolled");
    Ok(NewEnrolmentCreated { id, token })
}
