use std::process::ExitCode;

use clap::Subcommand;
use diesel::prelude::*;

use crate::audit::verify_chain;
use crate::db::schema::audit_log;
use crate::settings::Settings;
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the whole hash chain; exit 1 naming the first altered, inserted or
    /// deleted entry.
    Verify {
        /// A head recorded earlier, as `ENTRIES:HASH` from a previous run's output: the
        /// chain must still hold that hash at that entry (it was not rewritten).
        #[arg(long, value_name = "ENTRIES:HASH")]
        expect: Vec<String>,
    },
}

pub fn run(settings: &Settings, command: AuditCommand) -> ExitCode {
    let AuditCommand::Verify { expect } = command;
    let result = prepare_database(settings).and_then(|db| {
        let mut conn = db.reader()?;
        let chain = verify_chain(&mut conn)?;
        let mut mismatches = Vec::new();
        for recorded in &expect {
            let Some((seq, hash)) = recorded
                .split_once(':')
                .and_then(|(seq, hash)| Some((seq.trim().parse::<i64>().ok()?, hash.trim())))
            else {
                anyhow::bail!("--expect {recorded:?}: write ENTRIES:HASH, e.g. 42:9f86d0…");
            };
            let found: Option<String> = audit_log::table
                .find(seq)
                .select(audit_log::hash)
                .first(&mut conn)
                .optional()?;
            if found.as_deref() != Some(hash) {
                mismatches.push(format!(
                    "entry {seq} no longer has the recorded hash: the log was rewritten"
                ));
            }
        }
        Ok((chain, mismatches))
    });
    match result {
        Ok((Ok(report), mismatches)) if mismatches.is_empty() => {
            println!(
                "audit log intact: {} entries, head {}:{}",
                report.entries,
                report.entries,
                if report.head_hash.is_empty() {
                    "(empty)"
                } else {
                    &report.head_hash
                }
            );
            ExitCode::SUCCESS
        }
        Ok((Ok(_), mismatches)) => {
            for mismatch in mismatches {
                println!("AUDIT LOG BROKEN: {mismatch}");
            }
            ExitCode::FAILURE
        }
        Ok((Err(broken), _)) => {
            println!("AUDIT LOG BROKEN: {broken}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("belehrung: {e:#}");
            ExitCode::from(2)
        }
    }
}
