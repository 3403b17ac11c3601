//! The office's fees: the waiver claims that wait for a decision ("Befreiung
//! bewilligen" or "ablehnen"), a learner's fee found by name and birth date with
//! "Zahlung am Schalter erhalten" where it is due, and the latest settlements. The
//! enrolment is named only in the body of the forms, never in an address.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::certificates::office_name;
use super::fee_words::{category_words, decision_words, payment_words, settled_words};
use super::page::{PageError, Who, berlin, html};
use super::session::CurrentStaff;
use super::texts::{filters, text, text_with};
use crate::domain::BirthDate;
use crate::service::office::{
    AfterFee, FeeOverview, FeeState, OpenWaiver, PersonQuery, SettledEntry,
};
use crate::web::AppState;

#[derive(Template)]
#[template(path = "staff/fees.html", config = "src/web/askama.toml")]
struct FeesPage {
    who: Option<Who>,
    message: Option<String>,
    /// The office's fee in words, or that it charges none.
    fee: String,
    waivers: Vec<WaiverRow>,
    family_name: String,
    given_name: String,
    birth_date: String,
    found: Option<Vec<StateRow>>,
    latest: Vec<SettledRow>,
}

struct WaiverRow {
    enrolment: String,
    name: String,
    latin: Option<String>,
    birth_date: String,
    category: String,
    reason: String,
    requested_at: String,
}

impl From<OpenWaiver> for WaiverRow {
    fn from(w: OpenWaiver) -> Self {
        Self {
            name: format!("{} {}", w.given_name, w.family_name),
            enrolment: w.enrolment_id,
            latin: w.latin,
            birth_date: w.birth_date.format("%d.%m.%Y").to_string(),
            category: category_words(w.category),
            reason: w.reason,
            requested_at: berlin(w.requested_at),
        }
    }
}

struct StateRow {
    enrolment: String,
    name: String,
    latin: Option<String>,
    birth_date: String,
    enrolled_at: String,
    /// How far the learner got: declared, the certificate.
    progress: String,
    certificate: Option<String>,
    fee: String,
    payment: Option<String>,
    waiver: Option<String>,
    desk: bool,
}

impl From<FeeState> for StateRow {
    fn from(s: FeeState) -> Self {
        let fee = match (&s.settlement, s.amount) {
            (Some(settled), _) => settled_words(settled),
            (None, Some(amount)) => text_with("staff-fees-due", &[("amount", &amount)]),
            (None, None) => text("staff-fees-free"),
        };
        let progress = text(match (&s.certificate, s.declared) {
            (Some(_), _) => "staff-fees-progress-certified",
            (None, true) => "staff-fees-progress-declared",
            (None, false) => "staff-fees-progress-learning",
        });
        Self {
            name: format!("{} {}", s.given_name, s.family_name),
            enrolment: s.enrolment_id,
            latin: s.latin,
            birth_date: s.birth_date.format("%d.%m.%Y").to_string(),
            enrolled_at: berlin(s.enrolled_at),
            progress,
            certificate: s.certificate,
            fee,
            payment: s.payment.map(|p| payment_words(&p.state, p.attempts)),
            waiver: s.waiver.map(|w| {
                text_with(
                    "staff-fees-waiver-state",
                    &[
                        ("category", &category_words(w.category)),
                        ("decision", &decision_words(w.decision.as_deref())),
                        ("reason", &w.reason),
                    ],
                )
            }),
            desk: s.desk_payment_possible,
        }
    }
}

struct SettledRow {
    name: String,
    birth_date: String,
    settled: String,
}

impl From<SettledEntry> for SettledRow {
    fn from(e: SettledEntry) -> Self {
        Self {
            name: format!("{} {}", e.given_name, e.family_name),
            birth_date: e.birth_date.format("%d.%m.%Y").to_string(),
            settled: settled_words(&e.settlement),
        }
    }
}

/// The person search's fields (posted, so that names stay out of addresses).
#[derive(Deserialize, Default)]
pub struct PersonForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    birth_date: String,
}

