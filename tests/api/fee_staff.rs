//! The fee on the office's side: voucher batches made, listed and exported (CSV and a
//! printable PDF) by their own office only; waiver claims granted (the course opens) or
//! refused (the fee stays due), each decided once; a payment received at the desk that
//! settles a declared learner's fee and leads to the identity check and the certificate;
//! every step in the office's audit log, and the fees in the figures.

use belehrung::staff::Role;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, pdf_text_of, spawn_app_with, str_of};
use crate::on_both_backends;
use crate::staff_client::{Page, StaffClient};

on_both_backends!(
    vouchers_are_made_and_exported_by_their_office_only,
    a_waiver_claim_is_granted_or_refused_once,
    a_desk_payment_settles_a_declared_fee_and_the_check_follows,
    the_fee_pages_need_a_login_and_the_form_token,
);

fn learner_of(office: &str, given_name: &str, family_name: &str, birth_date: &str) -> Value {
    json!({
        "tenant": office,
        "course": "ifsg43",
        "language": "de",
        "given_name": given_name,
        "family_name": family_name,
        "birth_date": birth_date,
    })
}

/// A form posted with the CSRF token of the page it is on.
async fn post_from(staff: &StaffClient, page: &str, path: &str, fields: &[(&str, &str)]) -> Page {
    let token = staff.csrf_of(page).await;
    let mut form = vec![("csrf", token.as_str())];
    form.extend_from_slice(fields);
    staff.post(path, &form).await
}

/// The batch ids the voucher page links to, newest first.
fn batch_ids(page: &str) -> Vec<String> {
    page.split("/staff/vouchers/")
        .skip(1)
        .filter_map(|rest| rest.split_once("/codes.csv").map(|(id, _)| id.to_string()))
        .collect()
}

async fn bytes_of(staff: &StaffClient, app: &TestApp, path: &str) -> (u16, String, Vec<u8>) {
    let response = staff
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (
        status,
        content_type,
        response.bytes().await.expect("body").to_vec(),
    )
}

/// The office's audit log as its administrator reads it.
async fn audit_page(staff: &StaffClient) -> String {
    let page = staff.get("/staff/audit").await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.body
}

/// The figures of the test's first day as CSV: the header and the lines.
async fn figures_csv(staff: &StaffClient) -> (Vec<String>, Vec<Vec<String>>) {
    let page = staff
        .get("/staff/figures.csv?from=2026-11-23&to=2026-11-23")
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let mut lines = page.body.lines();
    let header = lines
        .next()
        .expect("a header")
        .split(',')
        .map(str::to_string)
        .collect();
    let rows = lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// The sum of one column of the figures over all languages.
fn column_sum(header: &[String], rows: &[Vec<String>], column: &str) -> f64 {
    let at = header
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column} in {header:?}"));
    rows.iter()
        .map(|r| r[at].parse::<f64>().expect("a number"))
        .sum()
}

