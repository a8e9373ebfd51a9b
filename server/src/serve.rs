//! The HTTP listener: accepts connections and serves the router on each, as `axum::serve`
//! does, with every connection's buffers bounded.
//!
//! hyper's HTTP/1 connection grows its read buffer to about 400 KB for a client that sends as
//! fast as it can (an upload on a fast link) and keeps it while the connection lives; with
//! many uploads at once that alone was tens of megabytes. Here the read and write buffers of a
//! connection stop at [`BUFFER_BYTES`], and HTTP/2's flow-control windows (h2c, for clients
//! that ask for it) at the same order, so what a connection holds does not depend on how fast
//! its client sends.

use std::future::Future;
use std::io;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tower::ServiceExt as _;

/// What one connection's read buffer (and its write buffer) may grow to: large enough for any
/// request's headers and a fast upload's stream, small enough that a thousand connections hold
/// a few tens of megabytes.
pub const BUFFER_BYTES: usize = 64 * 1024;

/// HTTP/2's window per stream and per connection: what a client may send before the server
/// has read it.
const STREAM_WINDOW: u32 = 64 * 1024;
const CONNECTION_WINDOW: u32 = 256 * 1024;

/// Serves `router` on `listener` until `shutdown` completes, then stops accepting, lets each
/// open connection finish the request it is on, and returns once they have closed. Each
/// request carries its peer's address as `ConnectInfo<SocketAddr>`.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let builder = connection_builder();
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Sync frames and small answers go out at once rather than waiting to fill a packet.
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request)
        });
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::trace!(error = %e, "a connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

fn connection_builder() -> Builder<TokioExecutor> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder.http1().max_buf_size(BUFFER_BYTES);
    builder
        .http2()
        // Websockets over HTTP/2 (RFC 8441), as axum's own listener allows.
        .enable_connect_protocol()
        .initial_stream_window_size(STREAM_WINDOW)
        .initial_connection_window_size(CONNECTION_WINDOW)
        .max_send_buf_size(BUFFER_BYTES);
    builder
}

/// A failed accept that is about one connection is skipped; anything else (out of file
/// descriptors, say) is logged and waited out for a second before accepting again.
async fn accept_failed(e: io::Error) {
    if matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
