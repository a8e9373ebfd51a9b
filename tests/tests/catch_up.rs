//! Catching up after time offline costs little more than the changes themselves: a day's work
//! goes up within twice its compressed size; a month away brings only the replies missed, never
//! whole documents again; and the client can tell how much of a long catch-up is left.

use std::time::Duration;

use anyhow::{Context, Result};
use automerge::Automerge;
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_tests::link::{Link, LinkConfig};
use hubdesk_tests::load::automerge_sync_bytes;
use hubdesk_tests::{Backend, Peer, TestServer, message, new_request};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(60);

fn doc_of(request_id: &str) -> Result<DocumentId> {
    Ok(RequestId::parse(request_id)?.document(DocKind::Request))
}

#[tokio::test]
async fn a_day_of_offline_work_goes_up_within_twice_its_compressed_changes() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let marker = hubdesk_tests::browser::marker();
    let mut phone = Peer::offline(&server.ws_url(&rahima.token));
    // Ten requests and fifty edits, made with no network.
    let mut docs = Vec::new();
    for n in 0..10 {
        let doc =
            phone.create_request(&new_request(&rahima.user_id, &format!("Day {n} {marker}")))?;
        for e in 0..5 {
            let author = rahima.user_id.clone();
            phone.edit_request(doc, move |r| {
                r.messages.push(message(
                    &format!("m{n}-{e}"),
                    &author,
                    "Met the ward committee; they want the training in March.",
                ));
            })?;
        }
        docs.push(doc);
    }
    let compressed: usize = docs
        .iter()
        .map(|d| phone.document(*d).map_or(0, |am| am.save().len()))
        .sum();

    phone.reconnect().await?;
    phone.wait_all_synced(&docs, WAIT).await?;
    let wire = phone.traffic().total();
    eprintln!(
        "a day's work: {wire} bytes on the wire for {compressed} bytes of compressed changes"
    );
    assert!(
        wire <= 2 * compressed as u64,
        "{wire} bytes on the wire is more than twice the {compressed} bytes of changes"
    );
    let agent = server.login("agent").await?;
    let found = agent
        .get(&format!("/api/requests?q={marker}&per_page=100"))
        .await?;
    assert_eq!(found.body["total"], 10, "{}", found.body);
    Ok(())
}

/// A phone holding `count` requests of `rahima`'s, each with `history` messages, all at the hub.
async fn synced_phone(
    server: &TestServer,
    url: &str,
    count: usize,
    history: usize,
) -> Result<(Peer, Vec<String>)> {
    let rahima = server.login("rahima").await?;
    let phone = Peer::connect(url).await?;
    let mut ids = Vec::new();
    for n in 0..count {
        let request = new_request(&rahima.user_id, &format!("Month {n}"));
        let doc = phone.create_request(&request)?;
        for e in 0..history {
            let author = rahima.user_id.clone();
            phone.edit_request(doc, move |r| {
                r.messages.push(message(
                    &format!("h{n}-{e}"),
                    &author,
                    "An update from the field: the ward office has agreed to host.",
                ));
            })?;
        }
        ids.push(request.id);
    }
    let docs: Vec<DocumentId> = ids.iter().map(|i| doc_of(i)).collect::<Result<_>>()?;
    phone.wait_all_synced(&docs, WAIT).await?;
    Ok((phone, ids))
}

/// The hub answers each request `per_request` times, through REST, as the agent.
/// The hub answers each of `ids` `per_request` times; each answer carries about `detail` more
/// characters of text that does not compress (a long answer, with figures).
async fn hub_replies(
    server: &TestServer,
    ids: &[String],
    per_request: usize,
    detail: usize,
) -> Result<()> {
    let agent = server.login("agent").await?;
    for round in 0..per_request {
        for (n, id) in ids.iter().enumerate() {
            let mut body = format!("Reply {round}: the hub can send a trainer in March.");
            let mut seed = (round * 7919 + n * 104_729 + 1) as u64;
            while body.len() < detail + 50 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                body.push_str(&format!(" {:x}", seed >> 24));
            }
            let reply = agent
                .post(
                    &format!("/api/requests/{id}/messages"),
                    &json!({ "body": body }),
                )
                .await?;
            assert_eq!(reply.status, 201, "{}", reply.body);
        }
    }
    Ok(())
}

