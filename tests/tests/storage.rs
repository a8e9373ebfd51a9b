//! What another node sharing the database sees: every change, in order, since a point.

use anyhow::{Context, Result};
use hubdesk_server::store::{Store, docs};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_tests::{Backend, TestServer};
use serde_json::json;

#[tokio::test]
async fn a_second_node_reads_what_changed_since_a_point() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let url = server.database_url().context("postgres url")?;
    let other_node = Store::connect(url).await?;
    let before = docs::changes_since(other_node.pool(), 0, "other-node", 10_000).await?;
    let cursor = before.last().map(|c| c.seq).unwrap_or(0);

    let rahima = server.login("rahima").await?;
    let filed = rahima.file_request("Seen by another node").await?;
    let id = RequestId::parse(filed["id"].as_str().context("id")?)?;
    let changed = docs::changes_since(other_node.pool(), cursor, "other-node", 100).await?;
    let ids: Vec<String> = changed.iter().map(|c| c.doc.clone()).collect();
    for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
        assert!(
            ids.contains(&id.document(kind).to_string()),
            "{kind:?} in {ids:?}"
        );
    }
    assert!(changed.windows(2).all(|w| w[0].seq < w[1].seq));

    let cursor = changed.last().map(|c| c.seq).unwrap_or(cursor);
    assert!(
        docs::changes_since(other_node.pool(), cursor, "other-node", 100)
            .await?
            .is_empty()
    );
    rahima
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "One more thing."}),
        )
        .await?;
    let next = docs::changes_since(other_node.pool(), cursor, "other-node", 100).await?;
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].doc, id.document(DocKind::Request).to_string());
    other_node.close().await;
    Ok(())
}

/// A node compacting a document replaces chunks another node stored, which this node may not
/// have read yet: the write hands those chunks back, for this node's engine to apply, because
/// they can no longer be read on their own.
#[tokio::test]
async fn a_compaction_hands_back_the_other_nodes_chunks_it_replaced() -> Result<()> {
    use hubdesk_server::store::mirror::Mirror;
    use hubdesk_shared::engine::{Batch, Cause, DocWrite};
    use hubdesk_shared::schema;

    let Some(server) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let url = server.database_url().context("postgres url")?;
    let this_node = Store::connect(url).await?;
    let rahima = server.login("rahima").await?;
    let filed = rahima.file_request("Compacted on another node").await?;
    let id = RequestId::parse(filed["id"].as_str().context("id")?)?;
    let doc = id.document(DocKind::Request);
    // The server (another node, seen from here) stores one more change.
    rahima
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "Stored by the other node."}),
        )
        .await?;
    let theirs = docs::changes_since(this_node.pool(), 0, "this-node", 10_000)
        .await?
        .into_iter()
        .filter(|c| c.doc == doc.to_string())
        .collect::<Vec<_>>();
    assert!(theirs.len() >= 2, "{} chunks", theirs.len());

    // This node writes a change of its own and compacts, from a copy that lacks the last one.
    let stored = docs::load(&this_node, doc).await?.context("stored")?;
    let mut copy = schema::from_chunks(&stored.chunks[..1])?;
    let before = copy.get_heads();
    let mut request = schema::read_request(&copy)?;
    request.messages.push(hubdesk_tests::message(
        "m-this-node",
        &rahima.user_id,
        "Written on this node.",
    ));
    schema::write_application_and_messages(&mut copy, &request, 0)?;
    let write = DocWrite {
        doc,
        kind: DocKind::Request,
        owner: stored.owner.clone(),
        changes: copy.save_after(&before),
        snapshot: None,
        compact: true,
        history: Vec::new(),
        heads: copy.get_heads(),
        generation: 1,
        epoch: stored.epoch,
        first: false,
    };
    let (committed, merged) = hubdesk_server::store::write::write_batches(
        &this_node,
        "this-node",
        &[Batch {
            write: 1,
            docs: vec![write],
            cause: Cause::Engine,
        }],
        &Default::default(),
        0,
        &mut Mirror::bulk(),
        &|| false,
        None,
    )
    .await?;
    assert_eq!(committed, 1);
    let handed_back: Vec<&Vec<u8>> = merged
        .iter()
        .filter(|(d, _)| *d == doc)
        .map(|(_, chunk)| chunk)
        .collect();
    assert_eq!(handed_back.len(), theirs.len(), "every chunk of theirs");
    for chunk in &theirs {
        assert!(handed_back.contains(&&chunk.data));
    }
    // Applied to the copy, they bring the other node's change; storage holds both.
    for chunk in handed_back {
        copy.load_incremental(chunk)?;
    }
    let bodies = |am: &automerge::Automerge| -> Result<Vec<String>> {
        Ok(schema::read_request(am)?
            .messages
            .iter()
            .map(|m| m.body.to_string())
            .collect())
    };
    assert!(bodies(&copy)?.contains(&"Stored by the other node.".to_string()));
    let now_stored = docs::load_document(&this_node, doc)
        .await?
        .context("stored")?;
    let all = bodies(&now_stored)?;
    assert!(
        all.contains(&"Stored by the other node.".to_string()),
        "{all:?}"
    );
    assert!(
        all.contains(&"Written on this node.".to_string()),
        "{all:?}"
    );
    assert_eq!(docs::chunk_count(this_node.pool(), doc).await?, 1);
    this_node.close().await;
    Ok(())
}
