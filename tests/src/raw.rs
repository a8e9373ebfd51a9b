//! A raw websocket to `/sync`, for tests that play a misbehaving client frame by frame.

use anyhow::Result;
use futures_util::SinkExt;
use hubdesk_shared::wire::{self, PeerMetadata, WireMessage};
use tokio_tungstenite::tungstenite::Message;

pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens a websocket to `url` and sends a protocol-1 `join`, without waiting for the answer.
pub async fn join(url: &str) -> Result<Socket> {
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await?;
    let join = wire::encode(WireMessage::Join {
        sender_id: "raw-client".into(),
        peer_metadata: PeerMetadata::default(),
        supported_protocol_versions: vec!["1".into()],
    });
    socket.send(Message::Binary(join.into())).await?;
    Ok(socket)
}
