//! Typed settings: `belehrung.toml` in the working directory, overridden by
//! `BELEHRUNG_*` environment variables. Every value is parsed here, once; a bad value
//! stops the program with one line that names the variable.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

mod unknown_variables;
pub use unknown_variables::unknown_variables;

use crate::db::DatabaseUrl;

pub use crate::course::watch::WatchRatio;
use crate::domain::{ForwardedHeader, TrustedProxies};

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub database_url: DatabaseUrl,
    pub database_pool_size: u32,
    pub content_dir: PathBuf,
    pub data_dir: PathBuf,
    /// Base of absolute links; `None` means "http:// + the address actually bound".
    pub public_url: Option<PublicUrl>,
    /// Validated at start; it may hold the SMTP password, so it never prints.
    pub smtp_url: Option<SmtpUrl>,
    pub required_watch_ratio: WatchRatio,
    pub workers: Option<usize>,
    /// Layout, fonts and texts of the certificate PDF.
    pub certificates_dir: PathBuf,
    pub lookup_limit: LookupLimit,
    /// Enrolments one client may create: `per_hour` on average, `burst` at once.
    pub enrolment_limit: EnrolmentLimit,
    /// Proxies whose report of the client's address is believed; empty: none.
    pub trusted_proxies: TrustedProxies,
    /// The header those proxies write the client's address into.
    pub forwarded_header: ForwardedHeader,
    /// Progress reports accepted per enrolment and minute; more answer 429.
    pub progress_reports_per_minute: u32,
    /// Sender of every mail.
    pub mail_from: lettre::message::Mailbox,
    /// Delay before the first retry of a failed delivery; it doubles up to an hour.
    pub mail_retry: std::time::Duration,
    /// A staff session ends after this long without a request.
    pub staff_session_idle: chrono::TimeDelta,
    /// A request (head, body and answer) must be done in this time.
    pub request_timeout: std::time::Duration,
    /// How long a lookup's answer is reused (zero: never).
    pub lookup_cache: std::time::Duration,
    /// How often `serve` runs the retention job; `None` turns it off in this instance.
    pub retention_interval: Option<std::time::Duration>,
    /// Lifetimes of what lets a learner in; see [`LearnerAccess`].
    pub learner_access: LearnerAccess,
    /// Metadata files of the SAML identity providers (BundID, a Land's account) that
    /// offices with `identity = ["bundid"]` log learners in with; empty: none.
    pub saml_idp_metadata: Vec<PathBuf>,
    /// The file with each office's connection to its Land's payment platform
    /// (XBezahldienste); by default `payment.toml` in the data dir, absent: none.
    pub payment_platforms: PathBuf,
    /// How often open payments are asked about when the learner does not come back, at
    /// least; failures back off from there up to an hour.
    pub payment_check: std::time::Duration,
}

/// How long the ways into a learner's enrolment stay open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LearnerAccess {
    /// A one-time resume link expires this long after it was made.
    pub resume_link: chrono::TimeDelta,
    /// The bearer token and the page cookie stop working this long after the
    /// certificate was issued; the PDF is then fetched with a mailed one-time code.
    pub token_after_certificate: chrono::TimeDelta,
    /// A one-time code for the PDF expires this long after it was asked for.
    pub pdf_code: chrono::TimeDelta,
}

impl Default for LearnerAccess {
    fn default() -> Self {
        Self {
            resume_link: chrono::TimeDelta::days(7),
            token_after_certificate: chrono::TimeDelta::hours(24),
            pdf_code: chrono::TimeDelta::minutes(15),
        }
    }
}

/// Certificate lookups allowed per client address: `per_minute` on average, `burst`
/// at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LookupLimit {
    pub per_minute: u32,
    pub burst: u32,
}

/// Enrolments allowed per client address: `per_hour` on average, `burst` at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnrolmentLimit {
    pub per_hour: u32,
    pub burst: u32,
}

/// The SMTP server, as lettre reads it (`smtp://` or `smtps://`, user and password
/// percent-encoded), checked once at start.
#[derive(Debug, Clone)]
pub struct SmtpUrl(SecretString);

impl SmtpUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if !(raw.starts_with("smtp://") || raw.starts_with("smtps://")) {
            return Err("must start with smtp:// or smtps://".into());
        }
        // lettre's own reading, so that a URL accepted here is one it can use; its
        // error names no part of the URL.
        lettre::SmtpTransport::from_url(raw).map_err(|e| format!("is not an SMTP URL: {e}"))?;
        Ok(Self(SecretString::from(raw)))
    }

    /// The URL with its password, for the one place that connects.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

