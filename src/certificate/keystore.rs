//! The tenants' signing keys, as files in the data dir (never in the database, so a
//! database dump holds no private key):
//!
//! ```text
//! data/keys/<tenant>/<kid>.cert.pem   X.509 certificate, kept forever (old certificates keep verifying)
//! data/keys/<tenant>/<kid>.key.pem    PKCS#8 private key, mode 0600, only while the key is current
//! data/keys/<tenant>/<kid>.toml       created_at, development, retired_at
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context as _, anyhow, bail};
use chrono::{DateTime, Utc};
use der::{Decode, DecodePem, Encode, EncodePem};
use p256::ecdsa::{SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use serde::{Deserialize, Serialize};

use super::SigningIdentity;
use super::folder_cache::FolderCache;
use super::jwk::{Jwks, public_jwk, thumbprint};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct KeyMeta {
    created_at: DateTime<Utc>,
    development: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retired_at: Option<DateTime<Utc>>,
}

/// One key as `keys list` shows it.
#[derive(Debug, Clone)]
pub struct KeyInfo {
    pub tenant: String,
    pub kid: String,
    pub subject: String,
    pub created_at: DateTime<Utc>,
    pub development: bool,
    pub retired_at: Option<DateTime<Utc>>,
}

/// An office's development keys (see [`KeyStore::development_keys`]).
#[derive(Debug, Clone, Default)]
pub struct DevelopmentKeys {
    /// The office signs with a development key now.
    pub current: bool,
    /// Key ids of every development key it ever had.
    pub kids: std::collections::HashSet<String>,
}

#[derive(Debug, Clone)]
pub struct KeyStore {
    root: PathBuf,
    /// [`KeyStore::development_keys`] per office: the public lookup asks for every
    /// certificate.
    development: Arc<FolderCache<Arc<DevelopmentKeys>>>,
    /// [`KeyStore::current`] per office: every PDF asks for it.
    current: Arc<FolderCache<Option<Arc<SigningIdentity>>>>,
}

impl KeyStore {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("keys"),
            development: Arc::default(),
            current: Arc::default(),
        }
    }

    fn tenant_dir(&self, tenant: &str) -> PathBuf {
        self.root.join(tenant)
    }

    /// The key the tenant signs with now, if it has one.
    pub fn current(&self, tenant: &str) -> anyhow::Result<Option<Arc<SigningIdentity>>> {
        self.current
            .get_or_read(&self.tenant_dir(tenant), || self.read_current(tenant))
    }

    fn read_current(&self, tenant: &str) -> anyhow::Result<Option<Arc<SigningIdentity>>> {
        let Some(info) = self
            .list_tenant(tenant)?
            .into_iter()
            .find(|k| k.retired_at.is_none())
        else {
            return Ok(None);
        };
        let dir = self.tenant_dir(tenant);
        let key_path = dir.join(format!("{}.key.pem", info.kid));
        let pem = fs::read_to_string(&key_path)
            .with_context(|| format!("reading {}", key_path.display()))?;
        let signing_key = SigningKey::from_pkcs8_pem(&pem)
            .map_err(|e| anyhow!("{}: not a P-256 PKCS#8 key: {e}", key_path.display()))?;
        let certificate_der = read_certificate(&dir.join(format!("{}.cert.pem", info.kid)))?;
        Ok(Some(Arc::new(SigningIdentity {
            kid: info.kid,
            tenant: tenant.to_string(),
            signing_key,
            certificate_der,
            development: info.development,
        })))
    }

    /// Makes a self-signed development key when the tenant has no key yet.
    pub fn ensure(&self, tenant: &str, office_name: &str) -> anyhow::Result<Arc<SigningIdentity>> {
        match self.current(tenant)? {
            Some(identity) => Ok(identity),
            None => self.generate(tenant, office_name).map(Arc::new),
        }
    }

    /// A new self-signed development key; the current one, if any, is retired.
    pub fn generate(&self, tenant: &str, office_name: &str) -> anyhow::Result<SigningIdentity> {
        let identity = super::self_signed::self_signed_identity(
            tenant,
            &format!("{office_name} (Entwicklungsschlüssel)"),
        )
        .map_err(|e| anyhow!("generating a key for {tenant}: {e}"))?;
        self.install(&identity)?;
        tracing::info!(tenant, kid = %identity.kid, "development signing key generated");
        Ok(identity)
    }

    /// Imports the office's key and certificate (PEM files, or one PKCS#12 file with its
    /// password) and makes it current.
    pub fn import(&self, tenant: &str, source: KeySource<'_>) -> anyhow::Result<SigningIdentity> {
        let (signing_key, certificate_der) = match source {
            KeySource::Pem { key, certificate } => {
                let key_pem = fs::read_to_string(key)
                    .with_context(|| format!("reading {}", key.display()))?;
                (parse_private_key(&key_pem)?, read_certificate(certificate)?)
            }
            KeySource::Pkcs12 { file, password } => read_pkcs12(file, password)?,
        };
        let cert_key = certificate_public_key(&certificate_der)?;
        if &cert_key != signing_key.verifying_key() {
            bail!("the certificate is not for this private key");
        }
        let identity = SigningIdentity {
            kid: thumbprint(signing_key.verifying_key()),
            tenant: tenant.to_string(),
            signing_key,
            certificate_der,
            development: false,
        };
        self.install(&identity)?;
        Ok(identity)
    }

    /// Writes `identity` as the tenant's current key and retires the previous one: its
    /// private key is deleted, its certificate stays published.
    fn install(&self, identity: &SigningIdentity) -> anyhow::Result<()> {
        let dir = self.tenant_dir(&identity.tenant);
        crate::data_dir::create_private_dir(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let previous = self.list_tenant(&identity.tenant)?;
        let pem = identity
            .signing_key
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| anyhow!("encoding the key: {e}"))?;
        write_private(
            &dir.join(format!("{}.key.pem", identity.kid)),
            pem.as_bytes(),
        )?;
        let certificate = x509_cert::Certificate::from_der(&identity.certificate_der)?;
        write_private(
            &dir.join(format!("{}.cert.pem", identity.kid)),
            certificate.to_pem(LineEnding::LF)?.as_bytes(),
        )?;
        let now = Utc::now();
        write_meta(
            &dir,
            &identity.kid,
            &KeyMeta {
                created_at: now,
                development: identity.development,
                retired_at: None,
            },
        )?;
        for old in previous
            .into_iter()
            .filter(|k| k.retired_at.is_none() && k.kid != identity.kid)
        {
            let _ = fs::remove_file(dir.join(format!("{}.key.pem", old.kid)));
            write_meta(
                &dir,
                &old.kid,
                &KeyMeta {
                    created_at: old.created_at,
                    development: old.development,
                    retired_at: Some(now),
                },
            )?;
            tracing::info!(tenant = %identity.tenant, retired = %old.kid, "signing key retired");
        }
        Ok(())
    }

    fn list_tenant(&self, tenant: &str) -> anyhow::Result<Vec<KeyInfo>> {
        let dir = self.tenant_dir(tenant);
        let Ok(entries) = fs::read_dir(&dir) else {
            return Ok(Vec::new());
        };
        let mut keys = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let Some(kid) = name.strip_suffix(".toml") else {
                continue;
            };
            let meta: KeyMeta = toml::from_str(&fs::read_to_string(entry.path())?)
                .with_context(|| format!("reading {}", entry.path().display()))?;
            let der = read_certificate(&dir.join(format!("{kid}.cert.pem")))?;
            let subject = x509_cert::Certificate::from_der(&der)
                .map(|c| c.tbs_certificate.subject.to_string())
                .unwrap_or_default();
            keys.push(KeyInfo {
                tenant: tenant.to_string(),
                kid: kid.to_string(),
                subject,
                created_at: meta.created_at,
                development: meta.development,
                retired_at: meta.retired_at,
            });
        }
        keys.sort_by_key(|k| std::cmp::Reverse(k.created_at));
        Ok(keys)
    }

    /// Every key of every tenant, newest first per tenant.
    pub fn list(&self) -> anyhow::Result<Vec<KeyInfo>> {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return Ok(Vec::new());
        };
        let mut tenants: Vec<String> = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        tenants.sort();
        let mut all = Vec::new();
        for tenant in tenants {
            all.extend(self.list_tenant(&tenant)?);
        }
        Ok(all)
    }

    /// Every key ever used, current and retired, with its certificate, the office that
    /// owns it and whether it is a development key.
    pub fn jwks(&self) -> anyhow::Result<Jwks> {
        let mut keys = Vec::new();
        for info in self.list()? {
            let der = read_certificate(
                &self
                    .tenant_dir(&info.tenant)
                    .join(format!("{}.cert.pem", info.kid)),
            )?;
            let mut jwk = public_jwk(&certificate_public_key(&der)?, Some(&der));
            jwk.tenant = Some(info.tenant);
            jwk.subject = Some(info.subject);
            jwk.development = Some(info.development);
            keys.push(jwk);
        }
        Ok(Jwks { keys })
    }

    /// Which of the office's keys are development keys, and whether it signs with one
    /// now. Read again whenever the office's folder changed (every key change creates
    /// or removes a file in it; see [`write_meta`]), from any process.
    pub fn development_keys(&self, tenant: &str) -> anyhow::Result<Arc<DevelopmentKeys>> {
        self.development.get_or_read(&self.tenant_dir(tenant), || {
            self.read_development_keys(tenant).map(Arc::new)
        })
    }

    fn read_development_keys(&self, tenant: &str) -> anyhow::Result<DevelopmentKeys> {
        let mut found = DevelopmentKeys::default();
        let Ok(entries) = fs::read_dir(self.tenant_dir(tenant)) else {
            return Ok(found);
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let Some(kid) = name.strip_suffix(".toml") else {
                continue;
            };
            let meta: KeyMeta = toml::from_str(&fs::read_to_string(entry.path())?)
                .with_context(|| format!("reading {}", entry.path().display()))?;
            if meta.development {
                found.current |= meta.retired_at.is_none();
                found.kids.insert(kid.to_string());
            }
        }
        Ok(found)
    }
}

