use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow};
use clap::Args;

use crate::certificate::claims::jws_of;
use crate::certificate::jwk::Jwks;
use crate::certificate::jwk::thumbprint;
use crate::certificate::keystore::KeyStore;
use crate::certificate::qr_check::{VerifiedClaims, verify_certificate_jws};
use crate::certificate::{check_seal, pdf_payload};
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
        Err(e) => {
            println!("INVALID: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn check(settings: &Settings, args: &VerifyArgs) -> anyhow::Result<VerifiedClaims> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let keys: Jwks = match &args.jwks {
        Some(path) => serde_json::from_slice(
            &std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
        )
        .with_context(|| format!("{} is not a JWKS", path.display()))?,
        None => KeyStore::new(&settings.data_dir).jwks()?,
    };
    let mut sealed_by = None;
    let payload = if bytes.starts_with(b"%PDF") {
        // The file itself must be intact and sealed by a published key; the QR payload
        // alone would survive an edited page.
        let sealer = check_seal(&bytes).context("the PDF's seal")?;
        sealed_by = Some(thumbprint(&sealer));
        if keys.find(&thumbprint(&sealer)).is_none() {
            return Err(anyhow!(
                "the PDF was sealed with a key that is not among the published keys"
            ));
        }
        pdf_payload(&bytes).ok_or_else(|| {
            anyhow!("the PDF carries no certificate signature (no QR payload in its metadata)")
        })?
    } else {
        String::from_utf8(bytes)
            .map_err(|_| anyhow!("the file is neither a PDF nor the text of a QR code"))?
    };
    let verified = verify_certificate_jws(jws_of(&payload), &keys)?;
    // Seal and QR code are made with one key, the named office's: a seal by any other
    // key (another office's) does not vouch for this certificate.
    if let Some(sealer) = sealed_by
        && sealer != verified.key.kid
    {
        return Err(anyhow!(
            "the PDF was sealed with another key ({sealer}) than its QR code was signed with"
        ));
    }
    let claims = &verified.claims;
    // The visible part of the QR (the verify link) must name the signed code.
    if let Some((link, _)) = payload.trim().rsplit_once('#')
        && !link.ends_with(&claims.code)
    {
        return Err(anyhow!(
            "the link names another code than the signed data ({})",
            claims.code
        ));
    }
    Ok(verified)
}
