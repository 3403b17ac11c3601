use std::process::ExitCode;

use clap::Subcommand;

use crate::audit::verify_chain;
use crate::settings::Settings;
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the whole hash chain; exit 1 naming the first altered, inserted or
    /// deleted entry.
    Verify,
}

pub fn run(settings: &Settings, command: AuditCommand) -> ExitCode {
    let AuditCommand::Verify = command;
    let result = prepare_database(settings).and_then(|pool| {
        let mut conn = pool.get()?;
        verify_chain(&mut conn)
    });
    match result {
        Ok(Ok(report)) => {
            println!(
                "audit log intact: {} entries, head {}",
                report.entries,
                if report.head_hash.is_empty() {
                    "(empty)"
                } else {
                    &report.head_hash
                }
            );
            ExitCode::SUCCESS
        }
        Ok(Err(broken)) => {
            println!("AUDIT LOG BROKEN: {broken}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("belehrung: {e:#}");
            ExitCode::from(2)
        }
    }
}