async fn vouchers_are_made_and_exported_by_their_office_only(backend: Backend) {
    let app = spawn_app_with(backend, "0").await;
    let own = app
        .logged_in(&app.add_staff("beispielkreis", "vera", Role::Admin, false))
        .await;
    let other = app
        .logged_in(&app.add_staff("beispielstadt", "otto", Role::Admin, false))
        .await;

    let page = own.get("/staff/vouchers").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Neue Gutscheinserie"), "{}", page.body);
    assert!(page.body.contains("Noch keine Gutscheinserien"));

    // Refused field by field, nothing made.
    let refused = post_from(
        &own,
        "/staff/vouchers",
        "/staff/vouchers",
        &[
            ("label", " "),
            ("count", "501"),
            ("expires_on", "2026-11-22"),
        ],
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    for words in [
        "Bezeichnung braucht",
        "1 bis 500",
        "zwischen heute und dem 23.11.2029",
    ] {
        assert!(refused.body.contains(words), "{words}: {}", refused.body);
    }
    assert_eq!(app.count("voucher_batches"), 0);

    let made = post_from(
        &own,
        "/staff/vouchers",
        "/staff/vouchers",
        &[
            ("label", "  Tafel Beispielkreis, e. V. "),
            ("count", "3"),
            ("expires_on", "2027-06-30"),
        ],
    )
    .await;
    assert_eq!(made.status, 200, "{}", made.body);
    assert!(
        made.body
            .contains("3 Gutscheine für „Tafel Beispielkreis, e. V.“ sind erzeugt."),
        "{}",
        made.body
    );
    assert!(made.body.contains("0 von 3"), "{}", made.body);
    let ids = batch_ids(&made.body);
    assert_eq!(ids.len(), 1, "{}", made.body);
    let batch = &ids[0];
    assert_eq!(app.count("vouchers"), 3);

    // The list: the label (quoted, it holds a comma), the code, the expiry, used or not.
    let (status, content_type, csv) =
        bytes_of(&own, &app, &format!("/staff/vouchers/{batch}/codes.csv")).await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let csv = String::from_utf8(csv).expect("UTF-8");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("batch,code,expires_on,used"));
    let codes: Vec<String> = lines
        .map(|line| {
            let fields: Vec<&str> = line.rsplitn(4, ',').collect();
            assert_eq!(fields[3], "\"Tafel Beispielkreis, e. V.\"", "{line}");
            assert_eq!(fields[1], "2027-06-30", "{line}");
            assert_eq!(fields[0], "false", "{line}");
            fields[2].to_string()
        })
        .collect();
    assert_eq!(codes.len(), 3, "{csv}");
    for code in &codes {
        assert_eq!(code.len(), 14, "{code}");
        assert_eq!(code.matches('-').count(), 2, "{code}");
    }

    // A learner of the office pays with one of them; the list and the page say so.
    let (id, token) = app
        .enrol_unpaid(&learner_of(
            "beispielkreis",
            "Jana",
            "Gutschein",
            "1991-05-06",
        ))
        .await;
    let redeemed = app
        .post(
            &format!("/api/v1/enrolments/{id}/fee/voucher"),
            Some(&token),
            &json!({"code": codes[1]}),
        )
        .await;
    assert_eq!(redeemed.status, 200, "{}", redeemed.body);
    assert_eq!(redeemed.body["status"], "settled", "{}", redeemed.body);
    let (_, _, csv) = bytes_of(&own, &app, &format!("/staff/vouchers/{batch}/codes.csv")).await;
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(
        csv.contains(&format!("{},2027-06-30,true", codes[1])),
        "{csv}"
    );
    assert_eq!(csv.matches(",false").count(), 2, "{csv}");
    assert!(own.get("/staff/vouchers").await.body.contains("1 von 3"));

    // The sheet to print: every code on a card, with what it is and where it is used.
    let (status, content_type, pdf) =
        bytes_of(&own, &app, &format!("/staff/vouchers/{batch}/codes.pdf")).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&pdf));
    assert_eq!(content_type, "application/pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("gutscheine.pdf");
    std::fs::write(&file, &pdf).expect("written");
    let text = pdf_text_of(&file);
    for code in &codes {
        assert!(text.contains(code.as_str()), "{code} not in: {text}");
    }
    for words in [
        "Gesundheitsamt Landkreis Beispielkreis",
        "Tafel Beispielkreis, e. V.",
        "Gutschein für die Belehrung nach § 43 IfSG",
        "gültig bis 30.06.2027",
        app.address.as_str(),
    ] {
        assert!(text.contains(words), "{words} not in: {text}");
    }

    // Another office neither sees the batch nor exports it, nor makes one (it takes no
    // vouchers).
    let theirs = other.get("/staff/vouchers").await;
    assert_eq!(theirs.status, 200);
    assert!(!theirs.body.contains("Tafel") && !theirs.body.contains(batch.as_str()));
    assert!(theirs.body.contains("nimmt keine Gutscheine an"));
    for format in ["csv", "pdf"] {
        let (status, _, body) = bytes_of(
            &other,
            &app,
            &format!("/staff/vouchers/{batch}/codes.{format}"),
        )
        .await;
        assert_eq!(status, 404, "{format}");
        let body = String::from_utf8_lossy(&body);
        assert!(!codes.iter().any(|c| body.contains(c.as_str())));
    }
    let refused = post_from(
        &other,
        "/staff/vouchers",
        "/staff/vouchers",
        &[
            ("label", "Verein"),
            ("count", "2"),
            ("expires_on", "2027-01-31"),
        ],
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(app.count("voucher_batches"), 1);

    // The log: made and exported twice each way here, refused there; no code in it.
    let log = audit_page(&own).await;
    assert!(log.contains("Gutscheinserie erzeugt"), "{log}");
    assert_eq!(
        log.matches("Gutscheinserie heruntergeladen").count(),
        3,
        "{log}"
    );
    assert!(
        log.contains("Tafel Beispielkreis"),
        "the label is logged: {log}"
    );
    let their_log = audit_page(&other).await;
    assert_eq!(
        their_log
            .matches("Zugriff auf eine Gutscheinserie abgelehnt")
            .count(),
        2,
        "{their_log}"
    );
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE detail LIKE '%{}%'",
            codes[0].replace('-', "")
        )),
        0
    );
}

