//! The websocket under the test harness's clients (the native peer and the plain
//! automerge-repo client): one task per connection that hands each binary frame to the
//! client's state and sends what the client queued, waking the client's waiters after each.

use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;

/// Frames a client queues for its connection.
pub type Outbound = mpsc::UnboundedSender<Vec<u8>>;

/// An open websocket and the receiving end of its queue, not yet pumped.
pub struct Pump {
    socket: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    queued: mpsc::UnboundedReceiver<Vec<u8>>,
}

/// Opens a websocket to `url`. The client keeps the queue's sending end (and may queue its
/// first frames on it) before it starts the pump; the pump ends when every sender is dropped.
pub async fn open(url: &str) -> Result<(Outbound, Pump)> {
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .with_context(|| format!("connecting to {url}"))?;
    let (outbound, queued) = mpsc::unbounded_channel();
    Ok((outbound, Pump { socket, queued }))
}

impl Pump {
    /// Pumps the connection in a task until either side ends it: `receive` gets each binary
    /// frame, `closed` runs once at the end; both under the state's lock, and `notify` wakes
    /// the client's waiters after each.
    pub fn run<T: Send + 'static>(
        self,
        state: Arc<Mutex<T>>,
        notify: Arc<Notify>,
        mut receive: impl FnMut(&mut T, &[u8]) + Send + 'static,
        closed: impl FnOnce(&mut T) + Send + 'static,
    ) -> JoinHandle<()> {
        let Pump { socket, mut queued } = self;
        let (mut sink, mut stream) = socket.split();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    incoming = stream.next() => match incoming {
                        Some(Ok(Message::Binary(bytes))) => {
                            if let Ok(mut state) = state.lock() {
                                receive(&mut state, &bytes);
                            }
                            notify.notify_waiters();
                        }
                        Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                        Some(Ok(_)) => {}
                    },
                    outgoing = queued.recv() => match outgoing {
                        Some(bytes) => {
                            if sink.send(Message::Binary(bytes.into())).await.is_err() {
                                break;
                            }
                        }
                        None => {
                            let _ = sink.close().await;
                            break;
                        }
                    },
                }
            }
            if let Ok(mut state) = state.lock() {
                closed(&mut state);
            }
            notify.notify_waiters();
        })
    }
}
