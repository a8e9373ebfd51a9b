//! One authorization point (issue 17, part 2): every documented operation that takes a
//! request's id, read from `/api/openapi.json` so a new route is walked as soon as it exists, is
//! refused to staff limited to another country and to another practitioner, exactly as for a
//! request that does not exist, and changes nothing. The fund's ledger, its CSV and the rounds'
//! totals show a limited fund manager only their countries' applications.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Session, TestServer};
use serde_json::{Value, json};

const PASSWORD: &str = "a long enough password";
const DAY: i64 = 86_400_000;

/// A body for each operation that would change something if the guard let it through.
fn hostile_body(method: &str, path: &str) -> Option<Value> {
    let body = match (method, path) {
        ("post", "/api/requests/{id}/commands") => {
            json!({"type": "set_priority", "priority": "urgent"})
        }
        ("post", "/api/requests/{id}/messages") => json!({"body": "from an intruder"}),
        ("post", "/api/requests/{id}/decision") => {
            json!({"decision": "decline", "reason": "intruder"})
        }
        ("post", "/api/requests/{id}/conflict") => json!({"reason": "intruder"}),
        ("put", "/api/requests/{id}/review") => json!({"eligibility": [false], "scores": [0]}),
        ("post", "/api/requests/{id}/review/comments") => json!({"body": "from an intruder"}),
        ("post", "/api/requests/{id}/disbursements") => {
            json!({"amount_cents": 1_000, "report_id": "first"})
        }
        ("post" | "put" | "patch", _) => json!({}),
        _ => return None,
    };
    Some(body)
}

/// What the hub holds about the application, as its requester and an unlimited fund manager
/// see it.
async fn snapshot(owner: &Session, fund: &Session, id: &str, round: &str) -> Result<Value> {
    let request = owner.get(&format!("/api/requests/{id}")).await?;
    anyhow::ensure!(request.status == 200, "{}", request.body);
    let mut parts = vec![
        request.body["request"].clone(),
        request.body["triage"].clone(),
    ];
    for path in [
        format!("/api/requests/{id}/review"),
        format!("/api/requests/{id}/grant"),
        format!("/api/requests/{id}/history"),
        format!("/api/fund/rounds/{round}/ledger"),
        format!("/api/fund/rounds/{round}"),
    ] {
        let reply = fund.get(&path).await?;
        anyhow::ensure!(reply.status == 200, "{path}: {}", reply.body);
        parts.push(reply.body);
    }
    Ok(Value::Array(parts))
}

async fn limited(
    admin: &Session,
    server: &TestServer,
    username: &str,
    role: &str,
) -> Result<Session> {
    let made = admin
        .post(
            "/api/users",
            &json!({"username": username, "password": PASSWORD, "role": role, "countries": ["IN"]}),
        )
        .await?;
    anyhow::ensure!(made.status == 201, "{}", made.body);
    server.login_with(username, PASSWORD).await
}

/// A Bangladesh application, submitted, approved, reviewed, commented on and partly paid.
async fn paid_application(rahima: &Session, fund: &Session) -> Result<(String, String)> {
    let now = hubdesk_tests::peer::now_ms();
    let round = fund
        .post(
            "/api/fund/rounds",
            &json!({"name": "Guarded round", "pool_cents": 2_000_000, "currency": "USD",
                "cap_cents": 1_250_000, "opens_at": now - DAY, "closes_at": now + 30 * DAY,
                "eligibility": ["Has a local action plan"], "criteria": ["Fit"]}),
        )
        .await?;
    anyhow::ensure!(round.status == 201, "{}", round.body);
    let round = round.body["id"].as_str().context("round id")?.to_string();
    let filed = rahima
        .post(
            "/api/requests",
            &json!({"kind": "fund_query", "title": "Ward youth forum",
                "description": "Monthly forum between young people and ward officers.",
                "category": "support_fund", "country": "BD", "city": "Dhaka",
                "application": {"requested_cents": 900_000, "round_id": round,
                    "lead_organisation": "Ward 12 Youth Forum"}}),
        )
        .await?;
    anyhow::ensure!(filed.status == 201, "{}", filed.body);
    let id = filed.body["id"].as_str().context("id")?.to_string();
    let steps = [
        (rahima, format!("/api/requests/{id}/submit"), json!({})),
        (
            fund,
            format!("/api/requests/{id}/review/comments"),
            json!({"body": "Strong plan"}),
        ),
        (
            fund,
            format!("/api/requests/{id}/decision"),
            json!({"decision": "approve", "amount_cents": 800_000}),
        ),
        (
            rahima,
            format!("/api/requests/{id}/commands"),
            json!({"type": "file_report", "id": "first",
            "milestone": "first", "body": "Sessions held.", "is_final": false}),
        ),
        (
            fund,
            format!("/api/requests/{id}/disbursements"),
            json!({"amount_cents": 300_000, "report_id": "first"}),
        ),
    ];
    for (who, path, body) in steps {
        let reply = who.post(&path, &body).await?;
        anyhow::ensure!(
            reply.status == 200,
            "{path}: {} {}",
            reply.status,
            reply.body
        );
    }
    let review = fund
        .put_json(
            &format!("/api/requests/{id}/review"),
            &json!({"eligibility": [true], "scores": [4]}),
        )
        .await?;
    anyhow::ensure!(review.status == 200, "{}", review.body);
    Ok((id, round))
}

