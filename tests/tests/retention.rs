//! Data protection (issue 11, part 5) on SQLite and PostgreSQL: a closed request past the
//! retention period is anonymised (names, free text, messages and notes gone from its documents
//! and their history; counts kept for reports), and a device still holding its old history
//! cannot sync it back; an admin exports all the hub holds about a person as JSON and erases
//! them on request; each is in the audit log.

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::model::{Message, MessageRole};
use hubdesk_shared::schema;
use hubdesk_tests::peer::now_ms;
use hubdesk_tests::{Backend, Peer, Session, TestServer};
use serde_json::{Value, json};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Whether any history stored for `doc` holds `text`: the document is rebuilt from its raw
/// chunks and saved without compression, so every change's values are there to be found.
async fn stored_text_has(server: &TestServer, doc: &str, text: &str) -> Result<bool> {
    let chunks = server.stored_chunks(doc).await?;
    let rebuilt = schema::from_chunks(&chunks)?;
    let bytes = rebuilt.save_nocompress();
    Ok(bytes.windows(text.len()).any(|w| w == text.as_bytes()))
}

async fn ok(who: &Session, path: &str, body: Value) -> Result<Value> {
    let reply = who.post(path, &body).await?;
    anyhow::ensure!(
        (200..300).contains(&reply.status),
        "{path}: {} {}",
        reply.status,
        reply.body
    );
    Ok(reply.body)
}

async fn command(who: &Session, id: &str, body: Value) -> Result<Value> {
    ok(who, &format!("/api/requests/{id}/commands"), body).await
}

async fn file(who: &Session, title: &str, description: &str) -> Result<String> {
    let filed = ok(
        who,
        "/api/requests",
        json!({"kind": "help_desk", "title": title, "description": description,
               "category": "local_voices", "country": "BD", "city": "Dhaka"}),
    )
    .await?;
    Ok(filed["id"].as_str().context("id")?.to_string())
}

async fn closed_count(agent: &Session) -> Result<i64> {
    let report = agent.get("/api/reports").await?;
    anyhow::ensure!(report.status == 200, "{}", report.body);
    Ok(report.body["counts"]["status"]
        .as_array()
        .context("status counts")?
        .iter()
        .find(|c| c["value"] == "closed")
        .and_then(|c| c["count"].as_i64())
        .unwrap_or(0))
}

