//! HubDesk's server: the automerge-repo sync endpoint, the REST API and the web apps.
//!
//! Map, in layers (each uses only those below it; nothing outside [`http`] imports from it):
//! - [`http`]: the router, one module per resource. Handlers parse, call one service, map the
//!   answer. Operations on a request pass [`guard`], the one place access to it is decided.
//! - Services, handed a principal (and for a request, the guard's [`guard::Reached`]) and plain
//!   inputs: [`commands`] (every change to a record), [`requests`] (reading one),
//!   [`fund`] (decisions, reviews, tranches), [`events`] (trainings and who gets a seat),
//!   [`users`] (accounts), [`signin`] (sign-in and its
//!   guard), [`retention`] (data protection), [`archive`] (a person's export with their
//!   files), [`attachments`] (resumable uploads, checked files, downloads), [`demo`] (the demo
//!   seed).
//! - What they share: [`state`] (the state every service is handed), [`error`] (the one error
//!   type), [`clock`], [`credentials`] (tokens, passwords, who a token is), [`config`] (the
//!   command line and environment), [`i18n`] (the catalogues of `locales/`, embedded, for
//!   what the server words for people), [`files`] (where attachments' bytes live, through
//!   `object_store`), [`thumbnails`] (photos' sizes and thumbnails, decoded within bounds).
//! - [`sync`]: the IO shell (actor, storage writer, websocket sessions) around the shared engine.
//! - [`store`]: all SQL, for SQLite and PostgreSQL alike.
//!
//! [`App::build`] binds the listener (port 0 in tests) and [`App::run`] serves until the shutdown
//! future completes, then finishes every accepted write before returning. `serve` is the
//! listener's accept loop, with each connection's buffers bounded.

pub mod archive;
pub mod attachments;
pub mod audit;
pub mod clock;
pub mod commands;
pub mod config;
pub mod credentials;
pub mod demo;
pub mod devices;
pub mod directory;
pub mod error;
pub mod events;
pub mod feedback;
pub mod files;
pub mod fund;
pub mod guard;
pub mod handover;
pub mod http;
pub mod i18n;
pub mod needs;
pub mod notifications;
pub mod practices;
pub mod referrals;
pub mod requests;
pub mod retention;
mod serve;
pub mod signin;
pub mod state;
pub mod store;
pub mod sync;
pub mod synthetic;
pub mod thumbnails;
pub mod users;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;

use hubdesk_shared::engine::EngineConfig;
use hubdesk_shared::validate::Rules;
use tokio::net::TcpListener;

use crate::state::{AppState, Limits};
use crate::store::Store;
use crate::sync::SyncConfig;

/// Everything [`App::build`] needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Where `/metrics` is served when not on `listen`.
    pub metrics_listen: Option<SocketAddr>,
    pub data_dir: PathBuf,
    pub database_url: Option<String>,
    /// Where attachments' bytes are kept (see [`files::Files::open`]).
    pub files_url: Option<String>,
    pub demo: bool,
    pub web_dir: Option<PathBuf>,
    pub limits: Limits,
    /// The load balancers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: signin::guard::TrustedProxies,
    pub rules: Rules,
    /// How Web Push messages are sent.
    pub push: notifications::PushConfig,
}

impl Config {
    pub fn from_args(args: &config::ServeArgs) -> Self {
        Self {
            listen: args.listen,
            metrics_listen: args.metrics_listen,
            data_dir: args.storage.data_dir.clone(),
            database_url: args.storage.database_url.clone(),
            files_url: args.storage.files_url.clone(),
            demo: args.demo,
            web_dir: args.web_dir.clone(),
            limits: args.limits.to_limits(),
            trusted_proxies: args.limits.trusted_proxies.clone(),
            rules: Rules {
                sla: args.sla,
                ..Rules::default()
            },
            push: notifications::PushConfig {
                allow: args.push.allow.clone(),
                contact: args.push.contact.clone(),
                digest: notifications::digest::DigestConfig {
                    smtp_url: args.push.smtp_url.clone(),
                    from: args.push.smtp_from.clone(),
                    public_url: args.push.public_url.clone(),
                },
                gather_ms: i64::from(args.push.gather_secs) * 1000,
            },
        }
    }
}

