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
// Parsed once at start: the size of the serve command's arguments costs nothing.
#[allow(clippy::large_enum_variant)]
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
    /// Data protection: a person's export and erasure, and the retention policy.
    Data {
        #[command(subcommand)]
        command: DataCommand,
    },
}

/// The `data` subcommands. They act on the database directly; nodes on PostgreSQL hear of
/// replaced documents at once. On SQLite, stop the server first (or use the console or the
/// REST API), so it holds no old copy in memory.
#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Prints everything the hub holds about a person, as JSON.
    Export(UserNameArgs),
    /// Erases a person on their request: their requests anonymised, their words removed from
    /// others', their account emptied and deactivated. Cannot be undone.
    Erase(EraseArgs),
    /// Anonymises now every closed request whose retention period has passed (the server also
    /// does this every hour).
    Retention(RetentionArgs),
}

#[derive(Debug, Args, Clone)]
pub struct EraseArgs {
    #[arg(long)]
    pub username: String,
    /// The username again: erasure cannot be undone.
    #[arg(long)]
    pub confirm: String,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Args, Clone)]
pub struct RetentionArgs {
    /// Days a closed request is kept before it is anonymised; 0 keeps them for ever.
    #[arg(long, env = "HUBDESK_RETENTION_DAYS",
        default_value_t = hubdesk_shared::retention::DEFAULT_RETENTION_DAYS)]
    pub retention_days: u32,
    #[command(flatten)]
    pub storage: StorageArgs,
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
    /// Where attachments' bytes are kept: `s3://bucket` for an S3-compatible store (credentials,
    /// region and endpoint from the usual `AWS_*` variables; nodes sharing one database must
    /// share one bucket) or `file:///folder`; by default the `files` folder of the data
    /// directory.
    #[arg(long, env = "HUBDESK_FILES_URL")]
    pub files_url: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "HUBDESK_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Serve `/metrics` on this address only (for operators' scrapers, off the public
    /// listener); by default it is served on `--listen` with everything else.
    #[arg(long, env = "HUBDESK_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,
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
    #[command(flatten)]
    pub limits: LimitArgs,
    #[command(flatten)]
    pub push: PushArgs,
}

/// Web Push (see README, "Notifications").
#[derive(Debug, Args, Clone)]
pub struct PushArgs {
    /// Hosts (`host` or `host:port`, comma-separated) added to the known push services that
    /// subscriptions may name; plain `http://` and private addresses are accepted only for
    /// these.
    #[arg(
        long = "push-allow",
        env = "HUBDESK_PUSH_ALLOW",
        value_delimiter = ',',
        default_value = ""
    )]
    pub allow: Vec<String>,
    /// Whom push services may contact about this hub: a `mailto:` address or an `https:` URL,
    /// sent with every push.
    #[arg(long = "push-contact", env = "HUBDESK_PUSH_CONTACT")]
    pub contact: Option<String>,
    /// Seconds in which new requests that are not urgent are gathered into one push per
    /// device of each member of staff (urgent ones go at once); 0 sends each at once.
    #[arg(
        long = "push-gather-secs",
        env = "HUBDESK_PUSH_GATHER_SECS",
        default_value_t = 600
    )]
    pub gather_secs: u32,
    /// An SMTP server for staff's email digests: `smtp://host:port`, `smtps://` for TLS, with
    /// `user:password@` when it asks for them. No digests without it.
    #[arg(long = "smtp-url", env = "HUBDESK_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Who digests come from, such as `HubDesk <hub@example.org>`.
    #[arg(long = "smtp-from", env = "HUBDESK_SMTP_FROM")]
    pub smtp_from: Option<String>,
    /// The hub's address as people open it (`https://hub.example.org`): digests link to its
    /// console.
    #[arg(long = "public-url", env = "HUBDESK_PUBLIC_URL")]
    pub public_url: Option<String>,
}

