//! The hub side through REST against the real server: commands per role, the workflow, the
//! requester's message reopening a request, history, canned responses, duplicates, queues and
//! reports. Full-text search is in `search.rs`.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Reply, Session, TestServer};
use serde_json::{Value, json};

async fn command(who: &Session, id: &str, body: Value) -> Result<Reply> {
    who.post(&format!("/api/requests/{id}/commands"), &body)
        .await
}

async fn ok(who: &Session, id: &str, body: Value) -> Result<Value> {
    let reply = command(who, id, body.clone()).await?;
    anyhow::ensure!(
        reply.status == 200,
        "{body} answered {} {}",
        reply.status,
        reply.body
    );
    Ok(reply.body)
}

fn id_of(filed: &Value) -> Result<String> {
    Ok(filed["id"].as_str().context("id")?.to_string())
}

#[tokio::test]
async fn an_agent_triages_answers_and_closes_a_request_with_a_resolution_note() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let id = id_of(&rahima.file_request("Ward committee plan review").await?)?;

    ok(
        &agent,
        &id,
        json!({"type": "assign", "assignee": agent.user_id}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "set_priority", "priority": "high"}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "set_tags", "tags": ["Local Action Plan", "review"]}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "in_progress"}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "reply", "body": "We will review it this week."}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "add_note", "body": "Ask Colombo for their plan."}),
    )
    .await?;
    ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "resolved"}),
    )
    .await?;

    let refused = command(
        &agent,
        &id,
        json!({"type": "set_status", "status": "closed"}),
    )
    .await?;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["error"]["field"], "resolution");

    let closed = ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "closed", "resolution": "Reviewed the plan"}),
    )
    .await?;
    let triage = &closed["triage"];
    assert_eq!(triage["status"], "closed");
    assert_eq!(triage["priority"], "high");
    assert_eq!(triage["assignee"], agent.user_id.as_str());
    assert_eq!(triage["tags"], json!(["local-action-plan", "review"]));
    assert_eq!(closed["request"]["messages"][0]["role"], "staff");
    assert_eq!(
        closed["notes"]["notes"][0]["body"],
        "Ask Colombo for their plan."
    );
    assert!(closed["listing"]["first_response_at"].is_i64());

    // The requester sees the reply, never the note.
    let theirs = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(
        theirs.body["request"]["messages"][0]["body"],
        "We will review it this week."
    );
    assert!(theirs.body.get("notes").is_none());
    assert!(theirs.body.get("listing").is_none());
    Ok(())
}

#[tokio::test]
async fn roles_differ_fund_managers_read_help_desk_requests_and_practitioners_cannot_triage()
-> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let fund = server.login("fund").await?;
    let admin = server.login("admin").await?;
    let id = id_of(&rahima.file_request("Help with our youth council").await?)?;

    let triage = command(
        &fund,
        &id,
        json!({"type": "set_status", "status": "triaged"}),
    )
    .await?;
    assert_eq!(triage.status, 403, "{}", triage.body);
    let reply = command(&fund, &id, json!({"type": "reply", "body": "Hello"})).await?;
    assert_eq!(reply.status, 403, "{}", reply.body);
    let read = fund.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(read.status, 200);
    ok(
        &fund,
        &id,
        json!({"type": "add_note", "body": "Not a fund matter."}),
    )
    .await?;

    // A practitioner is told nothing about triage: not even that it is forbidden.
    let own = command(
        &rahima,
        &id,
        json!({"type": "set_status", "status": "triaged"}),
    )
    .await?;
    assert_eq!(own.status, 404, "{}", own.body);
    let note = command(&rahima, &id, json!({"type": "add_note", "body": "peek"})).await?;
    assert_eq!(note.status, 404, "{}", note.body);

    // An admin can do all of it, reopening a closed request included.
    ok(
        &admin,
        &id,
        json!({"type": "set_status", "status": "resolved"}),
    )
    .await?;
    ok(
        &admin,
        &id,
        json!({"type": "set_status", "status": "closed", "resolution": "Answered"}),
    )
    .await?;
    let agent = server.login("agent").await?;
    let reopen = command(
        &agent,
        &id,
        json!({"type": "set_status", "status": "in_progress"}),
    )
    .await?;
    assert_eq!(reopen.status, 422, "{}", reopen.body);
    ok(
        &admin,
        &id,
        json!({"type": "set_status", "status": "in_progress"}),
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn a_requester_message_reopens_a_resolved_request_and_ends_waiting() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let id = id_of(&rahima.file_request("Training dates").await?)?;
    ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "waiting_on_requester"}),
    )
    .await?;
    let paused = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(paused.body["listing"]["sla_paused"], true);
    assert!(paused.body["listing"]["sla_due_at"].is_null());

    rahima
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "Here are the dates."}),
        )
        .await?;
    agent
        .wait_for_request(&id, "waiting to end", |b| {
            b["triage"]["status"] == "in_progress"
        })
        .await?;

    ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "resolved"}),
    )
    .await?;
    rahima
        .post(
            &format!("/api/requests/{id}/messages"),
            &json!({"body": "One more question."}),
        )
        .await?;
    let reopened = agent
        .wait_for_request(&id, "the request to reopen", |b| {
            b["triage"]["status"] == "in_progress"
        })
        .await?;
    assert_eq!(
        reopened["request"]["messages"].as_array().map(Vec::len),
        Some(2)
    );
    Ok(())
}

