//! The declaration in text form (§43 Abs. 1 Satz 1 Nr. 2 IfSG), after a passed quiz:
//! the learner's own, or — for a minor, or an adult under legal care — their
//! representative's in a step of its own (§43 Abs. 6 IfSG): the minor hands the device
//! over, the representative names themself and their role, then reads the declaration
//! with every name in it and confirms it with their own checkbox.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::page::{Frame, LearnError, html, redirect};
use super::session::Learner;
use super::texts::Texts;
use crate::domain::RepresentativeRole;
use crate::service::{
    self, DeclarationInput, DeclarationWording, EnrolmentStatus, Error, GuardianInput, Refusal,
};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "learn/declaration.html", config = "src/web/askama.toml")]
struct DeclarationPage<'a> {
    f: Frame<'a>,
    csrf: String,
    wording: DeclarationWording,
    problem: Option<String>,
    /// The representative who declares, carried to the submit as hidden fields.
    representative: Option<RepresentativeFields>,
    /// An adult may have their legal carer declare instead.
    offer_carer: bool,
}

#[derive(Template)]
#[template(
    path = "learn/declaration_handover.html",
    config = "src/web/askama.toml"
)]
struct HandoverPage<'a> {
    f: Frame<'a>,
}

#[derive(Template)]
#[template(
    path = "learn/declaration_representative.html",
    config = "src/web/askama.toml"
)]
struct RepresentativePage<'a> {
    f: Frame<'a>,
    csrf: String,
    learner_name: String,
    /// (form value, label) of the roles that fit the learner's age.
    roles: Vec<(&'static str, String)>,
    fields: RepresentativeFields,
    problems: Vec<String>,
}

/// The representative as typed into the form.
#[derive(Deserialize, Default, Clone)]
pub struct RepresentativeFields {
    #[serde(default)]
    guardian_given_name: String,
    #[serde(default)]
    guardian_family_name: String,
    #[serde(default)]
    guardian_role: String,
}

impl RepresentativeFields {
    fn is_empty(&self) -> bool {
        self.guardian_given_name.is_empty()
            && self.guardian_family_name.is_empty()
            && self.guardian_role.is_empty()
    }

    fn input(&self) -> GuardianInput {
        GuardianInput {
            given_name: self.guardian_given_name.clone(),
            family_name: self.guardian_family_name.clone(),
            role: Some(self.guardian_role.clone()),
        }
    }
}

#[derive(Deserialize)]
pub struct RepresentativeForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    fields: RepresentativeFields,
}

#[derive(Deserialize)]
pub struct DeclarationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    no_known_obstacles: Option<String>,
    #[serde(flatten)]
    representative: RepresentativeFields,
}

/// Where the learner is sent when the declaration is not (or no longer) the next step.
fn elsewhere(status: EnrolmentStatus) -> Option<HttpResponse> {
    match status {
        EnrolmentStatus::Declaration => None,
        EnrolmentStatus::Fee => Some(redirect("/lernen/gebuehr")),
        EnrolmentStatus::Certified | EnrolmentStatus::IdentityCheck => {
            Some(redirect("/lernen/fertig"))
        }
        EnrolmentStatus::Learning | EnrolmentStatus::Quiz => Some(redirect("/lernen")),
    }
}

/// The learner's own declaration, or for a minor the request to hand the device over.
pub async fn declaration(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    if let Some(away) = elsewhere(learner.view(&state).await?.status) {
        return Ok(away);
    }
    let ctx = &state.ctx;
    if service::is_minor(ctx, &learner.enrolment) {
        let page = HandoverPage {
            f: learner.frame(&ctx.content),
        };
        return Ok(html(StatusCode::OK, &page));
    }
    let wording =
        service::preview_declaration(ctx, &learner.enrolment, None).map_err(|e| learner.fail(e))?;
    Ok(declaration_page(
        &state,
        &learner,
        wording,
        None,
        None,
        StatusCode::OK,
    ))
}

fn declaration_page(
    state: &AppState,
    learner: &Learner,
    wording: DeclarationWording,
    representative: Option<RepresentativeFields>,
    problem: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let page = DeclarationPage {
        f: learner.frame(&state.ctx.content),
        csrf: learner.csrf(),
        offer_carer: representative.is_none(),
        wording,
        problem,
        representative,
    };
    html(status, &page)
}

/// The representative's step: their name and role.
pub async fn representative(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    if let Some(away) = elsewhere(learner.view(&state).await?.status) {
        return Ok(away);
    }
    Ok(representative_page(
        &state,
        &learner,
        RepresentativeFields::default(),
        Vec::new(),
        StatusCode::OK,
    ))
}