pub enum KeySource<'a> {
    Pem {
        key: &'a Path,
        certificate: &'a Path,
    },
    Pkcs12 {
        file: &'a Path,
        password: &'a str,
    },
}

/// Written aside and renamed into place: a reader never sees half a file, and the
/// folder's modification time changes (what [`KeyStore::development_keys`] watches).
fn write_meta(dir: &Path, kid: &str, meta: &KeyMeta) -> anyhow::Result<()> {
    let aside = dir.join(format!("{kid}.toml.new"));
    write_private(&aside, toml::to_string(meta)?.as_bytes())?;
    fs::rename(&aside, dir.join(format!("{kid}.toml")))?;
    Ok(())
}

/// Creates the file readable by its owner only, before anything is written to it.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::data_dir::write_private(path, bytes)
        .with_context(|| format!("writing {}", path.display()))
}

fn read_certificate(path: &Path) -> anyhow::Result<Vec<u8>> {
    let text = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let certificate = match x509_cert::Certificate::from_pem(&text) {
        Ok(c) => c,
        Err(_) => x509_cert::Certificate::from_der(&text)
            .map_err(|e| anyhow!("{}: not an X.509 certificate: {e}", path.display()))?,
    };
    Ok(certificate.to_der()?)
}

pub fn certificate_public_key(der: &[u8]) -> anyhow::Result<VerifyingKey> {
    let certificate = x509_cert::Certificate::from_der(der)?;
    let spki = &certificate.tbs_certificate.subject_public_key_info;
    VerifyingKey::from_sec1_bytes(spki.subject_public_key.raw_bytes())
        .map_err(|_| anyhow!("the certificate's key is not an ECDSA P-256 key"))
}

