//! Storage: the only place HubDesk runs SQL.
//!
//! One code path for both databases through sqlx's `Any` driver: SQLite (a file under the data
//! directory, zero configuration) or PostgreSQL (when `DATABASE_URL` is a postgres URL).
//! Migrations live in `migrations/sqlite` and `migrations/postgres`, are embedded in the binary,
//! and run at start. Every function takes an executor or a transaction so calls compose.

pub mod attachments;
pub mod audit;
pub mod canned;
pub mod directory;
pub mod docs;
pub mod events;
pub mod feedback;
pub mod fund;
pub mod history;
pub mod mirror;
pub mod needs;
pub mod notifications;
pub mod notify;
pub mod practices;
pub mod projection;
pub mod queues;
pub mod reports;
pub mod retention;
pub mod users;
pub mod write;

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyArguments, AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Connection, Executor, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

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
    /// On PostgreSQL, the live lane's own connection, so a live edit commits while a bulk
    /// transaction is being written (`sync::writer`); on SQLite one transaction writes at a
    /// time, and live edits take the sync writer's connection.
    live_writer: Option<AnyPool>,
    backend: Backend,
    /// The PostgreSQL URL, for the one connection that listens for other nodes' notifications.
    listen_url: Option<String>,
    gate: WriteGate,
}

/// SQLite lets one transaction write at a time, and a connection that finds the lock taken
/// sleeps and tries again (`busy_timeout`): under load a writer can lose that race again and
/// again, for seconds. Within this process, writers queue here instead, in order, and the
/// sync writer (acknowledgements, live edits among them) waits behind at most one other
/// writer: the others queue among themselves first. PostgreSQL locks rows, not the database,
/// and needs none of it.
#[derive(Clone, Default)]
struct WriteGate {
    /// Held by whoever writes.
    lock: Arc<Mutex<()>>,
    /// Held by writers other than the sync writer while they wait for `lock`.
    others: Arc<Mutex<()>>,
}

impl WriteGate {
    async fn enter(&self, sync_writer: bool) -> OwnedMutexGuard<()> {
        if sync_writer {
            return self.lock.clone().lock_owned().await;
        }
        let _queue = self.others.lock().await;
        self.lock.clone().lock_owned().await
    }
}

