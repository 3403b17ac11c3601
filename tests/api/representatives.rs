//! The declaration in text form names its declarant (§126b BGB); a minor's parent or
//! guardian, or an adult's legal carer, declares in a step of their own (§43 Abs. 6
//! IfSG); the German wording is stored beside the translation and cited on the PDF.

use diesel::prelude::*;
use serde_json::json;

use crate::helpers::{Backend, TestApp, assert_problem, learner, spawn_app, str_of};
use crate::on_both_backends;
use crate::staff_client::csrf;

on_both_backends!(
    a_minor_hands_over_and_the_guardian_declares_in_a_step_of_their_own,
    an_adult_may_have_a_legal_carer_declare,
    the_api_takes_the_role_that_fits_the_age,
);

#[derive(QueryableByName, Debug)]
struct StoredDeclaration {
    #[diesel(sql_type = diesel::sql_types::Text)]
    declaration_text: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    declaration_text_de: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    guardian_role: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Text)]
    language: String,
}

fn stored_declarations(app: &TestApp) -> Vec<StoredDeclaration> {
    let pool = app.db_connection();
    let mut conn = pool.get().expect("connection");
    diesel::sql_query(
        "SELECT declaration_text, declaration_text_de, guardian_role, language FROM declarations",
    )
    .load(&mut conn)
    .expect("declarations")
}

async fn a_minor_hands_over_and_the_guardian_declares_in_a_step_of_their_own(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut pupil = learner();
    pupil["birth_date"] = json!("2011-03-01"); // 15 on the test clock's day
    pupil["language"] = json!("en");
    let (id, token) = app.ready_to_declare(&pupil).await;
    let browser = app.learner_client(&id, &token);

    // The minor is asked to hand the device over; there is nothing to tick for them.
    let handover = browser.get("/lernen/erklaerung").await;
    assert_eq!(handover.status, 200);
    assert!(handover.body.contains("/lernen/erklaerung/vertretung"));
    assert!(
        !handover.body.contains("no_known_obstacles"),
        "{}",
        handover.body
    );
    // An unchecked machine translation says so, with a link to the German.
    assert!(
        handover.body.contains("class=\"notice\"") && handover.body.contains("hreflang=\"de\""),
        "{}",
        handover.body
    );
    // The representative's step: a parent or a guardian, never a carer for a minor.
    let step = browser.get("/lernen/erklaerung/vertretung").await;
    assert_eq!(step.status, 200);
    assert!(step.body.contains("value=\"parent\"") && step.body.contains("value=\"guardian\""));
    assert!(!step.body.contains("value=\"carer\""), "{}", step.body);
    // A minor's own tick (an old tab, a crafted form) declares nothing.
    let own = browser
        .post(
            "/lernen/erklaerung",
            &[
                ("csrf", csrf(&step.body).as_str()),
                ("no_known_obstacles", "yes"),
            ],
        )
        .await;
    assert_eq!(
        (own.status, own.location.as_str()),
        (303, "/lernen/erklaerung")
    );
    assert_eq!(app.count("certificates"), 0);
    let token = csrf(&step.body);
    let named = |given: &'static str, role: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("guardian_given_name", given.to_string()),
            ("guardian_family_name", "Żółć".to_string()),
            ("guardian_role", role.to_string()),
        ]
    };
    let browser = &browser;
    let send = |v: Vec<(&'static str, String)>| async move {
        let form: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
        browser.post("/lernen/erklaerung/vertretung", &form).await
    };
    let carer = send(named("Maria", "carer")).await;
    assert_eq!(carer.status, 422, "a carer does not declare for a minor");
    let digits = send(named("M4ria", "guardian")).await;
    assert_eq!(digits.status, 422);
    assert!(digits.body.contains("role=\"alert\""), "{}", digits.body);

    // Named: the declaration in English and the binding German, both naming everyone.
    let declaration = send(named("Maria", "guardian")).await;
    assert_eq!(declaration.status, 200, "{}", declaration.body);
    let german = "Ich, Maria Żółć, erkläre als Vormund von Łukasz Żółć, geboren am 01.03.2011";
    assert!(declaration.body.contains(german), "{}", declaration.body);
    assert!(
        declaration.body.contains("lang=\"de\""),
        "the German is marked as such"
    );
    assert!(
        declaration
            .body
            .contains("name=\"guardian_role\" value=\"guardian\"")
    );
    let token = csrf(&declaration.body);
    let submit = |tick: bool| {
        let mut form = vec![
            ("csrf", token.as_str()),
            ("guardian_given_name", "Maria"),
            ("guardian_family_name", "Żółć"),
            ("guardian_role", "guardian"),
        ];
        if tick {
            form.push(("no_known_obstacles", "yes"));
        }
        form
    };
    let unticked = browser.post("/lernen/erklaerung", &submit(false)).await;
    assert_eq!(unticked.status, 422);
    assert!(
        unticked.body.contains(german),
        "the wording stays on the page"
    );
    assert_eq!(app.count("certificates"), 0);
    let declared = browser.post("/lernen/erklaerung", &submit(true)).await;
    assert_eq!(
        (declared.status, declared.location.as_str()),
        (303, "/lernen/fertig")
    );

    // Stored in both words, the role kept; the lookup tells the role, never the name.
    let stored = stored_declarations(&app);
    assert_eq!(stored.len(), 1);
    let row = &stored[0];
    assert_eq!(row.language, "en");
    assert_eq!(row.guardian_role.as_deref(), Some("guardian"));
    assert!(
        row.declaration_text.contains("Maria Żółć") && row.declaration_text.contains("01.03.2011"),
        "{row:?}"
    );
    assert!(
        row.declaration_text_de
            .as_deref()
            .is_some_and(|t| t.starts_with(german)),
        "{row:?}"
    );
}