async fn retention(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let secret = format!("Karim-{}", now_ms());

    // A request with a conversation, a note and a resolution, all naming someone; closed.
    let id = file(
        &rahima,
        &format!("Meeting with {secret}"),
        &format!("{secret} can bring three youth leaders from ward 9."),
    )
    .await?;
    command(
        &rahima,
        &id,
        json!({"type": "reply", "body": format!("{secret}'s number is with Ravi")}),
    )
    .await?;
    command(
        &agent,
        &id,
        json!({"type": "reply", "body": "Thank you, we will call."}),
    )
    .await?;
    command(
        &agent,
        &id,
        json!({"type": "add_note", "body": format!("{secret} is an informant")}),
    )
    .await?;
    for (status, resolution) in [
        ("resolved", None),
        ("closed", Some(format!("Met {secret} in March"))),
    ] {
        command(
            &agent,
            &id,
            json!({"type": "set_status", "status": status, "resolution": resolution}),
        )
        .await?;
    }
    let rid = RequestId::parse(&id)?;
    let docs =
        [DocKind::Request, DocKind::Triage, DocKind::Notes].map(|k| rid.document(k).to_string());
    for doc in &docs {
        assert!(
            stored_text_has(&server, doc, &secret).await?,
            "{doc} names them before"
        );
    }
    // A staff device holds the old history, and so does the requester's.
    let staff_peer = Peer::connect(&server.ws_url(&agent.token)).await?;
    let request_doc = rid.document(DocKind::Request);
    staff_peer.want(request_doc);
    staff_peer.wait_synced(request_doc).await?;
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    phone.want(request_doc);
    phone.wait_synced(request_doc).await?;
    let closed_before = closed_count(&agent).await?;

    // Not due yet: nothing happens.
    let run = ok(&admin, "/api/retention/run", json!({})).await?;
    assert_eq!(run["anonymised"], 0, "{run}");
    assert_eq!(run["retention_days"], 365);
    // Closed over a year ago: anonymised at the next run.
    let backdated = server
        .sql_execute(&format!(
            "UPDATE request_projection SET closed_at = closed_at - {} WHERE request_id = '{id}'",
            366 * DAY_MS
        ))
        .await?;
    assert_eq!(backdated, 1);
    assert_eq!(
        admin.post("/api/retention/run", &json!({})).await?.status,
        200
    );
    for doc in &docs {
        assert!(
            !stored_text_has(&server, doc, &secret).await?,
            "{doc} still names them"
        );
    }
    let seen = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(seen.status, 200, "{}", seen.body);
    let text = seen.body.to_string();
    assert!(!text.contains(&secret), "{text}");
    assert!(!text.contains(rahima.user_id.as_str()), "{text}");
    assert_eq!(seen.body["request"]["title"], "Anonymised request");
    assert_eq!(seen.body["request"]["messages"], json!([]));
    assert_eq!(seen.body["triage"]["status"], "closed");
    assert_eq!(seen.body["request"]["country"], "BD");
    assert_eq!(
        closed_count(&agent).await?,
        closed_before,
        "counts kept for reports"
    );
    let found = agent.get(&format!("/api/requests?q={secret}")).await?;
    assert_eq!(found.body["total"], 0, "{}", found.body);
    assert_eq!(
        rahima.get(&format!("/api/requests/{id}")).await?.status,
        404
    );
    let history = agent.get(&format!("/api/requests/{id}/history")).await?;
    assert!(
        !history.body.to_string().contains(rahima.user_id.as_str()),
        "{}",
        history.body
    );
    let log = admin.get("/api/audit?action=request_anonymised").await?;
    assert!(
        log.body["items"]
            .as_array()
            .context("items")?
            .iter()
            .any(|e| e["request_id"] == id.as_str() && e["detail"] == "retention"),
        "{}",
        log.body
    );

    // The old histories cannot come back: the phone is told the request is gone, and the staff
    // device's change, made on the old history, is refused.
    let mut phone = phone;
    phone.reconnect().await?;
    phone.want(request_doc);
    phone.wait_unavailable(request_doc).await?;
    let mut staff_peer = staff_peer;
    staff_peer.reconnect().await?;
    let on_old = Message {
        id: "old-history-1".into(),
        author: agent.user_id.as_str().into(),
        role: MessageRole::Staff,
        body: format!("Still about {secret}").into(),
        sent_at: now_ms(),
        canned: None,
    };
    staff_peer.add_message(request_doc, on_old)?;
    staff_peer.want(request_doc);
    staff_peer.wait_unavailable(request_doc).await?;
    // The hub's own copy, asked for afresh, is still the anonymised one.
    let fresh = Peer::connect(&server.ws_url(&agent.token)).await?;
    fresh.want(request_doc);
    fresh
        .wait_for(request_doc, "the anonymised request", |d| {
            schema::read_request(d).is_ok_and(|r| r.title.as_str() == "Anonymised request")
        })
        .await?;
    for doc in &docs {
        assert!(
            !stored_text_has(&server, doc, &secret).await?,
            "{doc} names them again"
        );
    }
    Ok(())
}

