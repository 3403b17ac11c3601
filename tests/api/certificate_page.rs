//! The certificate as an accessible page outside the learner's session: the certificate
//! mail links to the one-time code page with the code filled in, and the mailed code
//! shows the page once, in German and the learner's language.

use std::time::Duration;

use serde_json::json;

use crate::helpers::{Backend, learner};
use crate::learner_access::{app_mailing_to, hidden, mailed_code};
use crate::on_both_backends;
use crate::smtp::SmtpSink;
use crate::staff_client::csrf;

on_both_backends!(the_certificate_mail_leads_to_the_page_with_a_one_time_code);

async fn the_certificate_mail_leads_to_the_page_with_a_one_time_code(backend: Backend) {
    let sink = SmtpSink::started();
    let app = app_mailing_to(backend, &sink, &[]).await;
    let mut turkish = learner();
    turkish["language"] = json!("tr");
    let (_, _, code) = app.certified(&turkish).await;
    let mails = sink.wait_for(1, Duration::from_secs(30)).await;
    let text = mails[0]["text"].as_str().unwrap_or_default();
    let start = text.find("/bescheinigung?").expect("the link to the page");
    let path: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert_eq!(
        path,
        format!("/bescheinigung?code={code}&lang=tr"),
        "{text}"
    );
    // In both parts of the mail, German and Turkish.
    assert_eq!(text.matches(path.as_str()).count(), 2, "{text}");

    let browser = app.staff_client();
    let form = browser.get(&path).await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains(&format!("value=\"{code}\"")),
        "the code is filled in: {}",
        form.body
    );
    let sent = browser
        .post(
            "/bescheinigung",
            &[
                ("csrf", csrf(&form.body).as_str()),
                ("lang", "tr"),
                ("code", code.as_str()),
                ("birth_date", "12.04.1990"),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert!(sent.body.contains("name=\"show\" value=\"page\""));
    let request = hidden(&sent.body, "request");
    let one_time = mailed_code(&sink, 2, "lukasz@example.org").await;
    let show = |csrf_from: &str| {
        [
            ("csrf", csrf(csrf_from)),
            ("lang", "tr".to_string()),
            ("request", request.clone()),
            ("one_time_code", one_time.clone()),
            ("show", "page".to_string()),
        ]
    };
    let fields = show(&sent.body);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let page = browser.post("/bescheinigung/code", &fields).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body
            .contains("<article class=\"certificate\" lang=\"de\"")
    );
    assert!(
        page.body
            .contains("<article class=\"certificate\" lang=\"tr\"")
    );
    assert!(page.body.contains("Łukasz Żółć"), "{}", page.body);
    assert!(page.body.contains(&code));

    // The code works once, for the page as for the PDF.
    let again = show(&sent.body);
    let again: Vec<(&str, &str)> = again.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = browser.post("/bescheinigung/code", &again).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(!refused.body.contains("<article class=\"certificate\""));
}
