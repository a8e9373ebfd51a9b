//! Staff limited to countries (issue 11, part 1), per role, on REST and `/sync` alike: an agent
//! or fund manager limited to India sees, lists, answers and syncs India's requests and nothing
//! of Bangladesh's; only agents and fund managers can be limited; lifting the limit shows
//! everything again; practitioners and unlimited staff are unchanged.

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::schema;
use hubdesk_tests::{Backend, Peer, Session, TestServer};
use serde_json::{Value, json};

const PASSWORD: &str = "scoped-password";

async fn file(who: &Session, title: &str, country: &str, city: &str) -> Result<String> {
    let reply = who
        .post(
            "/api/requests",
            &json!({
                "kind": "help_desk", "title": title, "description": "What we need.",
                "category": "peer_learning", "country": country, "city": city,
            }),
        )
        .await?;
    anyhow::ensure!(
        reply.status == 201,
        "filing: {} {}",
        reply.status,
        reply.body
    );
    Ok(reply.body["id"].as_str().context("id")?.to_string())
}

async fn reply_to(who: &Session, id: &str, body: &str) -> Result<u16> {
    Ok(who
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "reply", "body": body}),
        )
        .await?
        .status)
}

async fn scopes(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;

    // Only agents and fund managers can be limited, to known countries.
    for (role, countries, field) in [
        ("practitioner", json!(["IN"]), "countries"),
        ("admin", json!(["IN"]), "countries"),
        ("agent", json!(["IN", "XX"]), "countries"),
    ] {
        let refused = admin
            .post(
                "/api/users",
                &json!({"username": format!("no-{role}"), "password": PASSWORD, "role": role, "countries": countries}),
            )
            .await?;
        assert_eq!(refused.status, 400, "{role}: {}", refused.body);
        assert_eq!(refused.body["error"]["field"], field, "{}", refused.body);
    }
    let mut limited = Vec::new();
    for (username, role) in [("agent.in", "agent"), ("fund.in", "fund_manager")] {
        let made = admin
            .post(
                "/api/users",
                &json!({"username": username, "password": PASSWORD, "role": role, "countries": ["IN"]}),
            )
            .await?;
        assert_eq!(made.status, 201, "{}", made.body);
        assert_eq!(made.body["countries"], json!(["IN"]));
        limited.push((
            made.body["id"].as_str().context("id")?.to_string(),
            server.login_with(username, PASSWORD).await?,
        ));
    }

    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let dhaka = file(&rahima, "Dhaka ward plan", "BD", "Dhaka").await?;
    let kolkata = file(&anjali, "Kolkata youth council", "IN", "Kolkata").await?;

    for (_, staff) in &limited {
        // REST: lists, the request itself, its access log.
        let ids = staff.listed_ids().await?;
        assert!(ids.contains(&kolkata), "{ids:?}");
        assert!(!ids.contains(&dhaka), "{ids:?}");
        assert_eq!(
            staff.get(&format!("/api/requests/{dhaka}")).await?.status,
            404
        );
        assert_eq!(
            staff.get(&format!("/api/requests/{kolkata}")).await?.status,
            200
        );
        assert_eq!(
            staff
                .get(&format!("/api/requests/{dhaka}/access"))
                .await?
                .status,
            404
        );
        // Reports count India only.
        let report = staff.get("/api/reports").await?;
        assert_eq!(report.status, 200, "{}", report.body);
        let countries: Vec<&str> = report.body["counts"]["country"]
            .as_array()
            .context("country counts")?
            .iter()
            .filter_map(|c| c["value"].as_str())
            .collect();
        assert!(countries.iter().all(|c| *c == "IN"), "{countries:?}");

        // /sync: Bangladesh's documents do not exist; India's arrive.
        let peer = Peer::connect(&server.ws_url(&staff.token)).await?;
        let dhaka_id = RequestId::parse(&dhaka)?;
        for kind in [DocKind::Request, DocKind::Triage, DocKind::Notes] {
            peer.want(dhaka_id.document(kind));
            peer.wait_unavailable(dhaka_id.document(kind)).await?;
            assert!(peer.document(dhaka_id.document(kind)).is_none());
        }
        let kolkata_doc = RequestId::parse(&kolkata)?.document(DocKind::Request);
        peer.want(kolkata_doc);
        peer.wait_for(kolkata_doc, "India's request", |doc| {
            schema::read_request(doc).is_ok_and(|r| r.title.as_str() == "Kolkata youth council")
        })
        .await?;
    }

    // The limited agent answers India's requests, not Bangladesh's, and cannot move one out.
    let (agent_id, agent) = &limited[0];
    assert_eq!(reply_to(agent, &dhaka, "Hello Dhaka").await?, 404);
    assert_eq!(reply_to(agent, &kolkata, "Hello Kolkata").await?, 200);
    let moved = agent
        .post(
            &format!("/api/requests/{kolkata}/commands"),
            &json!({"type": "edit", "country": "BD"}),
        )
        .await?;
    assert_eq!(moved.status, 422, "{}", moved.body);
    assert_eq!(moved.body["error"]["field"], "country", "{}", moved.body);

    // Unlimited staff and practitioners are as before.
    let everyone = server.login("agent").await?;
    let ids = everyone.listed_ids().await?;
    assert!(ids.contains(&dhaka) && ids.contains(&kolkata), "{ids:?}");
    let own = rahima.listed_ids().await?;
    assert!(own.contains(&dhaka) && !own.contains(&kolkata), "{own:?}");

    // Lifting the limit shows everything at once, and the change is in the audit log. The
    // agent's open sync connection ends, to come back under the new rule.
    let open = Peer::connect(&server.ws_url(&agent.token)).await?;
    let lifted = admin
        .patch_json(&format!("/api/users/{agent_id}"), &json!({"countries": []}))
        .await?;
    assert_eq!(lifted.status, 200, "{}", lifted.body);
    assert_eq!(lifted.body["countries"], json!([]));
    assert!(agent.listed_ids().await?.contains(&dhaka));
    open.wait_closed().await?;
    let again = Peer::connect(&server.ws_url(&agent.token)).await?;
    let dhaka_doc = RequestId::parse(&dhaka)?.document(DocKind::Request);
    again.want(dhaka_doc);
    again.wait_synced(dhaka_doc).await?;
    assert!(again.request(dhaka_doc).is_some());
    let log = admin.get("/api/audit?action=user_changed").await?;
    let changed: Vec<&Value> = log.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter(|e| e["subject"] == agent_id.as_str())
        .collect();
    assert!(
        changed.iter().any(|e| e["detail"] == "countries"),
        "{changed:?}"
    );
    // A role the limit does not fit is refused while the limit stays.
    let (fund_id, _) = &limited[1];
    let promoted = admin
        .patch_json(&format!("/api/users/{fund_id}"), &json!({"role": "admin"}))
        .await?;
    assert_eq!(promoted.status, 400, "{}", promoted.body);
    assert_eq!(promoted.body["error"]["field"], "countries");
    Ok(())
}

#[tokio::test]
async fn staff_limited_to_countries_see_and_sync_only_those_on_sqlite() -> Result<()> {
    scopes(Backend::Sqlite).await
}

#[tokio::test]
async fn staff_limited_to_countries_see_and_sync_only_those_on_postgres() -> Result<()> {
    scopes(Backend::Postgres).await
}
