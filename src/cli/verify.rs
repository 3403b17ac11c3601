use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow};
use clap::Args;

use crate::certificate::claims::jws_of;
use crate::certificate::jwk::Jwks;
use crate::certificate::jwk::thumbprint;
use crate::certificate::keystore::KeyStore;
use crate::certificate::qr_check::{VerifiedClaims, verify_certificate_jws};
use crate::certificate::{MAX_CERTIFICATE_BYTES, SealCheckError, check_sealed};
use crate::domain::IdentityCheck;
use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A certificate PDF, or a file holding the text of its QR code.
    pub file: PathBuf,
    /// A saved copy of the deployment's `/.well-known/jwks.json` (default: the keys in
    /// this installation's data dir).
    #[arg(long)]
    pub jwks: Option<PathBuf>,
}

/// Exit code 0: valid; 1: a certificate (or QR text) whose check fails; 2: nothing that
/// can be checked at all (unreadable, too large, not a PDF a reader can parse, a key file
/// that cannot be read).
const EXIT_UNREADABLE: u8 = 2;

/// Why a file is not valid.
enum Refusal {
    /// It is a certificate or QR text, and its check fails.
    Invalid(anyhow::Error),
    /// It cannot be checked at all.
    Unreadable(anyhow::Error),
}

impl From<anyhow::Error> for Refusal {
    fn from(error: anyhow::Error) -> Self {
        Refusal::Invalid(error)
    }
}

pub fn run(settings: &Settings, args: &VerifyArgs) -> ExitCode {
    match check(settings, args) {
        Ok(verified) => {
            let claims = &verified.claims;
            let at = chrono::DateTime::from_timestamp(claims.at, 0)
                .map(|t| {
                    t.with_timezone(&chrono_tz::Europe::Berlin)
                        .format("%d.%m.%Y %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            // A development key proves nothing: never a plain VALID for it.
            let development = if verified.development() {
                " (DEVELOPMENT KEY — NOT VALID)"
            } else {
                ""
            };
            println!(
                "VALID{development}: {} — {} {}, born {}, instructed {at} by {}",
                claims.code, claims.gn, claims.family, claims.bd, claims.iss
            );
            // An inspector asks for a photo ID where the office checked none.
            match claims.id {
                IdentityCheck::None => {
                    println!("identity not checked: valid only together with an official photo ID")
                }
                IdentityCheck::Staff { checked_on } => println!(
                    "identity checked by the office's staff on {} against an official photo ID",
                    checked_on.format("%d.%m.%Y")
                ),
                IdentityCheck::Bundid { level, checked_on } => println!(
                    "identity checked with the online ID card (BundID, level of assurance {}) on {}",
                    level.code(),
                    checked_on.format("%d.%m.%Y")
                ),
            }
            println!(
                "signed with key {} of {}{}",
                verified.key.kid,
                claims.iss,
                verified
                    .key
                    .subject
                    .as_deref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default()
            );
            if verified.development() {
                println!(
                    "development key — not valid: a self-signed key for testing and demonstration; the certificate is not a valid one of the health office"
                );
            }
            println!(
                "(offline check of the signature; whether it was revoked since, the health office's lookup says)"
            );
            ExitCode::SUCCESS
        }
        Err(Refusal::Invalid(e)) => {
            println!("INVALID: {e:#}");
            ExitCode::FAILURE
        }
        Err(Refusal::Unreadable(e)) => {
            println!("INVALID: cannot be checked: {e:#}");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

fn check(settings: &Settings, args: &VerifyArgs) -> Result<VerifiedClaims, Refusal> {
    let bytes = read_limited(&args.file).map_err(Refusal::Unreadable)?;
    let keys: Jwks = match &args.jwks {
        Some(path) => serde_json::from_slice(
            &std::fs::read(path)
                .with_context(|| format!("cannot read {}", path.display()))
                .map_err(Refusal::Unreadable)?,
        )
        .with_context(|| format!("{} is not a JWKS", path.display()))
        .map_err(Refusal::Unreadable)?,
        None => KeyStore::new(&settings.data_dir)
            .jwks()
            .map_err(Refusal::Unreadable)?,
    };
    let mut sealed_by = None;
    let payload = if bytes.starts_with(b"%PDF") {
        // The file itself must be intact and sealed by a published key; the QR payload
        // alone would survive an edited page. The payload is read from the signed
        // document the seal check parsed, never from another revision.
        let sealed = check_sealed(&bytes).map_err(|e: SealCheckError| {
            let unreadable = e.is_unreadable();
            let e = anyhow::Error::new(e).context("the PDF's seal");
            if unreadable {
                Refusal::Unreadable(e)
            } else {
                Refusal::Invalid(e)
            }
        })?;
        sealed_by = Some(thumbprint(&sealed.sealer));
        if keys.find(&thumbprint(&sealed.sealer)).is_none() {
            return Err(anyhow!(
                "the PDF was sealed with a key that is not among the published keys"
            )
            .into());
        }
        sealed.payload.ok_or_else(|| {
            anyhow!("the PDF carries no certificate signature (no QR payload in its metadata)")
        })?
    } else {
        String::from_utf8(bytes).map_err(|_| {
            Refusal::Unreadable(anyhow!(
                "the file is neither a PDF nor the text of a QR code"
            ))
        })?
    };
    let verified = verify_certificate_jws(jws_of(&payload), &keys)
        .map_err(|e| Refusal::Invalid(anyhow::Error::new(e)))?;
    // Seal and QR code are made with one key, the named office's: a seal by any other
    // key (another office's) does not vouch for this certificate.
    if let Some(sealer) = sealed_by
        && sealer != verified.key.kid
    {
        return Err(anyhow!(
            "the PDF was sealed with another key ({sealer}) than its QR code was signed with"
        )
        .into());
    }
    let claims = &verified.claims;
    // The visible part of the QR (the verify link) must name the signed code.
    if let Some((link, _)) = payload.trim().rsplit_once('#')
        && !link.ends_with(&claims.code)
    {
        return Err(anyhow!(
            "the link names another code than the signed data ({})",
            claims.code
        )
        .into());
    }
    Ok(verified)
}

/// The file, unless it is larger than any certificate: then it is not read into memory.
fn read_limited(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Read as _;
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_CERTIFICATE_BYTES).unwrap_or(u64::MAX);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.len() > MAX_CERTIFICATE_BYTES {
        return Err(anyhow!(
            "{} is larger than any certificate (more than {MAX_CERTIFICATE_BYTES} bytes)",
            path.display()
        ));
    }
    Ok(bytes)
}
