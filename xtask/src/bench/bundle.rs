//! `cargo xtask bench bundle [--language TAG]`: what a first visit to the field app transfers,
//! in each language of `locales/` (or one): a phone whose browser asks for that language, with
//! an empty cache. Only that language's catalogue files may cross the network.

use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::tools::{ensure_browser_tools, sh};
use crate::web::build_web;

/// The first-visit budget the field app aims for.
const FIRST_VISIT_BUDGET: u64 = 700 * 1024;

/// Builds the web app, starts the server, loads the app once per language in Chromium with an
/// empty cache and prints what crossed the network: file by file for one language, a line per
/// language for all.
pub fn run(args: &[String]) -> Result<()> {
    let languages = match args {
        [] => crate::locales::tags(std::path::Path::new("locales"))?,
        [flag, tag] if flag == "--language" => vec![tag.clone()],
        _ => bail!("usage: cargo xtask bench bundle [--language TAG]"),
    };
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
    let result = base_url(&mut server).and_then(|base| {
        languages
            .iter()
            .map(|tag| Ok((tag.clone(), measure(&base, tag)?)))
            .collect::<Result<Vec<_>>>()
    });
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data_dir);
    let measured = result?;
    if let [(tag, rows)] = measured.as_slice() {
        print_bundle_table(tag, rows);
    } else {
        print_languages_table(&measured);
    }
    Ok(())
}

struct Transfer {
    url: String,
    encoding: String,
    bytes: u64,
}

/// Where the server says it runs.
fn base_url(server: &mut std::process::Child) -> Result<String> {
    use std::io::BufRead;
    let stdout = server.stdout.take().context("server stdout")?;
    let mut lines = std::io::BufReader::new(stdout).lines();
    loop {
        let line = lines
            .next()
            .context("the server exited before it was ready")??;
        if let Some(url) = line.strip_prefix("HubDesk is running at ") {
            return Ok(url.trim_end_matches('/').to_string());
        }
    }
}

/// A first visit of a phone whose browser asks for language `tag`.
fn measure(base: &str, tag: &str) -> Result<Vec<Transfer>> {
    let out = Command::new("node")
        .arg("bench-bundle.mjs")
        .current_dir("tests/e2e")
        .env("HUBDESK_BASE_URL", base)
        .env("HUBDESK_LANGUAGE", tag)
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
            url: t["url"].as_str().unwrap_or_default().replace(base, ""),
            encoding: t["encoding"].as_str().unwrap_or("identity").to_string(),
            bytes: t["bytes"].as_u64().unwrap_or_default(),
        })
        .collect();
    Ok(rows)
}

/// One line per language: what its first visit transferred, how much of it was catalogue, and
/// whether any other language's files came along (they must not).
fn print_languages_table(measured: &[(String, Vec<Transfer>)]) {
    println!("\nFirst visit to / per language (empty cache, Chromium):\n");
    println!(
        "{:<8} {:>7} {:>14} {:>16} {:>12}  budget",
        "language", "files", "catalogue", "other languages", "total"
    );
    println!("{}", "-".repeat(76));
    for (tag, rows) in measured {
        let own = format!("/locales/{tag}/");
        let catalogue: u64 = rows
            .iter()
            .filter(|r| r.url.contains(&own))
            .map(|r| r.bytes)
            .sum();
        let others = rows
            .iter()
            .filter(|r| {
                r.url.contains("/locales/") && r.url.ends_with(".ftl") && !r.url.contains(&own)
            })
            .count();
        let total: u64 = rows.iter().map(|r| r.bytes).sum();
        let verdict = if total <= FIRST_VISIT_BUDGET && others == 0 {
            "within"
        } else {
            "OVER"
        };
        println!(
            "{:<8} {:>7} {:>14} {:>16} {:>12}  {verdict} {}",
            tag,
            rows.len(),
            kib(catalogue),
            others,
            kib(total),
            kib(FIRST_VISIT_BUDGET)
        );
    }
}

fn print_bundle_table(tag: &str, rows: &[Transfer]) {
    let total: u64 = rows.iter().map(|r| r.bytes).sum();
    println!("\nFirst visit to / in {tag} (empty cache, Chromium):\n");
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