#[tokio::test]
async fn history_records_who_did_what_and_hides_notes_and_views_from_the_requester() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let id = id_of(&rahima.file_request("Peer exchange").await?)?;
    agent.get(&format!("/api/requests/{id}?view=true")).await?;
    ok(
        &agent,
        &id,
        json!({"type": "set_status", "status": "triaged"}),
    )
    .await?;
    ok(&agent, &id, json!({"type": "add_note", "body": "internal"})).await?;
    ok(
        &agent,
        &id,
        json!({"type": "reply", "body": "Connecting you with Kolkata."}),
    )
    .await?;

    let staff = agent.get(&format!("/api/requests/{id}/history")).await?;
    let types: Vec<&str> = staff.body["events"]
        .as_array()
        .context("events")?
        .iter()
        .filter_map(|e| e["type"].as_str())
        .collect();
    assert_eq!(
        types,
        vec!["created", "viewed", "status", "note", "message"]
    );
    let status = &staff.body["events"][2];
    assert_eq!(status["actor"], agent.user_id.as_str());
    assert_eq!(status["detail"]["from"], "new");
    assert_eq!(status["detail"]["to"], "triaged");
    assert!(status["server_at"].is_i64());

    let theirs = rahima.get(&format!("/api/requests/{id}/history")).await?;
    let types: Vec<&str> = theirs.body["events"]
        .as_array()
        .context("events")?
        .iter()
        .filter_map(|e| e["type"].as_str())
        .collect();
    assert_eq!(types, vec!["created", "status", "message"]);
    let stranger = server.login("anjali").await?;
    let hidden = stranger.get(&format!("/api/requests/{id}/history")).await?;
    assert_eq!(hidden.status, 404);
    Ok(())
}

#[tokio::test]
async fn canned_responses_are_managed_by_staff_and_recorded_on_use() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let bad = agent
        .post("/api/canned", &json!({"title": "", "body": "x"}))
        .await?;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.body["error"]["field"], "title");
    let made = agent
        .post(
            "/api/canned",
            &json!({"title": "Grant guidance", "body": "The guidance is in the library.", "language": "en"}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let canned_id = made.body["id"].as_str().context("id")?;
    let listed = agent.get("/api/canned").await?;
    assert!(
        listed
            .body
            .as_array()
            .is_some_and(|a| a.iter().any(|c| c["id"] == canned_id))
    );
    assert_eq!(rahima.get("/api/canned").await?.status, 403);

    let id = id_of(&rahima.file_request("Grant question").await?)?;
    let answered = ok(
        &agent,
        &id,
        json!({"type": "reply", "body": "The guidance is in the library, section 2.", "canned": canned_id}),
    )
    .await?;
    assert_eq!(answered["request"]["messages"][0]["canned"], canned_id);
    let history = agent.get(&format!("/api/requests/{id}/history")).await?;
    let message = history.body["events"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["type"] == "message"))
        .context("message event")?;
    assert_eq!(message["detail"]["canned"], canned_id);
    Ok(())
}

#[tokio::test]
async fn a_duplicate_is_closed_linked_and_leaves_the_open_queues() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let first = id_of(&rahima.file_request("Youth council contacts").await?)?;
    let second = id_of(
        &rahima
            .file_request("Youth council contacts (again)")
            .await?,
    )?;
    let missing = command(
        &agent,
        &second,
        json!({"type": "mark_duplicate", "of": "0190b7c2-0000-7000-8000-000000000000"}),
    )
    .await?;
    assert_eq!(missing.status, 422);
    assert_eq!(missing.body["error"]["field"], "of");
    ok(
        &agent,
        &second,
        json!({"type": "mark_duplicate", "of": first}),
    )
    .await?;

    let theirs = rahima.get(&format!("/api/requests/{second}")).await?;
    assert_eq!(theirs.body["triage"]["duplicate_of"], first.as_str());
    assert_eq!(theirs.body["triage"]["status"], "closed");
    let open = agent.get("/api/requests?queue=open&per_page=100").await?;
    let ids: Vec<&str> = open.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(ids.contains(&first.as_str()));
    assert!(!ids.contains(&second.as_str()));
    Ok(())
}

