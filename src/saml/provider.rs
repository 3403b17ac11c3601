//! The service provider as the service uses it: configured from the deployment's
//! identity-provider metadata and the keys in `data/saml/`, or absent.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::domain::AssuranceLevel;

#[cfg(feature = "saml")]
pub use super::response::LoginRefused;

/// Why a login was refused (a build without SAML refuses nothing: it has no login).
#[cfg(not(feature = "saml"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LoginRefused {
    #[error("this build has no SAML login")]
    Unavailable,
    #[error("the assertion was used before")]
    Replayed,
    #[error("the response answers no request of this service")]
    UnknownRequest,
    #[error("the identity provider reported a lower level of assurance than required")]
    LevelTooLow,
    #[error("the assertion lacks the name or birth date")]
    Incomplete,
}

#[cfg(not(feature = "saml"))]
impl LoginRefused {
    pub fn code(self) -> &'static str {
        match self {
            Self::Unavailable => "unavailable",
            Self::Replayed => "replayed",
            Self::UnknownRequest => "unknown-request",
            Self::LevelTooLow => "level-too-low",
            Self::Incomplete => "incomplete",
        }
    }
}

/// A request on its way: where to send the browser, and what to remember.
pub struct StartedLogin {
    pub request_id: String,
    /// The entity id of the identity provider asked.
    pub identity_provider: String,
    pub redirect: String,
}

/// What an accepted assertion says about the person.
#[derive(Debug, Clone)]
pub struct VerifiedLogin {
    /// A hash of issuer and assertion id: enough to refuse it a second time, and no
    /// pseudonym of the person.
    pub assertion_key: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: chrono::NaiveDate,
    pub level: AssuranceLevel,
}

/// The SAML service provider of this deployment; without identity providers it offers
/// no login.
pub struct ServiceProvider {
    #[cfg(feature = "saml")]
    inner: Option<enabled::Enabled>,
}

impl ServiceProvider {
    /// `public_url` without a trailing slash; the entity id is its metadata address.
    pub fn load(
        data_dir: &Path,
        public_url: &str,
        idp_metadata: &[PathBuf],
    ) -> anyhow::Result<Self> {
        #[cfg(feature = "saml")]
        {
            let inner = if idp_metadata.is_empty() {
                None
            } else {
                Some(enabled::Enabled::load(data_dir, public_url, idp_metadata)?)
            };
            Ok(Self { inner })
        }
        #[cfg(not(feature = "saml"))]
        {
            let _ = (data_dir, public_url);
            if !idp_metadata.is_empty() {
                anyhow::bail!(
                    "BELEHRUNG_SAML_IDP_METADATA names identity providers, but this build has no \
                     SAML login: build with `--features saml` (docs/operating.md)"
                );
            }
            Ok(Self {})
        }
    }

    /// Whether a login through `provider` (or the first, for `None`) can start.
    pub fn offers(&self, provider: Option<&str>) -> bool {
        #[cfg(feature = "saml")]
        {
            self.inner
                .as_ref()
                .is_some_and(|i| i.provider(provider).is_some())
        }
        #[cfg(not(feature = "saml"))]
        {
            let _ = provider;
            false
        }
    }

    /// The metadata an identity provider registers, if there is a login.
    pub fn metadata(&self) -> Option<&str> {
        #[cfg(feature = "saml")]
        {
            self.inner.as_ref().map(|i| i.metadata.as_str())
        }
        #[cfg(not(feature = "saml"))]
        {
            None
        }
    }

    /// A signed authentication request asking for at least `level`; `relay_state`
    /// comes back with the answer.
    pub fn start(
        &self,
        provider: Option<&str>,
        level: AssuranceLevel,
        relay_state: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<StartedLogin> {
        #[cfg(feature = "saml")]
        {
            let inner = self
                .inner
                .as_ref()
                .ok_or_else(|| anyhow::anyhow!("no identity provider is configured"))?;
            inner.start(provider, level, relay_state, now)
        }
        #[cfg(not(feature = "saml"))]
        {
            let _ = (provider, level, relay_state, now);
            anyhow::bail!("this build has no SAML login")
        }
    }

    /// Verifies the answer to the request `request_id` sent to `provider`.
    pub fn verify(
        &self,
        provider: &str,
        request_id: &str,
        encoded: &str,
    ) -> Result<VerifiedLogin, LoginRefused> {
        #[cfg(feature = "saml")]
        {
            let inner = self.inner.as_ref().ok_or(LoginRefused::UnknownRequest)?;
            inner.verify(provider, request_id, encoded)
        }
        #[cfg(not(feature = "saml"))]
        {
            let _ = (provider, request_id, encoded);
            Err(LoginRefused::Unavailable)
        }
    }
}

#[cfg(feature = "saml")]
mod enabled {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    use anyhow::Context as _;
    use chrono::{DateTime, Utc};
    use samael::metadata::EntityDescriptor;
    use sha2::{Digest, Sha256};

    use super::{LoginRefused, StartedLogin, VerifiedLogin};
    use crate::domain::AssuranceLevel;
    use crate::saml::keys::SpKeys;
    use crate::saml::metadata::sp_metadata;
    use crate::saml::request::AuthnRequest;
    use crate::saml::response::{Expected, verify};

    const REDIRECT_BINDING: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

