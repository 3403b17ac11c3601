//! The learner pages without JavaScript: plain forms from the start page to the signed
//! certificate, CSRF tokens on every form, the cookie and the headers.

use crate::helpers::{Backend, spawn_app_configured};
use crate::on_both_backends;
use crate::staff_client::csrf;

on_both_backends!(the_whole_instruction_works_with_plain_forms);

async fn the_whole_instruction_works_with_plain_forms(backend: Backend) {
    let app = spawn_app_configured(backend, &[("BELEHRUNG_REQUIRED_WATCH_RATIO", "0")]).await;
    let browser = app.staff_client();

    let start = browser.get("/?postcode=99999&lang=tr").await;
    assert_eq!(start.status, 200);
    assert!(
        start.body.contains("lang=\"tr\"")
            && start
                .body
                .contains("/anmeldung?tenant=musterstadt&amp;lang=tr")
    );
    let response = browser
        .client
        .get(format!("{}/", app.address))
        .send()
        .await
        .expect("start");
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );

    let form = browser.get("/anmeldung?tenant=musterstadt&lang=tr").await;
    assert_eq!(form.status, 200);
    // Without the form's cookie (another site posting), nothing is created.
    let forged = app
        .staff_client()
        .post(
            "/anmeldung",
            &[
                ("csrf", "x"),
                ("tenant", "musterstadt"),
                ("lang", "tr"),
                ("given_name", "A"),
                ("family_name", "B"),
                ("birth_date", "12.04.1990"),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(app.count("enrolments"), 0);

    let token = csrf(&form.body);
    let fields = |birth: &'static str| {
        vec![
            ("csrf", token.clone()),
            ("tenant", "musterstadt".into()),
            ("lang", "tr".into()),
            ("given_name", "Şükrü".into()),
            ("family_name", "Öztürk".into()),
            ("birth_date", birth.into()),
            ("email", "s@example.org".into()),
        ]
    };
    let wrong: Vec<(&str, String)> = fields("30.02.1990");
    let refused = browser
        .post(
            "/anmeldung",
            &wrong
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("href=\"#birth_date\""),
        "the error links to its field"
    );
    assert_eq!(app.count("enrolments"), 0);
    let token = csrf(&refused.body);
    let right = [
        ("csrf", token.as_str()),
        ("tenant", "musterstadt"),
        ("lang", "tr"),
        ("given_name", "Şükrü"),
        ("family_name", "Öztürk"),
        ("birth_date", "12.04.1990"),
        ("email", "s@example.org"),
    ];
    let enrolled = browser.post("/anmeldung", &right).await;
    assert_eq!(
        (enrolled.status, enrolled.location.as_str()),
        (303, "/lernen")
    );
    let cookie = browser
        .client
        .get(format!("{}/lernen", app.address))
        .send()
        .await
        .expect("overview");
    assert_eq!(cookie.status(), 200);
    assert_eq!(app.count("enrolments"), 1);

    let overview = browser.get("/lernen").await;
    let link = browser
        .post("/lernen/link", &[("csrf", csrf(&overview.body).as_str())])
        .await;
    assert!(
        link.status == 200 && link.body.contains("/weiter/"),
        "the one-time link to go on later"
    );
    assert!(link.body.contains("class=\"copy\""), "a button copies it");
    // The link can go to the learner's own address instead; a second press within
    // minutes sends nothing more.
    assert_eq!(app.count("outbox"), 0);
    let token = csrf(&overview.body);
    let form = [("csrf", token.as_str())];
    let presses = (0..4).map(|_| browser.post("/lernen/link/mail", &form));
    for mailed in futures_util::future::join_all(presses).await {
        assert!(
            mailed.status == 200 && mailed.body.contains("class=\"success\""),
            "{}",
            mailed.body
        );
    }
    assert_eq!(app.count("outbox"), 1, "four presses at once, one mail");
    let chapter = browser.get("/lernen/kapitel/warum").await;
    assert!(
        chapter.body.contains("<track kind=\"captions\"") && chapter.body.contains("<noscript>")
    );
    // Turkish without films of its own: the page says, in Turkish, that the film speaks
    // German (the films are built from the lesson texts later).
    let content =
        belehrung::course::Content::load(std::path::Path::new("content")).expect("content");
    if content
        .course
        .language("tr")
        .is_some_and(|l| l.lessons[0].captions_language.is_some())
    {
        assert!(
            chapter.body.contains("class=\"notice-film\"") && chapter.body.contains("Deutsch"),
            "{}",
            chapter.body
        );
    }

    // Another browser has no business here.
    assert_eq!(app.staff_client().get("/lernen").await.status, 403);

    let intro = browser.get("/lernen/fragen").await;
    assert_eq!(intro.status, 200);
    // One question per page: each answer is kept as it is given.
    let started = browser
        .post("/lernen/fragen", &[("csrf", csrf(&intro.body).as_str())])
        .await;
    assert_eq!(started.status, 303);
    let mut page = browser.get(&started.location).await;
    assert_eq!(page.status, 200);
    let action = |body: &str| {
        body.split("<form method=\"post\" action=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("a form")
            .to_string()
    };
    let first = action(&page.body);
    let attempt = first
        .trim_start_matches("/lernen/fragen/")
        .split('/')
        .next()
        .expect("attempt")
        .to_string();
    assert_eq!(first, format!("/lernen/fragen/{attempt}/1"));
    let content = crate::helpers::content();
    let language = content.course.language("tr").expect("tr");
    let mut shown = 0;
    while page.body.contains("name=\"question\"") {
        shown += 1;
        let question = language
            .questions
            .iter()
            .find(|q| {
                page.body
                    .contains(&format!("name=\"question\" value=\"{}\"", q.id))
            })
            .expect("a question of the course");
        let token = csrf(&page.body);
        let mut form = vec![("csrf", token.as_str()), ("question", question.id.as_str())];
        // The first question is answered wrongly at first, then again after "back".
        let wrong = shown == 1 && page.body.contains(&format!("/{attempt}/1\""));
        for option in question.options.iter().filter(|o| o.correct != wrong) {
            form.push(("answer", option.id.as_str()));
            if wrong {
                break;
            }
        }
        let saved = browser.post(&action(&page.body), &form).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        page = browser.get(&saved.location).await;
        assert_eq!(page.status, 200, "{}", page.body);
        if wrong {
            let back = browser.get(&format!("/lernen/fragen/{attempt}/1")).await;
            assert!(
                back.body.contains(" checked"),
                "the answer is kept: {}",
                back.body
            );
            page = back;
        }
    }
    assert_eq!(
        shown,
        content.course.quiz.questions_per_attempt + 1,
        "each once, the first twice"
    );
    assert!(
        page.body
            .contains(&format!("action=\"/lernen/fragen/{attempt}\""))
    );
    let graded = browser
        .post(
            &format!("/lernen/fragen/{attempt}"),
            &[("csrf", csrf(&page.body).as_str())],
        )
        .await;
    assert_eq!(graded.status, 200);
    assert!(
        graded.body.contains("/lernen/erklaerung"),
        "passed: {}",
        graded.body
    );

    let declaration = browser.get("/lernen/erklaerung").await;
    let token = csrf(&declaration.body);
    let unticked = browser
        .post("/lernen/erklaerung", &[("csrf", token.as_str())])
        .await;
    assert_eq!(unticked.status, 422, "the declaration must be confirmed");
    assert_eq!(app.count("certificates"), 0);
    let declared = browser
        .post(
            "/lernen/erklaerung",
            &[("csrf", token.as_str()), ("no_known_obstacles", "yes")],
        )
        .await;
    assert_eq!(
        (declared.status, declared.location.as_str()),
        (303, "/lernen/fertig")
    );
    let done = browser.get("/lernen/fertig").await;
    assert!(done.body.contains("s@example.org"), "the mail is announced");
    let pdf = browser
        .client
        .get(format!("{}/lernen/bescheinigung.pdf", app.address))
        .send()
        .await
        .expect("pdf");
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.expect("bytes").starts_with(b"%PDF"));
    assert_eq!(
        app.count("outbox"),
        2,
        "the resume link and the certificate"
    );
    // The same record as an accessible page, in German and in Turkish.
    let view = browser.get("/lernen/bescheinigung").await;
    assert_eq!(view.status, 200);
    assert!(
        view.body
            .contains("<article class=\"certificate\" lang=\"de\"")
            && view
                .body
                .contains("<article class=\"certificate\" lang=\"tr\"")
            && view.body.contains("Şükrü Öztürk")
            && view.body.contains("12.04.1990"),
        "{}",
        view.body
    );
    assert_eq!(
        app.staff_client().get("/lernen/bescheinigung").await.status,
        403,
        "only the learner's browser"
    );
}
