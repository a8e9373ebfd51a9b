//! A response body or event stream fed by a task through a bounded channel: the task waits when
//! the client reads slowly, so memory stays flat, and stops when the client goes away.

use futures_util::{Stream, StreamExt};
use tokio::sync::mpsc;

/// A sender for the task and the stream to hand to axum.
pub fn channel<T: Send + 'static>(capacity: usize) -> (mpsc::Sender<T>, impl Stream<Item = T>) {
    let (tx, rx) = mpsc::channel(capacity);
    // Fused: a body layer (compression) may poll again after the end, which unfold forbids.
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    })
    .fuse();
    (tx, stream)
}
