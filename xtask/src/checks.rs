//! `cargo xtask run` and `cargo xtask test`.

use anyhow::Result;

use crate::tools::{ensure_browser_tools, sh};
use crate::web::build_web;

pub fn run(extra: &[String]) -> Result<()> {
    build_web()?;
    let mut args = vec![
        "run",
        "-p",
        "hubdesk-server",
        "--bin",
        "hubdesk",
        "--",
        "serve",
        "--demo",
        "--web-dir",
        "client-wasm/web",
    ];
    args.extend(extra.iter().map(String::as_str));
    sh("cargo", &args)
}

pub fn test() -> Result<()> {
    ensure_browser_tools()?;
    build_web()?;
    sh("cargo", &["fmt", "--all", "--", "--check"])?;
    sh(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    sh(
        "cargo",
        &[
            "clippy",
            "-p",
            "hubdesk-client",
            "-p",
            "hubdesk-shared",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    // The end-to-end tests start the real binary, so build it first.
    sh(
        "cargo",
        &["build", "-p", "hubdesk-server", "--bin", "hubdesk"],
    )?;
    sh(
        "cargo",
        &[
            "test",
            "--workspace",
            "--exclude",
            "hubdesk-client",
            "--no-fail-fast",
        ],
    )?;
    // The client's own unit tests run natively; its browser side is covered by tests/.
    sh("cargo", &["test", "-p", "hubdesk-client", "--lib"])?;
    // A bounded run of every fuzz target; `cargo xtask fuzz --seconds N` runs longer.
    crate::fuzz::fuzz_for(20)?;
    eprintln!("all checks and tests passed");
    Ok(())
}
