//! Notifications (issue 21): the hub sends Web Push messages a push service in the harness
//! receives; each is signed with the hub's VAPID key, decrypts with its subscription's keys and
//! holds only a kind and ids. The list in the apps, a 410 ending a subscription, a revoked
//! device told nothing more, the endpoint allowlist, and delivery exactly once from two nodes.

use std::collections::HashMap;
use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_tests::push_service::{PushService, Subscriber};
use hubdesk_tests::session::Session;
use hubdesk_tests::smtp::SmtpServer;
use hubdesk_tests::{Backend, TestServer};
use serde_json::{Value, json};

const WITHIN: Duration = Duration::from_secs(20);

async fn public_key(server: &TestServer) -> Result<String> {
    let body: Value = server
        .http
        .get(format!("{}/api/push/key", server.base_url))
        .send()
        .await?
        .json()
        .await?;
    Ok(body["public_key"]
        .as_str()
        .context("public_key")?
        .to_string())
}

async fn subscribe(person: &Session, subscription: &Value) -> Result<String> {
    let reply = person.post("/api/push/subscriptions", subscription).await?;
    anyhow::ensure!(
        reply.status == 201,
        "subscribing: {} {}",
        reply.status,
        reply.body
    );
    Ok(reply.body["id"].as_str().context("id")?.to_string())
}

async fn reply_to(agent: &Session, request: &str, body: &str) -> Result<()> {
    let reply = agent
        .post(
            &format!("/api/requests/{request}/messages"),
            &json!({ "body": body }),
        )
        .await?;
    anyhow::ensure!(
        reply.status == 201,
        "replying: {} {}",
        reply.status,
        reply.body
    );
    Ok(())
}

/// The window new requests are gathered in, in the tests.
const GATHER_SECS: u64 = 3;

