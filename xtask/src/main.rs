//! Project automation: `cargo xtask run`, `cargo xtask test`, `cargo xtask bench ...`.
//!
//! `test` installs what is missing (the wasm32 target, wasm-bindgen-cli at the version in
//! Cargo.lock, the npm packages of the browser tests, Chromium through apt-get when root on
//! Debian), then runs every check CI runs. `run` builds the web assets and starts the server on
//! SQLite with demo data.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root()?;
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("build-web") => build_web(),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n\
                 commands:\n  \
                 run        build the web apps and start HubDesk on SQLite with demo data\n  \
                 test       install what is missing, then run every check and test\n  \
                 build-web  build the wasm client and web assets only"
            );
            bail!("unknown or missing command")
        }
    }
}

fn root() -> Result<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    Ok(manifest
        .parent()
        .context("xtask lives inside the workspace")?
        .to_path_buf())
}

/// Runs a command, echoing it, and fails if it fails.
fn sh(program: &str, args: &[&str]) -> Result<()> {
    sh_in(program, args, None)
}

fn sh_in(program: &str, args: &[&str], dir: Option<&Path>) -> Result<()> {
    eprintln!("$ {program} {}", args.join(" "));
    let mut command = Command::new(program);
    command.args(args);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let status = command
        .status()
        .with_context(|| format!("could not start {program}"))?;
    if !status.success() {
        bail!("`{program} {}` failed with {status}", args.join(" "));
    }
    Ok(())
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have(program: &str) -> bool {
    output("sh", &["-c", &format!("command -v {program}")]).is_some()
}

/// The version of a crate pinned in Cargo.lock.
fn locked_version(name: &str) -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"")
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    bail!("{name} is not in Cargo.lock")
}

fn ensure_wasm_tools() -> Result<()> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        sh("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    let version = locked_version("wasm-bindgen")?;
    let installed = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !installed.contains(&version) {
        // `--locked` cannot be used here: the CLI's own lockfile pins crates some registries lack.
        sh(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &version],
        )?;
    }
    Ok(())
}

fn ensure_browser_tools() -> Result<()> {
    let e2e = Path::new("tests/e2e");
    if !e2e.join("node_modules/.package-lock.json").exists() {
        sh_in("npm", &["ci", "--no-audit", "--no-fund"], Some(e2e))?;
    }
    if !Path::new("/usr/bin/chromium").exists() {
        let root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
        if root && have("apt-get") {
            sh("apt-get", &["update", "-qq"])?;
            sh(
                "apt-get",
                &["install", "-y", "-qq", "chromium", "chromium-driver"],
            )?;
        } else {
            eprintln!(
                "*** Chromium is missing and cannot be installed here; browser tests will skip (or fail under CI=true) ***"
            );
        }
    }
    Ok(())
}

/// Builds the wasm client and puts its JS bindings next to the web app.
fn build_web() -> Result<()> {
    ensure_wasm_tools()?;
    sh(
        "cargo",
        &[
            "build",
            "-p",
            "hubdesk-client",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm",
        ],
    )?;
    let target_dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let wasm = format!("{target_dir}/wasm32-unknown-unknown/wasm/hubdesk_client.wasm");
    sh(
        "wasm-bindgen",
        &["--target", "web", "--out-dir", "client-wasm/web/pkg", &wasm],
    )?;
    Ok(())
}

fn run(extra: &[String]) -> Result<()> {
    build_web()?;
    let mut args = vec![
        "run",
        "-p",
        "hubdesk-server",
        "--bin",
        "hubdesk",
        "--",
        "serve",
        "--demo",
        "--web-dir",
        "client-wasm/web",
    ];
    args.extend(extra.iter().map(String::as_str));
    sh("cargo", &args)
}

fn test() -> Result<()> {
    ensure_browser_tools()?;
    build_web()?;
    sh("cargo", &["fmt", "--all", "--", "--check"])?;
    sh(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    sh(
        "cargo",
        &[
            "clippy",
            "-p",
            "hubdesk-client",
            "-p",
            "hubdesk-shared",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    // The end-to-end tests start the real binary, so build it first.
    sh(
        "cargo",
        &["build", "-p", "hubdesk-server", "--bin", "hubdesk"],
    )?;
    sh(
        "cargo",
        &[
            "test",
            "--workspace",
            "--exclude",
            "hubdesk-client",
            "--no-fail-fast",
        ],
    )?;
    eprintln!("all checks and tests passed");
    Ok(())
}