/// Enrolled at Beispielstadt, which wants the fee before the course, with a waiver
/// claimed: (id, token).
async fn claimed_waiver(app: &TestApp, given: &str, family: &str) -> (String, String) {
    let (id, token) = app
        .enrol_unpaid(&learner_of("beispielstadt", given, family, "1999-09-09"))
        .await;
    let fee = app
        .get(&format!("/api/v1/enrolments/{id}/fee"), Some(&token))
        .await;
    assert_eq!(fee.body["status"], "due", "{}", fee.body);
    let claimed = app
        .post(
            &format!("/api/v1/enrolments/{id}/fee/waiver"),
            Some(&token),
            &json!({"category": "volunteer", "reason": "Tafel Beispielstadt"}),
        )
        .await;
    assert_eq!(claimed.status, 200, "{}", claimed.body);
    assert_eq!(claimed.body["status"], "waiver_pending", "{}", claimed.body);
    (id, token)
}

async fn fee_status(app: &TestApp, id: &str, token: &str) -> Value {
    let fee = app
        .get(&format!("/api/v1/enrolments/{id}/fee"), Some(token))
        .await;
    assert_eq!(fee.status, 200, "{}", fee.body);
    fee.body
}

async fn a_waiver_claim_is_granted_or_refused_once(backend: Backend) {
    let app = spawn_app_with(backend, "0").await;
    let staff = app
        .logged_in(&app.add_staff("beispielstadt", "carl", Role::Admin, false))
        .await;
    let foreign = app
        .logged_in(&app.add_staff("beispielkreis", "kira", Role::Admin, false))
        .await;
    let (granted, granted_token) = claimed_waiver(&app, "Greta", "Ehrenamtlich").await;
    let (refused, refused_token) = claimed_waiver(&app, "Rolf", "Abgelehnt").await;
    // The course waits for the fee.
    assert_eq!(app.start_quiz(&granted, &granted_token).await.status, 409);

    let page = staff.get("/staff/fees").await;
    assert_eq!(page.status, 200, "{}", page.body);
    for words in [
        "Greta Ehrenamtlich",
        "Rolf Abgelehnt",
        "Tafel Beispielstadt",
        "Ehrenamt",
        "09.09.1999",
        "Befreiung bewilligen",
        "30,00 €",
    ] {
        assert!(page.body.contains(words), "{words}: {}", page.body);
    }
    assert!(
        !page.body.contains(&format!("/{granted}")),
        "no id in an address"
    );

    // Another office's staff neither see the claims nor decide them.
    let theirs = foreign.get("/staff/fees").await;
    assert!(!theirs.body.contains("Ehrenamtlich"), "{}", theirs.body);
    let decided = post_from(
        &foreign,
        "/staff/fees",
        "/staff/fees/waiver",
        &[("enrolment", &granted), ("decision", "grant")],
    )
    .await;
    assert_eq!(decided.status, 404, "{}", decided.body);
    assert_eq!(
        fee_status(&app, &granted, &granted_token).await["status"],
        "waiver_pending"
    );

    // Granted: settled, nothing paid, and the course opens.
    let decided = post_from(
        &staff,
        "/staff/fees",
        "/staff/fees/waiver",
        &[("enrolment", &granted), ("decision", "grant")],
    )
    .await;
    assert_eq!(decided.status, 200, "{}", decided.body);
    assert!(
        decided.body.contains("Die Befreiung ist bewilligt."),
        "{}",
        decided.body
    );
    assert!(!decided.body.contains("Greta Ehrenamtlich</span></h3>"));
    let fee = fee_status(&app, &granted, &granted_token).await;
    assert_eq!(fee["status"], "settled", "{fee}");
    assert_eq!(fee["settlement"]["kind"], "waiver", "{fee}");
    assert_eq!(fee["settlement"]["amount_cents"], 0, "{fee}");
    assert_eq!(fee["waiver"]["decision"], "granted", "{fee}");
    let attempt = app.start_quiz(&granted, &granted_token).await;
    assert_eq!(attempt.status, 201, "{}", attempt.body);

    // Refused: the fee stays due and the course closed.
    let decided = post_from(
        &staff,
        "/staff/fees",
        "/staff/fees/waiver",
        &[("enrolment", &refused), ("decision", "refuse")],
    )
    .await;
    assert_eq!(decided.status, 200, "{}", decided.body);
    assert!(decided.body.contains("Die Befreiung ist abgelehnt."));
    let fee = fee_status(&app, &refused, &refused_token).await;
    assert_eq!(fee["status"], "due", "{fee}");
    assert_eq!(fee["waiver"]["decision"], "refused", "{fee}");
    assert_eq!(app.start_quiz(&refused, &refused_token).await.status, 409);
    assert!(
        staff
            .get("/staff/fees")
            .await
            .body
            .contains("Keine offenen Anträge.")
    );

    // Each claim is decided once.
    for (id, decision) in [(&granted, "refuse"), (&refused, "grant")] {
        let again = post_from(
            &staff,
            "/staff/fees",
            "/staff/fees/waiver",
            &[("enrolment", id), ("decision", decision)],
        )
        .await;
        assert_eq!(again.status, 422, "{}", again.body);
        assert!(again.body.contains("bereits entschieden"), "{}", again.body);
    }
    assert_eq!(
        fee_status(&app, &refused, &refused_token).await["status"],
        "due"
    );

    // The log has both decisions and the refused attempts, and no enrolment.
    let log = audit_page(&staff).await;
    assert!(log.contains("Befreiung von der Gebühr bewilligt"), "{log}");
    assert!(log.contains("Befreiung von der Gebühr abgelehnt"), "{log}");
    assert_eq!(log.matches("Gebühr: Schritt abgelehnt").count(), 2, "{log}");
    assert!(
        audit_page(&foreign)
            .await
            .contains("Gebühr: Schritt abgelehnt")
    );
    for id in [&granted, &refused] {
        assert_eq!(
            app.count(&format!(
                "audit_log WHERE detail LIKE '%{id}%' OR subject = '{id}'"
            )),
            0
        );
    }

    // The latest settlements and the figures count the waiver.
    let page = staff.get("/staff/fees").await;
    assert!(
        page.body
            .contains("befreit, 0,00 €, am 23.11.2026 (Ehrenamt)"),
        "{}",
        page.body
    );
    let (header, rows) = figures_csv(&staff).await;
    assert_eq!(
        header[header.len() - 4..],
        [
            "paid_online_eur",
            "paid_at_desk_eur",
            "vouchers_used",
            "waivers_granted"
        ],
    );
    assert_eq!(column_sum(&header, &rows, "waivers_granted"), 1.0);
    assert_eq!(column_sum(&header, &rows, "paid_at_desk_eur"), 0.0);
}