async fn export_and_erasure(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let mut people = Vec::new();
    for name in ["zara", "nila"] {
        let made = ok(
            &admin,
            "/api/users",
            json!({"username": name, "password": "erasure-password", "role": "practitioner",
                   "country": "BD", "city": "Dhaka"}),
        )
        .await?;
        people.push((
            made["id"].as_str().context("id")?.to_string(),
            server.login_with(name, "erasure-password").await?,
        ));
    }
    let (zara_id, zara) = &people[0];
    let (nila_id, nila) = &people[1];
    let words = format!("Nila-words-{}", now_ms());
    let shared = file(zara, "Ward youth forum", "Who has run one?").await?;
    command(
        zara,
        &shared,
        json!({"type": "share_with_team", "team": "write"}),
    )
    .await?;
    command(
        nila,
        &shared,
        json!({"type": "reply", "body": format!("{words}: we ran one")}),
    )
    .await?;
    command(
        zara,
        &shared,
        json!({"type": "reply", "body": "Thank you!"}),
    )
    .await?;
    let own = file(nila, &format!("{words} in the title"), "Her own request").await?;

    // The export holds her account, her request, her words elsewhere and her audit trail.
    assert_eq!(
        nila.get(&format!("/api/users/{nila_id}/export"))
            .await?
            .status,
        403
    );
    let export = admin.get(&format!("/api/users/{nila_id}/export")).await?;
    assert_eq!(export.status, 200, "{}", export.body);
    let data = &export.body;
    assert_eq!(data["account"]["username"], "nila");
    assert_eq!(data["account"]["city"], "Dhaka");
    let requests = data["requests"].as_array().context("requests")?;
    assert_eq!(requests.len(), 1, "{data}");
    assert_eq!(requests[0]["request"]["id"], own.as_str());
    assert!(
        requests[0]["history"]
            .as_array()
            .is_some_and(|h| !h.is_empty())
    );
    let elsewhere = data["messages_in_other_requests"]
        .as_array()
        .context("elsewhere")?;
    assert_eq!(elsewhere.len(), 1, "{data}");
    assert_eq!(elsewhere[0]["request_id"], shared.as_str());
    assert!(elsewhere[0]["messages"].to_string().contains(&words));
    assert!(
        !data.to_string().contains("Thank you!"),
        "only her words from others' requests"
    );
    assert!(data["devices"].as_array().is_some_and(|d| !d.is_empty()));
    assert!(
        data["audit"]
            .as_array()
            .is_some_and(|a| a.iter().any(|e| e["action"] == "sign_in"))
    );

    // Erasure asks for her username again, then leaves nothing of her.
    let wrong = admin
        .post(
            &format!("/api/users/{nila_id}/erase"),
            &json!({"confirm": "zara"}),
        )
        .await?;
    assert_eq!(
        (wrong.status, wrong.body["error"]["field"].as_str()),
        (400, Some("confirm")),
        "{}",
        wrong.body
    );
    let open = Peer::connect(&server.ws_url(&nila.token)).await?;
    let erased = ok(
        &admin,
        &format!("/api/users/{nila_id}/erase"),
        json!({"confirm": "nila"}),
    )
    .await?;
    assert_eq!(erased, json!({"anonymised": 1, "rewritten": 1}));
    open.wait_closed().await?;
    assert_eq!(nila.get("/api/requests").await?.status, 401);
    let again = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "nila", "password": "erasure-password"}))
        .send()
        .await?;
    assert_eq!(again.status(), 401);
    let accounts = admin.get("/api/users").await?;
    let account = accounts.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .find(|u| u["id"] == nila_id.as_str())
        .context("the account stays, emptied")?
        .clone();
    assert!(
        account["username"]
            .as_str()
            .is_some_and(|u| u.starts_with("erased-")),
        "{account}"
    );
    assert!(
        account["city"].is_null() && account["deactivated_at"].is_i64(),
        "{account}"
    );

    // Zara's request keeps its conversation in order, without Nila's words or name.
    let kept = zara.get(&format!("/api/requests/{shared}")).await?;
    assert_eq!(kept.status, 200, "{}", kept.body);
    let messages = kept.body["request"]["messages"]
        .as_array()
        .context("messages")?;
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["author"], "erased");
    assert_eq!(messages[1]["body"], "Thank you!");
    assert!(!kept.body.to_string().contains(&words));
    assert!(!kept.body.to_string().contains(nila_id.as_str()));
    let shared_doc = RequestId::parse(&shared)?
        .document(DocKind::Request)
        .to_string();
    assert!(!stored_text_has(&server, &shared_doc, &words).await?);
    let own_doc = RequestId::parse(&own)?
        .document(DocKind::Request)
        .to_string();
    assert!(!stored_text_has(&server, &own_doc, &words).await?);
    // Zara still writes in her request after the rewrite.
    command(
        zara,
        &shared,
        json!({"type": "reply", "body": "Still here"}),
    )
    .await?;
    let log = admin.get(&format!("/api/audit?user={nila_id}")).await?;
    let actions: Vec<&str> = log.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert!(
        actions.contains(&"person_erased") && actions.contains(&"export"),
        "{actions:?}"
    );
    let _ = zara_id;
    Ok(())
}

