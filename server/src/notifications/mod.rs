//! Notifications: Web Push to the devices people subscribed, the list in the apps, people's
//! choices, and the sweep that warns of service levels about to be breached.
//!
//! A notification is recorded in the transaction that stores its cause (`store::notifications`,
//! called by the storage writer and the fund's ledger), with a push in the outbox for each of
//! the person's subscribed devices; every node's sender ([`sender`]) sends what is due. A push
//! carries the kind of event and ids only ([`hubdesk_shared::notify::PushPayload`]).

pub mod digest;
pub mod endpoints;
pub mod push;
pub mod sender;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use hubdesk_shared::access::RequestOp;
use hubdesk_shared::ids::RequestId;
use hubdesk_shared::notify::Preferences;

use crate::audit::Caller;
use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::Store;
use crate::store::notifications::{self as store, NotificationRow, Subscription};

/// How long a push service has to answer.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// How often the service-level sweep runs.
const SLA_SWEEP: Duration = Duration::from_secs(60);

/// The most notifications the apps are sent at once.
pub const LIST_MAX: i64 = 100;

/// How the hub sends pushes.
#[derive(Debug, Clone, Default)]
pub struct PushConfig {
    /// Hosts (`host` or `host:port`) added to the known push services; plain `http://` and
    /// private addresses are accepted only for these (`HUBDESK_PUSH_ALLOW`).
    pub allow: Vec<String>,
    /// Whom push services may contact about the hub (`mailto:` or `https:`), sent with each
    /// push's signature (`HUBDESK_PUSH_CONTACT`).
    pub contact: Option<String>,
    /// Staff's email digests.
    pub digest: digest::DigestConfig,
    /// The window new requests that are not urgent are gathered in, in milliseconds
    /// (`HUBDESK_PUSH_GATHER_SECS`): a member of staff's device is told of them at most once
    /// per window.
    pub gather_ms: i64,
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct PushMetrics {
    pub pushes_sent: AtomicU64,
    pub pushes_failed: AtomicU64,
    pub pushes_retried: AtomicU64,
    pub pushes_dropped: AtomicU64,
    pub pushes_gathered: AtomicU64,
    pub subscriptions_gone: AtomicU64,
}

impl PushMetrics {
    /// The Prometheus text of these counters.
    pub fn render(&self) -> String {
        let mut out = String::new();
        counters(
            &mut out,
            &[
                (
                    "hubdesk_push_sent_total",
                    "Pushes a push service accepted.",
                    &self.pushes_sent,
                ),
                (
                    "hubdesk_push_failed_total",
                    "Pushes refused for good, or whose subscription was gone.",
                    &self.pushes_failed,
                ),
                (
                    "hubdesk_push_retried_total",
                    "Pushes put back to be tried again later.",
                    &self.pushes_retried,
                ),
                (
                    "hubdesk_push_dropped_total",
                    "Pushes dropped unsent: past their time to live or their tries.",
                    &self.pushes_dropped,
                ),
                (
                    "hubdesk_push_gathered_total",
                    "Pushes folded into another of the same kind for the same device.",
                    &self.pushes_gathered,
                ),
                (
                    "hubdesk_push_subscriptions_gone_total",
                    "Subscriptions removed because their push service said they are gone.",
                    &self.subscriptions_gone,
                ),
            ],
        );
        out
    }
}

/// Writes counters (name, help, value) in the Prometheus text format.
fn counters(out: &mut String, all: &[(&str, &str, &AtomicU64)]) {
    for (name, help, value) in all {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
            value.load(Ordering::Relaxed)
        );
    }
}

/// What sends pushes: the hub's key, the endpoint policy and the HTTP client.
pub struct Notifier {
    vapid: push::Vapid,
    policy: endpoints::Policy,
    client: reqwest::Client,
    pub metrics: PushMetrics,
    /// Wakes this node's sender when a push was recorded here.
    wake: tokio::sync::Notify,
    /// Sends staff's digests, when SMTP is configured.
    mailer: Option<Arc<digest::Mailer>>,
    /// See [`PushConfig::gather_ms`].
    gather_ms: i64,
}

