//! Project automation: `cargo xtask run`, `cargo xtask test`, `cargo xtask bench ...`,
//! `cargo xtask fuzz [--seconds N]`.
//!
//! `test` installs what is missing (the wasm32 target, wasm-bindgen-cli at the version in
//! Cargo.lock, the npm packages of the browser tests, Chromium through apt-get when root on
//! Debian), then runs every check CI runs. `run` builds the web assets and starts the server on
//! SQLite with demo data. `test` ends with a bounded fuzzing run.
//!
//! Map: `tools` (running commands, installing what is missing), `web` (the wasm client and web
//! assets), `checks` (`run`, `test`), `bench/` (one module per benchmark), `fuzz` (cargo-fuzz
//! targets, installing nightly and cargo-fuzz when missing).

mod bench;
mod checks;
mod fuzz;
mod locales;
mod tools;
mod web;

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root()?;
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("run") => checks::run(&args[1..]),
        Some("test") => checks::test(),
        Some("build-web") => web::build_web(),
        Some("bench") => bench::run(&args[1..]),
        Some("fuzz") => fuzz::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n\
                 commands:\n  \
                 run        build the web apps and start HubDesk on SQLite with demo data\n  \
                 test       install what is missing, then run every check and test\n  \
                 build-web  build the wasm client and web assets only\n  \
                 bench attachments  many large uploads at once: server memory and throughput\n  \
                 bench bundle  measure what a first visit to the web app transfers\n  \
                 bench export  time a 100,000-request CSV export and the server's peak memory\n  \
                 bench stall   time small edits' acknowledgements while another client writes large\n  \
                 bench sync    a sync load from many devices, HubDesk beside the reference server\n  \
                 fuzz [--seconds N]  run every fuzz target for N seconds (60 by default)"
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
