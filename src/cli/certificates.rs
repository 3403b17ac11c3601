use std::path::PathBuf;
use std::sync::Arc;

use anyhow::anyhow;
use clap::Subcommand;

use crate::audit::Actor;
use crate::clock::SystemClock;
use crate::domain::{CertificateCode, RevocationCategory};
use crate::service::{self, Context, Revocation, Scope};
use crate::settings::Settings;
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum CertificatesCommand {
    /// Revoke a certificate; every lookup says "revoked" from now on, with the date
    /// and the category (never the note).
    Revoke {
        code: String,
        /// issued_in_error, replaced, obtained_by_deception or other: what the public
        /// lookup shows. (A free text here, as earlier versions took it, is kept as the
        /// note of category "other".)
        #[arg(long)]
        reason: String,
        /// The office's own words, for its staff only (never shown publicly).
        #[arg(long)]
        note: Option<String>,
    },
    /// A new PDF for a lost certificate: same record, new file.
    Reissue {
        code: String,
        /// Where to write the PDF (default: Bescheinigung-CODE.pdf).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub fn run(settings: &Settings, command: CertificatesCommand) -> anyhow::Result<()> {
    let public_url = settings
        .public_url
        .as_ref()
        .map(|u| u.as_str().to_string())
        .unwrap_or_else(|| format!("http://{}", settings.bind));
    let ctx = Context::load(settings, Arc::new(SystemClock), public_url)?;
    let db = prepare_database(settings)?;
    let mut turn = db.write_turn()?;
    let conn = &mut turn.writer();
    let parse = |raw: &str| CertificateCode::parse(raw).map_err(|e| anyhow!("{raw:?}: {e}"));
    match command {
        CertificatesCommand::Revoke { code, reason, note } => {
            let code = parse(&code)?;
            let revocation = Revocation::parse(&reason, note.as_deref()).map_err(|e| {
                anyhow!(
                    "--reason takes a category (issued_in_error, replaced, obtained_by_deception, other), a free text goes into --note: {}",
                    explain(&e)
                )
            })?;
            service::revoke(
                &ctx,
                conn,
                Scope::AllOffices,
                &Actor::CommandLine,
                &code,
                &revocation,
            )
            .map_err(|e| anyhow!("{code}: {}", explain(&e)))?;
            if RevocationCategory::parse(&reason).is_none() {
                println!(
                    "{reason:?} is no category: revoked as \"{}\", the text kept as the staff note",
                    revocation.category
                );
            }
            println!("{code} revoked ({})", revocation.category);
        }
        CertificatesCommand::Reissue { code, out } => {
            let code = parse(&code)?;
            let pdf = service::reissue(
                &ctx,
                conn,
                Scope::AllOffices,
                &Actor::CommandLine,
                &code,
                None,
            )
            .map_err(|e| anyhow!("{code}: {}", explain(&e)))?;
            let out = out.unwrap_or_else(|| PathBuf::from(format!("Bescheinigung-{code}.pdf")));
            std::fs::write(&out, &pdf.bytes)
                .map_err(|e| anyhow!("writing {}: {e}", out.display()))?;
            println!("{code}: new PDF written to {}", out.display());
        }
    }
    Ok(())
}

/// A refused command in the API's words; an internal failure with its whole chain, as
/// nothing else logs it here.
fn explain(error: &service::Error) -> String {
    match error {
        service::Error::Internal(e) => format!("{e:#}"),
        service::Error::Unavailable(e) => e.clone(),
        other => crate::web::problem::detail_of(other),
    }
}
