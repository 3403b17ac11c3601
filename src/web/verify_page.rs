//! The human verify page, `GET /v/{code}`: what the QR code opens. German first, with a
//! language switch; works without JavaScript, and with it also checks the QR's JWS.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono_tz::Europe::Berlin;
use futures_util::StreamExt;
use serde::Deserialize;

use super::AppState;
use crate::certificate::{CertificateTexts, MAX_CERTIFICATE_BYTES};
use crate::course::{PageTexts, RepresentativeRoles};
use crate::domain::{AssuranceLevel, CertificateCode, CodeError, RevocationCategory};
use crate::service::{self, CertificateView, Error, Lookup, Refusal, UploadVerdict};

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/v").get(entry))
        .service(
            web::resource("/v/{code}")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .get(page),
        )
        .service(
            web::resource("/v/{code}/pdf")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .post(upload),
        )
        .service(web::resource("/logo/{tenant}.png").get(super::office_logo::logo))
        .service(web::resource("/static/verify.js").get(|| async {
            asset(
                include_str!("static/verify.js"),
                "text/javascript; charset=utf-8",
            )
        }))
        .service(
            web::resource("/static/verify.css").get(|| async {
                asset(include_str!("static/verify.css"), "text/css; charset=utf-8")
            }),
        );
}

use super::page_headers::static_asset as asset;

#[derive(Deserialize)]
struct PageQuery {
    lang: Option<String>,
    code: Option<String>,
}

struct Outcome {
    class: &'static str,
    headline: String,
    code: String,
    certificate: Option<Shown>,
    deleted: Option<Deleted>,
}

/// What the page shows of a certificate deleted after the retention period.
struct Deleted {
    /// The office's id: the QR code's signature, the one proof of the person left, is
    /// checked against its keys.
    tenant: String,
    issuer: String,
    issued_at: String,
    deleted_at: String,
    /// How identity was checked, for the page's script to fill from the signed data.
    identity: Option<IdentityWords>,
}

/// What the page shows of a certificate: never the guardian's name nor the office's
/// note about a revocation.
struct Shown {
    holder: String,
    /// The passport's Latin spelling, as printed on the PDF, for a name in another script.
    latin: Option<String>,
    birth_date: String,
    instructed_at: String,
    issuer: String,
    /// The office's Land.
    land: Option<String>,
    /// The office's logo, where it has one.
    logo: Option<String>,
    /// For a valid certificate: until when it may be shown for a first taking up of the
    /// work, and that it is valid without a limit after that.
    valid_until: Option<String>,
    /// How identity was checked: the label and the words.
    identity: Option<(String, String)>,
    /// The office's id: the page's script accepts only a QR code signed by its key.
    tenant: String,
    /// As what a representative declared for the holder, in the page's language.
    representative: Option<String>,
    revoked_at: Option<String>,
    reason: Option<String>,
}

struct UploadResult {
    class: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "verify.html", config = "src/web/askama.toml")]
struct VerifyPage<'a> {
    lang: &'a str,
    dir: &'static str,
    languages: Vec<(String, String)>,
    t: &'a PageTexts,
    /// In an unchecked machine translation: the notice and the link to the German.
    machine_notice: Option<(String, String)>,
    entered: String,
    outcome: Option<Outcome>,
    upload: Option<UploadResult>,
}

fn language(state: &AppState, requested: Option<&str>) -> String {
    let course = &state.ctx.content.course;
    requested
        .filter(|l| course.language(l).is_some())
        .unwrap_or(&course.source_language)
        .to_string()
}

fn render(
    state: &AppState,
    lang: &str,
    status: StatusCode,
    entered: String,
    outcome: Option<Outcome>,
    upload: Option<UploadResult>,
) -> HttpResponse {
    let content = &state.ctx.content;
    let rtl = content
        .course
        .language(lang)
        .is_some_and(|l| l.direction == crate::course::Direction::Rtl);
    let page = VerifyPage {
        lang,
        dir: if rtl { "rtl" } else { "ltr" },
        languages: content
            .course
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect(),
        t: content.pages(lang),
        machine_notice: content
            .course
            .language(lang)
            .filter(|l| l.review == crate::course::ReviewStatus::Machine)
            .map(|_| {
                let pages = content.pages(lang);
                (
                    pages.text("machine-translation-notice", &[]),
                    pages.text("machine-translation-link", &[]),
                )
            }),
        entered,
        outcome,
        upload,
    };
    match page.render() {
        Ok(html) => HttpResponse::build(status)
            .insert_header(ContentType::html())
            .insert_header((
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            ))
            .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .insert_header((header::REFERRER_POLICY, "no-referrer"))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(html),
        Err(e) => {
            tracing::error!(error = %e, "verify page did not render");
            HttpResponse::InternalServerError().finish()
        }
    }
}

