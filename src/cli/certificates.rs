use std::path::PathBuf;
use std::sync::Arc;

use anyhow::anyhow;
use clap::Subcommand;

use crate::audit::Actor;
use crate::clock::SystemClock;
use crate::domain::CertificateCode;
use crate::service::{self, Context, Scope};
use crate::settings::Settings;
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum CertificatesCommand {
    /// Revoke a certificate; every lookup says "revoked" from now on.
    Revoke {
        code: String,
        #[arg(long)]
        reason: String,
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
    let pool = prepare_database(settings)?;
    let mut conn = pool.get()?;
    let parse = |raw: &str| CertificateCode::parse(raw).map_err(|e| anyhow!("{raw:?}: {e}"));
    match command {
        CertificatesCommand::Revoke { code, reason } => {
            let code = parse(&code)?;
            service::revoke(
                &ctx,
                &mut conn,
                Scope::AllOffices,
                &Actor::CommandLine,
                &code,
                &reason,
            )
            .map_err(|e| anyhow!("{code}: {e}"))?;
            println!("{code} revoked");
        }
        CertificatesCommand::Reissue { code, out } => {
            let code = parse(&code)?;
            let pdf = service::reissue(
                &ctx,
                &mut conn,
                Scope::AllOffices,
                &Actor::CommandLine,
                &code,
                None,
            )
            .map_err(|e| anyhow!("{code}: {e}"))?;
            let out = out.unwrap_or_else(|| PathBuf::from(format!("Bescheinigung-{code}.pdf")));
            std::fs::write(&out, &pdf.bytes)
                .map_err(|e| anyhow!("writing {}: {e}", out.display()))?;
            println!("{code}: new PDF written to {}", out.display());
        }
    }
    Ok(())
}
