//! Benchmarks that print a table: `attachments` (many large uploads at once: server memory and
//! throughput), `bundle` (first visit to the field app), `export` (the CSV
//! export of 100,000 requests: time and server memory), `stall` (a small edit's
//! acknowledgement while another client pushes large writes), `sync` (a sync load from many
//! devices, HubDesk beside the reference JavaScript server).

mod attachments;
mod bundle;
mod export;
mod stall;
mod sync;

use anyhow::{Result, bail};

use crate::tools::sh;

/// Builds the release server, and the `hubdesk-tests` client binary `client` when a benchmark
/// has one; returns the release directory they are in. `HUBDESK_ALLOCATOR` (`jemalloc`, the
/// default, `mimalloc` or `system`) picks the server's allocator, to compare them.
fn release_build(client: Option<&str>) -> Result<String> {
    let mut args = vec![
        "build",
        "--release",
        "-p",
        "hubdesk-server",
        "--bin",
        "hubdesk",
    ];
    match std::env::var("HUBDESK_ALLOCATOR").as_deref() {
        Err(_) | Ok("" | "jemalloc") => {}
        Ok("system") => args.push("--no-default-features"),
        Ok("mimalloc") => args.extend(["--no-default-features", "--features", "mimalloc"]),
        Ok(other) => bail!("HUBDESK_ALLOCATOR={other}: use jemalloc, mimalloc or system"),
    }
    if let Some(client) = client {
        args.extend(["-p", "hubdesk-tests", "--bin", client]);
    }
    sh("cargo", &args)?;
    let target_dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    Ok(format!("{target_dir}/release"))
}

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("attachments") => attachments::run(&args[1..]),
        Some("bundle") => bundle::run(&args[1..]),
        Some("export") => export::run(&args[1..]),
        Some("stall") => stall::run(),
        Some("sync") => sync::run(&args[1..]),
        _ => bail!(
            "usage: cargo xtask bench attachments [--uploads N] [--megabytes M] \
             | bench bundle [--language TAG] | bench export [--requests N] | bench stall \
             | bench sync [--devices N] [--docs D] [--edits K] [--stored S] [--url URL]"
        ),
    }
}
