//! Benchmarks that print a table: `bundle` (first visit to the field app), `export` (the CSV
//! export of 100,000 requests: time and server memory), `stall` (a small edit's
//! acknowledgement while another client pushes large writes).

mod bundle;
mod export;
mod stall;

use anyhow::{Result, bail};

pub fn run(args: &[String]) -> Result<()> {
    match args.first().map(String::as_str) {
        Some("bundle") => bundle::run(),
        Some("export") => export::run(&args[1..]),
        Some("stall") => stall::run(),
        _ => bail!("usage: cargo xtask bench bundle | bench export [--requests N] | bench stall"),
    }
}
