//! The automerge-repo websocket protocol: one CBOR map per binary websocket message.
//!
//! [`decode`] turns bytes from a peer into a typed [`WireMessage`] or a [`WireError`] saying what
//! was wrong; [`encode`] does the reverse. Only these types derive serde, so any change to what
//! goes over the wire is deliberate.

use serde::{Deserialize, Serialize};
use serde_bytes::ByteBuf;

use crate::ids::DocumentId;

/// The only protocol version automerge-repo speaks today.
pub const PROTOCOL_VERSION: &str = "1";

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeerMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ephemeral: Option<bool>,
}

/// A message of the protocol, as the engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum WireMessage {
    Join {
        sender_id: String,
        peer_metadata: PeerMetadata,
        supported_protocol_versions: Vec<String>,
    },
    Peer {
        sender_id: String,
        target_id: String,
        peer_metadata: PeerMetadata,
        selected_protocol_version: String,
    },
    Leave {
        sender_id: String,
    },
    Error {
        sender_id: String,
        target_id: Option<String>,
        message: String,
    },
    /// "I do not have this document; send it if you do." Carries a sync message too.
    Request(DocMessage),
    Sync(DocMessage),
    DocUnavailable {
        sender_id: String,
        target_id: String,
        document_id: DocumentId,
    },
    Ephemeral {
        doc: DocMessage,
        count: u64,
        session_id: String,
    },
    RemoteSubscriptionChange {
        sender_id: String,
        target_id: String,
        add: Vec<String>,
        remove: Vec<String>,
    },
    RemoteHeadsChanged {
        sender_id: String,
        target_id: String,
        document_id: DocumentId,
        new_heads: ciborium::Value,
    },
    /// HubDesk's own, sent only to clients that ask for it (`progress=1` on `/sync`): how many
    /// bytes of protocol messages the server has handed this connection so far, sent ahead of
    /// those bytes, so the client can tell how much of a long catch-up is still on its way.
    Backlog {
        sent: u64,
    },
}

/// The message type of [`WireMessage::Backlog`].
pub const BACKLOG_TYPE: &str = "hubdesk-backlog";

/// The fields shared by every message about one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMessage {
    pub sender_id: String,
    pub target_id: String,
    pub document_id: DocumentId,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("message is not a CBOR map: {0}")]
    NotCbor(String),
    #[error("message has no field {0:?}")]
    Missing(&'static str),
    #[error("field documentId is not a valid document id: {0}")]
    BadDocumentId(String),
    #[error("unknown message type {0:?}")]
    UnknownType(String),
}

/// Every field any message may carry, flat, as it sits in the CBOR map.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sender_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    document_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<ByteBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    peer_metadata: Option<PeerMetadata>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    supported_protocol_versions: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    selected_protocol_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    count: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    session_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    new_heads: Option<ciborium::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    add: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    remove: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sent: Option<u64>,
}

fn need<T>(value: Option<T>, field: &'static str) -> Result<T, WireError> {
    value.ok_or(WireError::Missing(field))
}

impl Raw {
    fn document_id(&mut self) -> Result<DocumentId, WireError> {
        let text = need(self.document_id.take(), "documentId")?;
        text.parse()
            .map_err(|e: crate::ids::IdError| WireError::BadDocumentId(e.to_string()))
    }

    fn doc_message(&mut self) -> Result<DocMessage, WireError> {
        Ok(DocMessage {
            sender_id: need(self.sender_id.take(), "senderId")?,
            target_id: need(self.target_id.take(), "targetId")?,
            document_id: self.document_id()?,
            data: need(self.data.take(), "data")?.into_vec(),
        })
    }

    fn with_doc(kind: &str, doc: DocMessage) -> Raw {
        Raw {
            kind: kind.into(),
            sender_id: Some(doc.sender_id),
            target_id: Some(doc.target_id),
            document_id: Some(doc.document_id.to_string()),
            data: Some(ByteBuf::from(doc.data)),
            ..Raw::default()
        }
    }
}

/// Decodes one websocket message.
pub fn decode(bytes: &[u8]) -> Result<WireMessage, WireError> {
    let mut raw: Raw =
        ciborium::from_reader(bytes).map_err(|e| WireError::NotCbor(short(&e.to_string())))?;
    Ok(match raw.kind.as_str() {
        "join" => WireMessage::Join {
            sender_id: need(raw.sender_id, "senderId")?,
            peer_metadata: raw.peer_metadata.unwrap_or_default(),
            supported_protocol_versions: need(
                raw.supported_protocol_versions,
                "supportedProtocolVersions",
            )?,
        },
        "peer" => WireMessage::Peer {
            sender_id: need(raw.sender_id, "senderId")?,
            target_id: need(raw.target_id, "targetId")?,
            peer_metadata: raw.peer_metadata.unwrap_or_default(),
            selected_protocol_version: need(
                raw.selected_protocol_version,
                "selectedProtocolVersion",
            )?,
        },
        "leave" => WireMessage::Leave {
            sender_id: need(raw.sender_id, "senderId")?,
        },
        "error" => WireMessage::Error {
            sender_id: raw.sender_id.unwrap_or_default(),
            target_id: raw.target_id,
            message: raw.message.unwrap_or_default(),
        },
        "request" => WireMessage::Request(raw.doc_message()?),
        "sync" => WireMessage::Sync(raw.doc_message()?),
        "doc-unavailable" => WireMessage::DocUnavailable {
            sender_id: need(raw.sender_id.take(), "senderId")?,
            target_id: need(raw.target_id.take(), "targetId")?,
            document_id: raw.document_id()?,
        },
        "ephemeral" => {
            let count = need(raw.count, "count")?;
            let session_id = need(raw.session_id.take(), "sessionId")?;
            WireMessage::Ephemeral {
                doc: raw.doc_message()?,
                count,
                session_id,
            }
        }
        "remote-subscription-change" => WireMessage::RemoteSubscriptionChange {
            sender_id: need(raw.sender_id, "senderId")?,
            target_id: need(raw.target_id, "targetId")?,
            add: raw.add.unwrap_or_default(),
            remove: raw.remove.unwrap_or_default(),
        },
        "remote-heads-changed" => WireMessage::RemoteHeadsChanged {
            sender_id: need(raw.sender_id.take(), "senderId")?,
            target_id: need(raw.target_id.take(), "targetId")?,
            document_id: raw.document_id()?,
            new_heads: need(raw.new_heads, "newHeads")?,
        },
        BACKLOG_TYPE => WireMessage::Backlog {
            sent: need(raw.sent, "sent")?,
        },
        other => return Err(WireError::UnknownType(short(other))),
    })
}

