//! Each office's connection to its Land's platform: `payment.toml` in the data dir
//! (never in `content/`, which is published), one table per office.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;
use serde::Deserialize;

use super::client::{Connection, Platform};
use super::wire::{origin_of, safe_id};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlatformFile {
    /// The API's base: `…/paymenttransaction/{originatorId}/{endPointId}` follows it.
    url: String,
    /// The OAuth 2.0 token endpoint (client credentials).
    token_url: String,
    originator_id: String,
    endpoint_id: String,
    client_id: String,
    #[serde(default)]
    client_secret: Option<String>,
    /// The name of an environment variable holding the secret instead.
    #[serde(default)]
    client_secret_env: Option<String>,
    #[serde(default = "PlatformFile::default_timeout")]
    timeout_seconds: u64,
    /// Where the platform's pay pages are (`https://host[:port]`), where not on the API's
    /// host: the learner is sent to no other, and the fee page's form may lead only there.
    #[serde(default)]
    pay_page_origins: Vec<String>,
}

impl PlatformFile {
    fn default_timeout() -> u64 {
        10
    }
}

/// The connections, by office.
#[derive(Default)]
pub struct Platforms(HashMap<String, Arc<Platform>>);

impl Platforms {
    /// Reads `path` (absent: no office pays online); every table must name one of
    /// `offices`.
    pub fn load(path: &Path, offices: &[&str]) -> anyhow::Result<Self> {
        // rustls needs its cryptography chosen once per process: ring, as for mail.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => anyhow::bail!("{}: {e}", path.display()),
        };
        let files: HashMap<String, PlatformFile> = toml::from_str(&text)
            .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message()))?;
        let mut platforms = HashMap::new();
        for (office, file) in files {
            let at = |what: &str| anyhow::anyhow!("{}: [{office}] {what}", path.display());
            if !offices.contains(&office.as_str()) {
                return Err(at("is no office of this deployment"));
            }
            for url in [&file.url, &file.token_url] {
                if !(url.starts_with("https://") || url.starts_with("http://127.0.0.1")) {
                    return Err(at("url and token_url must be https:// addresses"));
                }
            }
            if !safe_id(&file.originator_id) || file.originator_id.len() > 36 {
                return Err(at("originator_id must be 1 to 36 letters, digits, - or _"));
            }
            if !safe_id(&file.endpoint_id) || file.endpoint_id.len() > 36 {
                return Err(at("endpoint_id must be 1 to 36 letters, digits, - or _"));
            }
            let secret = match (file.client_secret, file.client_secret_env) {
                (Some(secret), None) => secret,
                (None, Some(name)) => std::env::var(&name).map_err(|_| {
                    at(&format!("client_secret_env names {name}, which is not set"))
                })?,
                _ => return Err(at("give either client_secret or client_secret_env")),
            };
            if !(1..=120).contains(&file.timeout_seconds) {
                return Err(at("timeout_seconds must be from 1 to 120"));
            }
            let mut pay_origins = Vec::new();
            for raw in file.pay_page_origins.iter().chain(
                // By default, the API's own host.
                file.pay_page_origins.is_empty().then_some(&file.url),
            ) {
                let origin = origin_of(raw)
                    .filter(|o| o.starts_with("https://") || o.starts_with("http://127.0.0.1"))
                    .ok_or_else(|| at("pay_page_origins must be https:// addresses"))?;
                pay_origins.push(origin);
            }
            let platform = Platform::new(Connection {
                url: file.url.trim_end_matches('/').to_string(),
                token_url: file.token_url,
                originator_id: file.originator_id,
                endpoint_id: file.endpoint_id,
                client_id: file.client_id,
                client_secret: SecretString::from(secret),
                timeout: Duration::from_secs(file.timeout_seconds),
                pay_origins,
            })
            .map_err(|e| at(&e.to_string()))?;
            platforms.insert(office, Arc::new(platform));
        }
        Ok(Self(platforms))
    }

    pub fn get(&self, office: &str) -> Option<&Arc<Platform>> {
        self.0.get(office)
    }
}