/// Waits until the phone holds `messages` messages on every one of `ids`.
async fn wait_messages(phone: &Peer, ids: &[String], messages: usize) -> Result<()> {
    for id in ids {
        phone
            .wait_for(doc_of(id)?, "the hub's replies", |am| {
                hubdesk_shared::schema::read_request(am).is_ok_and(|r| r.messages.len() == messages)
            })
            .await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_month_offline_brings_only_the_missed_replies_never_whole_documents() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let (mut phone, ids) = synced_phone(&server, &server.ws_url(&rahima.token), 20, 30).await?;
    let docs: Vec<DocumentId> = ids.iter().map(|i| doc_of(i)).collect::<Result<_>>()?;
    let before: Vec<(DocumentId, Automerge)> = docs
        .iter()
        .map(|d| Ok((*d, phone.document(*d).context("the phone's copy")?)))
        .collect::<Result<_>>()?;
    phone.disconnect().await;

    // 200 replies while the phone is away.
    hub_replies(&server, &ids, 10, 0).await?;

    let traffic_before = phone.traffic();
    phone.reconnect().await?;
    wait_messages(&phone, &ids, 40).await?;
    let traffic = phone.traffic();
    let received = traffic.received - traffic_before.received;

    // What in-process automerge sync needs to bring the old copies up to date, and to bring
    // empty ones (downloading everything again).
    let (mut missed, mut whole) = (0u64, 0u64);
    for (doc, old) in &before {
        let now = phone.document(*doc).context("the phone's copy")?;
        missed += automerge_sync_bytes(old, &now)?;
        whole += automerge_sync_bytes(&Automerge::new(), &now)?;
    }
    eprintln!(
        "a month away: {received} bytes received; in-process sync needs {missed} for what was \
         missed and {whole} for the whole {} documents",
        docs.len()
    );
    assert!(
        received <= 2 * missed,
        "{received} bytes received is more than twice the {missed} in-process sync needs"
    );
    assert_eq!(
        traffic.whole_documents, traffic_before.whole_documents,
        "the phone had most of each document: the hub sent changes, never a whole document"
    );
    Ok(())
}

#[tokio::test]
async fn a_long_catch_up_over_a_slow_link_says_how_much_is_left() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let direct = server.ws_url(&rahima.token);
    let (phone, ids) = synced_phone(&server, &direct, 10, 10).await?;
    drop(phone);
    // Long answers (about 100 KB in all): what the hub sends for one request spans more than
    // one announcement step, so a reading can catch it on its way.
    hub_replies(&server, &ids, 20, 400).await?;

    // The same user's other phone, which has never seen them, over 250 kbit/s.
    let config = LinkConfig {
        cut_every: None,
        ..LinkConfig::field_2g()
    };
    let link = Link::in_front_of(&server.base_url, config).await?;
    let slow = format!(
        "{}&progress=1",
        direct.replace(
            &server.base_url.replace("http://", ""),
            &link.base_url().replace("http://", "")
        )
    );
    let other = Peer::connect(&slow).await?;
    for id in &ids {
        other.want(doc_of(id)?);
    }
    let mut seen = Vec::new();
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let progress = other.progress();
        seen.push(progress);
        if progress.docs == 0 || tokio::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    wait_messages(&other, &ids, 30).await?;
    let most = seen.iter().map(|p| p.bytes_to_receive).max().unwrap_or(0);
    eprintln!(
        "progress over the slow link: {} readings, at most {most} bytes announced and not yet \
         arrived, {} documents left at first",
        seen.len(),
        seen.first().map_or(0, |p| p.docs)
    );
    // The hub announces every 4 KiB handed to the connection (`BACKLOG_STEP`), ahead of the
    // bytes themselves: a reading shows at least one step on its way.
    assert!(
        most >= 4 * 1024,
        "the hub announced what was on its way: {seen:?}"
    );
    assert!(
        seen.windows(2)
            .any(|w| w[1].bytes_to_receive < w[0].bytes_to_receive && w[1].bytes_to_receive > 0),
        "the bytes left went down as they arrived"
    );
    let last = seen.last().copied().unwrap_or_default();
    assert_eq!((last.docs, last.bytes_to_receive), (0, 0), "{last:?}");
    Ok(())
}