async fn fees_page(
    state: &AppState,
    staff: &CurrentStaff,
    person: PersonForm,
    found: Option<Vec<FeeState>>,
    message: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let who = staff.actor();
    let overview: FeeOverview = state
        .db_write(move |ctx, conn| crate::service::office::fee_overview(ctx, conn, &who))
        .await?;
    let fee = match overview.amount {
        Some(amount) => text_with("staff-fees-intro", &[("amount", &amount)]),
        None => text("staff-fees-office-free"),
    };
    Ok(html(
        status,
        &FeesPage {
            who: Some(Who::of(&staff.0, &office_name(state, staff.tenant()))),
            message,
            fee,
            waivers: overview
                .open_waivers
                .into_iter()
                .map(WaiverRow::from)
                .collect(),
            family_name: person.family_name,
            given_name: person.given_name,
            birth_date: person.birth_date,
            found: found.map(|f| f.into_iter().map(StateRow::from).collect()),
            latest: overview.latest.into_iter().map(SettledRow::from).collect(),
        },
    ))
}

/// `GET /staff/fees`.
pub async fn page(
    state: web::Data<AppState>,
    staff: CurrentStaff,
) -> Result<HttpResponse, PageError> {
    fees_page(
        &state,
        &staff,
        PersonForm::default(),
        None,
        None,
        StatusCode::OK,
    )
    .await
}

/// `POST /staff/fees`: the fee of a person's enrolments.
pub async fn search(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<PersonForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    staff.check_csrf(&form.csrf)?;
    let birth_date = BirthDate::parse(&form.birth_date, state.ctx.clock.today_in_germany());
    let (Ok(birth_date), false) = (birth_date, form.family_name.trim().is_empty()) else {
        let message = Some(text("staff-search-person-missing"));
        return fees_page(
            &state,
            &staff,
            form,
            None,
            message,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let who = staff.actor();
    let (family, given) = (form.family_name.clone(), form.given_name.clone());
    let found = state
        .db_write(move |ctx, conn| {
            let person = PersonQuery {
                family_name: &family,
                given_name: Some(given.as_str()),
                birth_date: birth_date.date(),
            };
            crate::service::office::search_fees(ctx, conn, &who, &person)
        })
        .await?;
    fees_page(&state, &staff, form, Some(found), None, StatusCode::OK).await
}

/// What follows a settlement, in words.
fn after_words(after: &AfterFee) -> String {
    match after {
        AfterFee::Open => text("staff-fees-then-open"),
        AfterFee::IdentityCheck { case_number } => {
            text_with("staff-fees-then-check", &[("case", case_number)])
        }
        AfterFee::Issued { code } => text_with("staff-fees-then-issued", &[("code", code)]),
        AfterFee::StillDue => text("staff-fees-then-due"),
    }
}

#[derive(Deserialize)]
pub struct WaiverForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    enrolment: String,
    /// `grant` or `refuse`: the button pressed.
    #[serde(default)]
    decision: String,
}

/// `POST /staff/fees/waiver`: grant or refuse one claim.
pub async fn decide_waiver(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<WaiverForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    staff.check_csrf(&form.csrf)?;
    let grant = match form.decision.as_str() {
        "grant" => true,
        "refuse" => false,
        _ => return Err(PageError::Invalid(text("staff-fees-decision-invalid"))),
    };
    let who = staff.actor();
    let enrolment = form.enrolment;
    let after = state
        .db_write(move |ctx, conn| {
            crate::service::office::decide_waiver(ctx, conn, &who, &enrolment, grant)
        })
        .await?;
    let done = text(if grant {
        "staff-fees-waiver-granted-done"
    } else {
        "staff-fees-waiver-refused-done"
    });
    let message = format!("{done} {}", after_words(&after));
    fees_page(
        &state,
        &staff,
        PersonForm::default(),
        None,
        Some(message),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct DeskForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    enrolment: String,
}

/// `POST /staff/fees/desk`: the fee was received at the desk.
pub async fn desk_payment(
    state: web::Data<AppState>,
    staff: CurrentStaff,
    form: web::Form<DeskForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.into_inner();
    staff.check_csrf(&form.csrf)?;
    let who = staff.actor();
    let enrolment = form.enrolment;
    let after = state
        .db_write(move |ctx, conn| {
            crate::service::office::record_desk_payment(ctx, conn, &who, &enrolment)
        })
        .await?;
    let message = format!("{} {}", text("staff-fees-desk-done"), after_words(&after));
    fees_page(
        &state,
        &staff,
        PersonForm::default(),
        None,
        Some(message),
        StatusCode::OK,
    )
    .await
}