/// A transaction that writes ([`Store::begin_write`]): on SQLite it holds this process's turn
/// to write until it is committed, rolled back or dropped.
pub struct WriteTx {
    tx: Transaction<'static, Any>,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTx {
    /// Commits; dropping it instead rolls back.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl Deref for WriteTx {
    type Target = Transaction<'static, Any>;

    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
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
        let live_writer = match backend {
            Backend::Postgres => Some(Self::open_pool(url, backend, 1).await?),
            Backend::Sqlite => None,
        };
        let listen_url = (backend == Backend::Postgres).then(|| url.to_string());
        Ok(Self {
            pool,
            sync_writer,
            live_writer,
            backend,
            listen_url,
            gate: WriteGate::default(),
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
            // A SQLite connection is a file handle that cannot drop; pinging it before each use
            // cost a round trip to its worker thread per load (seen in the profile).
            .test_before_acquire(backend != Backend::Sqlite)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work while the writer commits; FULL makes a commit
                        // durable before it returns, which is what acknowledging a change means.
                        // secure_delete overwrites what is deleted, so anonymised and erased
                        // text does not linger in free pages of the file. Each connection
                        // caches at most 1 MiB of pages (SQLite's default is 2 MiB): the
                        // operating system caches the file too, and five full caches were a
                        // tenth of the server's memory once the database had grown.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                             PRAGMA secure_delete = ON; PRAGMA cache_size = -1024;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            // A connection can come back still inside a transaction that nothing will end:
            // sqlx's SQLite `begin_with` awaits again after its `BEGIN` ran, so a request
            // cancelled there (its client gone) leaves no `Transaction` to roll back, and every
            // later `begin_with` on that connection would fail. Such a connection is closed.
            .after_release(|conn, _| {
                Box::pin(async move {
                    if conn.is_in_transaction() {
                        // A rollback queued by a transaction dropped unfinished runs before
                        // this ping answers.
                        conn.ping().await?;
                    }
                    Ok(!conn.is_in_transaction())
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

    /// Begins a transaction that writes. On SQLite it waits for this process's turn to write
    /// ([`WriteGate`]) and then takes the write lock at once (`BEGIN IMMEDIATE`), so it never
    /// fails because another connection wrote between its first read and its first write;
    /// PostgreSQL needs neither.
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        self.begin_on(&self.pool, false).await
    }

    /// [`Store::begin_write`] on the sync writer's own connection, first in the queue: for the
    /// storage writer only. A `live` one takes the live lane's connection where there is one
    /// ([`Store::writes_live_alongside`]).
    pub async fn begin_sync_write(&self, live: bool) -> Result<WriteTx, sqlx::Error> {
        let pool = match &self.live_writer {
            Some(live_writer) if live => live_writer,
            _ => &self.sync_writer,
        };
        self.begin_on(pool, true).await
    }

    /// Whether a live transaction of the storage writer may be written while a bulk one is:
    /// on PostgreSQL, each on its own connection; not on SQLite, which writes one at a time.
    pub fn writes_live_alongside(&self) -> bool {
        self.live_writer.is_some()
    }

    async fn begin_on(&self, pool: &AnyPool, sync_writer: bool) -> Result<WriteTx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => {
                let turn = self.gate.enter(sync_writer).await;
                Ok(WriteTx {
                    tx: pool.begin_with("BEGIN IMMEDIATE").await?,
                    _turn: Some(turn),
                })
            }
            Backend::Postgres => Ok(WriteTx {
                tx: pool.begin().await?,
                _turn: None,
            }),
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
        if let Some(live_writer) = &self.live_writer {
            live_writer.close().await;
        }
        self.sync_writer.close().await;
        self.pool.close().await;
    }
}

/// `rows` copies of the row `row`, comma-separated, with each `?N` in it made that row's Nth
/// parameter of the statement: `values(2, "(?1, ?2)")` is `($1, $2), ($3, $4)`.
pub(crate) fn values(rows: usize, row: &str) -> String {
    // What follows each `?`: the parameter's number, then the text up to the next `?`.
    let marks: Vec<(usize, &str)> = row.split('?').skip(1).map(parameter).collect();
    let columns = marks.iter().map(|(n, _)| *n).max().unwrap_or(0);
    let head = row.split('?').next().unwrap_or_default();
    let mut out = String::with_capacity(rows * (row.len() + 8));
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        out.push_str(head);
        for (n, text) in &marks {
            out.push('$');
            out.push_str(&(r * columns + n).to_string());
            out.push_str(text);
        }
    }
    out
}

/// A statement built for `rows` rows ([`values`], [`in_list`]). Each row count is a statement
/// of its own, so only the one-row form is kept prepared on each connection: a cache of every
/// form would hold memory for little.
pub(crate) fn rows_query(sql: &str, rows: usize) -> sqlx::query::Query<'_, Any, AnyArguments<'_>> {
    sqlx::query(sql).persistent(rows == 1)
}

/// Parameters `$1` to `$n`, comma-separated, for an `IN (...)` list.
pub(crate) fn in_list(n: usize) -> String {
    values(n, "?1")
}

/// A parameter's number at the start of `rest`, and the text after it.
fn parameter(rest: &str) -> (usize, &str) {
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (rest[..end].parse().unwrap_or(0), &rest[end..])
}

#[cfg(test)]
mod values_tests {
    #[test]
    fn each_row_gets_its_own_parameters() {
        assert_eq!(super::values(2, "(?1, ?2)"), "($1, $2), ($3, $4)");
        assert_eq!(
            super::values(2, "(?1, CASE WHEN ?2 = 'x' THEN ?10 END, ?10)"),
            "($1, CASE WHEN $2 = 'x' THEN $10 END, $10), ($11, CASE WHEN $12 = 'x' THEN $20 END, $20)"
        );
        assert_eq!(super::values(0, "(?1)"), "");
        assert_eq!(super::in_list(3), "$1, $2, $3");
    }
}

#[cfg(test)]
mod release_tests {
    use sqlx::Connection;

    use super::Store;

    /// The state a request cancelled between `BEGIN` and its `Transaction` leaves behind: the
    /// connection is inside a transaction and nothing will roll it back.
    #[tokio::test]
    async fn a_connection_handed_back_inside_a_transaction_is_not_used_again() {
        let dir = std::env::temp_dir().join(format!("hubdesk-release-{}", std::process::id()));
        let store = Store::open_sqlite(&dir).await.expect("store");
        let mut conn = store.pool().acquire().await.expect("connection");
        let tx = conn.begin().await.expect("begin");
        std::mem::forget(tx);
        assert!(conn.is_in_transaction());
        drop(conn);
        // Every connection the pool can hand out, held at once, so the one given back above
        // (or the fresh one that replaced it) is among them.
        let mut held = Vec::new();
        for _ in 0..store.pool().options().get_max_connections() {
            held.push(store.pool().acquire().await.expect("connection"));
        }
        assert!(held.iter().all(|c| !c.is_in_transaction()));
        drop(held);
        for _ in 0..8 {
            let mut tx = store.begin_write().await.expect("a write begins");
            sqlx::query("SELECT 1")
                .execute(&mut **tx)
                .await
                .expect("query");
            tx.commit().await.expect("commit");
        }
        store.close().await;
        std::fs::remove_dir_all(&dir).ok();
    }
}
