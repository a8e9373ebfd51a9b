//! The REST API against the real server: validation errors name the field, access is enforced,
//! retries do not duplicate.

use anyhow::Result;
use hubdesk_shared::ids::RequestId;
use hubdesk_tests::{Backend, Peer, TestServer};
use serde_json::json;

fn valid() -> serde_json::Value {
    json!({
        "kind": "help_desk",
        "title": "Training for ward officers",
        "description": "Half-day training.",
        "category": "capacity_building",
        "country": "LK",
        "city": "Moratuwa",
    })
}

#[tokio::test]
async fn invalid_input_gets_a_4xx_naming_the_field() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let nimal = server.login("nimal").await?;
    let before = nimal.get("/api/requests").await?.body["total"].clone();
    let cases = [
        (json!({"title": ""}), 422, "title"),
        (json!({"title": "x".repeat(201)}), 422, "title"),
        (json!({"category": "weather"}), 422, "category"),
        (json!({"country": "FR"}), 422, "country"),
        (json!({"id": "not-a-uuid"}), 422, "id"),
        (json!({"titel": "typo"}), 400, "titel"),
        (json!({"title": 5}), 400, "title"),
        (
            json!({"kind": "fund_query", "category": "support_fund",
                   "application": {"requested_cents": 1_250_001, "lines": []}}),
            422,
            "application.requested_cents",
        ),
        (
            json!({"kind": "fund_query", "category": "support_fund",
                   "application": {"requested_cents": 100_000, "lines": [
                       {"category": "travel", "description": "Bus", "quantity": 2, "unit_cost_cents": 40_000}]}}),
            422,
            "application.lines",
        ),
    ];
    for (patch, status, field) in cases {
        let mut body = valid();
        for (k, v) in patch.as_object().expect("object") {
            body[k] = v.clone();
        }
        let reply = nimal.post("/api/requests", &body).await?;
        assert_eq!(reply.status, status, "{patch}: {}", reply.body);
        assert_eq!(
            reply.body["error"]["field"], field,
            "{patch}: {}",
            reply.body
        );
        assert!(
            reply.body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
    let reply = nimal.post_raw("/api/requests", "{not json".into()).await?;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.body["error"]["code"], "bad_request");
    assert!(reply.body["error"]["field"].is_null(), "{}", reply.body);

    let mut huge = valid();
    huge["description"] = json!("x".repeat(2 * 1024 * 1024));
    let reply = nimal.post("/api/requests", &huge).await?;
    assert_eq!(
        (reply.status, reply.body["error"]["code"].as_str()),
        (413, Some("too_large"))
    );

    let reply = nimal.get("/api/requests?status=bogus").await?;
    assert_eq!(
        (reply.status, reply.body["error"]["field"].as_str()),
        (400, Some("status"))
    );
    let reply = nimal.get("/api/requests?per_page=1000").await?;
    assert_eq!(
        (reply.status, reply.body["error"]["field"].as_str()),
        (400, Some("per_page"))
    );
    let reply = nimal.get("/api/requests/not-an-id").await?;
    assert_eq!(
        (reply.status, reply.body["error"]["field"].as_str()),
        (400, Some("id"))
    );

    // An oversized body is refused before it is read. The server then closes that connection,
    // so this uses a client of its own rather than the shared connection pool.
    let mut huge = valid();
    huge["description"] = json!("x".repeat(2 * 1024 * 1024));
    let reply = reqwest::Client::new()
        .post(format!("{}/api/requests", server.base_url))
        .bearer_auth(&nimal.token)
        .json(&huge)
        .send()
        .await?;
    assert_eq!(reply.status(), 413);
    let body: serde_json::Value = reply.json().await?;
    assert_eq!(body["error"]["code"], "too_large");

    // Nothing invalid was stored.
    let mine = nimal.get("/api/requests").await?;
    assert_eq!(mine.body["total"], before);
    Ok(())
}

