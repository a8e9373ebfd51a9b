//! The outbox's sender: every node runs one. It claims due pushes (no other sender takes them
//! while claimed), sends each to its push service, and then deletes it, tries it again later,
//! or drops it. A push is retried with growing waits (or as long as the service's
//! `Retry-After` asks), and dropped unsent once its TTL has passed or after
//! [`MAX_ATTEMPTS`]; a service answering 404 or 410 ends the subscription.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use hubdesk_shared::notify::{NotificationKind, PushPayload, gathered_until};

use super::Notifier;
use super::push::{Keys, topic};
use crate::clock::now_ms;
use crate::store::Store;
use crate::store::notifications::{self, Claimed};

/// Pushes claimed at once.
const BATCH: i64 = 32;

/// How long a claim holds: well past the longest a batch can take (every push is bounded by
/// [`super::SEND_TIMEOUT`] and they are sent together), so no other sender takes a push while
/// it is being sent.
const CLAIM_MS: i64 = 120_000;

/// How often an idle sender looks for due pushes (a push is also sent at once when this node
/// recorded it).
const POLL: Duration = Duration::from_secs(2);

/// Tries before a push is dropped.
pub const MAX_ATTEMPTS: i64 = 8;

/// The longest wait between two tries.
const MAX_BACKOFF_MS: i64 = 60 * 60 * 1000;

/// What became of one push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Sent,
    /// The subscription is gone (404, 410): removed, with what else waited for it.
    Gone,
    /// Refused for good (other 4xx), or the push could not be made.
    Failed,
    /// Try again after this many milliseconds.
    Later(i64),
    /// Past its TTL or its tries.
    Dropped,
}

/// Runs the sender until the process ends.
pub async fn run(notifier: Arc<Notifier>, store: Store) {
    loop {
        match send_due(&notifier, &store).await {
            Ok(0) => {
                tokio::select! {
                    _ = notifier.wake.notified() => {}
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "the push sender failed to read its outbox");
                tokio::time::sleep(POLL).await;
            }
        }
    }
}

/// Sends the pushes due now; returns how many were claimed.
pub async fn send_due(
    notifier: &Notifier,
    store: &Store,
) -> Result<usize, crate::store::StoreError> {
    let now = now_ms();
    let claimed = notifications::claim(store, now, now + CLAIM_MS, BATCH).await?;
    let count = claimed.len();
    let metrics = &notifier.metrics;
    // A gathered kind waits for its window's end, then goes as one push per device telling how
    // many it stands for. The others of its group end with it; should it have to be tried
    // again, they wait with it, so the next try is gathered, and counted, the same way.
    let mut to_send: Vec<(&Claimed, Option<u32>, Vec<&Claimed>)> = Vec::new();
    let mut gathered: HashMap<(&str, &str), Vec<&Claimed>> = HashMap::new();
    for push in &claimed {
        match NotificationKind::parse(&push.kind).filter(|k| k.gathered()) {
            Some(kind) => {
                // A try again goes when the push service asked, its window long over.
                let until = if push.attempts == 0 {
                    gathered_until(kind, push.due_at, notifier.gather_ms)
                } else {
                    push.due_at
                };
                if until > now {
                    notifications::defer(store, push.id, until).await?;
                } else {
                    gathered
                        .entry((push.subscription_id.as_str(), push.kind.as_str()))
                        .or_default()
                        .push(push);
                }
            }
            None => to_send.push((push, None, Vec::new())),
        }
    }
    for group in gathered.into_values() {
        if let Some((first, rest)) = group.split_first() {
            let count = (!rest.is_empty()).then_some(group.len() as u32);
            to_send.push((first, count, rest.to_vec()));
        }
    }
    let outcomes = futures_util::future::join_all(
        to_send
            .iter()
            .map(|(push, count, _)| send(notifier, push, *count, now)),
    )
    .await;
    for ((push, _, rest), outcome) in to_send.iter().zip(outcomes) {
        let again = matches!(outcome, Outcome::Later(_)) && push.attempts + 1 < MAX_ATTEMPTS;
        for other in rest {
            match outcome {
                Outcome::Later(wait) if again => {
                    notifications::retry(store, other.id, now + wait).await?
                }
                // A subscription gone takes its waiting pushes with it.
                Outcome::Gone => {}
                _ => {
                    metrics.pushes_gathered.fetch_add(1, Ordering::Relaxed);
                    notifications::done(store, other.id).await?;
                }
            }
        }
        match outcome {
            Outcome::Sent => {
                metrics.pushes_sent.fetch_add(1, Ordering::Relaxed);
                notifications::done(store, push.id).await?;
            }
            Outcome::Gone => {
                metrics.pushes_failed.fetch_add(1, Ordering::Relaxed);
                metrics.subscriptions_gone.fetch_add(1, Ordering::Relaxed);
                notifications::remove_subscription(store.pool(), &push.subscription_id).await?;
            }
            Outcome::Failed => {
                metrics.pushes_failed.fetch_add(1, Ordering::Relaxed);
                notifications::done(store, push.id).await?;
            }
            Outcome::Later(wait) if push.attempts + 1 < MAX_ATTEMPTS => {
                metrics.pushes_retried.fetch_add(1, Ordering::Relaxed);
                notifications::retry(store, push.id, now + wait).await?;
            }
            Outcome::Later(_) | Outcome::Dropped => {
                metrics.pushes_dropped.fetch_add(1, Ordering::Relaxed);
                notifications::done(store, push.id).await?;
            }
        }
    }
    Ok(count)
}

