//! Helpers for HubDesk's end-to-end tests: the real `hubdesk` binary on port 0 with a fresh
//! database (SQLite file or PostgreSQL database) per test, a typed REST client, and a native peer
//! that speaks the automerge-repo protocol over a real websocket with the shared engine.

pub mod balancer;
pub mod browser;
pub mod link;
pub mod load;
pub mod peer;
pub mod push_service;
pub mod raw;
pub mod repo_client;
pub mod s3;
pub mod server;
pub mod session;
pub mod smtp;
pub mod socket;
pub mod tus;

pub use peer::{Peer, Traffic};
pub use server::{Backend, TestServer};
pub use session::{Reply, Session};

/// Whether missing infrastructure (PostgreSQL, Chromium) must fail the run instead of skipping.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Every file under `dir`, at any depth (none when it does not exist).
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// Announces a skipped test loudly, or fails it under CI.
pub fn skip(what: &str) {
    assert!(!ci(), "{what} is required when CI=true");
    eprintln!(
        "\n*** SKIPPED: {what} is not available; set it up or run with CI=true to fail ***\n"
    );
}

use hubdesk_shared::ids::RequestId;
use hubdesk_shared::model::{
    Category, Country, Kind, Message, MessageRole, Request, SCHEMA_VERSION,
};

/// A valid help-desk request by `requester`, with a fresh id.
pub fn new_request(requester: &str, title: &str) -> Request {
    let now = peer::now_ms();
    Request {
        schema: SCHEMA_VERSION,
        id: RequestId::new(now as u64, rand::random()).to_string(),
        kind: Kind::HelpDesk,
        title: title.into(),
        description: autosurgeon::Text::with_value("Can the hub help?"),
        category: Category::CapacityBuilding,
        country: Country::Bangladesh,
        city: "Dhaka".into(),
        requester: requester.into(),
        created_at: now,
        messages: Vec::new(),
        application: None,
        team: None,
        attachments: Vec::new(),
        intake: None,
        handovers: Vec::new(),
        referrals: Vec::new(),
    }
}

/// A conversation message written by a requester.
pub fn message(id: &str, author: &str, body: &str) -> Message {
    Message {
        id: id.into(),
        author: author.into(),
        role: MessageRole::Requester,
        body: body.into(),
        sent_at: peer::now_ms(),
        canned: None,
    }
}

/// The directory of the Node side of the tests, if its packages are installed.
pub fn e2e_dir() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e");
    let ready = dir.join("node_modules").exists()
        && std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if ready {
        Some(dir)
    } else {
        skip("Node.js with the packages of tests/e2e (npm ci)");
        None
    }
}

/// `count` messages by `author` with ids `{prefix}{i}`, each of `chars` random letters (text
/// that does not compress), for filling a request with bulk.
pub fn bulky_messages(prefix: &str, author: &str, count: usize, chars: usize) -> Vec<Message> {
    (0..count)
        .map(|i| {
            let body: String = (0..chars)
                .map(|_| char::from(b'a' + rand::random::<u8>() % 26))
                .collect();
            message(&format!("{prefix}{i}"), author, &body)
        })
        .collect()
}