impl Notifier {
    /// Reads the hub's VAPID key pair, making it on the first start.
    pub async fn open(store: &Store, config: &PushConfig) -> anyhow::Result<Arc<Self>> {
        let (private, public) = store::push_keys(store, push::Vapid::generate, now_ms()).await?;
        let vapid = push::Vapid::from_stored(&private, public, config.contact.clone())
            .map_err(anyhow::Error::msg)?;
        let policy = endpoints::Policy::new(&config.allow);
        let client = reqwest::Client::builder()
            .dns_resolver(policy.resolver())
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .connect_timeout(Duration::from_secs(5))
            .timeout(SEND_TIMEOUT)
            .build()?;
        Ok(Arc::new(Self {
            vapid,
            policy,
            client,
            metrics: PushMetrics::default(),
            wake: tokio::sync::Notify::new(),
            mailer: digest::Mailer::from_config(&config.digest)?,
            gather_ms: config.gather_ms,
        }))
    }

    /// The hub's public VAPID key, base64url.
    pub fn public_key(&self) -> &str {
        self.vapid.public_key()
    }

    /// Has this node's sender look at the outbox now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Has the digest sender look at who is due now.
    pub fn wake_digests(&self) {
        if let Some(mailer) = &self.mailer {
            mailer.wake.notify_one();
        }
    }

    /// Whether staff's digests can be sent (SMTP is configured).
    pub fn sends_digests(&self) -> bool {
        self.mailer.is_some()
    }

    /// The Prometheus text of the push and digest counters.
    pub fn render_metrics(&self) -> String {
        let mut out = self.metrics.render();
        if let Some(mailer) = &self.mailer {
            counters(
                &mut out,
                &[
                    (
                        "hubdesk_digest_sent_total",
                        "Digests emailed to staff.",
                        &mailer.sent,
                    ),
                    (
                        "hubdesk_digest_failed_total",
                        "Digests the SMTP server did not take (tried again next minute).",
                        &mailer.failed,
                    ),
                ],
            );
        }
        out
    }
}

/// Starts this node's push sender and service-level sweep.
pub fn spawn(state: AppState) {
    tokio::spawn(sender::run(state.notifier.clone(), state.store.clone()));
    if let Some(mailer) = &state.notifier.mailer {
        tokio::spawn(digest::run(mailer.clone(), state.store.clone()));
    }
    tokio::spawn(async move {
        let mut every = tokio::time::interval(SLA_SWEEP);
        loop {
            every.tick().await;
            match store::record_sla_warnings(&state.store, now_ms()).await {
                Ok(0) => {}
                Ok(_) => state.notifier.wake(),
                Err(e) => tracing::error!(error = %e, "the service-level sweep failed"),
            }
        }
    });
}

/// A browser's `PushSubscription`, as `JSON.stringify` gives it.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct SubscriptionIn {
    pub endpoint: String,
    pub keys: SubscriptionKeys,
}

#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct SubscriptionKeys {
    pub p256dh: String,
    pub auth: String,
}

fn refused(field: &str, id: &'static str) -> AppError {
    AppError::BadRequest {
        message: Message::id(id),
        field: Some(field.to_string()),
    }
}

