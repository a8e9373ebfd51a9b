//! `cargo xtask bench stall`: builds the release server and the `bench-stall` client (in
//! `tests/src/bin`), then runs it against that server; it prints the table.

use anyhow::{Result, bail};

use crate::tools::sh;

pub fn run() -> Result<()> {
    sh(
        "cargo",
        &[
            "build",
            "--release",
            "-p",
            "hubdesk-server",
            "--bin",
            "hubdesk",
            "-p",
            "hubdesk-tests",
            "--bin",
            "bench-stall",
        ],
    )?;
    let target_dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let status = std::process::Command::new(format!("{target_dir}/release/bench-stall"))
        .env("HUBDESK_BINARY", format!("{target_dir}/release/hubdesk"))
        .status()?;
    if !status.success() {
        bail!("the stall benchmark failed");
    }
    Ok(())
}