/// Limits protecting the server from slow, dead and hostile clients (see README, "Limits").
#[derive(Debug, Args, Clone)]
pub struct LimitArgs {
    /// Seconds an HTTP request may take before it is answered 408.
    #[arg(long, env = "HUBDESK_HTTP_TIMEOUT_SECS", default_value_t = 30)]
    pub http_timeout_secs: u64,
    /// Seconds between pings on each sync websocket.
    #[arg(long, env = "HUBDESK_WS_PING_SECS", default_value_t = 20)]
    pub ws_ping_secs: u64,
    /// Seconds without any frame from a client before its websocket is closed as dead.
    #[arg(long, env = "HUBDESK_WS_IDLE_SECS", default_value_t = 60)]
    pub ws_idle_secs: u64,
    /// Seconds a client may leave what is held back for it unread before it is closed.
    #[arg(long, env = "HUBDESK_WS_SLOW_READER_SECS", default_value_t = 30)]
    pub ws_slow_reader_secs: u64,
    /// Open sync connections allowed per device token.
    #[arg(long, env = "HUBDESK_CONNECTIONS_PER_DEVICE", default_value_t = 8)]
    pub connections_per_device: usize,
    /// Open sync connections allowed per user.
    #[arg(long, env = "HUBDESK_CONNECTIONS_PER_USER", default_value_t = 32)]
    pub connections_per_user: usize,
    /// Sign-in attempts for one username from one client address in any minute.
    #[arg(long, env = "HUBDESK_LOGINS_PER_USERNAME", default_value_t = 10)]
    pub logins_per_username: u32,
    /// Sign-in attempts per client address in any minute.
    #[arg(long, env = "HUBDESK_LOGINS_PER_ADDRESS", default_value_t = 60)]
    pub logins_per_address: u32,
    /// The load balancers whose `X-Forwarded-For` names the client (addresses or networks,
    /// such as `10.0.0.0/8, ::1`); from anyone else the header is ignored.
    #[arg(long, env = "HUBDESK_TRUSTED_PROXIES", default_value = "",
        value_parser = parse_trusted_proxies)]
    pub trusted_proxies: crate::signin::guard::TrustedProxies,
    /// Seconds a device token stays valid without being used; each use slides it on.
    #[arg(long, env = "HUBDESK_TOKEN_TTL_SECS", default_value_t = 30 * 24 * 60 * 60)]
    pub token_ttl_secs: u64,
    /// Days a phone may go without reaching the hub before it locks itself until its owner
    /// signs in online (what it holds unsent stays on it, encrypted).
    #[arg(long, env = "HUBDESK_OFFLINE_LOCK_DAYS",
        default_value_t = hubdesk_shared::lock::DEFAULT_OFFLINE_LOCK_DAYS,
        value_parser = parse_offline_lock_days)]
    pub offline_lock_days: u32,
    /// Documents the sync engine keeps in memory before evicting the least recently used idle
    /// one (checked every second; documents with writes in flight stay).
    #[arg(long, env = "HUBDESK_DOCS_IN_MEMORY", default_value_t = crate::state::DOCS_IN_MEMORY)]
    pub docs_in_memory: usize,
    /// Megabytes the documents in the sync engine's memory may take (estimated from their
    /// stored size) before the least recently used idle ones are evicted.
    #[arg(long, env = "HUBDESK_DOCS_MEMORY_MB", default_value_t = crate::state::DOCS_MEMORY_MB)]
    pub docs_memory_mb: usize,
    /// Days a closed request is kept before the hub anonymises it (names, free text and
    /// messages removed; what reports count stays); 0 keeps closed requests for ever.
    #[arg(long, env = "HUBDESK_RETENTION_DAYS",
        default_value_t = hubdesk_shared::retention::DEFAULT_RETENTION_DAYS)]
    pub retention_days: u32,
    /// Bytes of attachments one person may have at the hub (uploads in progress count at
    /// their full length).
    #[arg(long, env = "HUBDESK_USER_QUOTA_BYTES",
        default_value_t = hubdesk_shared::attachments::DEFAULT_USER_QUOTA_BYTES)]
    pub user_quota_bytes: u64,
}

