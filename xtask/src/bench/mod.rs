//! Benchmarks that print a table: `bundle` (first visit to the field app), `export` (the CSV
//! export of 100,000 requests: time and server memory).

mod bundle;
mod export;

use anyhow::{Result, bail};

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("bundle") => bundle::run(),
        Some("export") => export::run(&args[1..]),
        _ => bail!("usage: cargo xtask bench bundle | bench export [--requests N]"),
    }
}