async fn send(notifier: &Notifier, push: &Claimed, count: Option<u32>, now: i64) -> Outcome {
    if now >= push.expires_at {
        return Outcome::Dropped;
    }
    // Checked again: the operator may have narrowed the allowlist since it subscribed.
    let Ok(endpoint) = notifier.policy.check(&push.endpoint) else {
        return Outcome::Failed;
    };
    let Some(kind) = NotificationKind::parse(&push.kind) else {
        return Outcome::Failed;
    };
    let payload = PushPayload {
        kind,
        reference: push.request_id.clone(),
        id: push.notification_id.clone(),
        count,
    };
    let sealed = serde_json::to_vec(&payload)
        .map_err(|e| e.to_string())
        .and_then(|json| {
            Keys::parse(&push.p256dh, &push.auth)
                .map_err(|e| format!("{e:?}"))?
                .encrypt(&json)
        });
    let (Ok(sealed), Ok(authorization)) = (sealed, notifier.vapid.authorization(&endpoint)) else {
        return Outcome::Failed;
    };
    let ttl = ((push.expires_at - now) / 1000).max(0);
    let sent = notifier
        .client
        .post(endpoint)
        .header("TTL", ttl.to_string())
        .header("Urgency", kind.urgency())
        .header("Topic", topic(&push.notification_id))
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", authorization)
        .body(sealed)
        .send()
        .await;
    let response = match sent {
        Ok(response) => response,
        Err(e) => {
            tracing::warn!(error = %e, "a push service could not be reached");
            return Outcome::Later(backoff(push.attempts));
        }
    };
    let status = response.status().as_u16();
    match status {
        200..=299 => Outcome::Sent,
        404 | 410 => Outcome::Gone,
        429 | 500..=599 => {
            let asked = response
                .headers()
                .get("Retry-After")
                .and_then(|v| v.to_str().ok())
                .and_then(retry_after_ms);
            // The service's own wait when it gave one (at least a second), else backoff.
            Outcome::Later(asked.map_or_else(|| backoff(push.attempts), |ms| ms.max(1000)))
        }
        _ => {
            tracing::warn!(status, "a push service refused a push");
            Outcome::Failed
        }
    }
}

/// The wait before try `attempts + 2`: 30 s, doubling, at most an hour.
fn backoff(attempts: i64) -> i64 {
    let doublings = attempts.clamp(0, 20) as u32;
    (30_000i64 << doublings).min(MAX_BACKOFF_MS)
}

/// A `Retry-After` value in milliseconds: seconds, or an HTTP date.
fn retry_after_ms(value: &str) -> Option<i64> {
    if let Ok(secs) = value.trim().parse::<i64>() {
        return Some(secs.clamp(0, MAX_BACKOFF_MS / 1000) * 1000);
    }
    let at = httpdate::parse_http_date(value.trim()).ok()?;
    let wait = at.duration_since(std::time::SystemTime::now()).ok()?;
    Some((wait.as_millis() as i64).min(MAX_BACKOFF_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_are_bounded() {
        assert_eq!(backoff(0), 30_000);
        assert_eq!(backoff(1), 60_000);
        assert_eq!(backoff(30), MAX_BACKOFF_MS);
        assert_eq!(retry_after_ms("120"), Some(120_000));
        assert_eq!(retry_after_ms("999999999"), Some(MAX_BACKOFF_MS));
        assert_eq!(retry_after_ms("soon"), None);
        assert_eq!(retry_after_ms("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }
}