/// The empty form, or a redirect to the page of the code typed into it.
async fn entry(state: web::Data<AppState>, query: web::Query<PageQuery>) -> HttpResponse {
    let lang = language(&state, query.lang.as_deref());
    match query
        .code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(code) => {
            let target = format!("/v/{}?lang={lang}", url_escape(code));
            HttpResponse::SeeOther()
                .insert_header((header::LOCATION, target))
                .finish()
        }
        None => render(&state, &lang, StatusCode::OK, String::new(), None, None),
    }
}

/// Keeps only what a code may contain, so the redirect target is always a plain path.
fn url_escape(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

async fn lookup(
    state: &AppState,
    raw: &str,
    t: &PageTexts,
    lang: &str,
) -> Result<(StatusCode, Outcome), Error> {
    let code = match CertificateCode::parse(raw) {
        Ok(code) => code,
        Err(CodeError::CheckMismatch) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Outcome {
                    class: "typo",
                    headline: t.get("verify-typo"),
                    code: String::new(),
                    certificate: None,
                    deleted: None,
                },
            ));
        }
        Err(_) => {
            return Ok((
                StatusCode::BAD_REQUEST,
                Outcome {
                    class: "malformed",
                    headline: t.get("verify-malformed"),
                    code: String::new(),
                    certificate: None,
                    deleted: None,
                },
            ));
        }
    };
    let shown = code.to_string();
    let found = match state.lookup(&code).await {
        Ok(found) => found,
        Err(Error::NotFound(_)) => {
            return Ok((
                StatusCode::NOT_FOUND,
                Outcome {
                    class: "unknown",
                    headline: t.get("verify-unknown"),
                    code: shown,
                    certificate: None,
                    deleted: None,
                },
            ));
        }
        Err(e) => return Err(e),
    };
    Ok(match &*found {
        Lookup::Certificate(view) => {
            // A development key's certificate never reads as valid.
            let (class, headline) = match (view.revoked_at.is_some(), view.development_key) {
                (true, _) => ("revoked", t.get("verify-revoked")),
                (false, true) => ("development", t.get("verify-development-key")),
                (false, false) => ("valid", t.get("verify-valid")),
            };
            (
                StatusCode::OK,
                Outcome {
                    class,
                    headline,
                    code: shown,
                    certificate: Some(show(
                        view,
                        t,
                        roles(state, lang),
                        state.ctx.content.tenant(&view.issuer.tenant),
                        identity_words(state, lang),
                    )),
                    deleted: None,
                },
            )
        }
        Lookup::Deleted(d) => {
            let day = |at: chrono::DateTime<chrono::Utc>| {
                at.with_timezone(&Berlin).format("%d.%m.%Y").to_string()
            };
            let (class, headline) = if d.still_valid() {
                ("deleted", t.get("verify-deleted"))
            } else {
                ("revoked", t.get("verify-deleted-revoked"))
            };
            (
                StatusCode::GONE,
                Outcome {
                    class,
                    headline,
                    code: shown,
                    certificate: None,
                    deleted: Some(Deleted {
                        tenant: d.tenant.clone(),
                        issuer: d.issuer_name.clone(),
                        issued_at: day(d.issued_at),
                        deleted_at: day(d.deleted_at),
                        identity: identity_words(state, lang).map(|w| IdentityWords {
                            label: w.identity.clone(),
                            none: w.identity_none.clone(),
                            staff: w.identity_staff.clone(),
                            bundid_high: w.bundid_line(AssuranceLevel::High),
                            bundid_substantial: w.bundid_line(AssuranceLevel::Substantial),
                        }),
                    }),
                },
            )
        }
    })
}

/// The representatives' roles in the page's language: the declaration's own words.
fn roles<'a>(state: &'a AppState, lang: &str) -> Option<&'a RepresentativeRoles> {
    let course = &state.ctx.content.course;
    course
        .language(lang)
        .or_else(|| course.language(&course.source_language))
        .map(|l| &l.declaration.roles)
}

/// The certificate's words for each way of checking identity, for the page's script to
/// choose from by the signed data of a deleted record.
struct IdentityWords {
    label: String,
    none: String,
    /// With `{date}`.
    staff: String,
    bundid_high: String,
    bundid_substantial: String,
}

/// The certificate's own words for how identity was checked, in the page's language
/// (the certificate's texts, so page and PDF say the same).
fn identity_words<'a>(state: &'a AppState, lang: &str) -> Option<&'a CertificateTexts> {
    let assets = &state.ctx.assets;
    assets.page_texts(lang).or_else(|| assets.texts("de"))
}

