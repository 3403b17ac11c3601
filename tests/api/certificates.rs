use belehrung::domain::CertificateCode;
use serde_json::json;

use crate::helpers::{Backend, assert_problem, learner, spawn_app, str_of};
use crate::on_both_backends;

on_both_backends!(
    codes_are_found_in_any_spelling,
    typos_unknown_and_malformed_codes_are_told_apart,
    simultaneous_downloads_of_one_certificate_all_succeed
);

async fn codes_are_found_in_any_spelling(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let code = str_of(
        &app.declare(&id, &token, &json!({"no_known_obstacles": true}))
            .await
            .body["code"],
    );
    for spelling in [
        code.clone(),
        code.to_lowercase(),
        code.replace('-', ""),
        code.replace('-', "%20"),
        format!("%20{}%20", code.to_lowercase().replace('-', "%20-%20")),
    ] {
        let response = app
            .get(&format!("/api/v1/certificates/{spelling}"), None)
            .await;
        assert_eq!(response.status, 200, "{spelling}: {}", response.body);
        assert_eq!(response.body["code"], code.as_str());
    }
}

async fn typos_unknown_and_malformed_codes_are_told_apart(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token) = app.ready_to_declare(&learner()).await;
    let code = str_of(
        &app.declare(&id, &token, &json!({"no_known_obstacles": true}))
            .await
            .body["code"],
    );

    let mut chars: Vec<char> = code.chars().collect();
    chars[0] = if chars[0] == '7' { '8' } else { '7' };
    let typo: String = chars.into_iter().collect();
    let response = app.get(&format!("/api/v1/certificates/{typo}"), None).await;
    assert_problem(&response, 422);
    assert_eq!(response.body["type"], "urn:belehrung:problem:code-typo");

    let unknown = CertificateCode::generate();
    assert_problem(
        &app.get(&format!("/api/v1/certificates/{unknown}"), None)
            .await,
        404,
    );
    for malformed in [
        "ABC",
        "ABCD-EFGH-JKMN-PQRU",
        "%3Cscript%3E",
        &"A".repeat(300),
    ] {
        assert_problem(
            &app.get(&format!("/api/v1/certificates/{malformed}"), None)
                .await,
            400,
        );
    }
}

/// Downloads sealed in the same second are the same file (the signature is
/// deterministic), and each of them records it: the second must not fail on the first.
async fn simultaneous_downloads_of_one_certificate_all_succeed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, _) = app.certified(&learner()).await;
    let path = format!("/api/v1/enrolments/{id}/certificate.pdf");
    let downloads =
        futures_util::future::join_all((0..8).map(|_| app.bytes(&path, Some(token.as_str()))))
            .await;
    for (status, body) in &downloads {
        assert_eq!(*status, 200, "{}", String::from_utf8_lossy(body));
        assert!(body.starts_with(b"%PDF"));
    }
    let distinct: std::collections::BTreeSet<_> = downloads.iter().map(|(_, b)| b).collect();
    assert_eq!(
        app.count("issued_pdfs"),
        i64::try_from(distinct.len()).expect("small")
    );
}
