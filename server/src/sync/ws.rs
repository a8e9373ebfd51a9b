//! `GET /sync`: the automerge-repo websocket endpoint.
//!
//! The bearer token comes from the `Authorization` header or, because browsers cannot set headers
//! on websockets, from `?token=` in the URL. Each session relays binary frames to the sync actor
//! and the actor's output back; anything that is not a binary frame of the protocol closes that
//! one session with an error, leaving every other session alone. Each session is pinged, and
//! closed when its link goes quiet.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use hubdesk_shared::access::Principal;
use hubdesk_shared::wire::{self, WireMessage};
use serde::Deserialize;
use std::time::{Duration, Instant};

use super::metrics::Metrics;
use super::sessions::{self, Inlet, SessionLimits};
use super::{Command, SyncHandle, fair};
use crate::credentials;
use crate::error::AppError;
use crate::store::Store;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// Close codes from RFC 6455.
const GOING_AWAY: u16 = 1001;
const PROTOCOL_ERROR: u16 = 1002;
const UNSUPPORTED_DATA: u16 = 1003;
const POLICY_VIOLATION: u16 = 1008;
const MESSAGE_TOO_BIG: u16 = 1009;

/// What the websocket endpoint is handed: storage to authenticate against, the sync actor, and
/// its own limits. Not the REST state: `/sync` shares only authentication's rules with REST.
#[derive(Clone)]
pub struct Endpoint {
    pub store: Store,
    pub sync: SyncHandle,
    pub ws_message_bytes: usize,
    pub sessions: SessionLimits,
    /// How long a device token stays valid unused (`credentials::authenticate`).
    pub token_ttl: Duration,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SyncQuery {
    /// The bearer token, for clients (browsers) that cannot set headers on a websocket.
    token: Option<String>,
    /// `1` asks for `hubdesk-backlog` messages (how many bytes the server has handed this
    /// connection, sent ahead of them) so the client can show a long catch-up's progress.
    /// Stock automerge-repo clients leave it out and never see one.
    progress: Option<String>,
}

/// A backlog message goes out once this many more bytes have been handed to the connection since
/// the last one: about one per few messages of a catch-up, none for small syncs.
const BACKLOG_STEP: u64 = 4 * 1024;

/// Where each sync socket's read and write buffers start.
const SOCKET_BUFFER_BYTES: usize = 8 * 1024;

/// The automerge-repo websocket: binary CBOR frames of the automerge-repo protocol. A request's
/// UUID is its document id.
#[utoipa::path(get, path = "/sync", tag = "sync", params(SyncQuery),
    responses((status = 101, description = "Switching to the automerge-repo websocket protocol"),
        (status = 401, description = "No valid token: `{\"error\":{\"code\",\"message\"}}`")))]
