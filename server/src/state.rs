//! What every service and handler is handed: the store, the sync handle, the rules and the
//! limits the server was started with, the sign-in guard, and the file storage.

use hubdesk_shared::validate::Rules;

use crate::files::Files;
use crate::signin::guard::{LoginGuard, LoginLimits};
use crate::store::Store;
use crate::sync::SyncHandle;

/// Limits on what clients may send and how long they may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub http_body_bytes: usize,
    pub ws_message_bytes: usize,
    /// How long an HTTP request may take before it is answered 408 (streamed bodies, the
    /// websocket and the live feed run on after their headers, untimed).
    pub http_timeout: std::time::Duration,
    pub sessions: crate::sync::sessions::SessionLimits,
    pub login: LoginLimits,
    /// Documents the sync engine keeps in memory before evicting the least recently used idle
    /// one: what bounds the server's memory as the number of stored documents grows.
    pub docs_in_memory: usize,
    /// What those documents may take in memory, estimated from their stored size: the bound
    /// that holds when documents are large or a wave of uploads brings in many at once.
    pub docs_memory_bytes: usize,
    /// Days a closed request is kept before it is anonymised (0: kept for ever); see
    /// `shared::retention`.
    pub retention_days: u32,
    /// How many bytes of attachments one person may have at the hub.
    pub user_quota_bytes: u64,
}

/// Documents the sync engine keeps in memory by default (`--docs-in-memory`).
pub const DOCS_IN_MEMORY: usize = 2_000;

/// Megabytes those documents may take by default (`--docs-memory-mb`): 16 keeps the server
/// under 100 MB with 100,000 stored on SQLite (docs/benchmarks.md).
pub const DOCS_MEMORY_MB: usize = 16;

impl Default for Limits {
    fn default() -> Self {
        Self {
            http_body_bytes: 1024 * 1024,
            ws_message_bytes: hubdesk_shared::limits::WS_MESSAGE_MAX_BYTES,
            http_timeout: std::time::Duration::from_secs(30),
            sessions: Default::default(),
            login: Default::default(),
            docs_in_memory: DOCS_IN_MEMORY,
            docs_memory_bytes: DOCS_MEMORY_MB * 1024 * 1024,
            retention_days: hubdesk_shared::retention::DEFAULT_RETENTION_DAYS,
            user_quota_bytes: hubdesk_shared::attachments::DEFAULT_USER_QUOTA_BYTES,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub sync: SyncHandle,
    pub rules: Rules,
    pub limits: Limits,
    pub login: LoginGuard,
    /// Where attachments' bytes are kept.
    pub files: Files,
    /// What sends Web Push messages.
    pub notifier: std::sync::Arc<crate::notifications::Notifier>,
}
