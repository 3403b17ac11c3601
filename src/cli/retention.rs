use std::sync::Arc;

use anyhow::anyhow;
use clap::Subcommand;

use crate::audit::Actor;
use crate::clock::SystemClock;
use crate::service::{Context, run_retention};
use crate::settings::Settings;
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Delete now what is past each office's retention period.
    Run,
}

pub fn run(settings: &Settings, command: RetentionCommand) -> anyhow::Result<()> {
    let RetentionCommand::Run = command;
    let ctx = Context::load(settings, Arc::new(SystemClock), String::new())?;
    let db = prepare_database(settings)?;
    let reports = run_retention(&ctx, &db, &Actor::CommandLine).map_err(|e| anyhow!("{e}"))?;
    for report in reports {
        println!(
            "{}: {} unfinished enrolment(s) and {} certificate(s) deleted",
            report.tenant, report.unfinished_enrolments, report.certificates
        );
    }
    Ok(())
}
