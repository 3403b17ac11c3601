use anyhow::{Context as _, anyhow};
use clap::Subcommand;

use crate::audit::Actor;
use crate::course::Content;
use crate::settings::Settings;
use crate::staff::{self, Credentials, NewAccount, Role};
use crate::startup::prepare_database;

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Create an account; prints a one-time password, which the person must change at
    /// the first login.
    Add {
        #[arg(long)]
        tenant: String,
        /// Login name: lower-case letters, digits, '.', '-', '_'.
        #[arg(long)]
        login: String,
        /// The person's full name, shown in the pages.
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["staff", "admin"], default_value = "staff")]
        role: String,
        /// Require a TOTP code from an authenticator app at every login. The person sets
        /// up their own app at the first login; no secret is printed here.
        #[arg(long)]
        totp: bool,
    },
    /// List the accounts (of one office).
    List {
        #[arg(long)]
        tenant: Option<String>,
    },
    /// Disable an account; its sessions end at once.
    Disable { login: String },
    /// A new one-time password (to be changed at the next login); ends the sessions
    /// and enables a disabled account.
    Reset {
        login: String,
        /// Also remove the second factor (a lost phone), or require one: the person sets
        /// up a new one after the next login.
        #[arg(long)]
        totp: bool,
    },
}

pub fn run(settings: &Settings, command: StaffCommand) -> anyhow::Result<()> {
    let content = Content::load_with_films(&settings.content_dir, Some(&settings.media_dir()))
        .map_err(|p| anyhow!("{p}"))?;
    let db = prepare_database(settings)?;
    let mut turn = db.write_turn()?;
    let conn = &mut turn.writer();
    let now = chrono::Utc::now();
    let actor = Actor::CommandLine;
    let office_name = |tenant: &str| {
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
        StaffCommand::Add {
            tenant,
            login,
            name,
            role,
            totp,
        } => {
            let office = office_name(&tenant)?;
            let credentials = staff::add(
                conn,
                now,
                &actor,
                &NewAccount {
                    tenant: &tenant,
                    office_name: &office,
                    login: &login,
                    display_name: &name,
                    role: Role::parse(&role).context("role")?,
                    second_factor: totp,
                },
            )?;
            println!("account {} added to {office}", credentials.login);
            print_credentials(&credentials);
        }
        StaffCommand::List { tenant } => {
            for account in staff::list(conn, tenant.as_deref())? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    account.tenant,
                    account.login,
                    account.role.as_str(),
                    match (account.second_factor, account.second_factor_required) {
                        (true, _) => "totp",
                        (false, true) => "totp-to-enrol",
                        (false, false) => "password",
                    },
                    if account.disabled_at.is_some() {
                        "disabled"
                    } else {
                        "active"
                    },
                    account.display_name
                );
            }
        }
        StaffCommand::Disable { login } => {
            let account = staff::disable(conn, now, &actor, &login, None)?;
            println!("account {} disabled; its sessions ended", account.login);
        }
        StaffCommand::Reset { login, totp } => {
            let credentials = staff::reset(conn, now, &actor, &login, totp)?;
            println!("account {} reset; its sessions ended", credentials.login);
            print_credentials(&credentials);
        }
    }
    Ok(())
}

fn print_credentials(credentials: &Credentials) {
    println!("one-time password: {}", credentials.password.expose());
    println!("It must be changed at the first login, at /staff/login.");
    if credentials.second_factor_required {
        println!(
            "second factor: required; the person sets up their authenticator app right after that login"
        );
    }
    println!("Hand it over in person; it is not shown again.");
}
