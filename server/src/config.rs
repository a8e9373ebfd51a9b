//! Command-line and environment configuration (`HUBDESK_*`, plus `DATABASE_URL`).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "hubdesk",
    version,
    about = "HubDesk: an offline-first help desk"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the sync server, the REST API and the web apps.
    Serve(ServeArgs),
    /// Manages users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Fills the database with made-up requests, for benchmarks.
    Synthetic(SyntheticArgs),
}

#[derive(Debug, Args, Clone)]
pub struct SyntheticArgs {
    /// How many requests to add.
    #[arg(long, default_value_t = 100_000)]
    pub requests: usize,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Args, Clone)]
pub struct StorageArgs {
    /// Where the embedded SQLite database lives when no DATABASE_URL is given.
    #[arg(long, env = "HUBDESK_DATA_DIR", default_value = "hubdesk-data")]
    pub data_dir: PathBuf,
    /// A postgres:// URL to use PostgreSQL instead of the embedded SQLite file.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "HUBDESK_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub storage: StorageArgs,
    /// Seeds a demo hub: an agent, a fund manager and practitioners with a few requests.
    #[arg(long, env = "HUBDESK_DEMO")]
    pub demo: bool,
    /// The directory of built web assets to serve at `/`.
    #[arg(long, env = "HUBDESK_WEB_DIR")]
    pub web_dir: Option<PathBuf>,
    /// Service-level targets in hours, as `priority=FIRST/RESOLVE` pairs, for example
    /// `urgent=2/24,high=8/72`; priorities not named keep their defaults (urgent 2/24,
    /// high 8/72, normal 24/168, low 72/336).
    #[arg(long, env = "HUBDESK_SLA", default_value = "", value_parser = parse_sla)]
    pub sla: hubdesk_shared::sla::SlaTargets,
}

fn parse_sla(text: &str) -> Result<hubdesk_shared::sla::SlaTargets, String> {
    text.parse()
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Adds a user.
    Add(UserAddArgs),
}

#[derive(Debug, Args, Clone)]
pub struct UserAddArgs {
    #[arg(long)]
    pub username: String,
    #[arg(long)]
    pub password: String,
    /// practitioner, agent, fund_manager or admin.
    #[arg(long)]
    pub role: String,
    /// BD, IN, LK, MV, PK or other.
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[command(flatten)]
    pub storage: StorageArgs,
}
