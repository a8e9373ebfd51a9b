//! `cargo xtask bench sync [--devices N --docs D --edits K --stored S | --url URL ...]`: builds
//! the release server and the `bench-sync` load generator (in `tests/src/bin`), installs the
//! reference JavaScript sync server through npm (`bench/reference-server`), and runs the
//! generator, which prints the side-by-side table. Arguments go to the generator unchanged.

use std::path::Path;

use anyhow::{Result, bail};

use crate::tools::sh_in;

pub fn run(args: &[String]) -> Result<()> {
    let release = super::release_build(Some("bench-sync"))?;
    let reference = Path::new("bench/reference-server");
    let against_url = args.iter().any(|a| a == "--url");
    if !against_url && !reference.join("node_modules/.package-lock.json").exists() {
        sh_in("npm", &["ci", "--no-audit", "--no-fund"], Some(reference))?;
    }
    let mut command = std::process::Command::new(format!("{release}/bench-sync"));
    command
        .args(args)
        .env("HUBDESK_BINARY", format!("{release}/hubdesk"));
    if !against_url {
        command.env("HUBDESK_REFERENCE_DIR", reference.canonicalize()?);
    }
    if !command.status()?.success() {
        bail!("the sync benchmark failed");
    }
    Ok(())
}