#[tokio::test]
async fn requests_need_a_valid_token() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let reply = server
        .http
        .get(format!("{}/api/requests", server.base_url))
        .send()
        .await?;
    assert_eq!(reply.status(), 401);
    let reply = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "agent", "password": "wrong password"}))
        .send()
        .await?;
    assert_eq!(reply.status(), 401);
    let reply = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "agent"}))
        .send()
        .await?;
    assert_eq!(reply.status(), 400);
    Ok(())
}

#[tokio::test]
async fn practitioners_see_only_their_own_requests_and_never_notes() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let agent = server.login("agent").await?;

    let mine = rahima.get("/api/requests").await?;
    let items = mine.body["items"].as_array().cloned().unwrap_or_default();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["requester"] == rahima.user_id.as_str())
    );
    let id = items[0]["id"].as_str().unwrap_or_default().to_string();

    let other = anjali.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(other.status, 404);
    let own = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(own.status, 200);
    assert!(own.body.get("notes").is_none());
    // The demo seed has the agent working on this one already.
    assert_eq!(own.body["triage"]["status"], "in_progress");
    let staff = agent.get(&format!("/api/requests/{id}")).await?;
    assert!(staff.body["notes"].is_object());

    let all = agent.get("/api/requests?per_page=100").await?;
    assert_eq!(all.body["total"], 4);
    let filtered = agent
        .get("/api/requests?country=MV&kind=fund_query")
        .await?;
    assert_eq!(filtered.body["total"], 1);
    assert_eq!(filtered.body["items"][0]["requested_cents"], 850_000);
    // Every word must match, anywhere in the title or description: Kolkata's youth council, and
    // Male's youth dialogue with the city council.
    let searched = agent.get("/api/requests?q=YOUTH%20COUNCIL").await?;
    assert_eq!(searched.body["total"], 2);
    let paged = agent.get("/api/requests?per_page=3&page=2").await?;
    assert_eq!(paged.body["items"].as_array().map(Vec::len), Some(1));
    Ok(())
}

#[tokio::test]
async fn a_retried_post_with_the_same_id_files_one_request() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let nimal = server.login("nimal").await?;
    let before = nimal.get("/api/requests").await?.body["total"]
        .as_i64()
        .unwrap_or(-1);
    let id = RequestId::new(1_795_000_000_000, rand::random()).to_string();
    let mut body = valid();
    body["id"] = json!(id);
    let first = nimal.post("/api/requests", &body).await?;
    assert_eq!(first.status, 201, "{}", first.body);
    let again = nimal.post("/api/requests", &body).await?;
    assert_eq!(again.status, 200, "{}", again.body);
    let mine = nimal.get("/api/requests").await?;
    assert_eq!(mine.body["total"], before + 1);

    // Staff replies show in the conversation, marked as the hub's.
    let agent = server.login("agent").await?;
    let reply = agent
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "We can do March."}),
        )
        .await?;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let detail = nimal.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(detail.body["request"]["messages"][0]["role"], "staff");
    let empty = agent
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "  "}),
        )
        .await?;
    assert_eq!(
        (empty.status, empty.body["error"]["field"].as_str()),
        (422, Some("body"))
    );
    Ok(())
}

#[tokio::test]
async fn signing_out_revokes_only_that_devices_token() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let phone = server.login("rahima").await?;
    let laptop = server.login("rahima").await?;
    let phone_sync = Peer::connect(&server.ws_url(&phone.token)).await?;
    let laptop_sync = Peer::connect(&server.ws_url(&laptop.token)).await?;
    let reply = phone.post("/api/auth/logout", &json!({})).await?;
    assert_eq!(reply.status, 204);
    assert_eq!(phone.get("/api/me").await?.status, 401);
    assert_eq!(laptop.get("/api/me").await?.status, 200);
    let refused = tokio_tungstenite::connect_async(server.ws_url(&phone.token)).await;
    assert!(refused.is_err(), "a revoked token cannot open /sync");
    phone_sync.wait_closed().await?;
    assert!(laptop_sync.is_connected(), "the other device keeps syncing");
    Ok(())
}