impl LimitArgs {
    pub fn to_limits(&self) -> crate::state::Limits {
        use std::time::Duration;
        let defaults = crate::state::Limits::default();
        crate::state::Limits {
            http_timeout: Duration::from_secs(self.http_timeout_secs),
            sessions: crate::sync::sessions::SessionLimits {
                ping_every: Duration::from_secs(self.ws_ping_secs.max(1)),
                idle_after: Duration::from_secs(self.ws_idle_secs.max(1)),
                slow_reader: Duration::from_secs(self.ws_slow_reader_secs),
                per_device: self.connections_per_device,
                per_user: self.connections_per_user,
                ..defaults.sessions
            },
            login: crate::signin::guard::LoginLimits {
                per_username_per_minute: self.logins_per_username,
                per_address_per_minute: self.logins_per_address,
                token_ttl: Duration::from_secs(self.token_ttl_secs),
                offline_lock_days: self.offline_lock_days,
                ..defaults.login
            },
            docs_in_memory: self.docs_in_memory.max(1),
            docs_memory_bytes: self.docs_memory_mb.max(1) * 1024 * 1024,
            retention_days: self.retention_days,
            user_quota_bytes: self.user_quota_bytes,
            ..defaults
        }
    }
}

fn parse_trusted_proxies(text: &str) -> Result<crate::signin::guard::TrustedProxies, String> {
    crate::signin::guard::TrustedProxies::parse(text)
}

fn parse_offline_lock_days(text: &str) -> Result<u32, String> {
    let days = text
        .parse::<u32>()
        .map_err(|_| format!("offline lock days must be a whole number, not {text:?}"))?;
    hubdesk_shared::lock::offline_lock_days(days)
}

fn parse_sla(text: &str) -> Result<hubdesk_shared::sla::SlaTargets, String> {
    text.parse()
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Adds a user.
    Add(UserAddArgs),
    /// Lists every user.
    List(StorageOnly),
    /// Changes a user's role, country or city (an empty value clears the country or city).
    Edit(UserEditArgs),
    /// Deactivates a user: no more sign-ins, and every device of theirs is revoked.
    Deactivate(UserNameArgs),
    /// Lets a deactivated user sign in again.
    Reactivate(UserNameArgs),
    /// Issues a one-time password-reset code, valid for a day, and prints it once.
    ResetCode(UserNameArgs),
}

#[derive(Debug, Args, Clone)]
pub struct StorageOnly {
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Args, Clone)]
pub struct UserNameArgs {
    #[arg(long)]
    pub username: String,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Args, Clone)]
pub struct UserEditArgs {
    #[arg(long)]
    pub username: String,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// The countries an agent or fund manager handles, such as `BD,IN` (empty: all).
    #[arg(long)]
    pub countries: Option<String>,
    /// The language both apps speak to them, such as `bn` (empty: their device's).
    #[arg(long)]
    pub language: Option<String>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Args, Clone)]
pub struct UserAddArgs {
    #[arg(long)]
    pub username: String,
    /// The password. Better left out: other users of the machine can read a command line.
    /// Without it the password is asked for (twice, not shown) on a terminal, or read as the
    /// first line of standard input when that is a pipe or file.
    #[arg(long)]
    pub password: Option<String>,
    /// practitioner, agent, fund_manager or admin.
    #[arg(long)]
    pub role: String,
    /// BD, IN, LK, MV, PK or other.
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// The countries an agent or fund manager handles, such as `BD,IN` (empty: all).
    #[arg(long)]
    pub countries: Option<String>,
    #[command(flatten)]
    pub storage: StorageArgs,
}
