//! The certificate as an accessible HTML page: the PDF cannot be tagged (printpdf writes
//! no PDF/UA), so the same record and wording are offered as a page a screen reader
//! reads and a browser prints, in German and in the learner's language.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::page::{Frame, LearnError, html};
use super::session::Learner;
use crate::certificate::{CertificateDocument, CertificateTexts};
use crate::course::{Content, Direction};
use crate::service;
use crate::web::AppState;

/// The certificate in one language.
struct Part {
    lang: String,
    dir: &'static str,
    title: String,
    subtitle: String,
    rows: Vec<(String, String)>,
    statements: [String; 5],
    code_label: String,
    verify: String,
    development_mark: Option<String>,
}

#[derive(Template)]
#[template(path = "learn/certificate.html", config = "src/web/askama.toml")]
struct CertificatePage<'a> {
    f: Frame<'a>,
    code: String,
    parts: Vec<Part>,
    /// The declaration as made, cited in German.
    citation: Option<(String, String)>,
}

fn part(doc: &CertificateDocument, t: &CertificateTexts, rtl: bool) -> Part {
    Part {
        lang: t.language.clone(),
        dir: if rtl { "rtl" } else { "ltr" },
        title: t.title.clone(),
        subtitle: t.subtitle.clone(),
        rows: vec![
            (t.holder.clone(), doc.holder_name.clone()),
            (t.birth_date.clone(), doc.birth_date.clone()),
            (t.instructed_at.clone(), doc.instructed_at.clone()),
            (t.issued_at.clone(), doc.issued_at.clone()),
            (
                t.issuer.clone(),
                format!(
                    "{}, {}, {}",
                    doc.issuer.name, doc.issuer.street, doc.issuer.postcode_city
                ),
            ),
            (t.identity.clone(), t.identity_line(doc.identity)),
        ],
        statements: t.statements(doc),
        code_label: t.code.clone(),
        verify: t.verify.replace("{url}", &doc.verify_url),
        development_mark: doc.development_key.then(|| t.development_mark.clone()),
    }
}

/// `/lernen/bescheinigung`: the learner's certificate as a page.
pub async fn view(
    state: web::Data<AppState>,
    learner: Learner,
) -> Result<HttpResponse, LearnError> {
    let id = *learner.id();
    let doc = state
        .db(move |ctx, conn| service::certificate_document(ctx, conn, &id))
        .await
        .map_err(|e| learner.fail(e))?;
    let content = &state.ctx.content;
    Ok(page(content, learner.frame(content), &doc))
}

/// The page for `doc`, shown in the learner's session or after a one-time code.
pub(super) fn page(content: &Content, f: Frame<'_>, doc: &CertificateDocument) -> HttpResponse {
    let rtl = |code: &str| {
        content
            .course
            .language(code)
            .is_some_and(|l| l.direction == Direction::Rtl)
    };
    let mut parts = vec![part(doc, &doc.primary, false)];
    if let Some(secondary) = &doc.secondary {
        parts.push(part(doc, secondary, rtl(&secondary.language)));
    }
    let page = CertificatePage {
        f,
        code: doc.code.clone(),
        citation: doc
            .declaration_de
            .as_ref()
            .map(|text| (doc.primary.declaration_heading.clone(), text.clone())),
        parts,
    };
    html(StatusCode::OK, &page)
}
