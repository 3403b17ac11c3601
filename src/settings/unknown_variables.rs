//! The names of the settings, and the `BELEHRUNG_*` variables that name none of them.

/// Every key of `belehrung.toml`; `BELEHRUNG_<KEY>` in the environment.
const KEYS: [&str; 29] = [
    "bind",
    "database_url",
    "database_pool_size",
    "content_dir",
    "data_dir",
    "public_url",
    "smtp_url",
    "required_watch_ratio",
    "workers",
    "certificates_dir",
    "lookup_rate_per_minute",
    "lookup_burst",
    "enrolment_rate_per_hour",
    "enrolment_burst",
    "trusted_proxies",
    "forwarded_header",
    "progress_reports_per_minute",
    "mail_from",
    "mail_retry_seconds",
    "staff_session_minutes",
    "request_timeout_seconds",
    "lookup_cache_seconds",
    "retention_interval_minutes",
    "resume_link_days",
    "learner_token_after_certificate_hours",
    "pdf_code_minutes",
    "saml_idp_metadata",
    "payment_platforms",
    "payment_check_seconds",
];

/// The `BELEHRUNG_*` variables that name no setting, each with the setting its name is
/// closest to: a typo would otherwise leave the default in force without a word.
/// `BELEHRUNG_TEST_*` belong to the test suite.
pub fn unknown_variables<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> Vec<(String, Option<String>)> {
    let known: Vec<String> = KEYS
        .iter()
        .map(|key| format!("BELEHRUNG_{}", key.to_ascii_uppercase()))
        .collect();
    names
        .into_iter()
        .filter(|name| name.starts_with("BELEHRUNG_") && !name.starts_with("BELEHRUNG_TEST_"))
        .filter(|name| !known.iter().any(|k| k == name))
        .map(|name| {
            let closest = known
                .iter()
                .map(|k| (strsim::levenshtein(k, name), k))
                .min()
                .filter(|(distance, _)| *distance <= 3)
                .map(|(_, k)| k.clone());
            (name.to_string(), closest)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::FileSettings;
    use super::*;

    #[test]
    fn the_keys_are_the_keys_of_the_file() {
        // `deny_unknown_fields` answers an unknown key with the list of all of them.
        let error = toml::from_str::<FileSettings>("no_such_key = 1")
            .expect_err("unknown")
            .to_string();
        let listed = error.split("expected one of").nth(1).expect("the list");
        let mut fields: Vec<&str> = listed
            .split(',')
            .map(|f| {
                f.trim()
                    .trim_matches(|c: char| c == '`' || c.is_whitespace())
            })
            .collect();
        let mut keys = KEYS.to_vec();
        fields.sort_unstable();
        keys.sort_unstable();
        assert_eq!(fields, keys, "{error}");
    }

    #[test]
    fn a_misspelt_variable_is_named_with_the_setting_meant() {
        let unknown = unknown_variables([
            "BELEHRUNG_DATABSE_URL",
            "BELEHRUNG_BIND",
            "BELEHRUNG_TEST_POSTGRES_URL",
            "BELEHRUNG_SOMETHING_ELSE_ENTIRELY",
            "PATH",
        ]);
        assert_eq!(
            unknown,
            [
                (
                    "BELEHRUNG_DATABSE_URL".to_string(),
                    Some("BELEHRUNG_DATABASE_URL".to_string())
                ),
                ("BELEHRUNG_SOMETHING_ELSE_ENTIRELY".to_string(), None),
            ]
        );
    }
}
