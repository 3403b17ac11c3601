//! A health-office staff member in the tests: accounts made through the library, a
//! browser-like client with cookies that does not follow redirects.

use belehrung::audit::Actor;
use belehrung::staff::{self, Credentials, NewAccount, Role, SecondFactor};

use crate::helpers::TestApp;

pub struct StaffClient {
    pub client: reqwest::Client,
    address: String,
}

pub struct Page {
    pub status: u16,
    pub location: String,
    /// The `Retry-After` header, empty if absent.
    pub retry_after: String,
    pub body: String,
}

/// The CSRF token of the first form on a page.
pub fn csrf(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a form with a CSRF token") + marker.len();
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

impl TestApp {
    pub fn db_connection(&self) -> belehrung::db::DbPool {
        let url = belehrung::db::DatabaseUrl::parse(&self.database_url).expect("url");
        belehrung::db::build_pool(&url, 1).expect("pool")
    }

    /// The database as the service uses it, for work that writes.
    pub fn database(&self) -> belehrung::db::Database {
        let url = belehrung::db::DatabaseUrl::parse(&self.database_url).expect("url");
        belehrung::db::Database::connect(&url, 1).expect("database")
    }

    /// A staff account of `tenant` in daily use: added as the command line would, its
    /// one-time password replaced by the person's own and, with `totp`, the person's
    /// second factor enrolled (read it with [`TestApp::second_factor_of`]).
    pub fn add_staff(&self, tenant: &str, login: &str, role: Role, totp: bool) -> Credentials {
        let mut credentials = self.add_staff_with_one_time_password(tenant, login, role, totp);
        let db = self.database();
        let mut turn = db.write_turn().expect("connection");
        let mut conn = turn.writer();
        let id = staff::list(&mut conn, None)
            .expect("accounts")
            .into_iter()
            .find(|a| a.login == login)
            .expect("the new account")
            .id;
        let own = "Gurkensalat mit Dill 2026".to_string();
        staff::change_password(
            &mut conn,
            chrono::Utc::now(),
            &id,
            &staff::PasswordChange {
                current: credentials.password.expose(),
                new: &own,
                repeated: &own,
            },
            "",
        )
        .expect("password changed");
        credentials.password = staff::Password::parse(&own).expect("policy");
        if totp {
            let factor = staff::begin_enrolment(&mut conn, &id, tenant).expect("enrolment");
            let factor = SecondFactor::from_base32(&factor.secret, login).expect("secret");
            // Confirmed a few steps before the app's clock, so that a test's first code
            // is not one already used.
            let earlier =
                belehrung::clock::Clock::now(self.clock.as_ref()) - chrono::TimeDelta::seconds(90);
            staff::confirm_enrolment(&mut conn, earlier, &id, &factor.code_at(earlier), "")
                .expect("second factor enrolled");
        }
        credentials
    }

    /// The enrolled second factor of `login`, as the person's app has it.
    pub fn second_factor_of(&self, login: &str) -> SecondFactor {
        use diesel::prelude::*;
        let db = self.database();
        let mut turn = db.write_turn().expect("connection");
        let mut conn = turn.writer();
        let secret: Option<String> = belehrung::db::schema::staff::table
            .filter(belehrung::db::schema::staff::login.eq(login))
            .select(belehrung::db::schema::staff::totp_secret)
            .first(&mut *conn as &mut belehrung::db::DbConnection)
            .expect("account");
        SecondFactor::from_base32(&secret.expect("an enrolled factor"), login).expect("secret")
    }

    /// A new staff account exactly as `belehrung staff add` leaves it: a one-time
    /// password, and no second factor enrolled yet.
    pub fn add_staff_with_one_time_password(
        &self,
        tenant: &str,
        login: &str,
        role: Role,
        totp: bool,
    ) -> Credentials {
        let db = self.database();
        let mut turn = db.write_turn().expect("connection");
        let mut conn = turn.writer();
        staff::add(
            &mut conn,
            chrono::Utc::now(),
            &Actor::CommandLine,
            &NewAccount {
                tenant,
                office_name: tenant,
                login,
                display_name: &format!("Sachbearbeitung {login}"),
                role,
                second_factor: totp,
            },
        )
        .expect("staff account")
    }

    pub fn staff_client(&self) -> StaffClient {
        StaffClient {
            client: crate::helpers::test_client(
                reqwest::Client::builder()
                    .cookie_store(true)
                    .redirect(reqwest::redirect::Policy::none()),
            ),
            address: self.address.clone(),
        }
    }

    /// A staff client behind a proxy that reports it as `X-Forwarded-For: forwarded_for`.
    pub fn staff_client_behind_proxy(&self, forwarded_for: &str) -> StaffClient {
        self.client_with_header("x-forwarded-for", forwarded_for)
    }

    /// A browser holding the learner's cookie of enrolment `id`, as the learner pages
    /// set it after enrolment.
    pub fn learner_client(&self, id: &str, token: &str) -> StaffClient {
        self.client_with_header("cookie", &format!("belehrung_learner={id}.{token}"))
    }

    fn client_with_header(&self, name: &'static str, value: &str) -> StaffClient {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(name, value.parse().expect("header value"));
        StaffClient {
            client: crate::helpers::test_client(
                reqwest::Client::builder()
                    .cookie_store(true)
                    .default_headers(headers)
                    .redirect(reqwest::redirect::Policy::none()),
            ),
            address: self.address.clone(),
        }
    }

    /// Logged in as `login`; panics if the login is refused.
    pub async fn logged_in(&self, credentials: &Credentials) -> StaffClient {
        let client = self.staff_client();
        let page = client
            .log_in(&credentials.login, credentials.password.expose(), None)
            .await;
        assert_eq!(page.status, 303, "{}", page.body);
        client
    }
}

impl StaffClient {
    async fn page(&self, response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        Page {
            status,
            location,
            retry_after,
            body: response.text().await.unwrap_or_default(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request");
        self.page(response).await
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.address))
            .form(form)
            .send()
            .await
            .expect("request");
        self.page(response).await
    }

    pub async fn log_in(&self, login: &str, password: &str, code: Option<&str>) -> Page {
        let form = self.get("/staff/login").await;
        let token = csrf(&form.body);
        self.post(
            "/staff/login",
            &[
                ("csrf", token.as_str()),
                ("login", login),
                ("password", password),
                ("code", code.unwrap_or("")),
            ],
        )
        .await
    }

    /// The search by person, posted from the search page as a browser would.
    pub async fn search_person(
        &self,
        family_name: &str,
        given_name: &str,
        birth_date: &str,
    ) -> Page {
        let token = self.csrf_of("/staff").await;
        self.post(
            "/staff/search",
            &[
                ("csrf", token.as_str()),
                ("family_name", family_name),
                ("given_name", given_name),
                ("birth_date", birth_date),
            ],
        )
        .await
    }

    /// A form's CSRF token, read from `path` as a browser would.
    pub async fn csrf_of(&self, path: &str) -> String {
        let page = self.get(path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        csrf(&page.body)
    }
}