fn show(
    view: &CertificateView,
    t: &PageTexts,
    roles: Option<&RepresentativeRoles>,
    office: Option<&crate::course::Tenant>,
    words: Option<&CertificateTexts>,
) -> Shown {
    let local = |t: chrono::DateTime<chrono::Utc>| {
        t.with_timezone(&Berlin)
            .format("%d.%m.%Y, %H:%M")
            .to_string()
    };
    Shown {
        holder: format!("{} {}", view.holder.given_name, view.holder.family_name),
        latin: view
            .holder
            .latin
            .as_ref()
            .map(|l| format!("{} {}", l.given_name, l.family_name)),
        birth_date: view.holder.birth_date.format("%d.%m.%Y").to_string(),
        instructed_at: local(view.instructed_at),
        issuer: view.issuer.name.clone(),
        land: office.map(|o| o.land.clone()),
        logo: office
            .filter(|o| o.logo.is_some())
            .map(|o| format!("/logo/{}.png", o.id)),
        valid_until: (view.revoked_at.is_none() && !view.development_key).then(|| {
            t.text(
                "verify-valid-until",
                &[(
                    "date",
                    view.first_work_deadline()
                        .format("%d.%m.%Y")
                        .to_string()
                        .into(),
                )],
            )
        }),
        identity: words.map(|w| (w.identity.clone(), w.identity_line(view.identity))),
        tenant: view.issuer.tenant.clone(),
        representative: view
            .representative_role
            .zip(roles)
            .map(|(r, roles)| roles.name(r).to_string()),
        revoked_at: view.revoked_at.map(local),
        reason: view.revocation_category.map(|c| t.get(revocation_label(c))),
    }
}

async fn page(
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, Error> {
    let lang = language(&state, query.lang.as_deref());
    let t = state.ctx.content.pages(&lang);
    let (status, outcome) = lookup(&state, &path, t, &lang).await?;
    Ok(render(
        &state,
        &lang,
        status,
        path.into_inner(),
        Some(outcome),
        None,
    ))
}

/// Says whether an uploaded PDF is byte for byte one that was issued for this code.
async fn upload(
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<PageQuery>,
    mut form: Multipart,
) -> Result<HttpResponse, Error> {
    let lang = language(&state, query.lang.as_deref());
    let t = state.ctx.content.pages(&lang);
    let (status, outcome) = lookup(&state, &path, t, &lang).await?;
    let mut pdf = Vec::new();
    let mut too_large = false;
    while let Some(Ok(mut field)) = form.next().await {
        if field.name() != Some("pdf") {
            continue;
        }
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| {
                tracing::debug!(error = %e, "upload broke off");
                Error::Refused(Refusal::UploadBroken)
            })?;
            // The rest is read and dropped, so that the sender gets the page and not a
            // broken connection; nothing of it is kept.
            too_large |= pdf.len() + chunk.len() > MAX_CERTIFICATE_BYTES;
            if !too_large {
                pdf.extend_from_slice(&chunk);
            }
        }
    }
    let not_issued = UploadResult {
        class: "invalid",
        message: t.get("verify-upload-not-exact"),
    };
    let (status, upload) = match (CertificateCode::parse(&path), pdf.is_empty()) {
        _ if too_large => (StatusCode::PAYLOAD_TOO_LARGE, not_issued),
        (_, true) => (
            status,
            UploadResult {
                class: "typo",
                message: t.get("verify-upload-missing"),
            },
        ),
        (Ok(code), false) => {
            let verdict = state
                .db(move |_, conn| service::check_upload(conn, &code, &pdf))
                .await?;
            match verdict {
                UploadVerdict::Issued => (
                    status,
                    UploadResult {
                        class: "valid",
                        message: t.get("verify-upload-exact"),
                    },
                ),
                UploadVerdict::NotIssued | UploadVerdict::Unreadable => (status, not_issued),
            }
        }
        (Err(_), false) => (status, not_issued),
    };
    Ok(render(
        &state,
        &lang,
        status,
        path.into_inner(),
        Some(outcome),
        Some(upload),
    ))
}

/// The message naming a revocation category in the page texts.
pub fn revocation_label(category: RevocationCategory) -> &'static str {
    match category {
        RevocationCategory::IssuedInError => "verify-revocation-issued-in-error",
        RevocationCategory::Replaced => "verify-revocation-replaced",
        RevocationCategory::ObtainedByDeception => "verify-revocation-obtained-by-deception",
        RevocationCategory::Other => "verify-revocation-other",
    }
}