async fn pushes_tell_people_what_happened(backend: Backend) -> Result<()> {
    let service = PushService::start().await?;
    let gather = GATHER_SECS.to_string();
    let Some(server) = TestServer::start_with(
        backend,
        &[
            "--push-allow",
            &service.allow(),
            "--push-gather-secs",
            &gather,
        ],
    )
    .await?
    else {
        return Ok(());
    };
    let key = public_key(&server).await?;
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    // What the demo hub's seeding told her is read.
    rahima.post("/api/notifications/read", &json!({})).await?;
    let phone = Subscriber::new("rahima-phone");
    subscribe(&rahima, &phone.subscription(&service)).await?;
    let console = Subscriber::new("agent-console");
    subscribe(&agent, &console.subscription(&service)).await?;

    // A new request tells the staff who handle it.
    let title = "Flood drainage maps for ward 12";
    let filed = rahima.file_request(title).await?;
    let request = filed["id"].as_str().context("id")?.to_string();
    service.wait_for("agent-console", 1, WITHIN).await?;
    let told = service.opened(&console, &key)?;
    assert!(
        told.iter()
            .any(|t| t["kind"] == "new_request" && t["ref"] == request.as_str()),
        "{told:?}"
    );
    // Two more within one window reach the console as one push saying how many.
    let window_ms = GATHER_SECS * 1000;
    let now_ms = || -> Result<u64> {
        Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis() as u64)
    };
    tokio::time::sleep(Duration::from_millis(
        window_ms - now_ms()? % window_ms + 100,
    ))
    .await;
    let window = now_ms()? / window_ms;
    let before = service.count_for("agent-console");
    // The push service is busy at first: the gathered push is tried again, still counting both.
    service.busy_once("agent-console");
    rahima.file_request("Street lighting survey").await?;
    rahima.file_request("Ward budget hearing").await?;
    let one_window = now_ms()? / window_ms == window;
    service
        .wait_for("agent-console", before + 2, WITHIN)
        .await?;
    tokio::time::sleep(Duration::from_millis(window_ms + 500)).await;
    let told = service.opened(&console, &key)?;
    let answered: Vec<u16> = service
        .received()
        .iter()
        .filter(|r| r.name == "agent-console")
        .map(|r| r.status.as_u16())
        .collect();
    assert_eq!(answered[before], 429, "{answered:?}");
    let later: Vec<&Value> = told[before..]
        .iter()
        .zip(&answered[before..])
        .filter(|(t, status)| t["kind"] == "new_request" && **status == 201)
        .map(|(t, _)| t)
        .collect();
    let counted: u64 = later.iter().map(|t| t["count"].as_u64().unwrap_or(1)).sum();
    assert_eq!(counted, 2, "{later:?}");
    if one_window {
        // (Filing both took less than a window, as it does unless the machine is very busy.)
        assert_eq!(later.len(), 1, "{later:?}");
        assert_eq!(later[0]["count"], 2, "{later:?}");
        // The try the service refused said the same.
        assert_eq!(told[before]["count"], 2, "{told:?}");
    }

    // The hub's reply tells the requester, with nothing personal in the push.
    let words = "Here are the maps you asked about.";
    reply_to(&agent, &request, words).await?;
    service.wait_for("rahima-phone", 1, WITHIN).await?;
    let told = service.opened(&phone, &key)?;
    assert_eq!(told.len(), 1);
    let payload = &told[0];
    assert_eq!(payload["kind"], "hub_replied");
    assert_eq!(payload["ref"], request.as_str());
    let mut keys: Vec<&String> = payload.as_object().context("object")?.keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["id", "kind", "ref"],
        "only a kind and ids: {payload}"
    );
    let text = payload.to_string();
    for personal in [title, words, "rahima", "agent", "Dhaka"] {
        assert!(!text.contains(personal), "{personal} in {text}");
    }
    assert!(
        service
            .received()
            .iter()
            .all(|r| !r.body.windows(5).any(|w| w == b"Flood")),
        "the push travels encrypted"
    );

    // The list in the apps, with its unread count.
    let list = rahima.get("/api/notifications").await?;
    assert_eq!(list.status, 200);
    assert_eq!(list.body["unread"], 1, "{}", list.body);
    assert_eq!(list.body["items"][0]["kind"], "hub_replied");
    assert_eq!(list.body["items"][0]["request_id"], request.as_str());
    assert_eq!(list.body["items"][0]["id"], payload["id"]);
    let read = rahima.post("/api/notifications/read", &json!({})).await?;
    assert_eq!(read.body["marked"], 1);
    assert_eq!(rahima.get("/api/notifications").await?.body["unread"], 0);
    assert!(server.metric("hubdesk_push_sent_total").await? >= 2.0);

    // A kind turned off is not told.
    let prefs = rahima
        .put_json(
            "/api/notifications/preferences",
            &json!({"off": ["hub_replied"]}),
        )
        .await?;
    assert_eq!(prefs.status, 200, "{}", prefs.body);
    reply_to(&agent, &request, "One more map.").await?;
    let list = rahima.get("/api/notifications").await?;
    let about = |list: &Value| {
        list["items"].as_array().map(|items| {
            items
                .iter()
                .filter(|i| i["request_id"] == request.as_str())
                .count()
        })
    };
    assert_eq!(about(&list.body), Some(1));
    let prefs = rahima
        .put_json("/api/notifications/preferences", &json!({"off": []}))
        .await?;
    assert_eq!(prefs.status, 200, "{}", prefs.body);

    // A device signed out gets nothing more; the phone still does.
    let tablet_session = server.login("rahima").await?;
    let tablet = Subscriber::new("rahima-tablet");
    subscribe(&tablet_session, &tablet.subscription(&service)).await?;
    let signed_out = server
        .http
        .post(format!("{}/api/auth/logout", server.base_url))
        .bearer_auth(&tablet_session.token)
        .send()
        .await?;
    assert_eq!(signed_out.status(), 204);
    let before = service.count_for("rahima-phone");
    reply_to(&agent, &request, "And the survey.").await?;
    service.wait_for("rahima-phone", before + 1, WITHIN).await?;
    assert_eq!(
        service.count_for("rahima-tablet"),
        0,
        "a signed-out device is told nothing"
    );

    // A push service answering 410 ends the subscription.
    service.mark_gone("rahima-phone");
    let before = service.count_for("rahima-phone");
    reply_to(&agent, &request, "Did the maps arrive?").await?;
    service.wait_for("rahima-phone", before + 1, WITHIN).await?;
    let deadline = std::time::Instant::now() + WITHIN;
    while server
        .metric("hubdesk_push_subscriptions_gone_total")
        .await?
        < 1.0
    {
        anyhow::ensure!(
            std::time::Instant::now() < deadline,
            "the subscription was not ended"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    reply_to(&agent, &request, "Please confirm.").await?;
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        service.count_for("rahima-phone"),
        before + 1,
        "nothing more is sent to an ended subscription"
    );
    let list = rahima.get("/api/notifications").await?;
    assert_eq!(
        list.body["unread"], 3,
        "the list is kept whatever became of the pushes"
    );
    Ok(())
}

