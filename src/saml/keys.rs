//! The service provider's key pairs in `data/saml/`: one signs the authentication
//! requests, and the identity provider encrypts its assertions to the same key. Made at
//! first start (RSA 3072, a self-signed certificate for ten years), as the metadata that
//! an identity provider registers carries the certificate, not a chain.
//!
//! Rotation: a key pair in `sp-next.key`/`sp-next.crt` is published in the metadata
//! beside the current one, so the identity provider can learn it before it is used;
//! after the swap, the old pair moved to `sp-previous.*` still decrypts answers to
//! requests sent before.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use openssl::asn1::Asn1Time;
use openssl::bn::{BigNum, MsbOption};
use openssl::hash::MessageDigest;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::x509::{X509, X509NameBuilder};

use crate::data_dir::{create_private_dir, write_private};

/// A private key with its certificate.
#[derive(Clone)]
pub struct KeyPair {
    pub key: PKey<Private>,
    pub certificate: X509,
}

/// The current pair, and those that rotation keeps beside it.
#[derive(Clone)]
pub struct SpKeys {
    pub current: KeyPair,
    /// Published in the metadata, not yet used.
    pub next: Option<KeyPair>,
    /// No longer published; still decrypts.
    pub previous: Option<KeyPair>,
}

impl SpKeys {
    /// Loads the pairs from `<data>/saml/`, making the current one if there is none.
    pub fn load_or_create(data_dir: &Path, common_name: &str) -> anyhow::Result<Self> {
        let dir = data_dir.join("saml");
        create_private_dir(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let current = match read_pair(&dir, "sp")? {
            Some(pair) => pair,
            None => {
                let pair = generate(common_name)?;
                write_private(
                    &pem_path(&dir, "sp", "key"),
                    &pair.key.private_key_to_pem_pkcs8()?,
                )?;
                write_private(&pem_path(&dir, "sp", "crt"), &pair.certificate.to_pem()?)?;
                tracing::info!("made the SAML service provider's key pair in data/saml/");
                pair
            }
        };
        Ok(Self {
            current,
            next: read_pair(&dir, "sp-next")?,
            previous: read_pair(&dir, "sp-previous")?,
        })
    }

    /// The keys that may decrypt an assertion, current first.
    pub fn decryption_keys(&self) -> impl Iterator<Item = &KeyPair> {
        std::iter::once(&self.current)
            .chain(self.previous.as_ref())
            .chain(self.next.as_ref())
    }

    /// The certificates the metadata publishes.
    pub fn published(&self) -> impl Iterator<Item = &X509> {
        std::iter::once(&self.current.certificate).chain(self.next.as_ref().map(|p| &p.certificate))
    }
}

fn pem_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    dir.join(format!("{stem}.{ext}"))
}

fn read_pair(dir: &Path, stem: &str) -> anyhow::Result<Option<KeyPair>> {
    let (key_path, cert_path) = (pem_path(dir, stem, "key"), pem_path(dir, stem, "crt"));
    if !key_path.exists() && !cert_path.exists() {
        return Ok(None);
    }
    let key =
        std::fs::read(&key_path).with_context(|| format!("cannot read {}", key_path.display()))?;
    let certificate = std::fs::read(&cert_path)
        .with_context(|| format!("cannot read {}", cert_path.display()))?;
    let key = PKey::private_key_from_pem(&key)
        .with_context(|| format!("{} is no PEM private key", key_path.display()))?;
    let certificate = X509::from_pem(&certificate)
        .with_context(|| format!("{} is no PEM certificate", cert_path.display()))?;
    if !certificate.public_key()?.public_eq(&key) {
        anyhow::bail!(
            "{} does not belong to {}",
            cert_path.display(),
            key_path.display()
        );
    }
    if key.rsa().is_err() {
        anyhow::bail!(
            "{}: the key must be RSA (identity providers encrypt to RSA keys)",
            key_path.display()
        );
    }
    Ok(Some(KeyPair { key, certificate }))
}

fn generate(common_name: &str) -> anyhow::Result<KeyPair> {
    let key = PKey::from_rsa(Rsa::generate(3072)?)?;
    let mut name = X509NameBuilder::new()?;
    name.append_entry_by_text("CN", common_name)?;
    let name = name.build();
    let mut builder = X509::builder()?;
    builder.set_version(2)?;
    let mut serial = BigNum::new()?;
    serial.rand(127, MsbOption::MAYBE_ZERO, false)?;
    let serial = serial.to_asn1_integer()?;
    builder.set_serial_number(&serial)?;
    builder.set_subject_name(&name)?;
    builder.set_issuer_name(&name)?;
    builder.set_pubkey(&key)?;
    let (from, until) = (Asn1Time::days_from_now(0)?, Asn1Time::days_from_now(3650)?);
    builder.set_not_before(&from)?;
    builder.set_not_after(&until)?;
    builder.sign(&key, MessageDigest::sha256())?;
    Ok(KeyPair {
        key,
        certificate: builder.build(),
    })
}
