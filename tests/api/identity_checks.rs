//! Identity as each office chooses it. `staff`: the declaration opens a check with a
//! case number; the certificate is issued only when the office's staff confirm the
//! document (with four eyes, a second person), never for another office's staff, and a
//! rejection issues nothing. `none`: certificate, lookup and pages say "not checked".

use belehrung::staff::Role;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_problem, learner, spawn_app};
use crate::on_both_backends;
use crate::staff_client::StaffClient;

on_both_backends!(
    a_staff_check_issues_the_certificate_only_once_confirmed,
    an_enrolment_from_before_the_office_checked_is_checked_too,
    an_open_check_expires_with_its_unfinished_enrolment,
    four_eyes_take_a_second_person,
    a_rejected_check_issues_nothing,
    an_unchecked_certificate_says_so_everywhere,
    a_method_the_office_does_not_offer_is_refused,
);

pub fn office_learner(office: &str) -> Value {
    json!({
        "tenant": office,
        "course": "ifsg43",
        "language": "de",
        "given_name": "Ελένη",
        "family_name": "Παπαδοπούλου",
        "birth_date": "1985-02-03",
        "email": "eleni@example.org"
    })
}

/// Declared at an office that checks identity: the enrolment, its token and the case.
pub async fn declared_awaiting_check(app: &TestApp, body: &Value) -> (String, String, String) {
    let (id, token) = app.ready_to_declare(body).await;
    let declared = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(declared.status, 202, "{}", declared.body);
    assert_eq!(declared.body["identity_check"]["status"], "open");
    let case = declared.body["identity_check"]["case_number"]
        .as_str()
        .expect("case number")
        .to_string();
    (id, token, case)
}

/// The queue filtered by case number or name (a POST, so names stay out of addresses).
async fn search(staff: &StaffClient, q: &str) -> crate::staff_client::Page {
    let token = staff.csrf_of("/staff/identity").await;
    staff
        .post("/staff/identity", &[("csrf", token.as_str()), ("q", q)])
        .await
}

async fn decide(
    staff: &StaffClient,
    case: &str,
    fields: &[(&str, &str)],
) -> crate::staff_client::Page {
    let token = staff.csrf_of("/staff/identity").await;
    let mut form = vec![("csrf", token.as_str())];
    form.extend_from_slice(fields);
    staff.post(&format!("/staff/identity/{case}"), &form).await
}

/// Staff confirm the case with a passport; the certificate's code.
pub async fn confirm(staff: &StaffClient, case: &str) -> crate::staff_client::Page {
    decide(
        staff,
        case,
        &[("decision", "confirm"), ("document", "passport")],
    )
    .await
}

/// A learner of an office that checks identity, certified once staff confirmed.
pub async fn certified_by_staff(app: &TestApp, body: &Value, staff: &StaffClient) -> String {
    let (id, token, case) = declared_awaiting_check(app, body).await;
    let page = confirm(staff, &case).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let view = app.enrolment(&id, &token).await;
    view["certificate"]["code"]
        .as_str()
        .expect("a certificate")
        .to_string()
}