#[tokio::test]
async fn pushes_tell_people_what_happened_on_sqlite() -> Result<()> {
    pushes_tell_people_what_happened(Backend::Sqlite).await
}

#[tokio::test]
async fn pushes_tell_people_what_happened_on_postgres() -> Result<()> {
    pushes_tell_people_what_happened(Backend::Postgres).await
}

#[tokio::test]
async fn the_hub_posts_only_to_https_endpoints_of_known_push_services() -> Result<()> {
    let service = PushService::start().await?;
    let Some(server) =
        TestServer::start_with(Backend::Sqlite, &["--push-allow", &service.allow()]).await?
    else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let good = Subscriber::new("x").subscription(&service);
    let with = |endpoint: &str| {
        let mut sub = good.clone();
        sub["endpoint"] = json!(endpoint);
        sub
    };
    for endpoint in [
        "http://fcm.googleapis.com/fcm/send/abc",
        "https://10.0.0.7/push",
        "https://169.254.169.254/latest",
        "https://[::1]/push",
        "https://example.org/push",
        "https://fcm.googleapis.com.example.org/push",
        "http://127.0.0.1:1/push/x",
        "not a url",
    ] {
        let reply = rahima
            .post("/api/push/subscriptions", &with(endpoint))
            .await?;
        assert_eq!(reply.status, 400, "{endpoint}: {}", reply.body);
        assert_eq!(reply.body["error"]["field"], "endpoint", "{endpoint}");
        assert!(
            reply.body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{}",
            reply.body
        );
    }
    let mut bad_keys = good.clone();
    bad_keys["keys"]["p256dh"] = json!("bm90IGEga2V5");
    let reply = rahima.post("/api/push/subscriptions", &bad_keys).await?;
    assert_eq!(
        (reply.status, reply.body["error"]["field"].as_str()),
        (400, Some("keys.p256dh"))
    );
    // A known push service over HTTPS, and the host the operator added, are taken.
    let id = subscribe(&rahima, &with("https://fcm.googleapis.com/fcm/send/abc")).await?;
    subscribe(&rahima, &good).await?;
    // Subscribing again replaced the device's earlier subscription.
    let gone = server
        .http
        .delete(format!("{}/api/push/subscriptions/{id}", server.base_url))
        .bearer_auth(&rahima.token)
        .send()
        .await?;
    assert_eq!(gone.status(), 404);
    // Preferences are checked against the person's role.
    let reply = rahima
        .put_json(
            "/api/notifications/preferences",
            &json!({"off": ["new_request"]}),
        )
        .await?;
    assert_eq!(
        (reply.status, reply.body["error"]["field"].as_str()),
        (400, Some("off"))
    );
    let reply = rahima
        .put_json(
            "/api/notifications/preferences",
            &json!({"quiet": {"from": 1320, "to": 420, "utc_offset": 360}}),
        )
        .await?;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.body["quiet"]["from"], 1320);
    assert!(
        reply.body["kinds"]
            .as_array()
            .is_some_and(|k| k.contains(&json!("hub_replied")) && !k.contains(&json!("assigned")))
    );
    Ok(())
}

/// Two nodes over one PostgreSQL both run a sender: each push is sent once.
#[tokio::test]
async fn two_nodes_send_each_push_exactly_once() -> Result<()> {
    let service = PushService::start().await?;
    let Some(first) =
        TestServer::start_with(Backend::Postgres, &["--push-allow", &service.allow()]).await?
    else {
        return Ok(());
    };
    let second = first.start_node_sharing().await?;
    let key = public_key(&first).await?;
    assert_eq!(key, public_key(&second).await?, "one key for every node");
    let rahima = first.login("rahima").await?;
    let phone = Subscriber::new("rahima-phone");
    subscribe(&rahima, &phone.subscription(&service)).await?;
    let request = rahima.file_request("Ward committee training").await?["id"]
        .as_str()
        .context("id")?
        .to_string();
    let agents = [first.login("agent").await?, second.login("agent").await?];
    let replies = 12;
    for n in 0..replies {
        reply_to(&agents[n % 2], &request, &format!("Reply number {n}.")).await?;
    }
    service.wait_for("rahima-phone", replies, WITHIN).await?;
    // Both senders poll every two seconds: give a second sending a chance to show.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let told = service.opened(&phone, &key)?;
    let mut per_id: HashMap<String, usize> = HashMap::new();
    for payload in &told {
        *per_id
            .entry(payload["id"].as_str().context("id")?.to_string())
            .or_default() += 1;
    }
    assert_eq!(told.len(), replies, "{per_id:?}");
    assert!(per_id.values().all(|n| *n == 1), "{per_id:?}");
    let sent = first.metric("hubdesk_push_sent_total").await?
        + second.metric("hubdesk_push_sent_total").await?;
    assert_eq!(sent as usize, replies);
    Ok(())
}

