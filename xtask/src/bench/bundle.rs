//! `cargo xtask bench bundle`: what a first visit to the field app transfers.

use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::tools::{ensure_browser_tools, sh};
use crate::web::build_web;

/// The first-visit budget the field app aims for.
const FIRST_VISIT_BUDGET: u64 = 700 * 1024;

/// Builds the web app, starts the server, loads the app once in Chromium with an empty cache
/// and prints what crossed the network, file by file.
pub fn run() -> Result<()> {
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
