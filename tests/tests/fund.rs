//! The technical support fund through REST against the real server: rounds, submissions,
//! decisions, and a ledger that never over-commits, even with 50 approvals racing (on SQLite,
//! and on PostgreSQL with two server processes sharing the database).

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Reply, Session, TestServer};
use serde_json::{Value, json};

const DAY: i64 = 86_400_000;

fn now() -> i64 {
    hubdesk_tests::peer::now_ms()
}

async fn new_round(fund: &Session, pool: i64, cap: i64) -> Result<String> {
    let reply = fund
        .post(
            "/api/fund/rounds",
            &json!({
                "name": "Round under test",
                "pool_cents": pool,
                "currency": "USD",
                "cap_cents": cap,
                "opens_at": now() - DAY,
                "closes_at": now() + 30 * DAY,
            }),
        )
        .await?;
    anyhow::ensure!(reply.status == 201, "{} {}", reply.status, reply.body);
    Ok(reply.body["id"].as_str().context("round id")?.to_string())
}

/// Files a fund application for `requested` cents in `round`, and submits it when asked.
async fn application(who: &Session, round: &str, requested: i64, submit: bool) -> Result<String> {
    let reply = who
        .post(
            "/api/requests",
            &json!({
                "kind": "fund_query",
                "title": "Ward youth forum",
                "description": "Monthly forum between young people and ward officers.",
                "category": "support_fund",
                "country": "BD",
                "city": "Dhaka",
                "application": {
                    "requested_cents": requested,
                    "round_id": round,
                    "lead_organisation": "Ward 12 Youth Forum",
                },
            }),
        )
        .await?;
    anyhow::ensure!(reply.status == 201, "{} {}", reply.status, reply.body);
    let id = reply.body["id"].as_str().context("id")?.to_string();
    if submit {
        let submitted = who
            .post(&format!("/api/requests/{id}/submit"), &json!({}))
            .await?;
        anyhow::ensure!(submitted.status == 200, "{}", submitted.body);
    }
    Ok(id)
}

async fn approve(who: &Session, id: &str, amount: i64) -> Result<Reply> {
    who.post(
        &format!("/api/requests/{id}/decision"),
        &json!({"decision": "approve", "amount_cents": amount}),
    )
    .await
}

#[tokio::test]
async fn rounds_are_set_up_by_fund_managers_and_report_their_balances() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let fund = server.login("fund").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let refused = agent
        .post(
            "/api/fund/rounds",
            &json!({"name": "x", "pool_cents": 1, "opens_at": 1, "closes_at": 2}),
        )
        .await?;
    assert_eq!(refused.status, 403);
    let invalid = fund
        .post(
            "/api/fund/rounds",
            &json!({"name": "Round", "pool_cents": 100, "cap_cents": 200, "opens_at": 5, "closes_at": 9}),
        )
        .await?;
    assert_eq!(invalid.status, 422);
    assert_eq!(invalid.body["error"]["field"], "cap_cents");

    let round = new_round(&fund, 2_000_000, 1_250_000).await?;
    let id = application(&rahima, &round, 900_000, true).await?;
    let approved = approve(&fund, &id, 800_000).await?;
    assert_eq!(approved.status, 200, "{}", approved.body);
    assert_eq!(approved.body["decision"], "approved");

    let shown = rahima.get(&format!("/api/fund/rounds/{round}")).await?;
    assert_eq!(shown.body["pool_cents"], 2_000_000);
    assert_eq!(shown.body["committed_cents"], 800_000);
    assert_eq!(shown.body["disbursed_cents"], 0);
    assert_eq!(shown.body["remaining_cents"], 1_200_000);
    let ledger = fund
        .get(&format!("/api/fund/rounds/{round}/ledger"))
        .await?;
    let entries = ledger.body.as_array().context("ledger")?;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["entry"], "commit");
    assert_eq!(entries[0]["actor"], fund.user_id.as_str());
    assert_eq!(
        rahima
            .get(&format!("/api/fund/rounds/{round}/ledger"))
            .await?
            .status,
        403
    );

    // The requester's device learns the decision from the triage record the hub writes.
    let theirs = rahima
        .wait_for_request(&id, "the decision", |b| {
            b["triage"]["application_status"] == "approved"
        })
        .await?;
    assert_eq!(theirs["triage"]["approved_cents"], 800_000);
    Ok(())
}