async fn walk(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let fund = server.login("fund").await?;
    let rahima = server.login("rahima").await?;
    let (id, round) = paid_application(&rahima, &fund).await?;
    let intruders = [
        (
            "a fund manager for India",
            limited(&admin, &server, "fund.in", "fund_manager").await?,
        ),
        (
            "an agent for India",
            limited(&admin, &server, "agent.in", "agent").await?,
        ),
        ("another practitioner", server.login("anjali").await?),
    ];
    let before = snapshot(&rahima, &fund, &id, &round).await?;
    // A request id no one filed: what "does not exist" answers.
    let missing =
        hubdesk_shared::ids::RequestId::new(hubdesk_tests::peer::now_ms() as u64, [7; 10])
            .to_string();

    let doc = fund.get("/api/openapi.json").await?;
    let paths = doc.body["paths"].as_object().context("paths")?;
    let mut walked = 0;
    for (path, operations) in paths {
        if !path.starts_with("/api/requests/{id}") {
            continue;
        }
        for method in operations.as_object().context("operations")?.keys() {
            let body = hostile_body(method, path);
            for (who, session) in &intruders {
                let (status, code) = session
                    .status_of(method, &path.replace("{id}", &id), body.as_ref())
                    .await?;
                let (absent_status, absent_code) = session
                    .status_of(method, &path.replace("{id}", &missing), body.as_ref())
                    .await?;
                assert!(
                    status == 403 || status == 404,
                    "{} {path} as {who} answered {status} {code:?}",
                    method.to_uppercase()
                );
                assert_eq!(
                    (status, code),
                    (absent_status, absent_code),
                    "{} {path} as {who}: not the answer for a missing request",
                    method.to_uppercase()
                );
            }
            walked += 1;
        }
    }
    assert!(
        walked >= 13,
        "only {walked} operations on a request were documented"
    );
    assert_eq!(
        snapshot(&rahima, &fund, &id, &round).await?,
        before,
        "an intruder changed something"
    );

    // The ledger and the round's totals count India only for the fund manager for India.
    let (_, india) = &intruders[0];
    let ledger = india
        .get(&format!("/api/fund/rounds/{round}/ledger"))
        .await?;
    assert_eq!(ledger.status, 200, "{}", ledger.body);
    assert_eq!(ledger.body, json!([]), "Bangladesh entries leaked");
    let everyone = fund
        .get(&format!("/api/fund/rounds/{round}/ledger"))
        .await?;
    assert_eq!(
        everyone.body.as_array().map(Vec::len),
        Some(2),
        "{}",
        everyone.body
    );
    let (status, _, csv) = india
        .get_text(&format!("/api/fund/rounds/{round}/ledger.csv"))
        .await?;
    assert_eq!(status, 200);
    assert!(
        !csv.contains(&id),
        "the CSV lists a Bangladesh application: {csv}"
    );
    assert_eq!(csv.lines().count(), 1, "{csv}");
    for shown in [
        india.get(&format!("/api/fund/rounds/{round}")).await?.body,
        india.get("/api/fund/rounds").await?.body[0].clone(),
    ] {
        assert_eq!(shown["committed_cents"], 0, "{shown}");
        assert_eq!(shown["disbursed_cents"], 0, "{shown}");
    }
    let full = fund.get(&format!("/api/fund/rounds/{round}")).await?;
    assert_eq!(full.body["committed_cents"], 800_000);
    assert_eq!(full.body["disbursed_cents"], 300_000);
    // Taking the ledger as CSV is audited like the other exports.
    let audit = admin.get("/api/audit?action=export").await?;
    let ledger_exports = audit.body["items"]
        .as_array()
        .context("audit items")?
        .iter()
        .filter(|e| e["detail"] == "ledger")
        .count();
    assert_eq!(ledger_exports, 1, "{}", audit.body);
    // Reading a review is a staff read of the application, audited.
    let reads = admin
        .get(&format!("/api/audit?request={id}&action=request_viewed"))
        .await?;
    let review_reads = reads.body["items"]
        .as_array()
        .context("audit items")?
        .iter()
        .filter(|e| e["detail"] == "review" && e["actor"] == "fund")
        .count();
    assert_eq!(review_reads, 1, "{}", reads.body);
    Ok(())
}

#[tokio::test]
async fn every_operation_on_a_request_is_refused_beyond_ones_countries_and_changes_nothing_on_sqlite()
-> Result<()> {
    walk(Backend::Sqlite).await
}

#[tokio::test]
async fn every_operation_on_a_request_is_refused_beyond_ones_countries_and_changes_nothing_on_postgres()
-> Result<()> {
    walk(Backend::Postgres).await
}
