//! The real server binary, started on port 0 against a database of its own.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::session::Session;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A PostgreSQL database made for one test and dropped after it.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let name = self.name.clone();
        // Drop runs outside async context rules, so use a short-lived runtime on its own thread.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                if let Ok(mut conn) = sqlx_connect(&admin_url).await {
                    let _ = sqlx::Executor::execute(
                        &mut conn,
                        format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").as_str(),
                    )
                    .await;
                }
            });
        })
        .join();
    }
}

async fn sqlx_connect(url: &str) -> Result<sqlx::PgConnection> {
    use sqlx::Connection;
    Ok(tokio::time::timeout(Duration::from_secs(5), sqlx::PgConnection::connect(url)).await??)
}

fn pg_admin_url() -> String {
    std::env::var("HUBDESK_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

fn with_database(url: &str, name: &str) -> String {
    match url.rfind('/') {
        Some(i) => format!("{}/{}", &url[..i], name),
        None => format!("{url}/{name}"),
    }
}

/// Where cargo put the `hubdesk` binary (built by `cargo xtask test` before the tests run).
fn binary() -> Result<PathBuf> {
    // Benchmarks run a release build, named here.
    if let Ok(path) = std::env::var("HUBDESK_BINARY") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe()?;
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .context("test binary has no target directory")?;
    let bin = dir.join("hubdesk");
    if !bin.exists() {
        bail!(
            "{} is missing: run `cargo build -p hubdesk-server` first (cargo xtask test does)",
            bin.display()
        );
    }
    Ok(bin)
}

/// A running `hubdesk serve --demo` with its own data.
pub struct TestServer {
    pub base_url: String,
    pub backend: Backend,
    child: Option<Child>,
    data_dir: TempDir,
    database_url: Option<String>,
    _pg: Option<PgDatabase>,
    extra_args: Vec<String>,
    /// Environment variables the server is started with (faults to inject, say).
    pub env: Vec<(String, String)>,
    /// Where the server's log goes when it is kept (see [`TestServer::start_logging`]).
    log_file: Option<std::path::PathBuf>,
    pub http: reqwest::Client,
}

pub use tempdir::Dir as TempDir;

mod tempdir {
    /// A directory removed when dropped.
    pub struct Dir(pub std::path::PathBuf);

    impl Dir {
        pub fn new() -> std::io::Result<Self> {
            let path = std::env::temp_dir().join(format!("hubdesk-test-{}", uuid::Uuid::new_v4()));
            std::fs::create_dir_all(&path)?;
            Ok(Self(path))
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

impl TestServer {
    /// Starts a server with the demo hub on `backend`; `None` when PostgreSQL is unreachable
    /// outside CI (the test is then skipped loudly).
    pub async fn start(backend: Backend) -> Result<Option<Self>> {
        Self::start_with(backend, &[]).await
    }

    pub async fn start_with(backend: Backend, extra_args: &[&str]) -> Result<Option<Self>> {
        let (database_url, pg) = match backend {
            Backend::Sqlite => (None, None),
            Backend::Postgres => {
                let admin = pg_admin_url();
                let mut conn = match sqlx_connect(&admin).await {
                    Ok(conn) => conn,
                    Err(e) => {
                        crate::skip(&format!("PostgreSQL at {admin} ({e})"));
                        return Ok(None);
                    }
                };
                let name = format!("hubdesk_t_{}", uuid::Uuid::new_v4().simple());
                sqlx::Executor::execute(&mut conn, format!("CREATE DATABASE \"{name}\"").as_str())
                    .await?;
                (
                    Some(with_database(&admin, &name)),
                    Some(PgDatabase {
                        admin_url: admin,
                        name,
                    }),
                )
            }
        };
        let mut server = Self {
            base_url: String::new(),
            backend,
            child: None,
            data_dir: TempDir::new()?,
            database_url,
            _pg: pg,
            extra_args: extra_args.iter().map(|s| s.to_string()).collect(),
            env: Vec::new(),
            log_file: None,
            http: reqwest::Client::new(),
        };
        server.launch("127.0.0.1:0").await?;
        Ok(Some(server))
    }

    /// Like [`TestServer::start`], with everything the server logs, at every level, kept in a
    /// file that [`TestServer::logs`] reads (for checking what logs may never hold).
    pub async fn start_logging(backend: Backend) -> Result<Option<Self>> {
        let Some(mut server) = Self::start(backend).await? else {
            return Ok(None);
        };
        server.kill().await?;
        server.log_file = Some(server.data_dir.0.join("server.log"));
        server.env = vec![("HUBDESK_LOG".into(), "trace".into())];
        server.restart().await?;
        Ok(Some(server))
    }

    /// Everything the server logged since [`TestServer::start_logging`].
    pub fn logs(&self) -> Result<String> {
        let path = self
            .log_file
            .as_ref()
            .context("this server's log is not kept")?;
        Ok(std::fs::read_to_string(path)?)
    }

    /// Like [`TestServer::start_with`], with environment variables for the server process. They
    /// take effect from a restart after the demo hub is seeded, so faults injected through them
    /// (`HUBDESK_FAULTS`) never hit the seeding.
    pub async fn start_with_env(
        backend: Backend,
        extra_args: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Option<Self>> {
        let Some(mut server) = Self::start_with(backend, extra_args).await? else {
            return Ok(None);
        };
        server.kill().await?;
        server.env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        server.restart().await?;
        Ok(Some(server))
    }

    /// The server process's id.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(|c| c.id())
    }

    /// Waits up to `timeout` for the server to exit on its own; returns its exit status.
    pub async fn wait_exit(&mut self, timeout: Duration) -> Result<std::process::ExitStatus> {
        let mut child = self.child.take().context("server is not running")?;
        Ok(tokio::time::timeout(timeout, child.wait())
            .await
            .context("the server did not exit")??)
    }

    async fn launch(&mut self, listen: &str) -> Result<()> {
        let mut command = Command::new(binary()?);
        command
            .arg("serve")
            .arg("--demo")
            .arg("--listen")
            .arg(listen)
            .arg("--data-dir")
            .arg(&self.data_dir.0)
            .args(&self.extra_args)
            .env("HUBDESK_LOG", "warn")
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env_remove("DATABASE_URL")
            .stdout(Stdio::piped())
            .stderr(match &self.log_file {
                Some(path) => Stdio::from(
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(path)?,
                ),
                None => Stdio::inherit(),
            })
            .kill_on_drop(true);
        if let Some(url) = &self.database_url {
            command.env("DATABASE_URL", url);
        }
        let mut child = command.spawn().context("starting hubdesk")?;
        let stdout = child.stdout.take().context("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let url = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = lines.next_line().await? {
                if let Some(rest) = line.strip_prefix("HubDesk is running at ") {
                    return Ok::<_, anyhow::Error>(rest.trim_end_matches('/').to_string());
                }
            }
            bail!("hubdesk exited before it was ready")
        })
        .await
        .context("hubdesk did not start within 60 s")??;
        // Keep draining stdout so the child never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        self.base_url = url;
        self.child = Some(child);
        Ok(())
    }

    /// Starts another node on the same PostgreSQL database (a cluster of stateless nodes).
    pub async fn start_node_sharing(&self) -> Result<Self> {
        let mut node = Self {
            base_url: String::new(),
            backend: self.backend,
            child: None,
            data_dir: TempDir::new()?,
            database_url: self.database_url.clone(),
            _pg: None,
            extra_args: self.extra_args.clone(),
            env: self.env.clone(),
            log_file: None,
            http: reqwest::Client::new(),
        };
        node.launch("127.0.0.1:0").await?;
        Ok(node)
    }

    /// Kills the server with SIGKILL: no shutdown code runs.
    pub async fn kill(&mut self) -> Result<()> {
        if let Some(mut child) = self.child.take() {
            child.start_kill()?;
            child.wait().await?;
        }
        Ok(())
    }

    /// Stops the server with SIGTERM and waits for it to exit; returns its exit status.
    pub async fn terminate(&mut self) -> Result<std::process::ExitStatus> {
        let mut child = self.child.take().context("server is not running")?;
        let pid = child.id().context("no pid")?;
        let status = std::process::Command::new("kill")
            .arg("-TERM")
            .arg(pid.to_string())
            .status()?;
        if !status.success() {
            bail!("could not signal the server");
        }
        Ok(tokio::time::timeout(Duration::from_secs(30), child.wait()).await??)
    }

    /// Kills the server (if it runs) and starts it again on the same port and data.
    pub async fn restart_after_kill(&mut self) -> Result<()> {
        self.kill().await?;
        self.restart().await
    }

    /// Starts the server again on the same port and data.
    pub async fn restart(&mut self) -> Result<()> {
        let addr = self.base_url.trim_start_matches("http://").to_string();
        self.launch(&addr).await
    }

    /// Runs a `hubdesk` subcommand against this server's data; returns (success, stdout, stderr).
    pub async fn cli(&self, args: &[&str]) -> Result<(bool, String, String)> {
        self.cli_with_input(args, "").await
    }

    /// Runs the CLI with `input` as its standard input (a pipe, not a terminal).
    pub async fn cli_with_input(
        &self,
        args: &[&str],
        input: &str,
    ) -> Result<(bool, String, String)> {
        use tokio::io::AsyncWriteExt;
        let mut command = Command::new(binary()?);
        command
            .args(args)
            .arg("--data-dir")
            .arg(&self.data_dir.0)
            .env_remove("DATABASE_URL")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        if let Some(url) = &self.database_url {
            command.env("DATABASE_URL", url);
        }
        let mut child = command.spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(input.as_bytes()).await?;
        }
        let out = child.wait_with_output().await?;
        Ok((
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ))
    }

    /// Runs one SQL statement directly on this server's database (SQLite file or PostgreSQL),
    /// bypassing the server: for checking what the database itself refuses.
    pub async fn sql_execute(&self, statement: &str) -> Result<u64> {
        use sqlx::{Connection, Executor};
        let done = match &self.database_url {
            Some(url) => {
                let mut conn = sqlx_connect(url).await?;
                conn.execute(statement).await?.rows_affected()
            }
            None => {
                let path = self.data_dir.0.join("hubdesk.db");
                let mut conn =
                    sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
                        .await?;
                conn.execute(statement).await?.rows_affected()
            }
        };
        Ok(done)
    }

    /// The bytes of every file of the SQLite database (the database, its WAL and shared-memory
    /// index), to look for what must not be there; empty on PostgreSQL.
    pub fn database_file_bytes(&self) -> Result<Vec<(String, Vec<u8>)>> {
        if self.database_url.is_some() {
            return Ok(Vec::new());
        }
        let mut files = Vec::new();
        for name in ["hubdesk.db", "hubdesk.db-wal", "hubdesk.db-shm"] {
            let path = self.data_dir.0.join(name);
            if path.exists() {
                files.push((name.to_string(), std::fs::read(path)?));
            }
        }
        Ok(files)
    }

    /// Every chunk stored for document `doc`, read straight from the database.
    pub async fn stored_chunks(&self, doc: &str) -> Result<Vec<Vec<u8>>> {
        use sqlx::{Connection, Row};
        let sql = "SELECT data FROM doc_chunks WHERE doc_id = $1 ORDER BY seq";
        let rows = match &self.database_url {
            Some(url) => {
                let mut conn = sqlx_connect(url).await?;
                let rows = sqlx::query(sql).bind(doc).fetch_all(&mut conn).await?;
                rows.iter()
                    .map(|r| r.try_get::<Vec<u8>, _>("data"))
                    .collect::<Result<Vec<_>, _>>()?
            }
            None => {
                let path = self.data_dir.0.join("hubdesk.db");
                let mut conn =
                    sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
                        .await?;
                let rows = sqlx::query(sql).bind(doc).fetch_all(&mut conn).await?;
                rows.iter()
                    .map(|r| r.try_get::<Vec<u8>, _>("data"))
                    .collect::<Result<Vec<_>, _>>()?
            }
        };
        Ok(rows)
    }

    /// Closes request `id` as `agent` (resolved, then closed with `resolution`), lets its
    /// retention period pass (its close is moved to the epoch) and has `admin` run the retention
    /// policy, which must anonymise it.
    pub async fn close_and_anonymise(
        &self,
        agent: &Session,
        admin: &Session,
        id: &str,
        resolution: &str,
    ) -> Result<()> {
        for (status, resolution) in [("resolved", None), ("closed", Some(resolution))] {
            let moved = agent
                .post(
                    &format!("/api/requests/{id}/commands"),
                    &serde_json::json!({"type": "set_status", "status": status, "resolution": resolution}),
                )
                .await?;
            anyhow::ensure!(moved.status == 200, "{status}: {}", moved.body);
        }
        self.sql_execute(&format!(
            "UPDATE request_projection SET closed_at = 0 WHERE request_id = '{id}'"
        ))
        .await?;
        let run = admin
            .post("/api/retention/run", &serde_json::json!({}))
            .await?;
        anyhow::ensure!(
            run.body["anonymised"] == 1,
            "the retention run: {}",
            run.body
        );
        Ok(())
    }

    /// The server's data directory (its SQLite file and, by default, its `files` folder).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir.0
    }

    /// The files under `folder` of the server's default file storage (`blobs`, `uploads`,
    /// `thumbs`).
    pub fn stored_files(&self, folder: &str) -> Vec<std::path::PathBuf> {
        crate::files_under(&self.data_dir.0.join("files").join(folder))
    }

    /// The PostgreSQL URL of this server's own database, when it runs on PostgreSQL.
    pub fn database_url(&self) -> Option<&str> {
        self.database_url.as_deref()
    }

    /// The value of the metric `name` on `/metrics` (a counter, a gauge, or a histogram's
    /// `_count` or `_sum`).
    pub async fn metric(&self, name: &str) -> Result<f64> {
        let text = self
            .http
            .get(format!("{}/metrics", self.base_url))
            .send()
            .await?
            .text()
            .await?;
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("{name} ")))
            .and_then(|v| v.trim().parse().ok())
            .with_context(|| format!("no metric {name}"))
    }

    pub fn ws_url(&self, token: &str) -> String {
        format!(
            "{}/sync?token={token}",
            self.base_url.replacen("http://", "ws://", 1)
        )
    }

    /// Signs in a demo user and returns the token.
    pub async fn login(&self, username: &str) -> Result<Session> {
        self.login_with(username, "hubdesk-demo").await
    }

    /// Signs in with a password other than the demo one.
    pub async fn login_with(&self, username: &str, password: &str) -> Result<Session> {
        let reply = self
            .http
            .post(format!("{}/api/auth/login", self.base_url))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await?;
        if !reply.status().is_success() {
            bail!("login as {username} failed: {}", reply.status());
        }
        let body: Value = reply.json().await?;
        Ok(Session::new(
            body["token"].as_str().context("token")?,
            body["user"]["id"].as_str().context("user id")?,
            &self.base_url,
            self.http.clone(),
        ))
    }
}