async fn a_staff_check_issues_the_certificate_only_once_confirmed(backend: Backend) {
    let app = spawn_app(backend).await;
    let own = app.add_staff("beispielstadt", "carl", Role::Staff, false);
    let foreign = app.add_staff("musterstadt", "anna", Role::Admin, false);
    let (id, token, case) = declared_awaiting_check(&app, &office_learner("beispielstadt")).await;
    assert_eq!(case.len(), 9, "{case}");

    // Nothing issued yet: the learner sees the case number and the office's way.
    let view = app.enrolment(&id, &token).await;
    assert_eq!(view["status"], "identity_check", "{view}");
    assert!(view.get("certificate").is_none());
    let (status, _) = app
        .bytes(
            &format!("/api/v1/enrolments/{id}/certificate.pdf"),
            Some(&token),
        )
        .await;
    assert_ne!(status, 200);
    let learner_page = app.learner_client(&id, &token).get("/lernen/fertig").await;
    assert_eq!(learner_page.status, 200);
    assert!(learner_page.body.contains(&case), "{}", learner_page.body);
    assert!(learner_page.body.contains("Montag bis Freitag"));
    assert!(
        learner_page
            .body
            .contains("https://beispielstadt.example/termin")
    );
    // Declaring again returns the same open check.
    let again = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.body["identity_check"]["case_number"], case);

    // Another office's staff neither see the case nor decide it.
    let other = app.logged_in(&foreign).await;
    let queue = other.get("/staff/identity").await;
    assert_eq!(queue.status, 200);
    assert!(!queue.body.contains(&case) && !queue.body.contains("Παπαδοπούλου"));
    assert_eq!(confirm(&other, &case).await.status, 404);
    let their_log = other.get("/staff/audit").await;
    assert!(
        their_log.body.contains(&format!(
            "Entscheidung im Fall {} abgelehnt",
            case.replace('-', "")
        )),
        "a refused decision is logged: {}",
        their_log.body
    );

    // The office finds it by case number (typed in small letters) and by name.
    let staff = app.logged_in(&own).await;
    let by_case = search(&staff, &case.to_lowercase()).await;
    assert!(by_case.body.contains("Παπαδοπούλου"), "{}", by_case.body);
    let by_name = search(&staff, "papadopoulou").await;
    assert!(by_name.body.contains(&case), "{}", by_name.body);
    // A name that reads like a case number is still found as a name.
    let mut schubert = office_learner("beispielstadt");
    schubert["given_name"] = json!("Eva");
    schubert["family_name"] = json!("Schubert");
    let (_, _, schubert_case) = declared_awaiting_check(&app, &schubert).await;
    let by_tricky_name = search(&staff, "Schubert").await;
    assert!(
        by_tricky_name.body.contains(&schubert_case) && !by_tricky_name.body.contains(&case),
        "{}",
        by_tricky_name.body
    );
    let nobody = search(&staff, "Mustermann").await;
    assert!(!nobody.body.contains(&case));

    let done = confirm(&staff, &case).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("ist ausgestellt"), "{}", done.body);
    let view = app.enrolment(&id, &token).await;
    assert_eq!(view["status"], "certified");
    let code = view["certificate"]["code"]
        .as_str()
        .expect("code")
        .to_string();
    // The PDF says it, in its text and in its signed QR code.
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("certificate.pdf");
    std::fs::write(&pdf, app.certificate_pdf(&id, &token).await).expect("write");
    let text = crate::helpers::pdf_text_of(&pdf);
    assert!(
        text.contains("vom Gesundheitsamt am 23.11.2026")
            && text.contains("Ausweisdokuments geprüft"),
        "{text}"
    );
    // Which document it was is the office's to know, not the employer's.
    assert!(!text.contains("Reisepass"), "{text}");
    let (valid, out, _) = app.run(&["verify", &pdf.display().to_string()]);
    assert!(valid, "{out}");
    assert!(
        out.contains(
            "identity checked by the office's staff on 23.11.2026 against an official photo ID"
        ),
        "{out}"
    );
    let qr = crate::certificate_documents::scan_qr(&pdf);

    // The lookup, the verify page and the certificate page name the check.
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(
        lookup.body["identity"],
        json!({"method": "staff", "checked_on": "2026-11-23"}),
        "{}",
        lookup.body
    );
    let verify = app.staff_client().get(&format!("/v/{code}")).await;
    assert!(
        verify
            .body
            .contains("vom Gesundheitsamt am 23.11.2026 anhand eines Ausweisdokuments geprüft"),
        "{}",
        verify.body
    );
    // A second decision on the same case is refused, and the declaration now returns
    // the certificate.
    let twice = confirm(&staff, &case).await;
    assert_eq!(twice.status, 422, "{}", twice.body);
    assert!(twice.body.contains("bereits abgeschlossen"));
    let declared = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(declared.body["code"], code.as_str());
    assert_eq!(app.count("certificates"), 1);
    // The figures count it as checked by staff.
    let csv = staff
        .get("/staff/figures.csv?from=2026-11-01&to=2026-11-30")
        .await;
    let day: Vec<&str> = csv
        .body
        .lines()
        .last()
        .unwrap_or_default()
        .split(',')
        .collect();
    assert_eq!(day[7..10], ["0", "1", "0"], "{}", csv.body);
    // The log names the case and the certificate, never the person.
    let audit = app
        .logged_in(&app.add_staff("beispielstadt", "dora", Role::Admin, false))
        .await;
    let log = audit.get("/staff/audit").await;
    assert!(
        log.body.contains(&format!(
            "Identität bestätigt, Bescheinigung {code} ausgestellt"
        )),
        "{}",
        log.body
    );
    assert!(log.body.contains("Offene Identitätsprüfungen angesehen"));
    assert!(!log.body.contains("Παπαδοπούλου"));
    // Once the record is deleted after the office's 12 years, the verify page shows the
    // check from the QR code's signed data.
    app.clock.advance(chrono::TimeDelta::days(365 * 12 + 5));
    app.run_retention();
    let deleted = crate::certificate_documents::browse(dir.path(), &qr);
    assert!(
        deleted.contains(
            "vom Gesundheitsamt am 23.11.2026 anhand eines Ausweisdokuments geprüft</dd>"
        ),
        "{deleted}"
    );
}

