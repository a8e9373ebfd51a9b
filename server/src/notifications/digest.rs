//! Digests for staff by email. With an SMTP server configured (`HUBDESK_SMTP_URL`), a member
//! of staff who chose an hourly or daily digest and gave an address is sent, once per period,
//! how many unread notifications of each kind wait for them and a link to the console: counts
//! and a link, never a name, a title or anything anyone wrote. Words come from the server's
//! catalogue in the person's language. Each digest is claimed in the database before it is
//! sent, so one node sends it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use fluent_bundle::{FluentArgs, FluentValue};
use hubdesk_shared::notify::NotificationKind;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::clock::now_ms;
use crate::i18n;
use crate::store::Store;
use crate::store::notifications::{self as store, DigestReader};

/// How often the hub looks for digests due.
const EVERY: Duration = Duration::from_secs(60);

/// Where digests come from and what they link to.
#[derive(Debug, Clone, Default)]
pub struct DigestConfig {
    /// `smtp://host:port` (or `smtps://`, with credentials as `user:password@`); no digests
    /// without it.
    pub smtp_url: Option<String>,
    /// The sender, such as `HubDesk <hub@example.org>`.
    pub from: Option<String>,
    /// The hub's address as staff open it (`https://hub.example.org`): digests link to its
    /// console.
    pub public_url: Option<String>,
}

/// What sends digests.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    console: String,
    pub sent: AtomicU64,
    pub failed: AtomicU64,
    /// Has the sender look now (someone changed their choices).
    pub wake: tokio::sync::Notify,
}

impl Mailer {
    /// A mailer when SMTP, a sender and the hub's address are all configured; `None` when SMTP
    /// is not; an error naming what is missing or wrong otherwise.
    pub fn from_config(config: &DigestConfig) -> anyhow::Result<Option<Arc<Self>>> {
        let Some(url) = &config.smtp_url else {
            return Ok(None);
        };
        let from = config
            .from
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("HUBDESK_SMTP_FROM is needed with HUBDESK_SMTP_URL"))?
            .parse::<Mailbox>()
            .map_err(|e| anyhow::anyhow!("HUBDESK_SMTP_FROM: {e}"))?;
        let public = config.public_url.as_deref().ok_or_else(|| {
            anyhow::anyhow!(
                "HUBDESK_PUBLIC_URL is needed with HUBDESK_SMTP_URL (digests link to the console)"
            )
        })?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("HUBDESK_SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Some(Arc::new(Self {
            transport,
            from,
            console: format!("{}/console/", public.trim_end_matches('/')),
            sent: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            wake: tokio::sync::Notify::new(),
        })))
    }
}

/// Sends digests as they fall due, until the process ends.
pub async fn run(mailer: Arc<Mailer>, store: Store) {
    let mut every = tokio::time::interval(EVERY);
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = mailer.wake.notified() => {}
        }
        if let Err(e) = send_due(&mailer, &store, now_ms()).await {
            tracing::error!(error = %e, "the digest sender failed to read who is due");
        }
    }
}

/// Sends the digests due at `now`; returns how many were sent.
pub async fn send_due(
    mailer: &Mailer,
    store: &Store,
    now: i64,
) -> Result<usize, crate::store::StoreError> {
    let mut sent = 0;
    for reader in store::digest_readers(store).await? {
        let Some(period) = reader.prefs.digest.every_ms() else {
            continue;
        };
        if reader
            .last_digest_at
            .is_some_and(|last| now - last < period)
        {
            continue;
        }
        if !store::claim_digest(store, &reader.user_id, reader.last_digest_at, now).await? {
            continue;
        }
        let since = reader.last_digest_at.unwrap_or(0);
        let counts = store::unread_by_kind(store.pool(), &reader.user_id, since).await?;
        if counts.is_empty() {
            continue;
        }
        let message = compose(mailer, &reader, &counts);
        let delivered = match message {
            Ok(message) => mailer
                .transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match delivered {
            Ok(()) => {
                mailer.sent.fetch_add(1, Ordering::Relaxed);
                sent += 1;
            }
            Err(e) => {
                mailer.failed.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(error = %e, "a digest could not be sent");
                store::unclaim_digest(store, &reader.user_id, now, reader.last_digest_at).await?;
            }
        }
    }
    Ok(sent)
}

/// The digest's message: a subject with the total, a line per kind, the console's link.
fn compose(
    mailer: &Mailer,
    reader: &DigestReader,
    counts: &std::collections::BTreeMap<String, i64>,
) -> Result<Message, String> {
    let tag = i18n::negotiate(reader.language.as_deref(), None);
    let counted = |id: &str, count: i64| {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        i18n::text(tag, id, Some(&args))
    };
    let total: i64 = counts.values().sum();
    let subject = counted("notification-digest-subject", total);
    let mut body = i18n::text(tag, "notification-digest-intro", None);
    body.push_str("\n\n");
    for kind in NotificationKind::ALL.into_iter().filter(|k| k.for_staff()) {
        if let Some(count) = counts.get(kind.as_str()) {
            let id = format!("notification-digest-{}", kind.as_str().replace('_', "-"));
            body.push_str("- ");
            body.push_str(&counted(&id, *count));
            body.push('\n');
        }
    }
    body.push('\n');
    body.push_str(&i18n::format(
        tag,
        "notification-digest-open",
        &[("link", mailer.console.clone())],
    ));
    body.push('\n');
    let to = reader
        .email
        .parse::<Mailbox>()
        .map_err(|e| format!("a stored digest address: {e}"))?;
    Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| e.to_string())
}
