//! The server's clock: every time the server records (service levels, audit, ledger, tokens) is
//! read here, so "the hub's time" has one meaning. `shared` never reads a clock; it is handed
//! this.

/// Milliseconds since the Unix epoch, by this node's clock.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}
