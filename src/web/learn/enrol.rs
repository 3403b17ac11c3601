use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, Kind, LearnError, html, redirect};
use super::session::{FORM_COOKIE, LOGIN_COOKIE, form_cookie, learner_cookie};
use crate::certificate::renders_correctly as printable;
use crate::domain::{ClientAddr, DateWriting, IdentityMethod};
use crate::secret::{random_token, same_secret};
use crate::service::{self, EnrolmentInput, Error, FieldReason, LoginHolder};
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
    #[serde(default)]
    identity_method: String,
    /// A verified login with the online ID card, which fixes name and birth date.
    #[serde(default)]
    pub(super) login: String,
}

impl EnrolForm {
    /// The empty form after a login with the online ID card.
    pub(super) fn after_login(tenant: String, lang: String, login: String) -> Self {
        Self {
            tenant,
            lang,
            login,
            identity_method: IdentityMethod::Bundid.code().to_string(),
            ..Self::default()
        }
    }
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
    /// The office's ways of checking identity typed into this form: code, name, what
    /// it needs.
    identity: Vec<IdentityChoice>,
    /// The office logs learners in with the online ID card (and this deployment can).
    bundid: Option<IdentityChoice>,
    /// Name and birth date from that login, fixed.
    person: Option<FixedPerson>,
    /// The refused fields in the order of the form.
    errors: Vec<FieldProblem>,
}

pub(super) struct FixedPerson {
    given_name: String,
    family_name: String,
    birth_date: String,
    /// The name is in a script the certificate cannot print: the passport's Latin
    /// spelling is asked for.
    latin: bool,
}

pub(super) struct IdentityChoice {
    code: &'static str,
    label: String,
    needs: String,
}

fn identity_choices(
    t: &super::texts::Texts,
    tenant: &crate::course::Tenant,
) -> Vec<IdentityChoice> {
    tenant
        .identity
        .iter()
        .map(|method| {
            let (label, needs) = match method {
                IdentityMethod::None => ("", "identity-none"),
                IdentityMethod::Staff => ("identity-staff", "identity-staff-needs"),
                IdentityMethod::Bundid => ("identity-bundid", "identity-bundid-needs"),
            };
            IdentityChoice {
                code: method.code(),
                label: if label.is_empty() {
                    String::new()
                } else {
                    t.get(label)
                },
                needs: t.get(needs),
            }
        })
        .collect()
}

/// A refused field: what the summary says (led by the field's label where the cause
/// alone would not say which field) and what the field itself says.
pub(super) struct FieldProblem {
    pub field: String,
    pub summary: String,
    pub at_field: String,
}

impl EnrolPage<'_> {
    /// Typed names may need their Latin spelling; a login's only if the card's do.
    fn asks_latin(&self) -> bool {
        self.person.as_ref().is_none_or(|p| p.latin)
    }

    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }

    /// The message shown at the field.
    fn error_of(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.at_field.as_str())
    }
}

#[derive(Deserialize)]
pub struct OfficeQuery {
    tenant: String,
    lang: Option<String>,
}

