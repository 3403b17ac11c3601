//! The learner's pages: start, office, personal data, chapters with video, quiz,
//! declaration, certificate. Server-rendered, German first, in every course language;
//! every form is a plain POST with a CSRF token; only the watch tracking needs a script.
//! They call the same services as the JSON API.

mod certificate_view;
mod course;
mod declaration;
mod enrol;
mod fee;
mod finish;
mod id_login;
mod page;
mod pdf_access;
mod pictograms;
mod privacy;
mod quiz;
mod quiz_steps;
mod resume;
mod session;
mod start;
mod texts;
mod wallet_check;

use std::sync::Arc;

use actix_web::{HttpResponse, ResponseError, web};

use crate::course::Content;

/// The page for an address where there is nothing, in `lang` (or German).
pub fn not_found_page(content: &Arc<Content>, lang: Option<&str>) -> HttpResponse {
    page::LearnError::new(page::Kind::NotFound, content, lang).error_response()
}

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/").get(start::start))
        .service(web::resource("/amt/{tenant}/datenschutz").get(privacy::overview))
        .service(web::resource("/amt/{tenant}/datenschutz/{number}").get(privacy::section))
        .service(web::resource("/amt/{tenant}/{page}").get(start::office_page))
        .service(
            web::resource("/anmeldung")
                .get(enrol::form)
                .post(enrol::submit),
        )
        .service(web::resource("/anmeldung/bundid").get(id_login::start))
        .service(
            web::resource("/saml/acs")
                .app_data(web::FormConfig::default().limit(id_login::MAX_ANSWER_BYTES))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .post(id_login::answer),
        )
        .service(web::resource("/saml/metadata").get(id_login::metadata))
        .service(
            web::resource("/weiter/{secret}")
                .get(resume::open)
                .post(resume::mail_new),
        )
        .service(
            web::resource("/bescheinigung")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .get(pdf_access::form)
                .post(pdf_access::request),
        )
        .service(
            web::resource("/bescheinigung/code")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .post(pdf_access::download),
        )
        .service(web::resource("/lernen").get(course::overview))
        .service(web::resource("/lernen/link").post(course::new_resume_link))
        .service(web::resource("/lernen/link/mail").post(course::mail_resume_link))
        .service(web::resource("/lernen/kapitel/{lesson}").get(course::chapter))
        .service(web::resource("/lernen/fortschritt").post(course::progress))
        .service(
            web::resource("/lernen/fragen")
                .get(quiz::intro)
                .post(quiz::start),
        )
        .service(web::resource("/lernen/fragen/{attempt}").post(quiz::grade))
        .service(web::resource("/lernen/fragen/{attempt}/antworten").get(quiz_steps::review))
        .service(
            web::resource("/lernen/fragen/{attempt}/{number}")
                .get(quiz_steps::question)
                .post(quiz_steps::answer),
        )
        .service(
            web::resource("/lernen/erklaerung")
                .get(declaration::declaration)
                .post(declaration::declare),
        )
        .service(
            web::resource("/lernen/erklaerung/vertretung")
                .get(declaration::representative)
                .post(declaration::representative_named),
        )
        .service(web::resource("/lernen/gebuehr").get(fee::page))
        .service(web::resource("/lernen/gebuehr/zurueck").get(fee::returned))
        .service(web::resource("/lernen/gebuehr/bezahlen").post(fee::pay))
        .service(
            web::resource("/lernen/gebuehr/gutschein")
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .post(fee::voucher),
        )
        .service(web::resource("/lernen/gebuehr/befreiung").post(fee::waiver))
        .service(web::resource("/lernen/fertig").get(finish::done))
        .service(web::resource("/lernen/wallet").post(finish::wallet))
        .service(
            web::resource("/wallet/pruefen")
                .app_data(web::FormConfig::default().limit(wallet_check::MAX_PRESENTATION_BYTES))
                .wrap(actix_web::middleware::from_fn(
                    crate::web::rate_limit::limit_lookups,
                ))
                .get(wallet_check::form)
                .post(wallet_check::check),
        )
        .service(web::resource("/lernen/bescheinigung.pdf").get(finish::pdf))
        .service(web::resource("/lernen/bescheinigung").get(certificate_view::view))
        .service(web::resource("/static/learn.css").get(|| async {
            page::asset(
                include_str!("../static/learn.css"),
                "text/css; charset=utf-8",
            )
        }))
        .service(web::resource("/pictograms/{name}.svg").get(pictograms::pictogram))
        .service(web::resource("/static/captions.js").get(|| async {
            page::asset(
                include_str!("../static/captions.js"),
                "text/javascript; charset=utf-8",
            )
        }))
        .service(web::resource("/static/sign_language.js").get(|| async {
            page::asset(
                include_str!("../static/sign_language.js"),
                "text/javascript; charset=utf-8",
            )
        }))
        .service(web::resource("/static/copy.js").get(|| async {
            page::asset(
                include_str!("../static/copy.js"),
                "text/javascript; charset=utf-8",
            )
        }))
        .service(web::resource("/static/watch.js").get(|| async {
            page::asset(
                include_str!("../static/watch.js"),
                "text/javascript; charset=utf-8",
            )
        }));
}