async fn an_adult_may_have_a_legal_carer_declare(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let browser = app.learner_client(&id, &token);

    // The adult's own declaration names them; a carer may declare instead.
    let own = browser.get("/lernen/erklaerung").await;
    assert_eq!(own.status, 200);
    assert!(
        own.body
            .contains("Ich, Łukasz Żółć, geboren am 12.04.1990, erkläre"),
        "{}",
        own.body
    );
    assert!(
        !own.body.contains("class=\"notice\""),
        "German is the original"
    );
    assert!(own.body.contains("/lernen/erklaerung/vertretung"));

    let step = browser.get("/lernen/erklaerung/vertretung").await;
    assert!(
        step.body.contains("value=\"carer\" required checked"),
        "{}",
        step.body
    );
    assert!(!step.body.contains("value=\"parent\""));
    let token = csrf(&step.body);
    let parent = browser
        .post(
            "/lernen/erklaerung/vertretung",
            &[
                ("csrf", token.as_str()),
                ("guardian_given_name", "Anna"),
                ("guardian_family_name", "Berg"),
                ("guardian_role", "parent"),
            ],
        )
        .await;
    assert_eq!(
        parent.status, 422,
        "an adult's parent does not declare for them"
    );
    let form = [
        ("csrf", token.as_str()),
        ("guardian_given_name", "Anna"),
        ("guardian_family_name", "Berg"),
        ("guardian_role", "carer"),
    ];
    let named = browser.post("/lernen/erklaerung/vertretung", &form).await;
    assert!(
        named.body.contains("Ich, Anna Berg, erkläre als rechtliche Betreuerin oder rechtlicher Betreuer von Łukasz Żółć"),
        "{}",
        named.body
    );
    let mut ticked = form.to_vec();
    ticked.push(("no_known_obstacles", "yes"));
    let declared = browser.post("/lernen/erklaerung", &ticked).await;
    assert_eq!(declared.status, 303);
    let done = browser.get("/lernen/fertig").await;
    let code = done
        .body
        .split("/v/")
        .nth(1)
        .and_then(|s| s.get(..19))
        .expect("the code on the done page")
        .to_string();
    let record = app.get(&format!("/api/v1/certificates/{code}"), None).await;
    assert_eq!(record.status, 200, "{}", record.body);
    assert_eq!(
        record.body["representative_role"], "carer",
        "{}",
        record.body
    );
    assert!(
        !record.body.to_string().contains("Berg"),
        "the carer's name is not public"
    );
}