#[tokio::test]
async fn closed_requests_past_retention_are_anonymised_for_good_on_sqlite() -> Result<()> {
    retention(Backend::Sqlite).await
}

#[tokio::test]
async fn closed_requests_past_retention_are_anonymised_for_good_on_postgres() -> Result<()> {
    retention(Backend::Postgres).await
}

#[tokio::test]
async fn a_person_is_exported_and_erased_on_request_on_sqlite() -> Result<()> {
    export_and_erasure(Backend::Sqlite).await
}

#[tokio::test]
async fn a_person_is_exported_and_erased_on_request_on_postgres() -> Result<()> {
    export_and_erasure(Backend::Postgres).await
}

/// After a person's erasure and a checkpoint, nothing of their name is in the bytes of the
/// database's files (WAL included): not in documents, the search index, the fund's own text or
/// freed pages.
#[tokio::test]
async fn an_erased_name_is_nowhere_in_the_database_files_after_a_checkpoint() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let fund = server.login("fund").await?;
    let name = format!("zubeydaqorvash{}", now_ms() % 100_000);
    let made = ok(
        &admin,
        "/api/users",
        json!({"username": name, "password": "erasure-password", "role": "practitioner",
               "country": "BD", "city": "Dhaka"}),
    )
    .await?;
    let person_id = made["id"].as_str().context("id")?.to_string();
    let person = server.login_with(&name, "erasure-password").await?;
    let named = format!("{name} of Ward 12");
    let helpdesk = file(&person, &named, &format!("Written by {named}")).await?;
    command(
        &person,
        &helpdesk,
        json!({"type": "reply", "body": format!("Again, {named}")}),
    )
    .await?;
    let rounds = fund.get("/api/fund/rounds").await?;
    let round = rounds.body[0]["id"].as_str().context("round")?.to_string();
    let application = ok(
        &person,
        "/api/requests",
        json!({"kind": "fund_query", "title": format!("Forum by {named}"),
            "description": format!("Led by {named}"), "category": "support_fund",
            "country": "BD", "city": "Dhaka",
            "application": {"requested_cents": 500_000, "round_id": round,
                "lead_organisation": named}}),
    )
    .await?;
    let application = application["id"].as_str().context("id")?.to_string();
    ok(
        &person,
        &format!("/api/requests/{application}/submit"),
        json!({}),
    )
    .await?;
    let fund_text = [
        (
            "/review/comments",
            json!({"body": format!("{named} is known to us")}),
        ),
        ("/conflict", json!({"reason": format!("I know {named}")})),
    ];
    for (path, body) in fund_text {
        ok(&fund, &format!("/api/requests/{application}{path}"), body).await?;
    }
    ok(
        &admin,
        &format!("/api/requests/{application}/decision"),
        json!({"decision": "decline", "reason": format!("{named} applied twice")}),
    )
    .await?;
    let found = admin.get(&format!("/api/requests?q={name}")).await?;
    assert_eq!(found.body["total"], 2, "{}", found.body);

    ok(
        &admin,
        &format!("/api/users/{person_id}/erase"),
        json!({"confirm": name}),
    )
    .await?;
    server
        .sql_execute("PRAGMA wal_checkpoint(TRUNCATE)")
        .await?;
    let files = server.database_file_bytes()?;
    assert!(files.iter().any(|(file, _)| file == "hubdesk.db"));
    for (file, bytes) in &files {
        for needle in [name.clone(), name.to_uppercase(), named.clone()] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} is still in {file}"
            );
        }
    }
    let found = admin.get(&format!("/api/requests?q={name}")).await?;
    assert_eq!(found.body["total"], 0, "{}", found.body);
    Ok(())
}
