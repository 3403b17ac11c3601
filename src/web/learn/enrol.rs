use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html, redirect};
use super::session::{FORM_COOKIE, form_cookie, learner_cookie};
use crate::domain::ClientAddr;
use crate::secret::{random_token, same_secret};
use crate::service::{self, EnrolmentInput, Error, FieldReason};
use crate::web::AppState;

#[derive(Deserialize, Default)]
pub struct EnrolForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    tenant: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    given_name_latin: String,
    #[serde(default)]
    family_name_latin: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "learn/enrol.html", config = "src/web/askama.toml")]
struct EnrolPage<'a> {
    f: Frame<'a>,
    csrf: String,
    tenant: String,
    office_name: String,
    fee: String,
    form: EnrolForm,
    /// (field id, message) in the order of the form.
    errors: Vec<(String, String)>,
}

impl EnrolPage<'_> {
    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }
}

#[derive(Deserialize)]
pub struct OfficeQuery {
    tenant: String,
    lang: Option<String>,
}

/// The form; before there is an enrolment, its CSRF token is a random value kept in a
/// cookie and in the form.
fn render(
    state: &AppState,
    status: StatusCode,
    form: EnrolForm,
    errors: Vec<(String, String)>,
) -> Result<HttpResponse, LearnError> {
    let content = &state.ctx.content;
    let lang = Some(form.lang.as_str()).filter(|l| !l.is_empty());
    let tenant = content
        .tenant(&form.tenant)
        .filter(|t| lang.is_none_or(|l| t.offers(l)))
        .ok_or_else(|| LearnError::new(Kind::NotFound, content, lang))?;
    let mut f = Frame::new(content, lang).for_office(&tenant.id);
    if errors.is_empty() {
        // The language can still change here; once enrolled, it is the course's.
        f = f.switchable(content, "/anmeldung");
        f.languages.retain(|(code, _)| tenant.offers(code));
        f.keep.push(("tenant".into(), tenant.id.clone()));
    }
    let csrf = random_token();
    let page = EnrolPage {
        csrf: csrf.clone(),
        tenant: tenant.id.clone(),
        office_name: tenant.name.clone(),
        fee: tenant.fee.clone(),
        form,
        errors,
        f,
    };
    let mut response = html(status, &page);
    let _ = response.add_cookie(&form_cookie(csrf, state.secure_cookies));
    Ok(response)
}

pub async fn form(
    state: web::Data<AppState>,
    query: web::Query<OfficeQuery>,
) -> Result<HttpResponse, LearnError> {
    let query = query.into_inner();
    let form = EnrolForm {
        tenant: query.tenant,
        lang: query
            .lang
            .unwrap_or_else(|| state.ctx.content.course.source_language.clone()),
        ..EnrolForm::default()
    };
    render(&state, StatusCode::OK, form, Vec::new())
}

/// What the learner reads about a refused field: the specific cause where there is one
/// (an invisible character in a name, a name before an e-mail address), led by the
/// field's label so that two refused names can be told apart.
pub(super) fn field_message(t: &super::texts::Texts, field: &str, reason: &FieldReason) -> String {
    let label = match field {
        "given_name" => "given-name-label",
        "family_name" => "family-name-label",
        "given_name_latin" => "given-name-latin-label",
        "family_name_latin" => "family-name-latin-label",
        "guardian.given_name" => "representative-given-name-label",
        "guardian.family_name" => "representative-family-name-label",
        _ => "",
    };
    use crate::domain::{EmailError as E, PersonNameError as N};
    use FieldReason as R;
    let specific = match reason {
        R::Name(N::InvisibleCharacter(_) | N::ControlCharacter(_)) if !label.is_empty() => {
            Some("error-name-invisible")
        }
        R::Name(N::DirectionControl(_)) => Some("error-name-direction"),
        R::Name(N::MisplacedJoiner(_)) => Some("error-name-joiner"),
        R::Name(N::MixedScripts { .. }) => Some("error-name-mixed-script"),
        R::NotLatin if !label.is_empty() => Some("error-latin"),
        R::Email(
            E::NotPlain | E::Quoted | E::DomainLiteral | E::ControlCharacter | E::NoDomainName,
        ) => Some("error-email-plain"),
        _ => None,
    };
    match (specific, label) {
        (Some(message), "") => t.get(message),
        (Some(message), label) => format!("{}: {}", t.get(label), t.get(message)),
        (None, _) => t.get(match field {
            "given_name" => "error-given-name",
            "family_name" => "error-family-name",
            "birth_date" => "error-birth-date",
            "email" => "error-email",
            _ => "error-latin",
        }),
    }
}

/// `31.12.1990` (as people write it) or `1990-12-31`, as the ISO date the rules parse.
pub(super) fn iso_date(raw: &str) -> String {
    let raw = raw.trim();
    let parts: Vec<&str> = raw
        .split(['.', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [day, month, year] if year.len() == 4 => format!("{year}-{month:0>2}-{day:0>2}"),
        _ => raw.to_string(),
    }
}

pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    form: web::Form<EnrolForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    let content = state.ctx.content.clone();
    let expected = req.cookie(FORM_COOKIE).map(|c| c.value().to_string());
    if !expected.is_some_and(|e| !form.csrf.is_empty() && same_secret(&form.csrf, &e)) {
        return Err(LearnError::new(Kind::Expired, &content, Some(&form.lang)));
    }
    if let Err(wait) = state.enrolment_limiter.check(client) {
        return Err(LearnError::new(
            Kind::TooMany(wait.0),
            &content,
            Some(&form.lang),
        ));
    }
    let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let input = EnrolmentInput {
        tenant: form.tenant.clone(),
        course: content.course.id.clone(),
        language: form.lang.clone(),
        given_name: form.given_name.clone(),
        family_name: form.family_name.clone(),
        birth_date: iso_date(&form.birth_date),
        email: optional(&form.email),
        given_name_latin: optional(&form.given_name_latin),
        family_name_latin: optional(&form.family_name_latin),
    };
    match state
        .db_write(move |ctx, conn| service::enrol(ctx, conn, &input))
        .await
    {
        Ok(created) => {
            let mut response = redirect("/lernen");
            let _ = response.add_cookie(&learner_cookie(
                &created.id,
                &created.token,
                state.secure_cookies,
            ));
            Ok(response)
        }
        Err(Error::Invalid(fields)) => {
            let t = super::texts::Texts::new(&content, Some(&form.lang));
            let mut errors: Vec<(String, String)> = Vec::new();
            for field in [
                "given_name",
                "family_name",
                "given_name_latin",
                "family_name_latin",
                "birth_date",
                "email",
            ] {
                if let Some(error) = fields.iter().find(|f| f.field == field) {
                    errors.push((field.to_string(), field_message(&t, field, &error.reason)));
                }
            }
            if errors.is_empty() {
                // The office or language was not valid: not a matter of the form's fields.
                return Err(LearnError::new(Kind::NotFound, &content, Some(&form.lang)));
            }
            render(&state, StatusCode::UNPROCESSABLE_ENTITY, form, errors)
        }
        Err(other) => Err(LearnError::from_service(other, &content, Some(&form.lang))),
    }
}

#[cfg(test)]
mod tests {
    use super::iso_date;

    #[test]
    fn german_dates_become_iso() {
        assert_eq!(iso_date("31.12.1990"), "1990-12-31");
        assert_eq!(iso_date(" 1.2.2001 "), "2001-02-01");
        assert_eq!(iso_date("1990-12-31"), "1990-12-31");
        assert_eq!(iso_date("gestern"), "gestern");
    }
}