async fn search_fee(staff: &StaffClient, family_name: &str, birth_date: &str) -> Page {
    post_from(
        staff,
        "/staff/fees",
        "/staff/fees",
        &[
            ("family_name", family_name),
            ("given_name", ""),
            ("birth_date", birth_date),
        ],
    )
    .await
}

async fn a_desk_payment_settles_a_declared_fee_and_the_check_follows(backend: Backend) {
    let app = spawn_app_with(backend, "0").await;
    let first = app
        .logged_in(&app.add_staff("beispielkreis", "vera", Role::Admin, false))
        .await;
    let second = app
        .logged_in(&app.add_staff("beispielkreis", "wim", Role::Staff, false))
        .await;
    let foreign = app
        .logged_in(&app.add_staff("musterstadt", "anna", Role::Admin, false))
        .await;
    let body = learner_of("beispielkreis", "Şükrü", "Öztürk", "1990-04-12");
    let (id, token) = app.declared_unpaid(&body).await;

    // Found as people type the name: due, with the button.
    let found = search_fee(&first, "Oeztuerk", "1990-04-12").await;
    assert_eq!(found.status, 200, "{}", found.body);
    for words in [
        "Treffer: 1",
        "Şükrü Öztürk",
        "offen: 20,00 €",
        "Erklärung abgegeben",
        "Zahlung am Schalter erhalten",
    ] {
        assert!(found.body.contains(words), "{words}: {}", found.body);
    }
    assert!(
        found
            .body
            .contains(&format!("name=\"enrolment\" value=\"{id}\""))
    );
    // Another office finds nothing and records nothing.
    let theirs = search_fee(&foreign, "Öztürk", "1990-04-12").await;
    assert!(theirs.body.contains("Treffer: 0"), "{}", theirs.body);
    let desk = post_from(
        &foreign,
        "/staff/fees",
        "/staff/fees/desk",
        &[("enrolment", &id)],
    )
    .await;
    assert_eq!(desk.status, 404, "{}", desk.body);
    assert_eq!(fee_status(&app, &id, &token).await["status"], "due");

    // Received at the desk: settled with the office's amount; the identity check opens.
    let desk = post_from(
        &first,
        "/staff/fees",
        "/staff/fees/desk",
        &[("enrolment", &id)],
    )
    .await;
    assert_eq!(desk.status, 200, "{}", desk.body);
    assert!(
        desk.body
            .contains("Die Zahlung am Schalter ist eingetragen."),
        "{}",
        desk.body
    );
    assert!(desk.body.contains("Fallnummer"), "{}", desk.body);
    let fee = fee_status(&app, &id, &token).await;
    assert_eq!(fee["status"], "settled", "{fee}");
    assert_eq!(fee["settlement"]["kind"], "desk", "{fee}");
    assert_eq!(fee["settlement"]["amount_cents"], 2000, "{fee}");
    let view = app.enrolment(&id, &token).await;
    assert_eq!(view["status"], "identity_check", "{view}");
    let case = str_of(&view["identity_check"]["case_number"]);
    assert!(desk.body.contains(&case), "{}", desk.body);

    // Once only: no second payment, no button.
    let again = post_from(
        &first,
        "/staff/fees",
        "/staff/fees/desk",
        &[("enrolment", &id)],
    )
    .await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(again.body.contains("keine Gebühr offen"), "{}", again.body);
    let found = search_fee(&first, "Öztürk", "1990-04-12").await;
    assert!(
        found
            .body
            .contains("am Schalter bezahlt, 20,00 €, am 23.11.2026"),
        "{}",
        found.body
    );
    assert!(
        !found.body.contains("Zahlung am Schalter erhalten"),
        "{}",
        found.body
    );

    // Two people confirm the identity (four eyes): the certificate, which states the fee.
    for staff in [&first, &second] {
        let token = staff.csrf_of("/staff/identity").await;
        let confirmed = staff
            .post(
                &format!("/staff/identity/{case}"),
                &[
                    ("csrf", token.as_str()),
                    ("decision", "confirm"),
                    ("document", "passport"),
                ],
            )
            .await;
        assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    }
    let view = app.enrolment(&id, &token).await;
    let code = str_of(&view["certificate"]["code"]);
    let record = first.get(&format!("/staff/certificates/{code}")).await;
    assert_eq!(record.status, 200, "{}", record.body);
    assert!(
        record
            .body
            .contains("am Schalter bezahlt, 20,00 €, am 23.11.2026"),
        "{}",
        record.body
    );

    // A second learner pays with a voucher: the figures count both.
    let made = post_from(
        &first,
        "/staff/vouchers",
        "/staff/vouchers",
        &[
            ("label", "Imbiss Kreisstadt"),
            ("count", "1"),
            ("expires_on", "2026-11-30"),
        ],
    )
    .await;
    assert_eq!(made.status, 200, "{}", made.body);
    let batch = batch_ids(&made.body).remove(0);
    let csv = first
        .get(&format!("/staff/vouchers/{batch}/codes.csv"))
        .await
        .body;
    let code = csv
        .lines()
        .nth(1)
        .and_then(|l| l.split(',').nth(1))
        .expect("a code")
        .to_string();
    let (other, other_token) = app
        .declared_unpaid(&learner_of(
            "beispielkreis",
            "Vera",
            "Voucher",
            "1980-01-01",
        ))
        .await;
    let redeemed = app
        .post(
            &format!("/api/v1/enrolments/{other}/fee/voucher"),
            Some(&other_token),
            &json!({"code": code}),
        )
        .await;
    assert_eq!(redeemed.status, 200, "{}", redeemed.body);
    let (header, rows) = figures_csv(&first).await;
    assert_eq!(
        header[..10],
        [
            "day",
            "language",
            "enrolled",
            "watched",
            "passed",
            "certified",
            "median_minutes",
            "identity_none",
            "identity_staff",
            "identity_bundid"
        ]
    );
    assert_eq!(column_sum(&header, &rows, "paid_at_desk_eur"), 20.0);
    assert_eq!(column_sum(&header, &rows, "paid_online_eur"), 0.0);
    assert_eq!(column_sum(&header, &rows, "vouchers_used"), 1.0);
    assert_eq!(column_sum(&header, &rows, "waivers_granted"), 0.0);
    let figures = first
        .get("/staff/figures?from=2026-11-23&to=2026-11-23")
        .await;
    assert!(
        figures.body.contains("Gebühr am Schalter bezahlt"),
        "{}",
        figures.body
    );
    assert!(figures.body.contains("20,00 €"), "{}", figures.body);

    // The office's log: the payment with its case, the search, the refused second
    // payment; the other office's log: its refused attempt. No enrolment anywhere.
    let log = audit_page(&first).await;
    let compact_case = case.replace('-', "");
    assert!(
        log.contains(&format!("Zahlung am Schalter eingetragen ({compact_case})")),
        "{log}"
    );
    assert!(
        log.contains("Nach der Gebühr einer Person gesucht"),
        "{log}"
    );
    assert!(log.contains("Gebühr: Schritt abgelehnt"), "{log}");
    assert!(
        audit_page(&foreign)
            .await
            .contains("Gebühr: Schritt abgelehnt")
    );
    assert_eq!(
        app.count(&format!(
            "audit_log WHERE detail LIKE '%{id}%' OR subject = '{id}'"
        )),
        0
    );
}