#[tokio::test]
async fn queues_filter_and_sort_over_the_projection() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let mine = id_of(&rahima.file_request("Assigned to the agent").await?)?;
    let urgent = id_of(&rahima.file_request("Urgent and unassigned").await?)?;
    ok(
        &agent,
        &mine,
        json!({"type": "assign", "assignee": agent.user_id}),
    )
    .await?;
    ok(
        &agent,
        &urgent,
        json!({"type": "set_priority", "priority": "urgent"}),
    )
    .await?;
    ok(
        &agent,
        &urgent,
        json!({"type": "set_tags", "tags": ["hot"]}),
    )
    .await?;

    let ids = |reply: &Reply| -> Vec<String> {
        reply.body["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i["id"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let queue = agent.get("/api/requests?queue=mine").await?;
    assert!(ids(&queue).contains(&mine) && !ids(&queue).contains(&urgent));
    let unassigned = agent.get("/api/requests?queue=unassigned").await?;
    assert!(ids(&unassigned).contains(&urgent) && !ids(&unassigned).contains(&mine));
    let tagged = agent.get("/api/requests?tag=HOT").await?;
    assert_eq!(ids(&tagged), vec![urgent.clone()]);
    let by_priority = agent.get("/api/requests?sort=priority&city=Dhaka").await?;
    assert_eq!(ids(&by_priority).first(), Some(&urgent));
    let overdue = agent.get("/api/requests?queue=overdue").await?;
    assert!(
        ids(&overdue).is_empty(),
        "nothing filed just now is overdue"
    );
    let listed = agent.get("/api/requests?priority=urgent").await?;
    let due = listed.body["items"][0]["sla_due_at"]
        .as_i64()
        .context("due")?;
    let created = listed.body["items"][0]["created_at"]
        .as_i64()
        .context("created")?;
    assert!(
        (due - created - 2 * 3_600_000).abs() < 60_000,
        "urgent: 2 h to first answer"
    );

    let bad = agent.get("/api/requests?queue=later").await?;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.body["error"]["field"], "queue");
    Ok(())
}

#[tokio::test]
async fn reports_count_and_time_requests_and_the_export_streams_every_row_without_text()
-> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let answered = id_of(
        &rahima
            .file_request("Confidential: informant in ward 4")
            .await?,
    )?;
    ok(
        &agent,
        &answered,
        json!({"type": "reply", "body": "On it."}),
    )
    .await?;
    ok(
        &agent,
        &answered,
        json!({"type": "set_status", "status": "resolved"}),
    )
    .await?;

    let summary = agent.get("/api/reports").await?;
    assert_eq!(summary.status, 200, "{}", summary.body);
    // The demo's four requests and this one.
    assert_eq!(summary.body["total"], 5);
    let statuses = summary.body["counts"]["status"]
        .as_array()
        .context("status")?;
    let resolved = statuses
        .iter()
        .find(|c| c["value"] == "resolved")
        .context("resolved count")?;
    assert_eq!(resolved["count"], 1);
    let kinds: i64 = summary.body["counts"]["kind"]
        .as_array()
        .context("kinds")?
        .iter()
        .filter_map(|c| c["count"].as_i64())
        .sum();
    assert_eq!(kinds, 5);
    assert!(
        summary.body["median_first_response_ms"]
            .as_i64()
            .is_some_and(|ms| ms >= 0)
    );
    assert!(
        summary.body["median_resolution_ms"]
            .as_i64()
            .is_some_and(|ms| ms >= 0)
    );
    assert_eq!(summary.body["resolved"], 1);

    let (status, kind, csv) = agent.get_text("/api/reports/export.csv").await?;
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/csv"), "{kind}");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("id,kind,category,country"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 6, "a header and one row per request");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&answered) && l.contains(",resolved,"))
    );
    assert!(
        !csv.contains("informant"),
        "the export carries no request text"
    );
    // Every export is in the audit log, with who took it.
    let admin = server.login("admin").await?;
    let exports = admin.get("/api/audit?action=export").await?;
    assert!(
        exports.body["items"].as_array().is_some_and(|items| items
            .iter()
            .any(|e| e["detail"] == "requests" && e["actor"] == "agent")),
        "{:?}",
        exports.body
    );

    let empty = agent
        .get("/api/reports?from=2001-01-01&to=2001-01-31")
        .await?;
    assert_eq!(empty.body["total"], 0);
    assert!(empty.body["median_first_response_ms"].is_null());
    let bad = agent.get("/api/reports?from=2026-02-30x").await?;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.body["error"]["field"], "from");
    assert_eq!(rahima.get("/api/reports").await?.status, 403);
    let (status, _, _) = rahima.get_text("/api/reports/export.csv").await?;
    assert_eq!(status, 403);
    Ok(())
}

/// A cell someone typed to look like a formula is exported as text (CSV injection): the city
/// of a request, in the reports' CSV.
#[tokio::test]
async fn exported_cells_that_look_like_formulas_are_written_as_text() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let filed = rahima
        .post(
            "/api/requests",
            &json!({"kind": "help_desk", "title": "Formula city", "description": "x",
                "category": "peer_learning", "country": "BD", "city": "=HYPERLINK(\"x\")"}),
        )
        .await?;
    assert_eq!(filed.status, 201, "{}", filed.body);
    let agent = server.login("agent").await?;
    let (status, _, csv) = agent.get_text("/api/reports/export.csv").await?;
    assert_eq!(status, 200);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    let cells_starting_with_a_formula = csv
        .lines()
        .flat_map(|line| line.split(','))
        .filter(|cell| cell.trim_start_matches('"').starts_with('='))
        .count();
    assert_eq!(cells_starting_with_a_formula, 0, "{csv}");
    Ok(())
}
