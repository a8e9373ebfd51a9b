//! `cargo xtask bench stall`: builds the release server and the `bench-stall` client (in
//! `tests/src/bin`), then runs it against that server; it prints the table.

use anyhow::{Result, bail};

pub fn run() -> Result<()> {
    let release = super::release_build(Some("bench-stall"))?;
    let status = std::process::Command::new(format!("{release}/bench-stall"))
        .env("HUBDESK_BINARY", format!("{release}/hubdesk"))
        .status()?;
    if !status.success() {
        bail!("the stall benchmark failed");
    }
    Ok(())
}