#[tokio::test]
async fn a_decision_needs_a_submission_fits_the_cap_and_is_final() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let fund = server.login("fund").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let round = new_round(&fund, 5_000_000, 1_000_000).await?;

    let draft = application(&rahima, &round, 900_000, false).await?;
    let early = approve(&fund, &draft, 500_000).await?;
    assert_eq!(early.status, 409);
    assert_eq!(early.body["error"]["code"], "not_submitted");

    let id = application(&rahima, &round, 900_000, true).await?;
    rahima
        .wait_for_request(&id, "the submission recorded", |b| {
            b["triage"]["application_status"] == "submitted"
        })
        .await?;
    assert_eq!(approve(&agent, &id, 500_000).await?.status, 403);
    let over = approve(&fund, &id, 950_000).await?;
    assert_eq!(over.status, 422, "more than asked for");
    assert_eq!(over.body["error"]["field"], "amount_cents");
    let declined = fund
        .post(
            &format!("/api/requests/{id}/decision"),
            &json!({"decision": "decline", "reason": "Outside the round's focus"}),
        )
        .await?;
    assert_eq!(declined.status, 200, "{}", declined.body);
    let again = approve(&fund, &id, 500_000).await?;
    assert_eq!(again.status, 409);
    assert_eq!(again.body["error"]["code"], "already_decided");
    let theirs = rahima
        .wait_for_request(&id, "the decline", |b| {
            b["triage"]["application_status"] == "declined"
        })
        .await?;
    assert_eq!(
        theirs["triage"]["decision_note"],
        "Outside the round's focus"
    );

    // Sent back for changes: the hub records it, and a decision waits for a new submission.
    let other = application(&rahima, &round, 700_000, true).await?;
    let back = fund
        .post(
            &format!("/api/requests/{other}/commands"),
            &json!({"type": "request_changes", "note": "Please add the partner letter."}),
        )
        .await?;
    assert_eq!(back.status, 200, "{}", back.body);
    rahima
        .wait_for_request(&other, "changes requested", |b| {
            b["triage"]["application_status"] == "changes_requested"
        })
        .await?;
    assert_eq!(
        approve(&fund, &other, 500_000).await?.body["error"]["code"],
        "not_submitted"
    );
    let resubmitted = rahima
        .post(&format!("/api/requests/{other}/submit"), &json!({}))
        .await?;
    assert_eq!(resubmitted.status, 200);
    assert_eq!(approve(&fund, &other, 500_000).await?.status, 200);
    Ok(())
}

/// 50 approvals of `AMOUNT` race for a pool that fits `FITS` of them.
async fn fifty_approvals_race(backend: Backend) -> Result<()> {
    const AMOUNT: i64 = 70_000;
    const FITS: usize = 14;
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    // On PostgreSQL a second server process shares the database; half the approvals go to it.
    let second = match backend {
        Backend::Postgres => Some(server.start_node_sharing().await?),
        Backend::Sqlite => None,
    };
    let fund = server.login("fund").await?;
    let fund_elsewhere = match &second {
        Some(node) => node.login("fund").await?,
        None => fund.clone(),
    };
    let rahima = server.login("rahima").await?;
    let pool = AMOUNT * FITS as i64 + AMOUNT / 2;
    let round = new_round(&fund, pool, 1_000_000).await?;
    let mut ids = Vec::new();
    for _ in 0..50 {
        ids.push(application(&rahima, &round, AMOUNT, true).await?);
    }

    let mut racers = tokio::task::JoinSet::new();
    for (i, id) in ids.iter().enumerate() {
        let who = if i % 2 == 0 {
            fund.clone()
        } else {
            fund_elsewhere.clone()
        };
        let id = id.clone();
        racers.spawn(async move { approve(&who, &id, AMOUNT).await });
    }
    let mut approved = 0;
    let mut exhausted = 0;
    while let Some(result) = racers.join_next().await {
        let reply = result??;
        match (reply.status, reply.body["error"]["code"].as_str()) {
            (200, _) => approved += 1,
            (409, Some("pool_exhausted")) => exhausted += 1,
            other => anyhow::bail!("unexpected answer {other:?}: {}", reply.body),
        }
    }
    assert_eq!(approved, FITS, "exactly as many as fit");
    assert_eq!(exhausted, 50 - FITS);
    let shown: Value = fund.get(&format!("/api/fund/rounds/{round}")).await?.body;
    assert_eq!(shown["committed_cents"], AMOUNT * FITS as i64);
    assert!(shown["committed_cents"].as_i64().unwrap_or(i64::MAX) <= pool);
    let ledger = fund
        .get(&format!("/api/fund/rounds/{round}/ledger"))
        .await?;
    assert_eq!(ledger.body.as_array().map(Vec::len), Some(FITS));
    Ok(())
}

