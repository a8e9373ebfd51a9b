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
        Some("bench") => match args.get(1).map(String::as_str) {
            Some("bundle") => bench_bundle(),
            _ => bail!("usage: cargo xtask bench bundle"),
        },
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n\
                 commands:\n  \
                 run        build the web apps and start HubDesk on SQLite with demo data\n  \
                 test       install what is missing, then run every check and test\n  \
                 build-web  build the wasm client and web assets only\n  \
                 bench bundle  measure what a first visit to the web app transfers"
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
    let wasm = PathBuf::from(format!(
        "{target_dir}/wasm32-unknown-unknown/wasm/hubdesk_client.wasm"
    ));
    // Optimise before wasm-bindgen: binaryen rewrites the externref table wasm-bindgen emits
    // into one the generated JS can no longer fill.
    let wasm = optimise_wasm(&wasm)?;
    // Start from an empty pkg/ so no file of an earlier build lingers (or gets cached).
    let pkg = Path::new("client-wasm/web/pkg");
    if pkg.exists() {
        std::fs::remove_dir_all(pkg)?;
    }
    sh(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--out-dir",
            "client-wasm/web/pkg",
            wasm.to_str().context("wasm path")?,
        ],
    )?;
    stamp_shell(Path::new("client-wasm/web"))?;
    precompress(Path::new("client-wasm/web"))?;
    Ok(())
}

/// Writes `pkg/shell-version.js`, naming the build by a hash of every shell file, so the
/// service worker caches each build under its own name and notices a new one.
fn stamp_shell(web: &Path) -> Result<()> {
    use sha2::Digest;
    let stamp = web.join("pkg/shell-version.js");
    let mut files = Vec::new();
    collect_files(web, &mut files)?;
    files.retain(|f| {
        let ext = f.extension().and_then(|e| e.to_str());
        f != &stamp && !matches!(ext, Some("br" | "gz"))
    });
    files.sort();
    let mut hash = sha2::Sha256::new();
    for file in &files {
        hash.update(file.to_string_lossy().as_bytes());
        hash.update(std::fs::read(file)?);
    }
    let version: String = hex::encode(hash.finalize()).chars().take(16).collect();
    std::fs::write(
        stamp,
        format!("self.HUBDESK_SHELL_VERSION = \"{version}\";\n"),
    )?;
    Ok(())
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Shrinks the wasm with binaryen's wasm-opt (installed through apt-get when possible) and
/// returns the file to bind. Without wasm-opt the app still works, only larger, so its absence
/// is a warning, not a failure.
fn optimise_wasm(wasm: &Path) -> Result<PathBuf> {
    if !have("wasm-opt") {
        let root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
        if root && have("apt-get") {
            sh("apt-get", &["install", "-y", "-qq", "binaryen"])?;
        }
    }
    if !have("wasm-opt") {
        eprintln!("*** wasm-opt (binaryen) is missing: the wasm is not size-optimised ***");
        return Ok(wasm.to_path_buf());
    }
    // Same file name in a directory of its own: wasm-bindgen names its output after the input.
    let dir = wasm.parent().context("wasm directory")?.join("optimised");
    std::fs::create_dir_all(&dir)?;
    let optimised = dir.join(wasm.file_name().context("wasm file name")?);
    let input = wasm.to_str().context("wasm path")?;
    let output = optimised.to_str().context("wasm path")?;
    sh(
        "wasm-opt",
        &[
            "-Oz",
            // The features rustc enables for wasm32-unknown-unknown by default.
            "--enable-bulk-memory",
            "--enable-reference-types",
            "--enable-multivalue",
            "--enable-sign-ext",
            "--enable-nontrapping-float-to-int",
            "--enable-mutable-globals",
            input,
            "-o",
            output,
        ],
    )?;
    Ok(optimised)
}

/// The kinds of asset worth serving compressed.
const COMPRESSIBLE: &[&str] = &["wasm", "js", "css", "html", "svg", "json", "webmanifest"];

/// Writes `.br` and `.gz` beside every compressible asset, so the server sends them as they are
/// instead of compressing on every request (and at a higher ratio than on the fly).
fn precompress(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let data = std::fs::read(&path)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &data)?;
        std::fs::write(with_suffix(&path, "gz"), gz.finish()?)?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 24,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut data.as_slice(), &mut br, &params)?;
        std::fs::write(with_suffix(&path, "br"), br)?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// The first-visit budget the field app aims for.
