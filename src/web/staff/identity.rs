//! The office's open identity checks: the queue (filtered by case number or name), and
//! per case "confirmed" with the kind of document, or "not confirmed" with a reason.
//! A confirmation issues the certificate (with four eyes: once a second person
//! completes it).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::certificates::office_name;
use super::page::{PageError, Who, berlin, html};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::domain::{CaseNumber, IdentityDocument, IdentityRejection};
use crate::service::office::{CheckQuery, Decided, Decision, OpenCheck};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/identity.html", config = "src/web/askama.toml")]
struct QueuePage {
    who: Option<Who>,
    message: Option<String>,
    query: String,
    checks: Vec<Row>,
    documents: Vec<(&'static str, String)>,
    reasons: Vec<(&'static str, String)>,
}

struct Row {
    case_number: String,
    name: String,
    latin: Option<String>,
    birth_date: String,
    requested_at: String,
    proposed: Option<String>,
}

fn document_words(document: IdentityDocument) -> String {
    text(match document {
        IdentityDocument::IdCard => "staff-document-id-card",
        IdentityDocument::Passport => "staff-document-passport",
        IdentityDocument::ResidencePermit => "staff-document-residence-permit",
        IdentityDocument::Other => "staff-document-other",
    })
}

fn rejection_words(reason: IdentityRejection) -> String {
    text(match reason {
        IdentityRejection::DoesNotMatch => "staff-rejection-does-not-match",
        IdentityRejection::NoValidDocument => "staff-rejection-no-valid-document",
        IdentityRejection::DidNotAppear => "staff-rejection-did-not-appear",
        IdentityRejection::Other => "staff-rejection-other",
    })
}

impl From<OpenCheck> for Row {
    fn from(c: OpenCheck) -> Self {
        Self {
            case_number: c.case_number,
            name: format!("{} {}", c.given_name, c.family_name),
            latin: c.latin,
            birth_date: c.birth_date.format("%d.%m.%Y").to_string(),
            requested_at: berlin(c.requested_at),
            // Not which document: the second person looks for themselves.
            proposed: c
                .proposed
                .map(|(login, _)| text_with("staff-identity-proposed", &[("login", &login)])),
        }
    }
}

/// The search: a POST with the form's token, so that names stay out of the addresses
/// that browsers and proxies keep (as on the search page).
#[derive(Deserialize, Default)]
pub struct QueueSearch {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    q: String,
}

async fn queue(
    state: &AppState,
    staff: &CurrentStaff,
    query: String,
    message: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let who = staff.actor();
    let filter = CheckQuery::parse(&query);
    let checks = state
        .db_write(move |ctx, conn| crate::service::office::open_checks(ctx, conn, &who, &filter))
        .await?;
    Ok(html(
        status,
        &QueuePage {
            who: Some(Who::of(&staff.0, &office_name(state, staff.tenant()))),
            message,
            query,
            checks: checks.into_iter().map(Row::from).collect(),
            documents: IdentityDocument::ALL
                .iter()
                .map(|d| (d.code(), document_words(*d)))
                .collect(),
            reasons: IdentityRejection::ALL
                .iter()
                .map(|r| (r.code(), rejection_words(*r)))
                .collect(),
        },
    ))
}

/// `GET /staff/identity`: the office's open checks.
pub async fn page(
    state: web::Data<AppState>,
    staff: CurrentStaff,
) -> Result<HttpResponse, PageError> {
    queue(&state, &staff, String::new(), None, StatusCode::OK).await
}

/// `POST /staff/identity`: those matching a case number or a name.
pub async fn search(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<QueueSearch>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    staff.check_csrf(&form.csrf)?;
    queue(&state, &staff, form.q, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    csrf: String,
    /// `confirm` or `reject`.
    #[serde(default)]
    decision: String,
    #[serde(default)]
    document: String,
    #[serde(default)]
    reason: String,
}

/// `POST /staff/identity/{case}`: confirm or reject one check.
pub async fn decide(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    case: web::Path<String>,
    form: web::Form<DecisionForm>,
) -> Result<HttpResponse, PageError> {
    staff.check_csrf(&form.csrf)?;
    let case = CaseNumber::parse(&case).ok_or(PageError::NotFound)?;
    let decision = match form.decision.as_str() {
        "confirm" => IdentityDocument::parse(&form.document).map(Decision::Confirm),
        "reject" => IdentityRejection::parse(&form.reason).map(Decision::Reject),
        _ => None,
    }
    .ok_or_else(|| PageError::Invalid(text("staff-identity-invalid")))?;
    let who = staff.actor();
    let decided = state
        .db_write(move |ctx, conn| crate::service::office::decide(ctx, conn, &who, &case, decision))
        .await?;
    let message = match decided {
        Decided::Issued { code } => text_with("staff-identity-confirmed-done", &[("code", &code)]),
        Decided::Proposed => text("staff-identity-proposed-done"),
        Decided::Rejected => text("staff-identity-rejected-done"),
    };
    queue(&state, &staff, String::new(), Some(message), StatusCode::OK).await
}
