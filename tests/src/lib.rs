//! Helpers for HubDesk's end-to-end tests: the real `hubdesk` binary on port 0 with a fresh
//! database (SQLite file or PostgreSQL database) per test, a typed REST client, and a native peer
//! that speaks the automerge-repo protocol over a real websocket with the shared engine.

pub mod peer;
pub mod server;

pub use peer::Peer;
pub use server::{Backend, TestServer};

/// Whether missing infrastructure (PostgreSQL, Chromium) must fail the run instead of skipping.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Announces a skipped test loudly, or fails it under CI.
pub fn skip(what: &str) {
    assert!(!ci(), "{what} is required when CI=true");
    eprintln!("\n*** SKIPPED: {what} is not available; set it up or run with CI=true to fail ***\n");
}
