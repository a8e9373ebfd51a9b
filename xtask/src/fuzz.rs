//! `cargo xtask fuzz [--seconds N]`: runs each cargo-fuzz target (`fuzz/fuzz_targets`) for N
//! seconds (60 by default), installing what it needs first (the nightly toolchain libFuzzer
//! builds with, and cargo-fuzz). A crash fails the command and its input is copied to
//! `fuzz/regressions/<target>/`, where `cargo test -p hubdesk-shared` replays it from then on.
//! `cargo xtask test` runs it for a short, bounded time.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::tools::{output, sh, sh_in};

const TARGETS: [&str; 3] = ["wire", "engine", "measure"];

pub fn run(args: &[String]) -> Result<()> {
    let seconds: u64 = match args {
        [] => 60,
        [flag, n] if flag == "--seconds" => n.parse().context("--seconds takes a number")?,
        _ => bail!("usage: cargo xtask fuzz [--seconds N]"),
    };
    fuzz_for(seconds)
}

pub fn fuzz_for(seconds: u64) -> Result<()> {
    ensure_fuzz_tools()?;
    let fuzz = Path::new("fuzz");
    let mut failed = Vec::new();
    for target in TARGETS {
        let corpus = format!("corpus/{target}");
        std::fs::create_dir_all(fuzz.join(&corpus))?;
        let time = format!("-max_total_time={seconds}");
        let result = sh_in(
            "cargo",
            &[
                "+nightly",
                "fuzz",
                "run",
                "--sanitizer",
                "none",
                target,
                &corpus,
                "--",
                &time,
                "-rss_limit_mb=4096",
            ],
            Some(fuzz),
        );
        if result.is_err() {
            keep_crashes(target)?;
            failed.push(target);
        }
    }
    if !failed.is_empty() {
        bail!(
            "fuzzing found crashes in {failed:?}; their inputs are in fuzz/regressions: fix them and commit the inputs"
        );
    }
    Ok(())
}

/// Copies crash inputs cargo-fuzz left in `fuzz/artifacts/<target>` to the regressions.
fn keep_crashes(target: &str) -> Result<()> {
    let artifacts = Path::new("fuzz/artifacts").join(target);
    let kept = Path::new("fuzz/regressions").join(target);
    std::fs::create_dir_all(&kept)?;
    if let Ok(entries) = std::fs::read_dir(&artifacts) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            std::fs::copy(entry.path(), kept.join(&name))?;
            eprintln!("kept {} as a regression", name.to_string_lossy());
        }
    }
    Ok(())
}

fn ensure_fuzz_tools() -> Result<()> {
    let toolchains = output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|t| t.starts_with("nightly")) {
        sh(
            "rustup",
            &["toolchain", "install", "nightly", "--profile", "minimal"],
        )?;
    }
    if output("cargo", &["fuzz", "--version"]).is_none() {
        sh("cargo", &["install", "cargo-fuzz"])?;
    }
    Ok(())
}
