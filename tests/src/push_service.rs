//! A Web Push service for tests: it takes the hub's pushes on `http://127.0.0.1:PORT/push/NAME`
//! (the hub is started with `--push-allow 127.0.0.1:PORT`), answers 201, or 410 for names
//! marked gone, or once 429 with `Retry-After` for names marked busy, and keeps what it received
//! with what it answered. [`PushService::opened`] checks each push's VAPID
//! signature against the hub's public key and decrypts its payload with the subscriber's keys,
//! as a browser's push service and the browser would.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use web_push_native::jwt_simple::prelude::{
    ECDSAP256PublicKeyLike, ES256PublicKey, NoCustomClaims,
};
use web_push_native::p256::SecretKey;
use web_push_native::p256::elliptic_curve::sec1::ToEncodedPoint;
use web_push_native::{Auth, decrypt};

/// One push as the service received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub name: String,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// What the service answered.
    pub status: StatusCode,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    gone: Mutex<HashSet<String>>,
    busy: Mutex<HashSet<String>>,
}

pub struct PushService {
    pub port: u16,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

/// A browser's side of a subscription: its key pair and auth secret.
pub struct Subscriber {
    pub name: String,
    secret: SecretKey,
    auth: [u8; 16],
}

impl Subscriber {
    pub fn new(name: &str) -> Self {
        let secret = loop {
            if let Ok(secret) = SecretKey::from_slice(&rand::random::<[u8; 32]>()) {
                break secret;
            }
        };
        Self {
            name: name.to_string(),
            secret,
            auth: rand::random(),
        }
    }

    /// The `PushSubscription` JSON a browser would hand the app, for `service`.
    pub fn subscription(&self, service: &PushService) -> Value {
        json!({
            "endpoint": service.endpoint(&self.name),
            "keys": {
                "p256dh": URL_SAFE_NO_PAD.encode(self.secret.public_key().to_encoded_point(false).as_bytes()),
                "auth": URL_SAFE_NO_PAD.encode(self.auth),
            }
        })
    }
}

async fn take(
    State(shared): State<Arc<Shared>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, HeaderMap) {
    let busy = shared
        .busy
        .lock()
        .map(|mut b| b.remove(&name))
        .unwrap_or(false);
    let gone = shared
        .gone
        .lock()
        .map(|g| g.contains(&name))
        .unwrap_or(false);
    let mut answer = HeaderMap::new();
    let status = if gone {
        StatusCode::GONE
    } else if busy {
        answer.insert("retry-after", axum::http::HeaderValue::from_static("1"));
        StatusCode::TOO_MANY_REQUESTS
    } else {
        StatusCode::CREATED
    };
    if let Ok(mut received) = shared.received.lock() {
        received.push(Received {
            name,
            headers,
            body: body.to_vec(),
            status,
        });
    }
    (status, answer)
}

impl PushService {
    pub async fn start() -> Result<Self> {
        let shared = Arc::new(Shared::default());
        let app = axum::Router::new()
            .route("/push/{name}", axum::routing::post(take))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self { port, shared, task })
    }

    /// What the hub is started with so it posts here.
    pub fn allow(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn endpoint(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/push/{name}", self.port)
    }

    /// Answers 410 Gone to pushes for `name` from now on.
    pub fn mark_gone(&self, name: &str) {
        if let Ok(mut gone) = self.shared.gone.lock() {
            gone.insert(name.to_string());
        }
    }

    /// Answers the next push for `name` 429 Too Many Requests, asking for a second's wait.
    pub fn busy_once(&self, name: &str) {
        if let Ok(mut busy) = self.shared.busy.lock() {
            busy.insert(name.to_string());
        }
    }

    /// Every push received so far.
    pub fn received(&self) -> Vec<Received> {
        self.shared
            .received
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }

    /// Pushes received for `name` so far.
    pub fn count_for(&self, name: &str) -> usize {
        self.received().iter().filter(|r| r.name == name).count()
    }

    /// Waits until `name` has received at least `count` pushes.
    pub async fn wait_for(&self, name: &str, count: usize, within: Duration) -> Result<()> {
        let deadline = Instant::now() + within;
        while self.count_for(name) < count {
            if Instant::now() > deadline {
                bail!(
                    "{name} received {} pushes, not {count}, within {within:?}",
                    self.count_for(name)
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// `subscriber`'s pushes, each checked and opened: its VAPID signature verifies with the
    /// hub's `public_key` (base64url) for this service's origin and has not expired, its
    /// headers are those of RFC 8030, and its payload decrypts with the subscriber's keys.
    /// Returns the payloads, as JSON.
    pub fn opened(&self, subscriber: &Subscriber, public_key: &str) -> Result<Vec<Value>> {
        let hub = ES256PublicKey::from_bytes(&URL_SAFE_NO_PAD.decode(public_key)?)
            .map_err(|e| anyhow::anyhow!("the hub's public key: {e}"))?;
        let origin = format!("http://127.0.0.1:{}", self.port);
        let mut payloads = Vec::new();
        for push in self.received().iter().filter(|r| r.name == subscriber.name) {
            let header = |name: &str| {
                push.headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
                    .with_context(|| format!("no {name} header"))
            };
            let authorization = header("authorization")?;
            let (token, key) = authorization
                .strip_prefix("vapid t=")
                .and_then(|rest| rest.split_once(", k="))
                .context("not a VAPID authorization")?;
            anyhow::ensure!(key == public_key, "signed with another key");
            let claims = hub
                .verify_token::<NoCustomClaims>(token, None)
                .map_err(|e| anyhow::anyhow!("the VAPID signature does not verify: {e}"))?;
            let audiences = claims.audiences.context("no audience")?.into_set();
            anyhow::ensure!(audiences.contains(&origin), "audience {audiences:?}");
            anyhow::ensure!(header("content-encoding")? == "aes128gcm");
            let ttl: u64 = header("ttl")?.parse()?;
            anyhow::ensure!(ttl > 0, "a TTL of 0");
            anyhow::ensure!(header("topic")?.len() <= 32);
            let opened = decrypt(
                push.body.clone(),
                &subscriber.secret,
                &Auth::clone_from_slice(&subscriber.auth),
            )
            .map_err(|e| anyhow::anyhow!("the payload does not decrypt: {e:?}"))?;
            payloads.push(serde_json::from_slice(&opened)?);
        }
        Ok(payloads)
    }
}

impl Drop for PushService {
    fn drop(&mut self) {
        self.task.abort();
    }
}