/// Subscribes the calling device to pushes (replacing what it subscribed before); returns the
/// subscription's id.
pub async fn subscribe(
    state: &AppState,
    by: Caller<'_>,
    sub: SubscriptionIn,
) -> Result<String, AppError> {
    let policy = &state.notifier.policy;
    policy
        .check(&sub.endpoint)
        .map_err(|r| refused("endpoint", r.message_id()))?;
    push::Keys::parse(&sub.keys.p256dh, &sub.keys.auth).map_err(|r| match r {
        push::KeyRefusal::P256dh => refused("keys.p256dh", "push-keys-invalid"),
        push::KeyRefusal::Auth => refused("keys.auth", "push-keys-invalid"),
    })?;
    let id = uuid::Uuid::new_v4().to_string();
    let row = Subscription {
        id: id.clone(),
        user_id: by.principal.user.to_string(),
        device_id: by.device.to_string(),
        endpoint: sub.endpoint,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
    };
    store::subscribe(&state.store, &row, now_ms()).await?;
    Ok(id)
}

/// Ends one of the caller's subscriptions; someone else's is answered as a missing one.
pub async fn unsubscribe(state: &AppState, by: Caller<'_>, id: &str) -> Result<(), AppError> {
    if store::unsubscribe(&state.store, id, by.principal.user.as_str()).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The caller's choices and digest address (the defaults when they saved none).
pub async fn preferences(
    state: &AppState,
    by: Caller<'_>,
) -> Result<(Preferences, Option<String>), AppError> {
    Ok(
        store::preferences(state.store.pool(), by.principal.user.as_str())
            .await?
            .unwrap_or_default(),
    )
}

/// Saves the caller's choices, checked against their role.
pub async fn set_preferences(
    state: &AppState,
    by: Caller<'_>,
    prefs: Preferences,
    email: Option<String>,
) -> Result<(), AppError> {
    prefs
        .check(by.principal.role)
        .map_err(|e| refused(e.field(), "notification-preferences-invalid"))?;
    let email = email
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty());
    if let Some(address) = &email {
        if !by.principal.role.is_staff() {
            return Err(refused("email", "notification-preferences-invalid"));
        }
        if address.parse::<lettre::Address>().is_err() {
            return Err(refused("email", "notification-email-invalid"));
        }
    }
    store::set_preferences(
        state.store.pool(),
        by.principal.user.as_str(),
        &prefs,
        email.as_deref(),
        now_ms(),
    )
    .await?;
    state.notifier.wake_digests();
    Ok(())
}

/// The caller's recent notifications, newest first, and how many are unread.
pub async fn list(
    state: &AppState,
    by: Caller<'_>,
) -> Result<(Vec<NotificationRow>, i64), AppError> {
    let (mut rows, unread) =
        store::list(&state.store, by.principal.user.as_str(), LIST_MAX).await?;
    // Each request's title, where the guard lets the caller read the request still: the apps
    // then say which request, and a request moved out of their reach stays nameless.
    let mut titles: HashMap<String, Option<String>> = HashMap::new();
    for row in &mut rows {
        if !titles.contains_key(&row.request_id) {
            let title = readable_title(state, by, &row.request_id).await?;
            titles.insert(row.request_id.clone(), title);
        }
        row.title = titles.get(&row.request_id).cloned().flatten();
    }
    Ok((rows, unread))
}

async fn readable_title(
    state: &AppState,
    by: Caller<'_>,
    request_id: &str,
) -> Result<Option<String>, AppError> {
    let Ok(id) = RequestId::parse(request_id) else {
        return Ok(None);
    };
    match crate::guard::reach(&state.store, by.principal, id, RequestOp::Read).await {
        Ok(_) => Ok(crate::store::queues::get(&state.store, request_id)
            .await?
            .and_then(|row| row.title)),
        Err(AppError::NotFound | AppError::Forbidden) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Marks the caller's notifications read (those listed, or all).
pub async fn mark_read(state: &AppState, by: Caller<'_>, ids: &[String]) -> Result<u64, AppError> {
    if ids.len() as i64 > LIST_MAX {
        return Err(AppError::BadRequest {
            message: Message::id("notification-ids-too-many").with("max", LIST_MAX),
            field: Some("ids".into()),
        });
    }
    Ok(store::mark_read(&state.store, by.principal.user.as_str(), ids, now_ms()).await?)
}
