//! Bad websocket input closes that one connection and leaves the others syncing.

use anyhow::{Context, Result};
use futures_util::{SinkExt, StreamExt};
use hubdesk_shared::wire::{self, WireMessage};
use hubdesk_tests::raw::Socket;
use hubdesk_tests::{Backend, Peer, TestServer, new_request};
use tokio_tungstenite::tungstenite::Message;

async fn joined(url: &str) -> Result<Socket> {
    let mut socket = hubdesk_tests::raw::join(url).await?;
    let reply = socket.next().await.context("no reply")??;
    let Message::Binary(bytes) = reply else {
        anyhow::bail!("expected a binary peer message");
    };
    assert!(matches!(wire::decode(&bytes)?, WireMessage::Peer { .. }));
    Ok(socket)
}

/// Reads until the server closes; returns the protocol error message (if any) and close code.
async fn until_closed(socket: &mut Socket) -> (Option<String>, Option<u16>) {
    let mut error = None;
    while let Some(Ok(message)) = socket.next().await {
        match message {
            Message::Binary(bytes) => {
                if let Ok(WireMessage::Error { message, .. }) = wire::decode(&bytes) {
                    error = Some(message);
                }
            }
            Message::Close(frame) => return (error, frame.map(|f| u16::from(f.code))),
            _ => {}
        }
    }
    (error, None)
}

#[tokio::test]
async fn bad_frames_close_only_their_own_connection() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let url = server.ws_url(&rahima.token);
    let healthy = Peer::connect(&url).await?;

    let mut not_cbor = joined(&url).await?;
    not_cbor
        .send(Message::Binary(
            b"\xff\x00 definitely not cbor".to_vec().into(),
        ))
        .await?;
    let (error, _) = until_closed(&mut not_cbor).await;
    assert!(
        error
            .context("an error message")?
            .contains("not a CBOR map")
    );

    let mut missing_field = joined(&url).await?;
    let mut bytes = Vec::new();
    ciborium_like_map(&mut bytes);
    missing_field.send(Message::Binary(bytes.into())).await?;
    let (error, _) = until_closed(&mut missing_field).await;
    assert!(error.context("an error message")?.contains("documentId"));

    let mut text = joined(&url).await?;
    text.send(Message::Text("hello".into())).await?;
    let (_, code) = until_closed(&mut text).await;
    assert_eq!(code, Some(1003));

    let mut oversized = joined(&url).await?;
    let _ = oversized
        .send(Message::Binary(vec![0u8; 9 * 1024 * 1024].into()))
        .await;
    let (_, code) = until_closed(&mut oversized).await;
    assert_eq!(code, Some(1009));

    // The healthy peer kept its connection and still syncs.
    assert!(healthy.is_connected());
    let doc = healthy.create_request(&new_request(&rahima.user_id, "Still syncing"))?;
    healthy.wait_synced(doc).await?;
    Ok(())
}

#[tokio::test]
async fn sync_without_a_valid_token_is_refused() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let result = tokio_tungstenite::connect_async(server.ws_url("not-a-token")).await;
    let Err(tokio_tungstenite::tungstenite::Error::Http(response)) = result else {
        anyhow::bail!("expected an HTTP error, got {result:?}");
    };
    assert_eq!(response.status(), 401);
    let bare = server.ws_url("").replace("?token=", "");
    assert!(tokio_tungstenite::connect_async(bare).await.is_err());
    Ok(())
}

/// A `sync` message with every field but `documentId`, encoded by hand as CBOR.
fn ciborium_like_map(out: &mut Vec<u8>) {
    // {"type": "sync", "senderId": "x", "targetId": "y", "data": h''}
    out.push(0xa4);
    for (key, value) in [("type", "sync"), ("senderId", "x"), ("targetId", "y")] {
        cbor_text(out, key);
        cbor_text(out, value);
    }
    cbor_text(out, "data");
    out.push(0x40);
}

fn cbor_text(out: &mut Vec<u8>, text: &str) {
    out.push(0x60 | text.len() as u8);
    out.extend_from_slice(text.as_bytes());
}
