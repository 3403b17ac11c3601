//! The health office's pages under `/staff`: login, search, one certificate with its
//! history, revoke, reissue, identity checks, fees, voucher batches, figures, the
//! person's own account (password, second factor), and for administrators the audit log
//! and the accounts. Every page works without JavaScript; every form carries a CSRF token.

mod account;
mod admin;
mod audit_words;
mod certificates;
mod fee_words;
mod fees;
mod figures;
mod identity;
mod login;
mod page;
mod search;
mod session;
mod texts;
mod vouchers;
mod wallet_offer;

use actix_web::web;

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/static/staff.css").get(|| async {
        page::asset(
            include_str!("../static/staff.css"),
            "text/css; charset=utf-8",
        )
    }))
    .service(
        web::scope("/staff")
            .service(web::resource("/login").get(login::form).post(login::submit))
            .service(web::resource("/logout").post(login::logout))
            .service(web::resource("/account").get(account::page))
            .service(web::resource("/account/password").post(account::change_password))
            .service(web::resource("/account/second-factor").post(account::start_enrolment))
            .service(
                web::resource("/account/second-factor/confirm").post(account::confirm_enrolment),
            )
            .service(web::resource("").get(search::search_form))
            .service(
                web::resource("/search")
                    .get(search::search)
                    .post(search::search_person),
            )
            .service(web::resource("/certificates/{code}").get(certificates::show))
            .service(web::resource("/certificates/{code}/revoke").post(certificates::revoke))
            .service(web::resource("/certificates/{code}/reissue").post(certificates::reissue))
            .service(web::resource("/certificates/{code}/wallet-offer").post(wallet_offer::make))
            .service(
                web::resource("/identity")
                    .get(identity::page)
                    .post(identity::search),
            )
            .service(web::resource("/identity/{case}").post(identity::decide))
            .service(web::resource("/fees").get(fees::page).post(fees::search))
            .service(web::resource("/fees/waiver").post(fees::decide_waiver))
            .service(web::resource("/fees/desk").post(fees::desk_payment))
            .service(
                web::resource("/vouchers")
                    .get(vouchers::page)
                    .post(vouchers::create),
            )
            .service(web::resource("/vouchers/{batch}/codes.csv").get(vouchers::csv))
            .service(web::resource("/vouchers/{batch}/codes.pdf").get(vouchers::pdf))
            .service(web::resource("/figures").get(figures::page))
            .service(web::resource("/figures.csv").get(figures::csv))
            .service(web::resource("/audit").get(admin::audit))
            .service(web::resource("/accounts").get(admin::accounts))
            .service(web::resource("/accounts/{login}/disable").post(admin::disable)),
    );
}