/// Opens the database the configuration names.
pub async fn open_store(
    data_dir: &std::path::Path,
    database_url: Option<&str>,
) -> anyhow::Result<Store> {
    Ok(match database_url {
        Some(url) => Store::connect(url).await?,
        None => Store::open_sqlite(data_dir).await?,
    })
}

pub struct App {
    listener: TcpListener,
    /// The operators' listener for `/metrics`, when it is apart from `listener`.
    metrics_listener: Option<TcpListener>,
    state: AppState,
    web_dir: Option<PathBuf>,
}

impl App {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let store = open_store(&config.data_dir, config.database_url.as_deref()).await?;
        let node_id = uuid::Uuid::new_v4().to_string();
        let sync = sync::start(
            store.clone(),
            SyncConfig {
                engine: EngineConfig {
                    max_loaded_docs: config.limits.docs_in_memory,
                    max_loaded_bytes: config.limits.docs_memory_bytes,
                    ..EngineConfig::server(format!("hubdesk-{node_id}"), config.rules)
                },
                node_id,
                rules: config.rules,
                // Several nodes share one database only on PostgreSQL.
                follow_other_nodes: (store.backend() == store::Backend::Postgres)
                    .then(|| std::time::Duration::from_millis(250)),
                sessions: config.limits.sessions,
                faults: sync::Faults::from_env(),
            },
        );
        fund::refresh_rounds(&store, &sync).await;
        let files = files::Files::open(config.files_url.as_deref(), &config.data_dir)?;
        let notifier = notifications::Notifier::open(&store, &config.push).await?;
        let state = AppState {
            notifier,
            files,
            store,
            sync,
            rules: config.rules,
            limits: config.limits,
            login: signin::guard::LoginGuard::new(config.limits.login, config.trusted_proxies),
        };
        if config.demo {
            demo::seed(&state).await?;
        }
        let listener = TcpListener::bind(config.listen).await?;
        let metrics_listener = match config.metrics_listen {
            Some(address) => Some(TcpListener::bind(address).await?),
            None => None,
        };
        let web_dir = config.web_dir.or_else(default_web_dir);
        Ok(Self {
            listener,
            metrics_listener,
            state,
            web_dir,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Where `/metrics` is served, when apart from [`App::local_addr`].
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then closes sync sessions, waits for every accepted
    /// change to be durable, and closes the database.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let metrics = match &self.metrics_listener {
            Some(_) => http::MetricsAt::Apart,
            None => http::MetricsAt::Main,
        };
        let router = http::router(self.state.clone(), self.web_dir, metrics);
        if let Some(listener) = self.metrics_listener {
            let operators = http::metrics_router(self.state.clone());
            tokio::spawn(async move {
                if let Err(e) = serve::serve(listener, operators, std::future::pending()).await {
                    tracing::error!(error = %e, "the metrics listener stopped");
                }
            });
        }
        let sync = self.state.sync.clone();
        retention::spawn_sweeper(self.state.clone());
        notifications::spawn(self.state.clone());
        serve::serve(self.listener, router, async move {
            shutdown.await;
            tracing::info!("shutting down: finishing accepted writes");
            sync.shutdown().await;
        })
        .await?;
        self.state.store.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// The web assets built by `cargo xtask`, when running from a checkout.
fn default_web_dir() -> Option<PathBuf> {
    let dir = PathBuf::from("client-wasm/web");
    dir.join("index.html").exists().then_some(dir)
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

#[cfg(test)]
mod layering {
    /// The layers of the crate map hold: no module outside `http/` imports from it (the
    /// composition root, this file, alone builds the router), so no service can lean on
    /// HTTP's state, errors or authentication.
    #[test]
    fn nothing_outside_http_imports_from_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offenders = Vec::new();
        let mut pending = vec![root.clone()];
        while let Some(dir) = pending.pop() {
            let entries = std::fs::read_dir(&dir).expect("the source tree reads");
            for entry in entries {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    if path != root.join("http") {
                        pending.push(path);
                    }
                    continue;
                }
                if path == root.join("lib.rs") || path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("a source file reads");
                if text.contains("crate::http") || text.contains("super::http") {
                    offenders.push(path.display().to_string());
                }
            }
        }
        assert!(
            offenders.is_empty(),
            "these import from http/: {offenders:?}"
        );
    }
}