fn representative_page(
    state: &AppState,
    learner: &Learner,
    mut fields: RepresentativeFields,
    problems: Vec<String>,
    status: StatusCode,
) -> HttpResponse {
    let f = learner.frame(&state.ctx.content);
    let minor = service::is_minor(&state.ctx, &learner.enrolment);
    let roles: Vec<(&'static str, String)> = RepresentativeRole::ALL
        .into_iter()
        .filter(|r| r.fits_minor(minor))
        .map(|r| {
            (
                r.as_str(),
                f.t.get(&format!("declaration-role-{}", r.as_str())),
            )
        })
        .collect();
    // One role only (the legal carer of an adult): chosen already.
    if let [(only, _)] = roles.as_slice() {
        fields.guardian_role = (*only).to_string();
    }
    let page = RepresentativePage {
        learner_name: format!(
            "{} {}",
            learner.enrolment.given_name, learner.enrolment.family_name
        ),
        csrf: learner.csrf(),
        roles,
        fields,
        problems,
        f,
    };
    html(status, &page)
}

/// The representative's name and role checked: the declaration in their words.
pub async fn representative_named(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<RepresentativeForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    learner.check_csrf(&form.csrf)?;
    if let Some(away) = elsewhere(learner.view(&state).await?.status) {
        return Ok(away);
    }
    match service::preview_declaration(&state.ctx, &learner.enrolment, Some(&form.fields.input())) {
        Ok(wording) => Ok(declaration_page(
            &state,
            &learner,
            wording,
            Some(form.fields),
            None,
            StatusCode::OK,
        )),
        Err(e) => refused_representative(&state, &learner, form.fields, e),
    }
}

/// The representative form again, each problem at its cause.
fn refused_representative(
    state: &AppState,
    learner: &Learner,
    fields: RepresentativeFields,
    error: Error,
) -> Result<HttpResponse, LearnError> {
    let t = Texts::new(&state.ctx.content, Some(&learner.enrolment.language));
    let problems = match error {
        Error::Invalid(errors) => errors.iter().map(|e| field_problem(&t, e)).collect(),
        Error::Refused(Refusal::GuardianIsHolder) => vec![t.get("error-representative-is-holder")],
        // A role that does not fit the age is only sent by a tampered form (or the
        // learner came of age between the steps).
        Error::Refused(_) => vec![t.get("error-role")],
        other => return Err(learner.fail(other)),
    };
    Ok(representative_page(
        state,
        learner,
        fields,
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

fn field_problem(t: &Texts, error: &service::FieldError) -> String {
    if error.field == "guardian.role" {
        return t.get("error-role");
    }
    super::enrol::field_message(t, &error.field, &error.reason).summary
}

/// The declaration made: the learner's own, or their representative's.
pub async fn declare(
    state: web::Data<AppState>,
    learner: Learner,
    form: web::Form<DeclarationForm>,
) -> Result<HttpResponse, LearnError> {
    let form = form.into_inner();
    learner.check_csrf(&form.csrf)?;
    let ctx = &state.ctx;
    let representative = (!form.representative.is_empty()).then_some(form.representative);
    // A minor's own form (say, an old tab) leads to the hand-over, never to a declaration.
    if representative.is_none() && service::is_minor(ctx, &learner.enrolment) {
        return Ok(redirect("/lernen/erklaerung"));
    }
    let guardian = representative.as_ref().map(RepresentativeFields::input);
    if form.no_known_obstacles.is_none() {
        let t = Texts::new(&ctx.content, Some(&learner.enrolment.language));
        return match service::preview_declaration(ctx, &learner.enrolment, guardian.as_ref()) {
            Ok(wording) => Ok(declaration_page(
                &state,
                &learner,
                wording,
                representative,
                Some(t.get("declaration-required")),
                StatusCode::UNPROCESSABLE_ENTITY,
            )),
            Err(e) => {
                refused_representative(&state, &learner, representative.unwrap_or_default(), e)
            }
        };
    }
    let input = DeclarationInput {
        no_known_obstacles: true,
        guardian,
    };
    let id = *learner.id();
    match state
        .db_write(move |ctx, conn| service::declare(ctx, conn, &id, &input))
        .await
    {
        Ok(_) => Ok(redirect("/lernen/fertig")),
        Err(e @ (Error::Invalid(_) | Error::Refused(_))) if representative.is_some() => {
            refused_representative(&state, &learner, representative.unwrap_or_default(), e)
        }
        Err(Error::Conflict(_)) => Ok(redirect("/lernen")),
        Err(e) => Err(learner.fail(e)),
    }
}
