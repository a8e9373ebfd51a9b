//! `GET /sync`: the automerge-repo websocket endpoint.
//!
//! The bearer token comes from the `Authorization` header or, because browsers cannot set headers
//! on websockets, from `?token=` in the URL. Each session relays binary frames to the sync actor
//! and the actor's output back; anything that is not a binary frame of the protocol closes that
//! one session with an error, leaving every other session alone. Each session is pinged, and
//! closed when its link goes quiet.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use hubdesk_shared::access::Principal;
use serde::Deserialize;
use std::time::{Duration, Instant};

use super::metrics::Metrics;
use super::sessions::{self, Inlet, SessionLimits};
use super::{Command, SyncHandle};
use crate::http::AppState;
use crate::http::auth::{authenticate, bearer_token};
use crate::http::error::ApiError;

static NEXT_CONN: AtomicU64 = AtomicU64::new(1);

/// Close codes from RFC 6455.
const GOING_AWAY: u16 = 1001;
const PROTOCOL_ERROR: u16 = 1002;
const UNSUPPORTED_DATA: u16 = 1003;
const POLICY_VIOLATION: u16 = 1008;
const MESSAGE_TOO_BIG: u16 = 1009;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SyncQuery {
    /// The bearer token, for clients (browsers) that cannot set headers on a websocket.
    token: Option<String>,
}

/// The automerge-repo websocket: binary CBOR frames of the automerge-repo protocol. A request's
/// UUID is its document id.
#[utoipa::path(get, path = "/sync", tag = "sync", params(SyncQuery),
    responses((status = 101, description = "Switching to the automerge-repo websocket protocol"),
        (status = 401, description = "No valid token", body = crate::http::error::ErrorBody)))]
pub async fn upgrade(
    State(state): State<AppState>,
    Query(query): Query<SyncQuery>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let token = bearer_token(&headers)
        .or(query.token)
        .ok_or(ApiError::Unauthorized)?;
    let (principal, device) = authenticate(&state, &token).await?;
    let sync = state.sync.clone();
    let max = state.limits.ws_message_bytes;
    let limits = state.limits.sessions;
    Ok(ws
        .max_message_size(max)
        .max_frame_size(max)
        .on_upgrade(move |socket| session(socket, sync, principal, device, limits)))
}

async fn session(
    socket: WebSocket,
    sync: SyncHandle,
    principal: Principal,
    device: String,
    limits: SessionLimits,
) {
    let conn = NEXT_CONN.fetch_add(1, Ordering::Relaxed);
    let (outlet, inlet) = sessions::channel(&limits);
    sync.send(Command::Open {
        conn,
        principal,
        device,
        outlet,
    })
    .await;
    let (sink, stream) = socket.split();
    let idle = relay(conn, sink, stream, inlet, &sync, &limits).await;
    if idle {
        Metrics::add(&sync.metrics.idle_closed, 1);
    }
    sync.send(Command::Closed { conn }).await;
}

/// Moves frames between a websocket and the actor until either side ends the session, pinging
/// the client and closing the session when it has sent nothing (not even a pong) for
/// `idle_after`. Written over any sink and stream so it does not depend on how the socket was
/// made. Returns whether the session ended for being idle.
async fn relay<S, R>(
    conn: u64,
    mut sink: S,
    mut stream: R,
    mut inlet: Inlet,
    sync: &SyncHandle,
    limits: &SessionLimits,
) -> bool
where
    S: Sink<Message> + Unpin,
    R: Stream<Item = Result<Message, axum::Error>> + Unpin,
{
    let mut ping = tokio::time::interval(limits.ping_every);
    ping.tick().await;
    let mut heard = Instant::now();
    loop {
        tokio::select! {
            incoming = stream.next() => {
                heard = Instant::now();
                match incoming {
                    // Waiting here while the actor's queue is full is the back-pressure on a
                    // client that sends faster than the server can take.
                    Some(Ok(Message::Binary(bytes))) => sync.send(Command::Receive { conn, bytes: bytes.to_vec() }).await,
                    Some(Ok(Message::Text(_))) => {
                        close(&mut sink, UNSUPPORTED_DATA, "text frames are not part of the protocol").await;
                        return false;
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                    Some(Ok(Message::Close(_))) | None => return false,
                    Some(Err(e)) => {
                        let detail = e.to_string();
                        let (code, reason) = if detail.contains("too long") || detail.contains("too big") || detail.contains("exceeded") {
                            (MESSAGE_TOO_BIG, "message too big")
                        } else {
                            (PROTOCOL_ERROR, "malformed websocket frame")
                        };
                        tracing::info!(conn, reason, "closing sync connection");
                        close(&mut sink, code, reason).await;
                        return false;
                    }
                }
            }
            outgoing = inlet.bytes.recv() => match outgoing {
                Some(bytes) => {
                    let n = bytes.len();
                    if sink.send(Message::Binary(bytes.into())).await.is_err() {
                        return false;
                    }
                    inlet.written(n);
                }
                // The actor let go of the session: say why, if it said.
                None => {
                    if let Ok(reason) = (&mut inlet.close).await {
                        close(&mut sink, POLICY_VIOLATION, &reason).await;
                    }
                    return false;
                }
            },
            reason = &mut inlet.close => {
                // What was queued before the close goes out first (an error message, say), unless
                // the client does not read it: a slow reader gets a few seconds at most.
                let reason = reason.unwrap_or_else(|_| "the server closed the session".into());
                let goodbye = async {
                    while let Ok(bytes) = inlet.bytes.try_recv() {
                        if sink.send(Message::Binary(bytes.into())).await.is_err() {
                            return;
                        }
                    }
                    close(&mut sink, POLICY_VIOLATION, &reason).await;
                };
                let _ = tokio::time::timeout(Duration::from_secs(5), goodbye).await;
                return false;
            }
            _ = ping.tick() => {
                if heard.elapsed() > limits.idle_after {
                    tracing::info!(conn, "closing a sync connection that stopped answering");
                    close(&mut sink, GOING_AWAY, "no answer to ping: the link seems dead").await;
                    return true;
                }
                if sink.send(Message::Ping(Vec::new().into())).await.is_err() {
                    return false;
                }
            }
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