const FIRST_VISIT_BUDGET: u64 = 700 * 1024;

/// Builds the web app, starts the server, loads the app once in Chromium with an empty cache
/// and prints what crossed the network, file by file.
fn bench_bundle() -> Result<()> {
    ensure_browser_tools()?;
    build_web()?;
    sh(
        "cargo",
        &["build", "-p", "hubdesk-server", "--bin", "hubdesk"],
    )?;
    let target_dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let data_dir = std::env::temp_dir().join(format!("hubdesk-bench-{}", std::process::id()));
    let mut server = Command::new(format!("{target_dir}/debug/hubdesk"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--web-dir",
            "client-wasm/web",
        ])
        .arg("--data-dir")
        .arg(&data_dir)
        .env("HUBDESK_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .context("starting hubdesk")?;
    let result = measure(&mut server);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data_dir);
    let rows = result?;
    print_bundle_table(&rows);
    Ok(())
}

struct Transfer {
    url: String,
    encoding: String,
    bytes: u64,
}

fn measure(server: &mut std::process::Child) -> Result<Vec<Transfer>> {
    use std::io::BufRead;
    let stdout = server.stdout.take().context("server stdout")?;
    let mut lines = std::io::BufReader::new(stdout).lines();
    let base = loop {
        let line = lines
            .next()
            .context("the server exited before it was ready")??;
        if let Some(url) = line.strip_prefix("HubDesk is running at ") {
            break url.trim_end_matches('/').to_string();
        }
    };
    let out = Command::new("node")
        .arg("bench-bundle.mjs")
        .current_dir("tests/e2e")
        .env("HUBDESK_BASE_URL", &base)
        .output()
        .context("running the bundle measurement in Chromium")?;
    if !out.status.success() {
        bail!(
            "bench-bundle.mjs failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let rows = report["transfers"]
        .as_array()
        .context("transfers")?
        .iter()
        .map(|t| Transfer {
            url: t["url"].as_str().unwrap_or_default().replace(&base, ""),
            encoding: t["encoding"].as_str().unwrap_or("identity").to_string(),
            bytes: t["bytes"].as_u64().unwrap_or_default(),
        })
        .collect();
    Ok(rows)
}

fn print_bundle_table(rows: &[Transfer]) {
    let total: u64 = rows.iter().map(|r| r.bytes).sum();
    println!("\nFirst visit to / (empty cache, Chromium):\n");
    println!("{:<48} {:<10} {:>12}", "file", "encoding", "transferred");
    println!("{}", "-".repeat(72));
    for row in rows {
        println!(
            "{:<48} {:<10} {:>12}",
            row.url,
            row.encoding,
            kib(row.bytes)
        );
    }
    println!("{}", "-".repeat(72));
    println!("{:<48} {:<10} {:>12}", "total", "", kib(total));
    let verdict = if total <= FIRST_VISIT_BUDGET {
        "within"
    } else {
        "OVER"
    };
    println!(
        "{:<48} {:<10} {:>12}  ({verdict} budget)",
        "budget",
        "",
        kib(FIRST_VISIT_BUDGET)
    );
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
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
    // The client's own unit tests run natively; its browser side is covered by tests/.
    sh("cargo", &["test", "-p", "hubdesk-client", "--lib"])?;
    eprintln!("all checks and tests passed");
    Ok(())
}