/// An absolute `http(s)://` base URL without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim().trim_end_matches('/');
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"))
            .ok_or("must start with http:// or https://")?;
        if rest.is_empty() || rest.contains(char::is_whitespace) {
            return Err("must name a host".into());
        }
        Ok(Self(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct SettingsError {
    pub variable: String,
    pub message: String,
}

/// The keys of `belehrung.toml`; each may be overridden by `BELEHRUNG_<KEY>`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    bind: Option<String>,
    database_url: Option<String>,
    database_pool_size: Option<u32>,
    content_dir: Option<String>,
    data_dir: Option<String>,
    public_url: Option<String>,
    smtp_url: Option<String>,
    required_watch_ratio: Option<f64>,
    workers: Option<usize>,
    certificates_dir: Option<String>,
    lookup_rate_per_minute: Option<u32>,
    lookup_burst: Option<u32>,
    enrolment_rate_per_hour: Option<u32>,
    enrolment_burst: Option<u32>,
    trusted_proxies: Option<String>,
    forwarded_header: Option<String>,
    progress_reports_per_minute: Option<u32>,
    mail_from: Option<String>,
    mail_retry_seconds: Option<u32>,
    staff_session_minutes: Option<u32>,
    request_timeout_seconds: Option<u32>,
    lookup_cache_seconds: Option<u32>,
    retention_interval_minutes: Option<u32>,
    resume_link_days: Option<u32>,
    learner_token_after_certificate_hours: Option<u32>,
    pdf_code_minutes: Option<u32>,
    saml_idp_metadata: Option<String>,
    payment_platforms: Option<String>,
    payment_check_seconds: Option<u32>,
}

impl Settings {
    /// Where `content/build/build-videos` puts the films it builds for this deployment.
    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }

    /// Reads `belehrung.toml` (if present) and the process environment.
    pub fn load() -> Result<Self, SettingsError> {
        let env: HashMap<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("BELEHRUNG_"))
            .collect();
        Self::from_sources(Some(Path::new("belehrung.toml")), &env)
    }

    pub fn from_sources(
        file: Option<&Path>,
        env: &HashMap<String, String>,
    ) -> Result<Self, SettingsError> {
        let file_settings = match file {
            Some(path) if path.exists() => read_file(path)?,
            _ => FileSettings::default(),
        };
        let value = |key: &str, from_file: Option<String>| -> Option<(String, String)> {
            let variable = format!("BELEHRUNG_{}", key.to_ascii_uppercase());
            match env.get(&variable) {
                Some(v) => Some((variable, v.clone())),
                None => from_file.map(|v| (format!("{key} in belehrung.toml"), v)),
            }
        };
        let parse = |key: &str, from_file: Option<String>, default: &str| {
            value(key, from_file).unwrap_or_else(|| {
                (
                    format!("BELEHRUNG_{}", key.to_ascii_uppercase()),
                    default.to_string(),
                )
            })
        };

        let (name, raw) = parse("bind", file_settings.bind, "127.0.0.1:8080");
        let bind = raw.trim().parse::<SocketAddr>().map_err(|_| {
            error(
                &name,
                format!("{raw:?} is not a socket address like 127.0.0.1:8080"),
            )
        })?;

        let (name, raw) = parse(
            "database_url",
            file_settings.database_url,
            "sqlite://data/belehrung.db",
        );
        let database_url = DatabaseUrl::parse(&raw).map_err(|m| error(&name, m))?;

        let (name, raw) = parse(
            "database_pool_size",
            file_settings.database_pool_size.map(|n| n.to_string()),
            "10",
        );
        let database_pool_size = raw
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=500).contains(n))
            .ok_or_else(|| error(&name, format!("{raw:?} is not a number from 1 to 500")))?;

        let (_, content_dir) = parse("content_dir", file_settings.content_dir, "content");
        let (_, data_dir) = parse("data_dir", file_settings.data_dir, "data");

        let public_url = value("public_url", file_settings.public_url)
            .map(|(name, raw)| PublicUrl::parse(&raw).map_err(|m| error(&name, m)))
            .transpose()?;

        let smtp_url = value("smtp_url", file_settings.smtp_url)
            .map(|(name, raw)| SmtpUrl::parse(&raw).map_err(|m| error(&name, m)))
            .transpose()?;

        let (name, raw) = parse(
            "required_watch_ratio",
            file_settings.required_watch_ratio.map(|r| r.to_string()),
            "0.95",
        );
        let required_watch_ratio = raw
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(WatchRatio::new)
            .ok_or_else(|| error(&name, format!("{raw:?} is not a number from 0 to 1")))?;

        let workers = value("workers", file_settings.workers.map(|n| n.to_string()))
            .map(|(name, raw)| {
                raw.trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=256).contains(n))
                    .ok_or_else(|| error(&name, format!("{raw:?} is not a number from 1 to 256")))
            })
            .transpose()?;

        let (_, certificates_dir) = parse(
            "certificates_dir",
            file_settings.certificates_dir,
            "certificates",
        );
        let positive = |key: &str, from_file: Option<u32>, default: &str| {
            let (name, raw) = parse(key, from_file.map(|n| n.to_string()), default);
            raw.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=100_000_000).contains(n))
                .ok_or_else(|| {
                    error(
                        &name,
                        format!("{raw:?} is not a number from 1 to 100000000"),
                    )
                })
        };
        let lookup_limit = LookupLimit {
            per_minute: positive(
                "lookup_rate_per_minute",
                file_settings.lookup_rate_per_minute,
                "60",
            )?,
            burst: positive("lookup_burst", file_settings.lookup_burst, "20")?,
        };
        let enrolment_limit = EnrolmentLimit {
            per_hour: positive(
                "enrolment_rate_per_hour",
                file_settings.enrolment_rate_per_hour,
                "60",
            )?,
            burst: positive("enrolment_burst", file_settings.enrolment_burst, "30")?,
        };
        let (name, raw) = parse("trusted_proxies", file_settings.trusted_proxies, "");
        let trusted_proxies = TrustedProxies::parse(&raw).map_err(|m| error(&name, m))?;
        let (name, raw) = parse(
            "forwarded_header",
            file_settings.forwarded_header,
            "x-forwarded-for",
        );
        let forwarded_header = ForwardedHeader::parse(&raw).map_err(|m| error(&name, m))?;
        // A player reports every few seconds; a minute's worth is far above that.
        let progress_reports_per_minute = positive(
            "progress_reports_per_minute",
            file_settings.progress_reports_per_minute,
            "60",
        )?;

        let (name, raw) = parse(
            "mail_from",
            file_settings.mail_from,
            "Belehrung <noreply@localhost>",
        );
        let mail_from = raw
            .trim()
            .parse::<lettre::message::Mailbox>()
            .map_err(|_| {
                error(
                    &name,
                    format!(
                        "{raw:?} is not a sender like \"Gesundheitsamt <belehrung@example.org>\""
                    ),
                )
            })?;
        let bounded = |key: &str,
                       from_file: Option<u32>,
                       default: &str,
                       range: std::ops::RangeInclusive<u32>| {
            let (name, raw) = parse(key, from_file.map(|n| n.to_string()), default);
            raw.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    error(
                        &name,
                        format!(
                            "{raw:?} is not a number from {} to {}",
                            range.start(),
                            range.end()
                        ),
                    )
                })
        };
        let mail_retry = std::time::Duration::from_secs(u64::from(bounded(
            "mail_retry_seconds",
            file_settings.mail_retry_seconds,
            "60",
            1..=86_400,
        )?));
        let staff_session_idle = chrono::TimeDelta::minutes(i64::from(bounded(
            "staff_session_minutes",
            file_settings.staff_session_minutes,
            "30",
            1..=720,
        )?));
        let request_timeout = std::time::Duration::from_secs(u64::from(bounded(
            "request_timeout_seconds",
            file_settings.request_timeout_seconds,
            "30",
            1..=600,
        )?));
        let lookup_cache = std::time::Duration::from_secs(u64::from(bounded(
            "lookup_cache_seconds",
            file_settings.lookup_cache_seconds,
            "1",
            0..=60,
        )?));
        let retention_minutes = bounded(
            "retention_interval_minutes",
            file_settings.retention_interval_minutes,
            "60",
            0..=10_080,
        )?;
        let retention_interval = (retention_minutes > 0)
            .then(|| std::time::Duration::from_secs(u64::from(retention_minutes) * 60));
        let learner_access = LearnerAccess {
            resume_link: chrono::TimeDelta::days(i64::from(bounded(
                "resume_link_days",
                file_settings.resume_link_days,
                "7",
                1..=90,
            )?)),
            token_after_certificate: chrono::TimeDelta::hours(i64::from(bounded(
                "learner_token_after_certificate_hours",
                file_settings.learner_token_after_certificate_hours,
                "24",
                0..=8_760,
            )?)),
            pdf_code: chrono::TimeDelta::minutes(i64::from(bounded(
                "pdf_code_minutes",
                file_settings.pdf_code_minutes,
                "15",
                1..=1_440,
            )?)),
        };

        // A comma-separated list of files.
        let saml_idp_metadata = value("saml_idp_metadata", file_settings.saml_idp_metadata)
            .map(|(_, raw)| {
                raw.split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(PathBuf::from)
                    .collect()
            })
            .unwrap_or_default();

        let payment_platforms = value("payment_platforms", file_settings.payment_platforms)
            .map(|(_, raw)| PathBuf::from(raw))
            .unwrap_or_else(|| PathBuf::from(&data_dir).join("payment.toml"));
        let payment_check = std::time::Duration::from_secs(u64::from(bounded(
            "payment_check_seconds",
            file_settings.payment_check_seconds,
            "60",
            1..=3_600,
        )?));

        Ok(Self {
            bind,
            database_url,
            database_pool_size,
            content_dir: PathBuf::from(content_dir),
            data_dir: PathBuf::from(data_dir),
            public_url,
            smtp_url,
            required_watch_ratio,
            workers,
            certificates_dir: PathBuf::from(certificates_dir),
            lookup_limit,
            enrolment_limit,
            trusted_proxies,
            forwarded_header,
            progress_reports_per_minute,
            mail_from,
            mail_retry,
            staff_session_idle,
            request_timeout,
            lookup_cache,
            retention_interval,
            learner_access,
            saml_idp_metadata,
            payment_platforms,
            payment_check,
        })
    }
}