/// The form; before there is an enrolment, its CSRF token is a random value kept in a
/// cookie and in the form. With a login, its name and birth date are shown, not asked.
pub(super) async fn render(
    state: &AppState,
    status: StatusCode,
    mut form: EnrolForm,
    errors: Vec<FieldProblem>,
) -> Result<HttpResponse, LearnError> {
    let person = match form.login.as_str() {
        "" => None,
        login => {
            let login = login.to_string();
            state
                .db(move |ctx, conn| service::verified_person(ctx, conn, &login))
                .await
                .map_err(|e| LearnError::from_service(e, &state.ctx.content, Some(&form.lang)))?
                .filter(|p| p.tenant == form.tenant)
        }
    };
    if person.is_none() {
        form.login.clear();
    }
    let content = &state.ctx.content;
    let lang = Some(form.lang.as_str()).filter(|l| !l.is_empty());
    let tenant = content
        .tenant(&form.tenant)
        .filter(|t| lang.is_none_or(|l| t.offers(l)))
        .ok_or_else(|| LearnError::new(Kind::NotFound, content, lang))?;
    // The language can still change here, also beside the errors of a refused form (a
    // learner who cannot read them needs it most); once enrolled, it is the course's.
    // Switching opens the empty form: what was typed never goes into an address.
    let mut f = Frame::new(content, lang)
        .for_office(&tenant.id)
        .switchable(content, "/anmeldung");
    f.languages
        .retain(|(code, _)| tenant.offers(code) && person.is_none());
    f.keep.push(("tenant".into(), tenant.id.clone()));
    let csrf = random_token();
    let (bundid, identity): (Vec<_>, Vec<_>) = identity_choices(&f.t, tenant)
        .into_iter()
        .partition(|c| c.code == IdentityMethod::Bundid.code());
    let bundid = bundid
        .into_iter()
        .next()
        .filter(|_| service::offered_methods(&state.ctx, tenant).contains(&IdentityMethod::Bundid));
    let page = EnrolPage {
        csrf: csrf.clone(),
        tenant: tenant.id.clone(),
        office_name: tenant.name.clone(),
        fee: fee_words(&f.t, tenant.fee.as_ref()),
        identity,
        bundid,
        person: person.map(|p| FixedPerson {
            latin: !printable(&p.given_name) || !printable(&p.family_name),
            given_name: p.given_name,
            family_name: p.family_name,
            birth_date: p.birth_date.format("%d.%m.%Y").to_string(),
        }),
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
    render(&state, StatusCode::OK, form, Vec::new()).await
}

/// What the learner reads about a refused field: the specific cause where there is one
/// (an invisible character in a name, a name before an e-mail address), led by the
/// field's label so that two refused names can be told apart.
pub(super) fn field_message(
    t: &super::texts::Texts,
    field: &str,
    reason: &FieldReason,
) -> FieldProblem {
    let label = match field {
        "given_name" => "given-name-label",
        "family_name" => "family-name-label",
        "given_name_latin" => "given-name-latin-label",
        "family_name_latin" => "family-name-latin-label",
        "guardian.given_name" => "representative-given-name-label",
        "guardian.family_name" => "representative-family-name-label",
        _ => "",
    };
    use crate::domain::{BirthDate, BirthDateError as B, EmailError as E, PersonNameError as N};
    use FieldReason as R;
    use fluent_bundle::FluentValue;
    let with = |id: &str, name: &str, value: FluentValue<'_>| t.pages_text(id, &[(name, value)]);
    let specific = match reason {
        R::Name(N::InvisibleCharacter(_) | N::ControlCharacter(_)) if !label.is_empty() => {
            Some(t.get("error-name-invisible"))
        }
        R::Name(N::DirectionControl(_)) => Some(t.get("error-name-direction")),
        R::Name(N::MisplacedJoiner(_)) => Some(t.get("error-name-joiner")),
        R::Name(N::MixedScripts { .. }) => Some(t.get("error-name-mixed-script")),
        R::Name(N::ForbiddenCharacter(c)) => Some(with(
            "error-name-character",
            "character",
            c.to_string().into(),
        )),
        R::Name(N::TooLong) => Some(with(
            "error-name-too-long",
            "max",
            (crate::domain::PersonName::MAX_CHARS as f64).into(),
        )),
        R::Name(N::NoLetter) => Some(t.get("error-name-no-letter")),
        R::NotLatin if !label.is_empty() => Some(t.get("error-latin")),
        R::Email(
            E::NotPlain | E::Quoted | E::DomainLiteral | E::ControlCharacter | E::NoDomainName,
        ) => Some(t.get("error-email-plain")),
        R::BirthDate(B::NoSuchDay) => Some(t.get("error-birth-date-no-such-day")),
        R::BirthDate(B::TwoDigitYear) => Some(t.get("error-birth-date-two-digit-year")),
        R::BirthDate(B::InFuture) => Some(t.get("error-birth-date-future")),
        R::BirthDate(B::TooYoung) => Some(with(
            "error-birth-date-too-young",
            "min",
            f64::from(BirthDate::MIN_AGE).into(),
        )),
        R::BirthDate(B::Implausible) => Some(t.get("error-birth-date-implausible")),
        R::IdentityMethodNotOffered { .. } => Some(t.get("identity-choose")),
        R::LoginExpired | R::LoginMissing => Some(t.get("bundid-expired")),
        _ => None,
    };
    let (summary, at_field) = match (specific, label) {
        (Some(message), "") => (message.clone(), message),
        (Some(message), label) => (format!("{}: {message}", t.get(label)), message),
        (None, _) => {
            let message = t.get(match field {
                "given_name" => "error-given-name",
                "family_name" => "error-family-name",
                "birth_date" => "error-birth-date",
                "email" => "error-email",
                _ => "error-latin",
            });
            (message.clone(), message)
        }
    };
    FieldProblem {
        field: field.to_string(),
        summary,
        at_field,
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
        birth_date: form.birth_date.clone(),
        birth_date_writing: DateWriting::Written,
        email: optional(&form.email),
        given_name_latin: optional(&form.given_name_latin),
        family_name_latin: optional(&form.family_name_latin),
        identity_method: optional(&form.identity_method),
        identity_login: optional(&form.login),
        login_holder: LoginHolder::Browser(req.cookie(LOGIN_COOKIE).map(|c| c.value().to_string())),
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
            let mut errors = Vec::new();
            for field in [
                "given_name",
                "family_name",
                "given_name_latin",
                "family_name_latin",
                "birth_date",
                "email",
                "identity_method",
                "identity_login",
            ] {
                if let Some(error) = fields.iter().find(|f| f.field == field) {
                    errors.push(field_message(&t, field, &error.reason));
                }
            }
            if errors.is_empty() {
                // The office or language was not valid: not a matter of the form's fields.
                return Err(LearnError::new(Kind::NotFound, &content, Some(&form.lang)));
            }
            render(&state, StatusCode::UNPROCESSABLE_ENTITY, form, errors).await
        }
        Err(other) => Err(LearnError::from_service(other, &content, Some(&form.lang))),
    }
}

/// What the instruction costs and when it is paid, in the learner's language.
pub(super) fn fee_words(t: &super::texts::Texts<'_>, fee: Option<&crate::course::Fee>) -> String {
    match fee {
        None => t.get("fee-free"),
        Some(fee) => t.str(
            match fee.due {
                crate::domain::FeeDue::BeforeCourse => "fee-before-course",
                crate::domain::FeeDue::BeforeCertificate => "fee-before-certificate",
            },
            "amount",
            &fee.amount.to_string(),
        ),
    }
}