async fn four_eyes_take_a_second_person(backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app
        .logged_in(&app.add_staff("beispielkreis", "erik", Role::Staff, false))
        .await;
    let second = app
        .logged_in(&app.add_staff("beispielkreis", "fiona", Role::Staff, false))
        .await;
    let (id, token, case) = declared_awaiting_check(&app, &office_learner("beispielkreis")).await;

    let proposed = decide(
        &first,
        &case,
        &[("decision", "confirm"), ("document", "residence_permit")],
    )
    .await;
    assert_eq!(proposed.status, 200, "{}", proposed.body);
    assert!(
        proposed.body.contains("Vier-Augen-Prinzip"),
        "{}",
        proposed.body
    );
    // The second person sees who confirmed, not which document: they look themselves.
    assert!(
        proposed.body.contains("Von erik bestätigt"),
        "{}",
        proposed.body
    );
    assert_eq!(app.count("certificates"), 0);
    let alone = confirm(&first, &case).await;
    assert_eq!(alone.status, 422);
    assert!(alone.body.contains("zweite Person"), "{}", alone.body);
    assert_eq!(app.count("certificates"), 0);

    // The second person's queue names who confirmed, not the document, and preselects
    // none: "Aufenthaltstitel" appears once, as an option of the list.
    let queue = second.get("/staff/identity").await;
    assert!(queue.body.contains("Von erik bestätigt"), "{}", queue.body);
    assert_eq!(
        queue.body.matches("Aufenthaltstitel").count(),
        1,
        "{}",
        queue.body
    );
    assert!(!queue.body.contains("selected"), "{}", queue.body);

    // The second person must have seen the same kind of document; if not, the first
    // confirmation is withdrawn, so trying the kinds in turn never issues anything.
    let differs = confirm(&second, &case).await;
    assert_eq!(differs.status, 422, "{}", differs.body);
    assert!(
        differs.body.contains("anderes Dokument"),
        "{}",
        differs.body
    );
    assert_eq!(app.count("identity_checks WHERE proposed_by IS NULL"), 1);
    let guessed = decide(
        &second,
        &case,
        &[("decision", "confirm"), ("document", "residence_permit")],
    )
    .await;
    assert!(
        guessed.body.contains("Vier-Augen-Prinzip"),
        "{}",
        guessed.body
    );
    assert_eq!(app.count("certificates"), 0);
    let done = decide(
        &first,
        &case,
        &[("decision", "confirm"), ("document", "residence_permit")],
    )
    .await;
    assert!(done.body.contains("ist ausgestellt"), "{}", done.body);
    // Each refusal is in the office's log.
    let log = app
        .logged_in(&app.add_staff("beispielkreis", "gerd", Role::Admin, false))
        .await
        .get("/staff/audit")
        .await;
    assert_eq!(
        log.body
            .matches(&format!(
                "Entscheidung im Fall {} abgelehnt",
                case.replace('-', "")
            ))
            .count(),
        2,
        "the same person once, another document once: {}",
        log.body
    );
    let view = app.enrolment(&id, &token).await;
    let code = view["certificate"]["code"].as_str().expect("code");
    // The public record says staff checked, and when, never which document.
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["identity"]["method"], "staff");
    assert!(lookup.body["identity"].get("document").is_none());
    assert_eq!(
        app.count("identity_checks WHERE document = 'residence_permit'"),
        1
    );
}