pub async fn upgrade(
    State(state): State<Endpoint>,
    Query(query): Query<SyncQuery>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Result<Response, AppError> {
    let authorization = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let token = credentials::bearer_token(authorization)
        .or(query.token)
        .ok_or(AppError::Unauthorized)?;
    let who = credentials::authenticate(&state.store, state.token_ttl, &token).await?;
    let (principal, device) = (who.principal, who.device_id);
    // The session ends when the token would expire unused; the device then reconnects, and
    // signing in again is needed only if nothing used the token meanwhile.
    let left = who.expires_at.saturating_sub(crate::clock::now_ms()).max(0) as u64;
    let expires = Instant::now() + Duration::from_millis(left);
    crate::store::users::touch_sync(&state.store, &device, crate::clock::now_ms()).await?;
    let sync = state.sync.clone();
    let max = state.ws_message_bytes;
    let limits = state.sessions;
    let progress = matches!(query.progress.as_deref(), Some("1" | "true"));
    Ok(ws
        .max_message_size(max)
        .max_frame_size(max)
        // A hub keeps hundreds of mostly idle phones connected: each socket's buffers start
        // small (they grow for a large message) instead of the 128 KiB each by default.
        .read_buffer_size(SOCKET_BUFFER_BYTES)
        .write_buffer_size(SOCKET_BUFFER_BYTES)
        .on_upgrade(move |socket| {
            let session_limits = Session {
                limits,
                progress,
                expires,
            };
            session(socket, sync, principal, device, session_limits)
        }))
}

/// How one session runs: its limits, whether it announces the backlog, and when its token
/// would expire.
struct Session {
    limits: SessionLimits,
    progress: bool,
    expires: Instant,
}

async fn session(
    socket: WebSocket,
    sync: SyncHandle,
    principal: Principal,
    device: String,
    session: Session,
) {
    let Session {
        limits,
        progress,
        expires,
    } = session;
    let conn = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    let (outlet, inlet) = sessions::channel(&limits);
    let intake = Arc::new(sessions::Intake::default());
    // Urgent, so no message of the session (urgent from the start) can overtake it.
    sync.send_urgent(Command::Open {
        conn,
        principal,
        device,
        outlet,
        intake: intake.clone(),
    })
    .await;
    let (sink, stream) = socket.split();
    let relayed = Relay {
        limits: &limits,
        progress,
        expires,
        intake,
    };
    let idle = relay(conn, sink, stream, inlet, &sync, relayed).await;
    if idle {
        Metrics::add(&sync.metrics.idle_closed, 1);
    }
    sync.send(Command::Closed { conn }).await;
}

/// What [`relay`] keeps to: the session's limits, whether it announces the backlog, and when
/// the token it was opened with expires.
struct Relay<'a> {
    limits: &'a SessionLimits,
    progress: bool,
    expires: Instant,
    /// Which of the actor's inboxes the session's messages take.
    intake: Arc<sessions::Intake>,
}

