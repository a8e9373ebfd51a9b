//! Shared practice (issue 22, part 5) over REST on both databases: a practitioner shares a
//! practice (a retry keeps it once; every missing part named); only its author and the staff
//! who review it see it; the hub sends it back with a note, the author changes it, the hub
//! publishes it to the library credited to the author and their city, where every member reads
//! it; once published it changes only in the library; the author withdraws it and it leaves the
//! library.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Reply, TestServer};
use serde_json::{Value, json};

fn code(reply: &Reply) -> &str {
    reply.body["error"]["code"].as_str().unwrap_or_default()
}

fn listed(list: &Value, id: &str) -> bool {
    list["items"]
        .as_array()
        .is_some_and(|items| items.iter().any(|i| i["id"] == id))
}

async fn practices(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let id = "0190f000-0000-4000-8000-00000000a001";
    let practice = json!({"id": id, "title": "Schools as cool rooms", "topic": "local_action_planning",
        "done": "Opened four schools as cool rooms during the May heatwave.",
        "risk": "Heatwaves in informal settlements.", "partners": "Ward 7 committee",
        "outcome": "No heat deaths in two wards.", "contacts": "Ward 7 office"});

    let empty = rahima.post("/api/practices", &json!({})).await?;
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert_eq!(
        empty.fields(),
        ["title", "done", "risk", "outcome", "topic"]
    );
    assert_eq!(agent.post("/api/practices", &practice).await?.status, 403);
    let shared = rahima.post("/api/practices", &practice).await?;
    assert_eq!(shared.status, 201, "{}", shared.body);
    assert_eq!(shared.body["stage"], "submitted");
    assert_eq!(shared.body["city"], "Dhaka");
    let retried = rahima.post("/api/practices", &practice).await?;
    assert_eq!(retried.status, 200, "{}", retried.body);
    assert_eq!(rahima.get("/api/practices/mine").await?.body[0]["id"], id);

    // Only its author and the reviewers reach it.
    let path = |tail: &str| format!("/api/practices/{id}{tail}");
    let stranger = anjali
        .patch_json(&path(""), &json!({"title": "Mine now"}))
        .await?;
    assert_eq!(stranger.status, 404, "{}", stranger.body);
    assert_eq!(
        anjali.post(&path("/withdraw"), &json!({})).await?.status,
        404
    );
    assert_eq!(anjali.get("/api/practices").await?.status, 403);
    let queue = agent.get("/api/practices").await?;
    assert!(
        queue
            .body
            .as_array()
            .is_some_and(|p| p.iter().any(|p| p["id"] == id)),
        "{}",
        queue.body
    );
    assert_eq!(
        rahima.post(&path("/publish"), &json!({})).await?.status,
        403
    );

    // Sent back with a note; the author's change submits it again.
    let no_note = agent.post(&path("/send-back"), &json!({})).await?;
    assert_eq!(no_note.fields(), ["note"], "{}", no_note.body);
    let back = agent
        .post(
            &path("/send-back"),
            &json!({"note": "Say how many people used the rooms."}),
        )
        .await?;
    assert_eq!(back.body["stage"], "changes_requested", "{}", back.body);
    assert_eq!(back.body["hub_note"], "Say how many people used the rooms.");
    let changed = rahima
        .patch_json(
            &path(""),
            &json!({"outcome": "About 900 people a day used the rooms; no heat deaths."}),
        )
        .await?;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.body["stage"], "submitted");
    assert_eq!(changed.body["title"], "Schools as cool rooms");

    // Published: a library item credited to her and her city, for every member.
    let published = agent.post(&path("/publish"), &json!({})).await?;
    assert_eq!(published.status, 200, "{}", published.body);
    assert_eq!(published.body["stage"], "published");
    let guidance = published.body["guidance_id"]
        .as_str()
        .context("the library item")?
        .to_string();
    let item = anjali.get(&format!("/api/guidance/{guidance}")).await?;
    assert_eq!(item.status, 200, "{}", item.body);
    let item = &item.body["guidance"];
    assert_eq!(item["credit"]["city"], "Dhaka", "{item}");
    assert_eq!(item["credit"]["country"], "BD");
    assert_eq!(item["credit"]["name"], "rahima");
    assert_eq!(item["summary"], "Heatwaves in informal settlements.");
    let body = item["body"].as_str().context("body")?;
    assert!(
        body.contains("# What was done\n\nOpened four schools"),
        "{body}"
    );
    assert!(body.contains("About 900 people a day"), "{body}");
    assert!(listed(&anjali.get("/api/guidance").await?.body, &guidance));
    let late = rahima
        .patch_json(&path(""), &json!({"title": "New"}))
        .await?;
    assert_eq!(code(&late), "practice_not_now", "{}", late.body);

    // Withdrawn by its author: it leaves the library.
    let withdrawn = rahima.post(&path("/withdraw"), &json!({})).await?;
    assert_eq!(withdrawn.body["stage"], "withdrawn", "{}", withdrawn.body);
    assert!(!listed(&anjali.get("/api/guidance").await?.body, &guidance));
    let again = rahima.post(&path("/withdraw"), &json!({})).await?;
    assert_eq!(code(&again), "practice_not_now", "{}", again.body);
    Ok(())
}

#[tokio::test]
async fn a_practice_is_shared_reviewed_published_and_withdrawn_on_sqlite() -> Result<()> {
    practices(Backend::Sqlite).await
}

#[tokio::test]
async fn a_practice_is_shared_reviewed_published_and_withdrawn_on_postgres() -> Result<()> {
    practices(Backend::Postgres).await
}

/// In Chromium: a practice shared offline from the phone, sent back and changed, published
/// from the console, found in the phone's library offline with its credit, then withdrawn.
#[tokio::test]
async fn a_practice_goes_from_the_phone_to_the_library_and_back_out() -> Result<()> {
    use hubdesk_tests::browser::{BrowserTest, marker};
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let result = test
        .script("pwa-practice.mjs", &[("HUBDESK_MARKER", &marker())])
        .await?
        .finish()
        .await?;
    let rahima = test.server.login("rahima").await?;
    let mine = rahima.get("/api/practices/mine").await?;
    let practice = &mine.body[0];
    assert_eq!(practice["title"], result["title"], "{}", mine.body);
    assert_eq!(practice["stage"], "withdrawn");
    assert_eq!(
        practice["outcome"],
        "About 900 people a day used the rooms; no heat deaths."
    );
    let guidance = practice["guidance_id"].as_str().context("published")?;
    let library = rahima.get("/api/guidance").await?;
    assert!(!listed(&library.body, guidance), "{}", library.body);
    Ok(())
}
