//! Running commands and installing the tools the checks need.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Runs a command, echoing it, and fails if it fails.
pub fn sh(program: &str, args: &[&str]) -> Result<()> {
    sh_in(program, args, None)
}

pub fn sh_in(program: &str, args: &[&str], dir: Option<&Path>) -> Result<()> {
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

pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn have(program: &str) -> bool {
    output("sh", &["-c", &format!("command -v {program}")]).is_some()
}

/// The version of a crate pinned in Cargo.lock.
pub fn locked_version(name: &str) -> Result<String> {
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

pub fn ensure_wasm_tools() -> Result<()> {
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

pub fn ensure_browser_tools() -> Result<()> {
    // The browser tests' Node side, and the reference sync server the benchmark's smoke run
    // measures beside HubDesk.
    for dir in ["tests/e2e", "bench/reference-server"] {
        let dir = Path::new(dir);
        if !dir.join("node_modules/.package-lock.json").exists() {
            sh_in("npm", &["ci", "--no-audit", "--no-fund"], Some(dir))?;
        }
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
    ensure_fonts()?;
    ensure_nginx()?;
    ensure_s3_server()?;
    ensure_spec_validator()
}

/// Where the attachment tests find an S3-compatible server of their own.
const S3_SERVER: &str = "target/tools/bin/s3s-fs";

/// `s3s-fs` (crates.io): an S3-compatible server over a folder, which the several-nodes
/// attachment tests start as the bucket the nodes share.
fn ensure_s3_server() -> Result<()> {
    if Path::new(S3_SERVER).exists() {
        return Ok(());
    }
    sh(
        "cargo",
        &[
            "install",
            "--quiet",
            "--root",
            "target/tools",
            "s3s-fs",
            "--version",
            "0.14.1",
            "--features",
            "binary",
        ],
    )
}

/// Fonts for every script of the region (Bengali, Devanagari, Arabic for Urdu, Thaana,
/// Sinhala, Tamil), so the browser tests' screenshots show words, not empty boxes, as a phone
/// of the region does. A missing font changes no result, only the pictures: a warning.
fn ensure_fonts() -> Result<()> {
    let have_fonts = output("fc-list", &[":lang=dv"]).is_some_and(|list| !list.trim().is_empty());
    if have_fonts {
        return Ok(());
    }
    let root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    let installed = root
        && have("apt-get")
        && sh("apt-get", &["update", "-qq"]).is_ok()
        && sh("apt-get", &["install", "-y", "-qq", "fonts-noto-core"]).is_ok();
    if !installed {
        eprintln!(
            "*** fonts for the region's scripts are missing: screenshots show empty boxes ***"
        );
    }
    Ok(())
}

/// Where the OpenAPI test finds `openapi-spec-validator` (PyPI), installed into a virtual
/// environment of the project's own so the system's Python is left alone.
const SPEC_VALIDATOR_VENV: &str = "target/tools/openapi-venv";

/// The stock OpenAPI validator the OpenAPI test runs over `/api/openapi.json`.
fn ensure_spec_validator() -> Result<()> {
    let venv = Path::new(SPEC_VALIDATOR_VENV);
    if venv.join("bin/openapi-spec-validator").exists() {
        return Ok(());
    }
    if !have("python3") {
        eprintln!(
            "*** python3 is missing; the OpenAPI validation will skip (or fail under CI=true) ***"
        );
        return Ok(());
    }
    sh("python3", &["-m", "venv", SPEC_VALIDATOR_VENV])?;
    let pip = venv.join("bin/pip");
    sh(
        &pip.to_string_lossy(),
        &["install", "--quiet", "openapi-spec-validator"],
    )
}

/// nginx, for the multi-node tests that run `deploy/nginx.conf` in front of the nodes.
fn ensure_nginx() -> Result<()> {
    if Path::new("/usr/sbin/nginx").exists() {
        return Ok(());
    }
    let root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if root && have("apt-get") {
        sh("apt-get", &["update", "-qq"])?;
        sh("apt-get", &["install", "-y", "-qq", "nginx-light"])?;
        // The package starts a system-wide nginx where it can; the tests run their own.
        let _ = sh("sh", &["-c", "service nginx stop >/dev/null 2>&1 || true"]);
    } else {
        eprintln!(
            "*** nginx is missing and cannot be installed here; the load-balancer test will skip (or fail under CI=true) ***"
        );
    }
    Ok(())
}