fn parse_private_key(pem: &str) -> anyhow::Result<SigningKey> {
    if let Ok(key) = SigningKey::from_pkcs8_pem(pem) {
        return Ok(key);
    }
    // OpenSSL's traditional "EC PRIVATE KEY" (SEC1) form.
    p256::SecretKey::from_sec1_pem(pem)
        .map(SigningKey::from)
        .map_err(|_| anyhow!("not an ECDSA P-256 private key in PKCS#8 or SEC1 PEM"))
}

fn read_pkcs12(path: &Path, password: &str) -> anyhow::Result<(SigningKey, Vec<u8>)> {
    let data = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let store = p12_keystore::KeyStore::from_pkcs12(
        &data,
        password,
        p12_keystore::Pkcs12ImportPolicy::Relaxed,
    )
    .map_err(|e| {
        anyhow!(
            "{}: cannot open the PKCS#12 file (wrong password?): {e}",
            path.display()
        )
    })?;
    for (_, entry) in store.entries() {
        if let p12_keystore::KeyStoreEntry::PrivateKeyChain(chain) = entry {
            let key = SigningKey::from_pkcs8_der(chain.key().as_der())
                .map_err(|_| anyhow!("the PKCS#12 key is not an ECDSA P-256 key"))?;
            let certificate = chain
                .certs()
                .first()
                .ok_or_else(|| anyhow!("the PKCS#12 file holds no certificate for its key"))?;
            return Ok((key, certificate.as_der().to_vec()));
        }
    }
    bail!("{}: no private key in the PKCS#12 file", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::pkcs8::EncodePrivateKey;
    use std::time::{Duration, SystemTime};

    /// Makes the office's folder look settled, as it is between key changes.
    fn settle(store: &KeyStore, tenant: &str) {
        let folder = fs::File::open(store.tenant_dir(tenant)).expect("folder");
        folder
            .set_modified(SystemTime::now() - Duration::from_secs(60))
            .expect("set mtime");
    }

    #[test]
    fn a_key_import_shows_in_the_development_answer_and_signs_at_once() {
        let data = tempfile::tempdir().expect("temp dir");
        let store = KeyStore::new(data.path());
        let development = store.generate("musterstadt", "Musterstadt").expect("key");
        settle(&store, "musterstadt");
        let before = store.development_keys("musterstadt").expect("answer");
        assert!(before.current && before.kids.contains(&development.kid));
        assert!(Arc::ptr_eq(
            &before,
            &store.development_keys("musterstadt").expect("kept")
        ));
        let signing = store.current("musterstadt").expect("read").expect("a key");
        assert_eq!(signing.kid, development.kid);
        assert!(Arc::ptr_eq(
            &signing,
            &store.current("musterstadt").expect("kept").expect("a key")
        ));

        let real = crate::certificate::self_signed_identity("musterstadt", "Musterstadt")
            .expect("identity");
        let key = data.path().join("key.pem");
        let certificate = data.path().join("cert.pem");
        fs::write(
            &key,
            real.signing_key
                .to_pkcs8_pem(LineEnding::LF)
                .expect("pem")
                .as_bytes(),
        )
        .expect("key file");
        fs::write(
            &certificate,
            x509_cert::Certificate::from_der(&real.certificate_der)
                .expect("certificate")
                .to_pem(LineEnding::LF)
                .expect("pem"),
        )
        .expect("certificate file");
        store
            .import(
                "musterstadt",
                KeySource::Pem {
                    key: &key,
                    certificate: &certificate,
                },
            )
            .expect("import");
        let after = store.development_keys("musterstadt").expect("answer");
        assert!(!after.current, "the imported key is the office's real key");
        assert!(after.kids.contains(&development.kid) && !after.kids.contains(&real.kid));
        let signing = store.current("musterstadt").expect("read").expect("a key");
        assert_eq!(signing.kid, real.kid, "the imported key signs at once");
        assert!(!signing.development);
    }
}