async fn an_open_check_expires_with_its_unfinished_enrolment(backend: Backend) {
    let app = spawn_app(backend).await;
    let carl = app.add_staff("beispielstadt", "carl", Role::Staff, false);
    let (_, _, case) = declared_awaiting_check(&app, &office_learner("beispielstadt")).await;
    // Beispielstadt keeps unfinished records 30 days.
    app.clock.advance(chrono::TimeDelta::days(29));
    app.run_retention();
    assert_eq!(app.count("identity_checks"), 1);
    app.clock.advance(chrono::TimeDelta::days(2));
    app.run_retention();
    assert_eq!(app.count("identity_checks"), 0);
    assert_eq!(app.count("enrolments"), 0);
    let staff = app.logged_in(&carl).await;
    assert_eq!(confirm(&staff, &case).await.status, 404);
    assert_eq!(app.count("certificates"), 0);
}

async fn an_enrolment_from_before_the_office_checked_is_checked_too(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&office_learner("beispielstadt")).await;
    // As a row from before the office began to check identity reads.
    app.execute("UPDATE enrolments SET identity_method = 'none'");
    let declared = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(declared.status, 202, "{}", declared.body);
    assert_eq!(app.count("certificates"), 0);
}

async fn a_rejected_check_issues_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let staff = app
        .logged_in(&app.add_staff("beispielstadt", "carl", Role::Staff, false))
        .await;
    let (id, token, case) = declared_awaiting_check(&app, &office_learner("beispielstadt")).await;
    let unknown = decide(
        &staff,
        &case,
        &[("decision", "reject"), ("reason", "whatever")],
    )
    .await;
    assert_eq!(unknown.status, 422);
    let rejected = decide(
        &staff,
        &case,
        &[("decision", "reject"), ("reason", "does_not_match")],
    )
    .await;
    assert_eq!(rejected.status, 200, "{}", rejected.body);
    assert!(rejected.body.contains("nicht bestätigt"));
    assert_eq!(app.count("certificates"), 0);
    let view = app.enrolment(&id, &token).await;
    assert_eq!(view["status"], "identity_check");
    assert_eq!(view["identity_check"]["status"], "rejected");
    let page = app.learner_client(&id, &token).get("/lernen/fertig").await;
    assert!(
        page.body.contains("konnte Ihre Identität nicht bestätigen"),
        "{}",
        page.body
    );
    assert_eq!(
        confirm(&staff, &case).await.status,
        422,
        "a rejection stays"
    );
    let again = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(again.status, 200);
    assert_eq!(again.body["identity_check"]["status"], "rejected");
    assert_eq!(app.count("certificates"), 0);
}

async fn an_unchecked_certificate_says_so_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let lookup = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(lookup.body["identity"], json!({"method": "none"}));
    for (lang, words) in [
        (
            "de",
            "nicht geprüft – gilt nur zusammen mit einem amtlichen Lichtbildausweis",
        ),
        (
            "en",
            "not checked – valid only together with an official photo ID",
        ),
    ] {
        let page = app
            .staff_client()
            .get(&format!("/v/{code}?lang={lang}"))
            .await;
        assert!(page.body.contains(words), "{lang}: {}", page.body);
    }
    // The enrolment form of an office without a check says what that means.
    let form = app
        .staff_client()
        .get("/anmeldung?tenant=musterstadt")
        .await;
    assert!(
        form.body.contains("prüft Ihren Ausweis nicht"),
        "{}",
        form.body
    );
    let form = app
        .staff_client()
        .get("/anmeldung?tenant=beispielstadt")
        .await;
    assert!(
        form.body.contains("Ausweis beim Gesundheitsamt")
            || form.body.contains("zeigen Sie Ihren Personalausweis"),
        "{}",
        form.body
    );
}

async fn a_method_the_office_does_not_offer_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut body = learner();
    body["identity_method"] = json!("staff");
    let refused = app.post("/api/v1/enrolments", None, &body).await;
    assert_problem(&refused, 422);
    assert_eq!(
        refused.body["errors"][0]["field"], "identity_method",
        "{}",
        refused.body
    );
    assert_eq!(
        refused.body["errors"][0]["reason"],
        "identity-method-not-offered"
    );
    assert_eq!(app.count("enrolments"), 0);
}
