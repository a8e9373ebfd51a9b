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
