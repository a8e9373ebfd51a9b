//! The codec against real frames recorded from the JavaScript automerge-repo implementation.

use hubdesk_shared::wire::{self, WireMessage};

struct Frame {
    scenario: String,
    bytes: Vec<u8>,
    decoded: serde_json::Value,
}

fn frames() -> Vec<Frame> {
    include_str!("vectors/js-frames.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("valid json line");
            Frame {
                scenario: v["scenario"].as_str().expect("scenario").to_string(),
                bytes: hex::decode(v["hex"].as_str().expect("hex")).expect("valid hex"),
                decoded: v["decoded"].clone(),
            }
        })
        .collect()
}

#[test]
fn every_recorded_frame_decodes_with_the_recorded_fields() {
    let frames = frames();
    assert_eq!(frames.len(), 26);
    for frame in frames {
        let message =
            wire::decode(&frame.bytes).unwrap_or_else(|e| panic!("{}: {e}", frame.scenario));
        let d = &frame.decoded;
        match &message {
            WireMessage::Join {
                sender_id,
                supported_protocol_versions,
                ..
            } => {
                assert_eq!(d["type"], "join");
                assert_eq!(d["senderId"], sender_id.as_str());
                assert_eq!(
                    d["supportedProtocolVersions"][0],
                    supported_protocol_versions[0].as_str()
                );
            }
            WireMessage::Peer {
                target_id,
                selected_protocol_version,
                ..
            } => {
                assert_eq!(d["type"], "peer");
                assert_eq!(d["targetId"], target_id.as_str());
                assert_eq!(selected_protocol_version, "1");
            }
            WireMessage::Sync(doc) | WireMessage::Request(doc) => {
                assert_eq!(d["documentId"], doc.document_id.to_string().as_str());
                assert_eq!(d["senderId"], doc.sender_id.as_str());
                assert_eq!(d["targetId"], doc.target_id.as_str());
                assert_eq!(d["data"]["bytes_hex"], hex::encode(&doc.data).as_str());
                automerge::sync::Message::decode(&doc.data)
                    .unwrap_or_else(|e| panic!("{}: sync data: {e}", frame.scenario));
            }
            WireMessage::Ephemeral {
                doc,
                count,
                session_id,
            } => {
                assert_eq!(d["count"], *count);
                assert_eq!(d["sessionId"], session_id.as_str());
                assert_eq!(d["senderId"], doc.sender_id.as_str());
            }
            WireMessage::DocUnavailable { document_id, .. } => {
                assert_eq!(d["type"], "doc-unavailable");
                assert_eq!(d["documentId"], document_id.to_string().as_str());
            }
            WireMessage::Error { message, .. } => {
                assert_eq!(d["message"], message.as_str());
            }
            other => panic!("{}: unexpected {other:?}", frame.scenario),
        }
        // Re-encoding may choose shorter CBOR headers, so compare decoded values, not bytes.
        let again = wire::decode(&wire::encode(message.clone())).expect("re-decode");
        assert_eq!(again, message, "{}", frame.scenario);
    }
}