fn read_file(path: &Path) -> Result<FileSettings, SettingsError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| error(&path.display().to_string(), e.to_string()))?;
    toml::from_str(&text)
        .map_err(|e| error(&path.display().to_string(), e.message().replace('\n', " ")))
}

fn error(variable: &str, message: String) -> SettingsError {
    SettingsError {
        variable: variable.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(pairs: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let env = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_sources(None, &env)
    }

    #[test]
    fn passwords_never_print() {
        let settings = load(&[
            (
                "BELEHRUNG_DATABASE_URL",
                "postgres://app:Geheim-Pg-1@db.example/belehrung",
            ),
            (
                "BELEHRUNG_SMTP_URL",
                "smtps://mailer:Geheim-Smtp-2@mail.example:465",
            ),
        ])
        .expect("valid settings");
        let printed = format!("{settings:?}");
        assert!(
            !printed.contains("Geheim-Pg-1") && !printed.contains("Geheim-Smtp-2"),
            "{printed}"
        );
        let refused = load(&[("BELEHRUNG_SMTP_URL", "smtp://mail.example:notaport")]);
        assert!(
            refused.is_err(),
            "lettre's reading refuses a bad port at start"
        );
    }

    #[test]
    fn defaults_follow_the_contract() {
        let settings = load(&[]).expect("defaults are valid");
        assert_eq!(settings.bind.to_string(), "127.0.0.1:8080");
        assert!(matches!(
            &settings.database_url,
            DatabaseUrl::Sqlite(path) if path == &PathBuf::from("data/belehrung.db")
        ));
        assert_eq!(settings.required_watch_ratio.get(), 0.95);
        assert_eq!(settings.content_dir, PathBuf::from("content"));
        assert!(settings.public_url.is_none() && settings.smtp_url.is_none());
        assert_eq!(settings.learner_access, LearnerAccess::default());
        assert_eq!(
            settings.learner_access.token_after_certificate,
            chrono::TimeDelta::hours(24)
        );
        assert_eq!(
            settings.lookup_limit,
            LookupLimit {
                per_minute: 60,
                burst: 20
            }
        );
        assert_eq!(
            settings.enrolment_limit,
            EnrolmentLimit {
                per_hour: 60,
                burst: 30
            }
        );
        assert!(settings.trusted_proxies.is_empty());
        assert_eq!(settings.forwarded_header, ForwardedHeader::XForwardedFor);
    }

    #[test]
    fn learner_access_times_are_read() {
        let settings = load(&[
            ("BELEHRUNG_RESUME_LINK_DAYS", "3"),
            ("BELEHRUNG_LEARNER_TOKEN_AFTER_CERTIFICATE_HOURS", "0"),
            ("BELEHRUNG_PDF_CODE_MINUTES", "30"),
        ])
        .expect("valid");
        assert_eq!(
            settings.learner_access,
            LearnerAccess {
                resume_link: chrono::TimeDelta::days(3),
                token_after_certificate: chrono::TimeDelta::zero(),
                pdf_code: chrono::TimeDelta::minutes(30),
            }
        );
    }

    #[test]
    fn trusted_proxies_come_from_the_file_or_the_environment() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("belehrung.toml");
        std::fs::write(
            &file,
            "trusted_proxies = \"10.0.0.0/8, fd00::/8\"\nforwarded_header = \"forwarded\"\n",
        )
        .expect("write settings");
        let from_file = Settings::from_sources(Some(&file), &HashMap::new()).expect("valid");
        assert!(
            from_file
                .trusted_proxies
                .trusts("10.9.8.7".parse().expect("ip"))
        );
        assert!(
            from_file
                .trusted_proxies
                .trusts("fd00::1".parse().expect("ip"))
        );
        assert_eq!(from_file.forwarded_header, ForwardedHeader::Forwarded);
        let env = HashMap::from([(
            "BELEHRUNG_TRUSTED_PROXIES".to_string(),
            "192.0.2.1".to_string(),
        )]);
        let from_env = Settings::from_sources(Some(&file), &env).expect("valid");
        assert!(
            !from_env
                .trusted_proxies
                .trusts("10.9.8.7".parse().expect("ip"))
        );
        assert!(
            from_env
                .trusted_proxies
                .trusts("192.0.2.1".parse().expect("ip"))
        );
    }

    #[test]
    fn a_bad_value_names_its_variable() {
        for (variable, value) in [
            ("BELEHRUNG_BIND", "localhost"),
            ("BELEHRUNG_DATABASE_URL", "mysql://x"),
            ("BELEHRUNG_REQUIRED_WATCH_RATIO", "1.5"),
            ("BELEHRUNG_PUBLIC_URL", "example.org"),
            ("BELEHRUNG_SMTP_URL", "mail.example.org"),
            ("BELEHRUNG_MAIL_FROM", "not an address"),
            ("BELEHRUNG_MAIL_RETRY_SECONDS", "0"),
            ("BELEHRUNG_STAFF_SESSION_MINUTES", "x"),
            ("BELEHRUNG_RETENTION_INTERVAL_MINUTES", "-1"),
            ("BELEHRUNG_REQUEST_TIMEOUT_SECONDS", "0"),
            ("BELEHRUNG_LOOKUP_CACHE_SECONDS", "61"),
            ("BELEHRUNG_RESUME_LINK_DAYS", "0"),
            ("BELEHRUNG_LEARNER_TOKEN_AFTER_CERTIFICATE_HOURS", "-1"),
            ("BELEHRUNG_PDF_CODE_MINUTES", "0"),
            ("BELEHRUNG_ENROLMENT_RATE_PER_HOUR", "0"),
            ("BELEHRUNG_ENROLMENT_BURST", "many"),
            ("BELEHRUNG_TRUSTED_PROXIES", "10.0.0.0/33"),
            ("BELEHRUNG_TRUSTED_PROXIES", "proxy.internal"),
            ("BELEHRUNG_FORWARDED_HEADER", "x-real-ip"),
        ] {
            let err = load(&[(variable, value)]).expect_err(variable);
            assert_eq!(err.variable, variable);
            assert!(!err.to_string().contains('\n'));
        }
    }

    #[test]
    fn environment_overrides_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("belehrung.toml");
        std::fs::write(
            &file,
            "bind = \"127.0.0.1:9000\"\nrequired_watch_ratio = 0.5\n",
        )
        .expect("write settings");
        let env = HashMap::from([("BELEHRUNG_BIND".to_string(), "127.0.0.1:0".to_string())]);
        let settings = Settings::from_sources(Some(&file), &env).expect("valid");
        assert_eq!(settings.bind.port(), 0);
        assert_eq!(settings.required_watch_ratio.get(), 0.5);
    }
}
