use std::path::PathBuf;

use anyhow::{anyhow, bail};
use clap::Subcommand;

use crate::certificate::keystore::{KeySource, KeyStore};
use crate::course::Content;
use crate::settings::Settings;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Make a self-signed development key for a health office that has none.
    Generate {
        #[arg(long)]
        tenant: String,
    },
    /// List every key with its state.
    List,
    /// Replace a health office's key by a new development key; the old public key stays
    /// published, so certificates signed with it keep verifying.
    Rotate {
        #[arg(long)]
        tenant: String,
    },
    /// Import the office's key and certificate from the Land's PKI or a trust service:
    /// PEM files (`--key`, `--cert`) or one PKCS#12 file (`--pkcs12`, password in the
    /// environment variable named by `--password-env`).
    Import {
        #[arg(long)]
        tenant: String,
        #[arg(long, requires = "cert", conflicts_with = "pkcs12")]
        key: Option<PathBuf>,
        #[arg(long, requires = "key")]
        cert: Option<PathBuf>,
        #[arg(long, requires = "password_env")]
        pkcs12: Option<PathBuf>,
        #[arg(long)]
        password_env: Option<String>,
    },
}

pub fn run(settings: &Settings, command: KeysCommand) -> anyhow::Result<()> {
    let store = KeyStore::new(&settings.data_dir);
    let office = |tenant: &str| -> anyhow::Result<String> {
        let content = Content::load_with_films(&settings.content_dir, Some(&settings.media_dir()))?;
        content
            .tenant(tenant)
            .map(|t| t.name.clone())
            .ok_or_else(|| {
                anyhow!(
                    "no health office {tenant:?} in {}",
                    settings.content_dir.display()
                )
            })
    };
    match command {
        KeysCommand::Generate { tenant } => {
            let name = office(&tenant)?;
            if let Some(current) = store.current(&tenant)? {
                bail!(
                    "{tenant} already has the key {}; use `belehrung keys rotate --tenant {tenant}` to replace it",
                    current.kid
                );
            }
            let identity = store.generate(&tenant, &name)?;
            println!("{tenant}: generated development key {}", identity.kid);
        }
        KeysCommand::Rotate { tenant } => {
            let name = office(&tenant)?;
            let old = store.current(&tenant)?.map(|k| k.kid.clone());
            let identity = store.generate(&tenant, &name)?;
            println!(
                "{tenant}: new key {}{}",
                identity.kid,
                old.map(|k| format!(", {k} retired (still published)"))
                    .unwrap_or_default()
            );
        }
        KeysCommand::Import {
            tenant,
            key,
            cert,
            pkcs12,
            password_env,
        } => {
            office(&tenant)?;
            let password = match &password_env {
                Some(variable) => std::env::var(variable)
                    .map_err(|_| anyhow!("the environment variable {variable} is not set"))?,
                None => String::new(),
            };
            let source = match (&key, &cert, &pkcs12) {
                (Some(key), Some(certificate), None) => KeySource::Pem { key, certificate },
                (None, None, Some(file)) => KeySource::Pkcs12 {
                    file,
                    password: &password,
                },
                _ => bail!("give either --key and --cert, or --pkcs12 with --password-env"),
            };
            let identity = store.import(&tenant, source)?;
            println!("{tenant}: imported key {} is now current", identity.kid);
        }
        KeysCommand::List => {
            for key in store.list()? {
                let state = match key.retired_at {
                    Some(at) => format!("retired {}", at.format("%Y-%m-%d")),
                    None => "current".to_string(),
                };
                let kind = if key.development {
                    "development"
                } else {
                    "imported"
                };
                println!(
                    "{}\t{}\t{state}\t{kind}\tcreated {}\t{}",
                    key.tenant,
                    key.kid,
                    key.created_at.format("%Y-%m-%d"),
                    key.subject
                );
            }
        }
    }
    Ok(())
}