async fn the_fee_pages_need_a_login_and_the_form_token(backend: Backend) {
    let app = spawn_app_with(backend, "0").await;
    let (id, _) = app
        .enrol_unpaid(&learner_of(
            "beispielkreis",
            "Ida",
            "Ohnetoken",
            "1970-07-07",
        ))
        .await;
    let pages = [
        "/staff/fees",
        "/staff/vouchers",
        "/staff/vouchers/00000000-0000-0000-0000-000000000000/codes.csv",
        "/staff/vouchers/00000000-0000-0000-0000-000000000000/codes.pdf",
    ];
    // Without a session: the login.
    let nobody = app.staff_client();
    for page in pages {
        let answer = nobody.get(page).await;
        assert_eq!(
            (answer.status, answer.location.as_str()),
            (303, "/staff/login"),
            "{page}"
        );
    }
    // With a one-time password: the own account first.
    let fresh = app.add_staff_with_one_time_password("beispielkreis", "neu", Role::Staff, false);
    let client = app.staff_client();
    client.log_in("neu", fresh.password.expose(), None).await;
    for page in pages {
        let answer = client.get(page).await;
        assert_eq!(
            (answer.status, answer.location.as_str()),
            (303, "/staff/account"),
            "{page}"
        );
    }
    // Logged in, but without the form's token: refused, nothing done.
    let staff = app
        .logged_in(&app.add_staff("beispielkreis", "vera", Role::Admin, false))
        .await;
    for (path, form) in [
        ("/staff/fees/desk", vec![("enrolment", id.as_str())]),
        (
            "/staff/fees/waiver",
            vec![("enrolment", id.as_str()), ("decision", "grant")],
        ),
        (
            "/staff/vouchers",
            vec![
                ("label", "Verein"),
                ("count", "5"),
                ("expires_on", "2027-01-01"),
            ],
        ),
        (
            "/staff/fees",
            vec![("family_name", "Ohnetoken"), ("birth_date", "1970-07-07")],
        ),
    ] {
        let mut with_wrong_token = vec![("csrf", "falsch")];
        with_wrong_token.extend(form.iter().copied());
        for sent in [form, with_wrong_token] {
            let answer = staff.post(path, &sent).await;
            assert_eq!(answer.status, 403, "{path}: {}", answer.body);
        }
    }
    assert_eq!(app.count("fee_settlements"), 0);
    assert_eq!(app.count("voucher_batches"), 0);
}
