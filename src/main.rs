use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    belehrung::cli::run(belehrung::cli::Cli::parse())
}