async fn the_api_takes_the_role_that_fits_the_age(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut pupil = learner();
    pupil["birth_date"] = json!("2011-03-01");
    let (id, token) = app.ready_to_declare(&pupil).await;
    let declare = |role: &'static str| json!({"no_known_obstacles": true, "guardian": {"given_name": "Maria", "family_name": "Żółć", "role": role}});
    let carer = app.declare(&id, &token, &declare("carer")).await;
    assert_problem(&carer, 422);
    assert_eq!(
        carer.body["type"],
        "urn:belehrung:problem:guardian-not-applicable"
    );
    let unknown = app.declare(&id, &token, &declare("uncle")).await;
    assert_problem(&unknown, 422);
    // The minor's own name in the representative's fields: a minor declaring for
    // themself.
    let themself = app
        .declare(
            &id,
            &token,
            &json!({"no_known_obstacles": true, "guardian": {"given_name": "łukasz", "family_name": "ŻÓŁĆ", "role": "parent"}}),
        )
        .await;
    assert_problem(&themself, 422);
    assert_eq!(
        themself.body["type"],
        "urn:belehrung:problem:guardian-is-holder"
    );
    let declared = app.declare(&id, &token, &declare("guardian")).await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    let record = app
        .get(
            &format!("/api/v1/certificates/{}", str_of(&declared.body["code"])),
            None,
        )
        .await;
    assert_eq!(record.body["representative_role"], "guardian");
    assert_eq!(record.body["declared_by_guardian"], true);
    // The verify page names the role in its language, never the name; in an unchecked
    // translation it says so and links to the German.
    let code = str_of(&declared.body["code"]);
    let visitor = app.staff_client();
    let german = visitor.get(&format!("/v/{code}")).await;
    assert!(german.body.contains("<dd>Vormund</dd>"), "{}", german.body);
    assert!(!german.body.contains("Maria") && !german.body.contains("class=\"notice\""));
    let english = visitor.get(&format!("/v/{code}?lang=en")).await;
    let content = crate::helpers::content();
    let en = content.course.language("en").expect("en");
    assert!(
        english
            .body
            .contains(&format!("<dd>{}</dd>", en.declaration.roles.guardian)),
        "{}",
        english.body
    );
    assert!(english.body.contains("class=\"notice\"") && english.body.contains("hreflang=\"de\""));

    // The PDF names the role and cites the German declaration.
    let pdf = app.certificate_pdf(&id, &token).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("c.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let text = crate::helpers::pdf_text_of(&path).replace('\n', " ");
    for expected in [
        "als Vormund",
        "Wortlaut der Erklärung",
        "Ausgestellt am",
        "ohne Unterschrift gültig",
        "erstmaligen Aufnahme",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(!text.contains("mündlich"), "no oral instruction is claimed");

    // An adult: a carer only, and only when asked for by name.
    let (id, token) = app.ready_to_declare(&learner()).await;
    let parent = app.declare(&id, &token, &json!({"no_known_obstacles": true, "guardian": {"given_name": "Anna", "family_name": "Berg", "role": "parent"}})).await;
    assert_problem(&parent, 422);
    let carer = app.declare(&id, &token, &json!({"no_known_obstacles": true, "guardian": {"given_name": "Anna", "family_name": "Berg", "role": "carer"}})).await;
    assert_eq!(carer.status, 201, "{}", carer.body);

    // A name in Arabic script: the German wording, which the PDF cites, names the person
    // in the passport's Latin spelling, as the certificate does.
    let mut arabic = learner();
    arabic["language"] = json!("ar");
    arabic["given_name"] = json!("محمد");
    arabic["family_name"] = json!("الأحمد");
    arabic["given_name_latin"] = json!("Mohammed");
    arabic["family_name_latin"] = json!("Al-Ahmad");
    let (id, token) = app.ready_to_declare(&arabic).await;
    let declared = app
        .declare(&id, &token, &json!({"no_known_obstacles": true}))
        .await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    let stored = stored_declarations(&app);
    let row = stored
        .iter()
        .find(|r| r.language == "ar")
        .expect("the Arabic declaration");
    assert!(row.declaration_text.contains("محمد الأحمد"), "{row:?}");
    assert!(
        row.declaration_text_de
            .as_deref()
            .is_some_and(|t| t.starts_with("Ich, Mohammed Al-Ahmad, geboren am 12.04.1990")),
        "{row:?}"
    );
}