/// How a session's relay ended.
enum Ending {
    /// The client closed, went away, or the actor let go of the session (already said why).
    Done,
    /// The link went quiet: closed for not answering pings.
    Idle,
    /// The client broke the protocol: close with this code and reason.
    Refuse(u16, &'static str),
}

/// Moves frames between a websocket and the actor until either side ends the session, pinging
/// the client and closing the session when it has sent nothing (not even a pong) for
/// `idle_after`. With `progress`, announces the backlog ahead of what is written (see
/// [`BACKLOG_STEP`]). Written over any sink and stream so it does not depend on how the socket
/// was made. Returns whether the session ended for being idle.
///
/// Reading and writing run side by side: waiting for room to hand the actor a message never
/// stops this session's replies going out, and a client that is slow to read never stops its
/// messages coming in. (Done in turn, a client that itself writes before it reads could wait on
/// the server while the server waits on it.)
async fn relay<S, R>(
    conn: u64,
    mut sink: S,
    mut stream: R,
    mut inlet: Inlet,
    sync: &SyncHandle,
    relayed: Relay<'_>,
) -> bool
where
    S: Sink<Message> + Unpin,
    R: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let Relay {
        limits,
        progress,
        expires,
        intake,
    } = relayed;
    let started = Instant::now();
    // When the client was last heard, in milliseconds since `started`.
    let heard = AtomicU64::new(0);
    let heard_now = || heard.store(started.elapsed().as_millis() as u64, Ordering::Relaxed);
    let reading = async {
        let permits = fair::permits();
        loop {
            let incoming = stream.next().await;
            heard_now();
            match incoming {
                // Waiting here for a permit (while this session has enough waiting for the
                // actor) or while the actor's queue is full is the back-pressure on a client
                // that sends faster than the server can take.
                Some(Ok(Message::Binary(bytes))) => {
                    let Ok(permit) = permits.clone().acquire_owned().await else {
                        return Ending::Done;
                    };
                    // This session's messages still waiting for the actor, besides this one.
                    let waiting =
                        (fair::PER_SESSION - 1).saturating_sub(permits.available_permits());
                    let urgent = intake.take_urgent(waiting);
                    let command = Command::Receive {
                        conn,
                        message: fair::Message::new(bytes.to_vec(), permit, urgent),
                    };
                    if urgent {
                        sync.send_urgent(command).await;
                    } else {
                        sync.send(command).await;
                    }
                }
                Some(Ok(Message::Text(_))) => {
                    return Ending::Refuse(
                        UNSUPPORTED_DATA,
                        "text frames are not part of the protocol",
                    );
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) | None => return Ending::Done,
                Some(Err(e)) => {
                    let detail = e.to_string();
                    let too_big = detail.contains("too long")
                        || detail.contains("too big")
                        || detail.contains("exceeded");
                    return if too_big {
                        Ending::Refuse(MESSAGE_TOO_BIG, "message too big")
                    } else {
                        Ending::Refuse(PROTOCOL_ERROR, "malformed websocket frame")
                    };
                }
            }
        }
    };
    let writing = async {
        let mut ping = tokio::time::interval(limits.ping_every);
        ping.tick().await;
        let mut announced = 0u64;
        loop {
            tokio::select! {
                outgoing = inlet.bytes.recv() => match outgoing {
                    Some(out) => {
                        let handed = inlet.handed();
                        if progress && handed >= announced + BACKLOG_STEP {
                            let backlog = wire::encode(WireMessage::Backlog { sent: handed });
                            if sink.send(Message::Binary(backlog.into())).await.is_err() {
                                return Ending::Done;
                            }
                            announced = handed;
                        }
                        let n = out.bytes.len();
                        if sink.send(Message::Binary(out.bytes.into())).await.is_err() {
                            return Ending::Done;
                        }
                        inlet.written(n);
                        if !intake.is_uploading(Instant::now()) {
                            sync.metrics.live_outlet_waits.observe_duration(out.handed.elapsed());
                        }
                    }
                    // The actor let go of the session: say why, if it said.
                    None => {
                        if let Ok(reason) = (&mut inlet.close).await {
                            close(&mut sink, POLICY_VIOLATION, &reason).await;
                        }
                        return Ending::Done;
                    }
                },
                reason = &mut inlet.close => {
                    // What was queued before the close goes out first (an error message, say),
                    // unless the client does not read it: a slow reader gets a few seconds at most.
                    let reason = reason.unwrap_or_else(|_| "the server closed the session".into());
                    let goodbye = async {
                        while let Ok(out) = inlet.bytes.try_recv() {
                            if sink.send(Message::Binary(out.bytes.into())).await.is_err() {
                                return;
                            }
                        }
                        close(&mut sink, POLICY_VIOLATION, &reason).await;
                    };
                    let _ = tokio::time::timeout(Duration::from_secs(5), goodbye).await;
                    return Ending::Done;
                }
                _ = tokio::time::sleep_until(expires.into()) => {
                    tracing::info!(conn, "closing a sync connection whose token expired");
                    close(&mut sink, POLICY_VIOLATION, "the sign-in expired: sign in again").await;
                    return Ending::Done;
                }
                _ = ping.tick() => {
                    let quiet = started.elapsed().as_millis() as u64 - heard.load(Ordering::Relaxed);
                    if quiet > limits.idle_after.as_millis() as u64 {
                        tracing::info!(conn, "closing a sync connection that stopped answering");
                        close(&mut sink, GOING_AWAY, "no answer to ping: the link seems dead").await;
                        return Ending::Idle;
                    }
                    if sink.send(Message::Ping(Vec::new().into())).await.is_err() {
                        return Ending::Done;
                    }
                }
            }
        }
    };
    let ending = tokio::select! {
        ending = reading => ending,
        ending = writing => ending,
    };
    match ending {
        Ending::Done => false,
        Ending::Idle => true,
        Ending::Refuse(code, reason) => {
            tracing::info!(conn, reason, "closing sync connection");
            close(&mut sink, code, reason).await;
            false
        }
    }
}

async fn close<S: Sink<Message> + Unpin>(sink: &mut S, code: u16, reason: &str) {
    // A close reason may hold at most 123 bytes.
    let mut reason: String = reason.chars().take(100).collect();
    while reason.len() > 123 {
        reason.pop();
    }
    let frame = CloseFrame {
        code,
        reason: reason.into(),
    };
    let _ = sink.send(Message::Close(Some(frame))).await;
    let _ = sink.close().await;
}