#[tokio::test]
async fn fifty_concurrent_approvals_never_over_commit_the_pool_on_sqlite() -> Result<()> {
    fifty_approvals_race(Backend::Sqlite).await
}

#[tokio::test]
async fn fifty_concurrent_approvals_on_two_nodes_never_over_commit_the_pool_on_postgres()
-> Result<()> {
    fifty_approvals_race(Backend::Postgres).await
}

#[tokio::test]
async fn a_conflicted_manager_sees_no_scores_nor_comments_and_cannot_decide() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let fund = server.login("fund").await?;
    let admin = server.login("admin").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let round = fund
        .post(
            "/api/fund/rounds",
            &json!({
                "name": "Round with criteria",
                "pool_cents": 3_000_000,
                "opens_at": now() - DAY,
                "closes_at": now() + DAY,
                "eligibility": ["Led by a civil-society organisation", "Local government partner named"],
                "criteria": ["Relevance", "Feasibility"],
            }),
        )
        .await?;
    let round = round.body["id"].as_str().context("round")?.to_string();
    let id = application(&rahima, &round, 600_000, true).await?;

    let review = format!("/api/requests/{id}/review");
    let bad = admin
        .put_json(&review, &json!({"eligibility": [true], "scores": [3, 9]}))
        .await?;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let saved = admin
        .put_json(
            &review,
            &json!({"eligibility": [true, true], "scores": [4, 3]}),
        )
        .await?;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let secret = "SECRET-SCORE-NOTE Feasibility depends on the ward budget";
    admin
        .post(&format!("{review}/comments"), &json!({"body": secret}))
        .await?;
    let before = fund.get(&review).await?;
    assert_eq!(before.status, 200);
    assert_eq!(before.body["reviews"][0]["scores"], json!([4, 3]));

    let declared = fund
        .post(
            &format!("/api/requests/{id}/conflict"),
            &json!({"reason": "My sister leads the youth network"}),
        )
        .await?;
    assert_eq!(declared.status, 204, "{}", declared.body);
    assert_eq!(fund.get(&review).await?.status, 403);
    let write = fund
        .put_json(
            &review,
            &json!({"eligibility": [true, true], "scores": [5, 5]}),
        )
        .await?;
    assert_eq!(write.status, 403);
    assert_eq!(approve(&fund, &id, 500_000).await?.status, 403);
    // What reaches a manager's devices through /sync is the request's documents; the review
    // is in none of them.
    let synced = fund.get(&format!("/api/requests/{id}")).await?;
    assert!(!synced.body.to_string().contains("SECRET-SCORE-NOTE"));

    let staff_history = agent.get(&format!("/api/requests/{id}/history")).await?;
    let declared_event = staff_history.body["events"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["type"] == "conflict_declared"))
        .context("the declaration in the history")?;
    assert_eq!(declared_event["actor"], fund.user_id.as_str());
    let theirs = rahima.get(&format!("/api/requests/{id}/history")).await?;
    assert!(!theirs.body.to_string().contains("conflict_declared"));
    let after = admin.get(&review).await?;
    assert_eq!(after.body["conflicts"][0]["user_id"], fund.user_id.as_str());
    assert_eq!(approve(&admin, &id, 500_000).await?.status, 200);
    Ok(())
}