    /// libxml2 and libxmlsec1 keep global state; one verification at a time (a login
    /// takes milliseconds, and logins are rare next to page views).
    static XMLSEC: Mutex<()> = Mutex::new(());

    pub struct Provider {
        pub entity_id: String,
        pub sso_redirect: String,
        pub metadata: EntityDescriptor,
    }

    pub struct Enabled {
        entity_id: String,
        acs_url: String,
        keys: SpKeys,
        providers: Vec<Provider>,
        pub metadata: String,
    }

    impl Enabled {
        pub fn load(data_dir: &Path, public_url: &str, files: &[PathBuf]) -> anyhow::Result<Self> {
            let entity_id = format!("{public_url}/saml/metadata");
            let acs_url = format!("{public_url}/saml/acs");
            let mut providers = Vec::new();
            for file in files {
                providers.push(read_provider(file)?);
            }
            let host = public_url.split("://").nth(1).unwrap_or(public_url);
            let keys = SpKeys::load_or_create(data_dir, host)?;
            let metadata = sp_metadata(
                &entity_id,
                &acs_url,
                "Belehrung nach § 43 Infektionsschutzgesetz",
                keys.published(),
            )?;
            Ok(Self {
                entity_id,
                acs_url,
                keys,
                providers,
                metadata,
            })
        }

        pub fn provider(&self, entity_id: Option<&str>) -> Option<&Provider> {
            match entity_id {
                Some(wanted) => self.providers.iter().find(|p| p.entity_id == wanted),
                None => self.providers.first(),
            }
        }

        pub fn start(
            &self,
            provider: Option<&str>,
            level: AssuranceLevel,
            relay_state: &str,
            now: DateTime<Utc>,
        ) -> anyhow::Result<StartedLogin> {
            let provider = self.provider(provider).ok_or_else(|| {
                anyhow::anyhow!("the office's identity provider is not configured")
            })?;
            // An xsd:ID must not start with a digit.
            let request_id = format!("_{}", uuid::Uuid::new_v4().simple());
            let request = AuthnRequest {
                id: &request_id,
                issued_at: now,
                entity_id: &self.entity_id,
                acs_url: &self.acs_url,
                destination: &provider.sso_redirect,
                class_ref: level.class_ref(),
            };
            let redirect = {
                let _xmlsec = XMLSEC.lock().unwrap_or_else(|p| p.into_inner());
                request.signed_redirect(relay_state, &self.keys.current.key)?
            };
            Ok(StartedLogin {
                request_id,
                identity_provider: provider.entity_id.clone(),
                redirect: redirect.to_string(),
            })
        }

        pub fn verify(
            &self,
            provider: &str,
            request_id: &str,
            encoded: &str,
        ) -> Result<VerifiedLogin, LoginRefused> {
            let provider = self
                .provider(Some(provider))
                .ok_or(LoginRefused::UnknownRequest)?;
            let expected = Expected {
                entity_id: &self.entity_id,
                acs_url: &self.acs_url,
                request_id,
                idp: &provider.metadata,
            };
            let keys: Vec<_> = self
                .keys
                .decryption_keys()
                .map(|pair| (pair.key.clone(), pair.certificate.clone()))
                .collect();
            let asserted = {
                let _xmlsec = XMLSEC.lock().unwrap_or_else(|p| p.into_inner());
                verify(encoded, &expected, &keys)?
            };
            let mut hash = Sha256::new();
            hash.update(asserted.issuer.as_bytes());
            hash.update([0]);
            hash.update(asserted.assertion_id.as_bytes());
            Ok(VerifiedLogin {
                assertion_key: hash.finalize().iter().map(|b| format!("{b:02x}")).collect(),
                given_name: asserted.given_name,
                family_name: asserted.family_name,
                birth_date: asserted.birth_date,
                level: asserted.level,
            })
        }
    }

    /// An identity provider's metadata: its entity id, the address of its login (the
    /// redirect binding) and at least one signing certificate, or the service does not
    /// start: without a key, a response could not be checked.
    fn read_provider(file: &Path) -> anyhow::Result<Provider> {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let metadata: EntityDescriptor = text
            .parse()
            .map_err(|e| anyhow::anyhow!("{}: not SAML metadata: {e}", file.display()))?;
        let entity_id = metadata
            .entity_id
            .clone()
            .ok_or_else(|| anyhow::anyhow!("{}: no entityID", file.display()))?;
        let descriptors = metadata.idp_sso_descriptors.as_deref().unwrap_or_default();
        let sso_redirect = descriptors
            .iter()
            .flat_map(|d| &d.single_sign_on_services)
            .find(|s| s.binding == REDIRECT_BINDING)
            .map(|s| s.location.clone())
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "{}: no SingleSignOnService with the HTTP-Redirect binding",
                    file.display()
                )
            })?;
        let has_key = descriptors
            .iter()
            .flat_map(|d| &d.key_descriptors)
            .any(|k| {
                k.key_use
                    .as_deref()
                    .is_none_or(|u| u.is_empty() || u == "signing")
                    && k.key_info
                        .x509_data
                        .as_ref()
                        .is_some_and(|x| !x.certificates.is_empty())
            });
        if !has_key {
            anyhow::bail!("{}: no signing certificate", file.display());
        }
        Ok(Provider {
            entity_id,
            sso_redirect,
            metadata,
        })
    }
}