#[tokio::test]
async fn staff_get_digests_of_counts_and_a_link() -> Result<()> {
    let smtp = SmtpServer::start().await?;
    let Some(server) = TestServer::start_with(
        Backend::Sqlite,
        &[
            "--smtp-url",
            &smtp.url(),
            "--smtp-from",
            "HubDesk <hub@hub.test>",
            "--public-url",
            "https://hub.test",
        ],
    )
    .await?
    else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let title = "Solar lighting for the market";
    rahima.file_request(title).await?;

    let refused = rahima
        .put_json(
            "/api/notifications/preferences",
            &json!({"digest": "daily"}),
        )
        .await?;
    assert_eq!(
        (refused.status, refused.body["error"]["field"].as_str()),
        (400, Some("digest"))
    );
    let refused = agent
        .put_json(
            "/api/notifications/preferences",
            &json!({"digest": "hourly", "email": "not an address"}),
        )
        .await?;
    assert_eq!(
        (refused.status, refused.body["error"]["field"].as_str()),
        (400, Some("email"))
    );
    let prefs = agent.get("/api/notifications/preferences").await?;
    assert_eq!(prefs.body["digests_available"], true);

    let chosen = agent
        .put_json(
            "/api/notifications/preferences",
            &json!({"digest": "hourly", "email": "agent@hub.test"}),
        )
        .await?;
    assert_eq!(chosen.status, 200, "{}", chosen.body);
    let mails = smtp.wait_for(1, WITHIN).await?;
    let mail = &mails[0];
    assert!(
        mail.to.iter().any(|t| t.contains("agent@hub.test")),
        "{mail:?}"
    );
    assert!(mail.from.contains("hub@hub.test"), "{mail:?}");
    assert!(
        mail.data.contains("https://hub.test/console/"),
        "{}",
        mail.data
    );
    assert!(mail.data.contains("new request"), "{}", mail.data);
    for personal in [title, "rahima", "Dhaka"] {
        assert!(!mail.data.contains(personal), "{personal} in {}", mail.data);
    }
    // Within the hour, no second digest, however often the choice is saved.
    agent
        .put_json(
            "/api/notifications/preferences",
            &json!({"digest": "hourly", "email": "agent@hub.test"}),
        )
        .await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(smtp.mails().len(), 1);
    assert_eq!(server.metric("hubdesk_digest_sent_total").await?, 1.0);
    Ok(())
}

/// The list names each request by its title only to someone who may still read it: an agent
/// moved to other countries keeps the notification, nameless.
#[tokio::test]
async fn the_list_names_a_request_only_to_those_who_may_read_it() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "agent.bd", "password": "a-long-test-password", "role": "agent", "countries": ["BD"]}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let agent_id = made.body["id"].as_str().context("id")?.to_string();
    let agent = server
        .login_with("agent.bd", "a-long-test-password")
        .await?;
    let rahima = server.login("rahima").await?;
    let title = "Ward notice boards in Dhaka";
    let filed = rahima.file_request(title).await?;
    let request = filed["id"].as_str().context("id")?.to_string();

    let told = |list: &Value| {
        list["items"]
            .as_array()
            .and_then(|items| items.iter().find(|n| n["request_id"] == request.as_str()))
            .cloned()
    };
    let listed = agent.get("/api/notifications").await?;
    let item = told(&listed.body).context("agent.bd was told of the new request")?;
    assert_eq!(item["kind"], "new_request");
    assert_eq!(item["title"], title, "{}", listed.body);

    let moved = admin
        .patch_json(
            &format!("/api/users/{agent_id}"),
            &json!({"countries": ["IN"]}),
        )
        .await?;
    assert_eq!(moved.status, 200, "{}", moved.body);
    let listed = agent.get("/api/notifications").await?;
    let item = told(&listed.body).context("the notification stays")?;
    assert!(item.get("title").is_none(), "{}", listed.body);
    Ok(())
}