#[tokio::test]
async fn a_grant_pays_out_in_tranches_against_reports_and_closes_with_the_final_one() -> Result<()>
{
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let fund = server.login("fund").await?;
    let rahima = server.login("rahima").await?;
    let round = new_round(&fund, 2_000_000, 1_250_000).await?;
    let id = application(&rahima, &round, 900_000, true).await?;
    let pay = |amount: i64, report: &str| {
        let fund = fund.clone();
        let path = format!("/api/requests/{id}/disbursements");
        let body = json!({"amount_cents": amount, "report_id": report});
        async move { fund.post(&path, &body).await }
    };
    assert_eq!(
        pay(100_000, "none").await?.body["error"]["code"],
        "not_approved"
    );
    assert_eq!(approve(&fund, &id, 800_000).await?.status, 200);

    let report = |milestone: &str, is_final: bool| {
        let rahima = rahima.clone();
        let path = format!("/api/requests/{id}/commands");
        let body = json!({"type": "file_report", "id": milestone, "milestone": milestone,
            "body": "Sessions held with 40 young people.", "is_final": is_final});
        async move { rahima.post(&path, &body).await }
    };
    assert_eq!(report("first-sessions", false).await?.status, 200);
    let first = pay(300_000, "first-sessions").await?;
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.body["disbursed_cents"], 300_000);
    let too_much = pay(600_000, "first-sessions").await?;
    assert_eq!(too_much.status, 422);
    assert_eq!(too_much.body["error"]["field"], "amount_cents");
    assert_eq!(pay(100_000, "no-such-report").await?.status, 422);

    assert_eq!(report("final", true).await?.status, 200);
    let last = pay(200_000, "final").await?;
    assert_eq!(last.status, 200, "{}", last.body);
    assert!(last.body["closed_at"].is_i64());
    assert_eq!(last.body["released_cents"], 300_000);
    assert_eq!(pay(1, "final").await?.body["error"]["code"], "grant_closed");

    let shown = fund.get(&format!("/api/fund/rounds/{round}")).await?;
    assert_eq!(
        shown.body["committed_cents"], 500_000,
        "the unpaid rest went back"
    );
    assert_eq!(shown.body["disbursed_cents"], 500_000);
    assert_eq!(shown.body["remaining_cents"], 1_500_000);
    let grant = rahima.get(&format!("/api/requests/{id}/grant")).await?;
    assert_eq!(grant.body["disbursed_cents"], 500_000);
    let (status, _, csv) = fund
        .get_text(&format!("/api/fund/rounds/{round}/ledger.csv"))
        .await?;
    assert_eq!(status, 200);
    let entries: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(3).unwrap_or(""))
        .collect();
    assert_eq!(entries, vec!["commit", "disburse", "disburse", "release"]);

    // The requester was told of the decision and of each tranche, in her list.
    let told = rahima.get("/api/notifications").await?;
    let kinds: Vec<&str> = told.body["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter(|i| i["request_id"] == id.as_str())
                .filter_map(|i| i["kind"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        kinds.iter().filter(|k| **k == "tranche_paid").count(),
        2,
        "{kinds:?}"
    );
    assert!(kinds.contains(&"fund_decision"), "{kinds:?}");
    Ok(())
}

#[tokio::test]
async fn an_application_is_held_to_its_own_rounds_cap_and_dates_on_arrival() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let fund = server.login("fund").await?;
    let rahima = server.login("rahima").await?;
    let small = new_round(&fund, 2_000_000, 500_000).await?;
    let over = rahima
        .post(
            "/api/requests",
            &json!({"kind": "fund_query", "title": "Too big for this round", "description": "x",
                "category": "support_fund", "country": "BD", "city": "Dhaka",
                "application": {"requested_cents": 600_000, "round_id": small}}),
        )
        .await?;
    assert_eq!(over.status, 422, "{}", over.body);
    assert_eq!(over.body["error"]["field"], "application.requested_cents");
    assert_eq!(over.body["error"]["code"], "over_cap");
    // A round's own cap is the only cap: above the fund's default, within a round's higher cap,
    // the hub takes it, from REST and from a phone syncing the document alike.
    let generous = new_round(&fund, 10_000_000, 2_000_000).await?;
    let big = application(&rahima, &generous, 1_500_000, true).await?;
    let phone = hubdesk_tests::Peer::connect(&server.ws_url(&rahima.token)).await?;
    let mut synced = hubdesk_tests::new_request(&rahima.user_id, "From the phone");
    synced.kind = hubdesk_shared::model::Kind::FundQuery;
    synced.category = hubdesk_shared::model::Category::SupportFund;
    synced.application = Some(hubdesk_shared::model::Application {
        requested_cents: 1_800_000,
        round_id: Some(generous.as_str().into()),
        lead_organisation: "Ward 12 Youth Forum".into(),
        ..Default::default()
    });
    let doc = phone.create_request(&synced)?;
    phone.wait_synced(doc).await?;
    let stored = rahima.get(&format!("/api/requests/{}", synced.id)).await?;
    assert_eq!(stored.status, 200, "{}", stored.body);
    assert_eq!(
        stored.body["request"]["application"]["requested_cents"],
        1_800_000
    );
    assert_eq!(approve(&fund, &big, 1_500_000).await?.status, 200);

    let closed = fund
        .post(
            "/api/fund/rounds",
            &json!({"name": "Last year's round", "pool_cents": 2_000_000,
                "opens_at": now() - 400 * DAY, "closes_at": now() - 30 * DAY}),
        )
        .await?;
    let closed = closed.body["id"].as_str().context("round")?.to_string();
    let id = application(&rahima, &closed, 300_000, false).await?;
    let late = rahima
        .post(&format!("/api/requests/{id}/submit"), &json!({}))
        .await?;
    assert_eq!(late.status, 422, "{}", late.body);
    assert_eq!(late.body["error"]["field"], "application.submitted_at");
    Ok(())
}