/// Encodes one message as a CBOR map.
pub fn encode(message: WireMessage) -> Vec<u8> {
    let raw = match message {
        WireMessage::Join {
            sender_id,
            peer_metadata,
            supported_protocol_versions,
        } => Raw {
            kind: "join".into(),
            sender_id: Some(sender_id),
            peer_metadata: Some(peer_metadata),
            supported_protocol_versions: Some(supported_protocol_versions),
            ..Raw::default()
        },
        WireMessage::Peer {
            sender_id,
            target_id,
            peer_metadata,
            selected_protocol_version,
        } => Raw {
            kind: "peer".into(),
            sender_id: Some(sender_id),
            target_id: Some(target_id),
            peer_metadata: Some(peer_metadata),
            selected_protocol_version: Some(selected_protocol_version),
            ..Raw::default()
        },
        WireMessage::Leave { sender_id } => Raw {
            kind: "leave".into(),
            sender_id: Some(sender_id),
            ..Raw::default()
        },
        WireMessage::Error {
            sender_id,
            target_id,
            message,
        } => Raw {
            kind: "error".into(),
            sender_id: Some(sender_id),
            target_id,
            message: Some(message),
            ..Raw::default()
        },
        WireMessage::Request(doc) => Raw::with_doc("request", doc),
        WireMessage::Sync(doc) => Raw::with_doc("sync", doc),
        WireMessage::DocUnavailable {
            sender_id,
            target_id,
            document_id,
        } => Raw {
            kind: "doc-unavailable".into(),
            sender_id: Some(sender_id),
            target_id: Some(target_id),
            document_id: Some(document_id.to_string()),
            ..Raw::default()
        },
        WireMessage::Ephemeral {
            doc,
            count,
            session_id,
        } => Raw {
            count: Some(count),
            session_id: Some(session_id),
            ..Raw::with_doc("ephemeral", doc)
        },
        WireMessage::RemoteSubscriptionChange {
            sender_id,
            target_id,
            add,
            remove,
        } => Raw {
            kind: "remote-subscription-change".into(),
            sender_id: Some(sender_id),
            target_id: Some(target_id),
            add: Some(add),
            remove: Some(remove),
            ..Raw::default()
        },
        WireMessage::RemoteHeadsChanged {
            sender_id,
            target_id,
            document_id,
            new_heads,
        } => Raw {
            kind: "remote-heads-changed".into(),
            sender_id: Some(sender_id),
            target_id: Some(target_id),
            document_id: Some(document_id.to_string()),
            new_heads: Some(new_heads),
            ..Raw::default()
        },
        WireMessage::Backlog { sent } => Raw {
            kind: BACKLOG_TYPE.into(),
            sent: Some(sent),
            ..Raw::default()
        },
    };
    let mut out = Vec::new();
    // Writing CBOR into a Vec cannot fail: the only errors ciborium reports come from the writer.
    if ciborium::into_writer(&raw, &mut out).is_err() {
        out.clear();
    }
    out
}

/// Keeps peer-supplied text in errors short, so errors and logs stay small.
fn short(text: &str) -> String {
    text.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_cbor_bytes_are_an_error_not_a_panic() {
        assert!(matches!(decode(b"hello"), Err(WireError::NotCbor(_))));
        assert!(matches!(decode(&[]), Err(WireError::NotCbor(_))));
    }

    #[test]
    fn a_sync_without_document_id_names_the_field() {
        let raw = Raw {
            kind: "sync".into(),
            sender_id: Some("a".into()),
            target_id: Some("b".into()),
            data: Some(ByteBuf::from(vec![1])),
            ..Raw::default()
        };
        let mut bytes = Vec::new();
        ciborium::into_writer(&raw, &mut bytes).expect("encode");
        assert_eq!(decode(&bytes), Err(WireError::Missing("documentId")));
    }

    #[test]
    fn unknown_types_are_reported() {
        let raw = Raw {
            kind: "teleport".into(),
            ..Raw::default()
        };
        let mut bytes = Vec::new();
        ciborium::into_writer(&raw, &mut bytes).expect("encode");
        assert_eq!(
            decode(&bytes),
            Err(WireError::UnknownType("teleport".into()))
        );
    }

    #[test]
    fn a_backlog_round_trips_and_names_its_missing_field() {
        let bytes = encode(WireMessage::Backlog { sent: 123_456 });
        assert_eq!(decode(&bytes), Ok(WireMessage::Backlog { sent: 123_456 }));
        let raw = Raw {
            kind: BACKLOG_TYPE.into(),
            ..Raw::default()
        };
        let mut bytes = Vec::new();
        ciborium::into_writer(&raw, &mut bytes).expect("encode");
        assert_eq!(decode(&bytes), Err(WireError::Missing("sent")));
    }
}
