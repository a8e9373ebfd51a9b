//! Storage: the only place HubDesk runs SQL.
//!
//! One code path for both databases through sqlx's `Any` driver: SQLite (a file under the data
//! directory, zero configuration) or PostgreSQL (when `DATABASE_URL` is a postgres URL).
//! Migrations live in `migrations/sqlite` and `migrations/postgres`, are embedded in the binary,
//! and run at start. Every function takes an executor or a transaction so calls compose.

pub mod attachments;
pub mod audit;
pub mod canned;
pub mod docs;
pub mod fund;
pub mod history;
pub mod mirror;
pub mod notify;
pub mod projection;
pub mod queues;
pub mod reports;
pub mod retention;
pub mod users;

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A pool of connections to HubDesk's database.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    /// The sync writer's own connection, so its commits (live edits among them) never wait for
    /// a connection behind a burst of document loads and other reads.
    sync_writer: AnyPool,
    backend: Backend,
    /// The PostgreSQL URL, for the one connection that listens for other nodes' notifications.
    listen_url: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL: expected sqlite: or postgres:")]
    UnsupportedUrl,
    #[error("could not create the data directory: {0}")]
    DataDir(std::io::Error),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// A write prepared against a document the hub has since replaced (see `store::retention`).
    #[error("document {0} was replaced; what was written against it is refused")]
    Replaced(String),
    /// A document changed while the hub was making its new history (see `store::retention`).
    #[error("document {0} changed while it was being replaced; read it again")]
    Changed(String),
}

impl Store {
    /// Opens the SQLite database in `data_dir`, creating both if needed.
    pub async fn open_sqlite(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(StoreError::DataDir)?;
        let url = format!(
            "sqlite://{}?mode=rwc",
            data_dir.join("hubdesk.db").display()
        );
        Self::connect(&url).await
    }

    /// Connects to `url` (sqlite: or postgres:) and applies pending migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let pool = Self::open_pool(
            url,
            backend,
            if backend == Backend::Sqlite { 4 } else { 10 },
        )
        .await?;
        match backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&pool).await?,
        }
        let sync_writer = Self::open_pool(url, backend, 1).await?;
        let listen_url = (backend == Backend::Postgres).then(|| url.to_string());
        Ok(Self {
            pool,
            sync_writer,
            backend,
            listen_url,
        })
    }

    async fn open_pool(
        url: &str,
        backend: Backend,
        connections: u32,
    ) -> Result<AnyPool, StoreError> {
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(connections)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while the writer commits; FULL makes a commit
                        // durable before it returns, which is what acknowledging a change means.
                        // secure_delete overwrites what is deleted, so anonymised and erased
                        // text does not linger in free pages of the file.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                             PRAGMA secure_delete = ON;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(pool)
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Begins a transaction that writes. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`), so it waits its turn (`busy_timeout`) instead of failing when another
    /// connection wrote between its first read and its first write; PostgreSQL needs nothing.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// [`Store::begin_write`] on the sync writer's own connection: for the storage writer only.
    pub async fn begin_sync_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.sync_writer.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.sync_writer.begin().await,
        }
    }

    /// On PostgreSQL, a connection listening on `channels` (see [`notify`]); `None` on SQLite.
    pub async fn listen(
        &self,
        channels: &[&str],
    ) -> Result<Option<sqlx::postgres::PgListener>, StoreError> {
        let Some(url) = &self.listen_url else {
            return Ok(None);
        };
        let mut listener = sqlx::postgres::PgListener::connect(url).await?;
        listener.listen_all(channels.iter().copied()).await?;
        Ok(Some(listener))
    }

    pub async fn close(&self) {
        self.sync_writer.close().await;
        self.pool.close().await;
    }
}
