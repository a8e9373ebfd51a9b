//! Browser tests of the field app: the real server serving `client-wasm/web`, and Playwright
//! scripts from `tests/e2e` driving headless Chromium, step by step.
//!
//! A script prints a JSON line per finished step (`{"event": "offline", ...}`); the test reads it
//! with [`Script::event`], acts (replies as an agent, stops the server) and answers with
//! [`Script::send`]; the script's last line is `{"ok": true, ...}`, read by [`Script::finish`].
//! See `tests/e2e/lib/pwa.mjs` for the script side.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::Mutex;
use tokio::task::JoinHandle;

use crate::{Backend, TestServer, e2e_dir, skip};

/// The browser the scripts drive.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// How long a script may take between two steps (a first visit over the emulated 2G link with
/// its cuts can take a few minutes).
const STEP_TIMEOUT: Duration = Duration::from_secs(300);

/// Browser tests share two cores with everything else; one at a time keeps their timings honest.
static ONE_BROWSER_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// The built web app, as an absolute path for `--web-dir`.
pub fn web_dir() -> Result<String> {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../client-wasm/web");
    if !web.join("pkg/hubdesk_client_bg.wasm").exists() {
        bail!("the web app is not built: run `cargo xtask build-web` (cargo xtask test does)");
    }
    let web = web.canonicalize()?;
    Ok(web
        .to_str()
        .context("the web app's path is not UTF-8")?
        .to_string())
}

/// A server with the demo data serving the field app, and the right to run a browser; `None`
/// when Chromium or the Node packages are missing (the test is then skipped loudly).
pub struct BrowserTest {
    pub server: TestServer,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl BrowserTest {
    pub async fn start() -> Result<Option<Self>> {
        if !Path::new(CHROMIUM).exists() {
            skip("Chromium at /usr/bin/chromium");
            return Ok(None);
        }
        if e2e_dir().is_none() {
            return Ok(None);
        }
        let web = web_dir()?;
        let turn = ONE_BROWSER_AT_A_TIME.lock().await;
        let Some(server) = TestServer::start_with(Backend::Sqlite, &["--web-dir", &web]).await?
        else {
            return Ok(None);
        };
        Ok(Some(Self {
            server,
            _turn: turn,
        }))
    }

    /// Starts `tests/e2e/<script>` against this test's server.
    pub async fn script(&self, script: &str, env: &[(&str, &str)]) -> Result<Script> {
        Script::start(script, &self.server.base_url, env).await
    }

    /// Starts `tests/e2e/<script>` with the browser reaching this test's server at `base_url`
    /// (through a [`crate::link::Link`], say).
    pub async fn script_via(
        &self,
        script: &str,
        base_url: &str,
        env: &[(&str, &str)],
    ) -> Result<Script> {
        Script::start(script, base_url, env).await
    }
}

/// A running browser script.
pub struct Script {
    name: String,
    child: Child,
    stdin: ChildStdin,
    stdout: Lines<BufReader<ChildStdout>>,
    /// Everything the script wrote to stderr, once it has closed it.
    stderr: Option<JoinHandle<String>>,
    /// How long one step may go without the script printing anything.
    step_timeout: Duration,
}

/// Where the scripts put screenshots: `tests/e2e/artifacts` (ignored by git).
pub fn artifacts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e/artifacts")
}

impl Script {
    async fn start(script: &str, base_url: &str, env: &[(&str, &str)]) -> Result<Self> {
        let dir = e2e_dir().context("Node.js packages are installed")?;
        std::fs::create_dir_all(artifacts_dir())?;
        let mut command = Command::new("node");
        command
            .arg(dir.join(script))
            .current_dir(&dir)
            .env("HUBDESK_BASE_URL", base_url)
            .env("HUBDESK_ARTIFACTS", artifacts_dir())
            .env("HUBDESK_CHROMIUM", CHROMIUM)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command
            .spawn()
            .with_context(|| format!("starting {script}"))?;
        let stdin = child.stdin.take().context("no stdin")?;
        let stdout = BufReader::new(child.stdout.take().context("no stdout")?).lines();
        let mut stderr_pipe = child.stderr.take().context("no stderr")?;
        let stderr = tokio::spawn(async move {
            let mut text = String::new();
            let _ = stderr_pipe.read_to_string(&mut text).await;
            text
        });
        Ok(Self {
            name: script.to_string(),
            child,
            stdin,
            stdout,
            stderr: Some(stderr),
            step_timeout: STEP_TIMEOUT,
        })
    }

    /// Lets one step take up to `timeout` (a first visit over an emulated 2G link, say).
    pub fn allow_steps_of(&mut self, timeout: Duration) {
        self.step_timeout = timeout;
    }

    /// The next line the script prints, as JSON.
    async fn next(&mut self) -> Result<Value> {
        let step = self.step_timeout;
        let line = tokio::time::timeout(step, self.stdout.next_line())
            .await
            .map_err(|_| anyhow::anyhow!("{} printed nothing for {step:?}", self.name));
        match line {
            Ok(Ok(Some(line))) => serde_json::from_str(&line)
                .with_context(|| format!("{} printed a line that is not JSON: {line}", self.name)),
            Ok(Ok(None)) => {
                let stderr = self.stderr().await;
                bail!("{} ended early:\n{stderr}", self.name)
            }
            Ok(Err(e)) => Err(e.into()),
            Err(e) => {
                let _ = self.child.start_kill();
                let stderr = self.stderr().await;
                bail!("{e}:\n{stderr}")
            }
        }
    }

    /// Waits for the script to finish the step `name`; returns what it reported with it.
    pub async fn event(&mut self, name: &str) -> Result<Value> {
        let value = self.next().await?;
        if value["event"] != name {
            let stderr = self.stderr().await;
            bail!(
                "{} reported {value} while the test waited for {name:?}:\n{stderr}",
                self.name
            );
        }
        Ok(value)
    }

    /// Tells the script that the test has done `name`.
    pub async fn send(&mut self, name: &str) -> Result<()> {
        let line = format!("{}\n", json!({ "event": name }));
        self.stdin.write_all(line.as_bytes()).await?;
        self.stdin.flush().await?;
        Ok(())
    }

    /// Waits for the script's result line and for it to exit successfully.
    pub async fn finish(mut self) -> Result<Value> {
        let result = self.next().await?;
        let status = tokio::time::timeout(STEP_TIMEOUT, self.child.wait())
            .await
            .context("the script did not exit")??;
        if !status.success() || result["ok"] != true {
            let stderr = self.stderr().await;
            bail!("{} failed ({status}): {result}\n{stderr}", self.name);
        }
        Ok(result)
    }

    /// What the script wrote to stderr, once it has exited (it may still be writing its failure
    /// report when the test notices something is wrong).
    async fn stderr(&mut self) -> String {
        if tokio::time::timeout(Duration::from_secs(20), self.child.wait())
            .await
            .is_err()
        {
            let _ = self.child.start_kill();
        }
        match self.stderr.take() {
            Some(task) => tokio::time::timeout(Duration::from_secs(5), task)
                .await
                .ok()
                .and_then(Result::ok)
                .unwrap_or_default(),
            None => String::new(),
        }
    }
}

/// A unique word to put in titles, so searches over the REST API match only this test's records.
pub fn marker() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..10].to_string()
}
