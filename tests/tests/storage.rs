//! Storage as the server reads it: what another node sharing the database sees (every change,
//! in order, since a point; chunks a compaction replaced), and records read together.

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

/// Records a turn of the sync actor needs are read together: each comes back in the order
/// asked, whole (the same chunks as read alone), with its requester; one never stored comes
/// back empty; one asked for twice comes back twice. On both databases.
#[tokio::test]
async fn documents_read_together_come_back_in_order_and_whole() -> Result<()> {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let Some(server) = TestServer::start(backend).await? else {
            continue;
        };
        let store = match server.database_url() {
            Some(url) => Store::connect(url).await?,
            None => Store::open_sqlite(server.data_dir()).await?,
        };
        let rahima = server.login("rahima").await?;
        let mut asked = Vec::new();
        for title in ["Read together, first", "Read together, second"] {
            let filed = rahima.file_request(title).await?;
            let id = RequestId::parse(filed["id"].as_str().context("id")?)?;
            asked.push(id.document(DocKind::Request));
            asked.push(id.document(DocKind::Triage));
        }
        let never = RequestId::new(1_700_000_000_000, [7; 10]).document(DocKind::Request);
        asked.insert(1, never);
        asked.push(asked[0]);

        let together = docs::load_many(&store, &asked).await?;
        assert_eq!(together.len(), asked.len(), "{backend:?}");
        assert!(together[1].is_none(), "{backend:?}: never stored");
        for (doc, read) in asked.iter().zip(&together) {
            if *doc == never {
                continue;
            }
            let read = read.as_ref().context("stored")?;
            let alone = docs::load(&store, *doc).await?.context("stored alone")?;
            assert_eq!(read.chunks, alone.chunks, "{backend:?} {doc}");
            assert!(!read.chunks.is_empty(), "{backend:?} {doc}");
            assert_eq!(
                read.owner.as_ref().map(|o| o.to_string()),
                Some(rahima.user_id.clone()),
                "{backend:?} {doc}"
            );
        }
        let title = |read: &Option<hubdesk_shared::engine::Stored>| -> Result<String> {
            let chunks = &read.as_ref().context("stored")?.chunks;
            let doc = hubdesk_shared::schema::from_chunks(chunks)?;
            Ok(hubdesk_shared::schema::read_request(&doc)?
                .title
                .to_string())
        };
        assert_eq!(title(&together[0])?, "Read together, first", "{backend:?}");
        assert_eq!(title(&together[3])?, "Read together, second", "{backend:?}");
        assert_eq!(title(&together[5])?, "Read together, first", "{backend:?}");
        store.close().await;
    }
    Ok(())
}
