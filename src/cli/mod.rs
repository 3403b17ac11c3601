//! The command line (see `belehrung --help`).

mod audit;
mod certificates;
mod films;
mod keys;
mod retention;
mod staff;
mod verify;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::clock::SystemClock;
use crate::course::Content;
use crate::settings::Settings;
use crate::startup::{Application, prepare_database};

#[derive(Debug, Parser)]
#[command(
    name = "belehrung",
    version,
    about = "Online instruction of food workers under §43 IfSG, with signed certificates."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run migrations, load and validate the content, serve HTTP (the default).
    Serve,
    /// Run pending database migrations and exit.
    Migrate,
    /// Work with the course content.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// The health offices' signing keys (in the data dir).
    Keys {
        #[command(subcommand)]
        command: keys::KeysCommand,
    },
    /// Revoke or reissue certificates.
    Certificates {
        #[command(subcommand)]
        command: certificates::CertificatesCommand,
    },
    /// Health-office staff accounts.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
    /// The audit log of staff actions.
    Audit {
        #[command(subcommand)]
        command: audit::AuditCommand,
    },
    /// Delete personal data past each office's retention period.
    Retention {
        #[command(subcommand)]
        command: retention::RetentionCommand,
    },
    /// Check a certificate PDF, or the text of its QR code, offline against the
    /// published keys; prints VALID or INVALID with the reason (exit 0 / 1).
    Verify(verify::VerifyArgs),
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Validate a content tree (default: the configured content dir); exit 1 with a list
    /// of problems.
    Check { dir: Option<PathBuf> },
}

pub fn run(cli: Cli) -> ExitCode {
    crate::telemetry::init();
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("belehrung: {e}");
            return ExitCode::from(2);
        }
    };
    let names: Vec<String> = std::env::vars_os()
        .filter_map(|(name, _)| name.into_string().ok())
        .collect();
    for (name, closest) in crate::settings::unknown_variables(names.iter().map(String::as_str)) {
        match closest {
            Some(meant) => {
                eprintln!("belehrung: {name} is no setting and is ignored; did you mean {meant}?")
            }
            None => eprintln!("belehrung: {name} is no setting and is ignored"),
        }
    }
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&settings),
        Command::Migrate => prepare_database(&settings).map(|_| println!("database is up to date")),
        Command::Content {
            command: ContentCommand::Check { dir },
        } => {
            return content_check(
                &dir.unwrap_or_else(|| settings.content_dir.clone()),
                &settings.media_dir(),
                &settings.certificates_dir,
            );
        }
        Command::Keys { command } => keys::run(&settings, command),
        Command::Certificates { command } => certificates::run(&settings, command),
        Command::Verify(args) => return verify::run(&settings, &args),
        Command::Staff { command } => staff::run(&settings, command),
        Command::Audit { command } => return audit::run(&settings, command),
        Command::Retention { command } => retention::run(&settings, command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("belehrung: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: &Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(settings, Arc::new(SystemClock))?;
        // Printed on standard output so that scripts (and tests using port 0) find it.
        println!(
            "belehrung listening on {} (database: {})",
            app.public_url(),
            settings.database_url.backend_name()
        );
        tracing::info!(address = %app.address(), "serving");
        app.run_until_stopped().await?;
        Ok(())
    })
}

/// The certificate's second-language texts carry their course language's review status.
/// A content tree checked on its own, away from a certificates folder, is not compared.
fn certificate_reviews(content: &Content, certificates_dir: &std::path::Path) -> Vec<String> {
    if !certificates_dir.is_dir() {
        println!(
            "  certificate texts not compared: no folder {}",
            certificates_dir.display()
        );
        return Vec::new();
    }
    let assets = match crate::certificate::CertificateAssets::load(certificates_dir) {
        Ok(assets) => assets,
        Err(e) => return vec![format!("{}: {e}", certificates_dir.display())],
    };
    content
        .course
        .languages
        .iter()
        .filter_map(|language| {
            let texts = assets.texts(&language.code)?;
            (texts.review != language.review.as_str()).then(|| {
                format!(
                    "{}/texts/{}.toml: review = {:?} differs from the course language's {:?}",
                    certificates_dir.display(),
                    language.code,
                    texts.review,
                    language.review.as_str()
                )
            })
        })
        .collect()
}

fn content_check(
    dir: &std::path::Path,
    media_dir: &std::path::Path,
    certificates_dir: &std::path::Path,
) -> ExitCode {
    match Content::load_with_films(dir, Some(media_dir)) {
        Ok(content) => {
            let mismatches = certificate_reviews(&content, certificates_dir);
            if !mismatches.is_empty() {
                eprintln!("{} problem(s) in the certificate texts:", mismatches.len());
                for problem in &mismatches {
                    eprintln!("  - {problem}");
                }
                return ExitCode::FAILURE;
            }
            let course = &content.course;
            let lessons = course.languages.first().map_or(0, |l| l.lessons.len());
            let questions = course.languages.first().map_or(0, |l| l.questions.len());
            println!(
                "{}: valid — course {} version {}, {} language(s) ({}), {lessons} lessons, {questions} quiz questions each, {} health office(s)",
                dir.display(),
                course.id,
                course.version,
                course.languages.len(),
                course.language_codes().collect::<Vec<_>>().join(", "),
                content.tenants.len()
            );
            for language in &course.languages {
                println!(
                    "  {:<8} complete: {} lessons, {} questions, declaration {}, review {}; {}",
                    language.code,
                    language.lessons.len(),
                    language.questions.len(),
                    language.declaration.version,
                    language.review.as_str(),
                    films::report(course, language),
                );
            }
            for tenant in &content.tenants {
                if tenant.unreviewed_languages.is_empty() {
                    println!("  office {}: offers reviewed languages only", tenant.id);
                } else {
                    println!(
                        "  office {}: offers {} unreviewed machine translation(s), each page saying so: {}",
                        tenant.id,
                        tenant.unreviewed_languages.len(),
                        tenant.unreviewed_languages.join(", ")
                    );
                }
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprint!("{problems}");
            ExitCode::FAILURE
        }
    }
}
