//! Referrals (issue 22, part 2) on both databases: staff who answer a request refer its
//! requester to someone in the directory; the person referred sees only an offer until they
//! accept, then reads that request and writes in its conversation (and nothing else: not its
//! triage, not its other fields, not other requests), over REST and over `/sync`; a decline
//! gives nothing; the requester sees who they were connected with; the hub records the outcome.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_tests::repo_client::RepoClient;
use hubdesk_tests::{Backend, Reply, TestServer};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(10);

fn code(reply: &Reply) -> &str {
    reply.body["error"]["code"].as_str().unwrap_or_default()
}

async fn referrals(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let agent = server.login("agent").await?;
    let fund = server.login("fund").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let nimal = server.login("nimal").await?;
    admin
        .add_practitioner("meera", "referral-password", "IN", "Pune")
        .await?;
    let meera = server.login_with("meera", "referral-password").await?;
    let listed = agent
        .post(
            "/api/directory/people",
            &json!({"user": "meera", "name": "Dr. Meera Joshi", "kind": "expert"}),
        )
        .await?;
    assert_eq!(listed.status, 201, "{}", listed.body);
    let city = agent
        .post(
            "/api/directory/cities",
            &json!({"country": "LK", "city": "Moratuwa", "status": "member", "focal_points": ["nimal"]}),
        )
        .await?;
    assert_eq!(city.status, 201, "{}", city.body);

    let filed = rahima.file_request("Heat action plan for wards").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let request = RequestId::parse(&id)?;
    let url = |tail: &str| format!("/api/requests/{id}{tail}");
    let offer = json!({"to": meera.user_id, "note": "She wrote Pune's plan."});

    // Who may not refer, and to whom not.
    for who in [&rahima, &fund] {
        let refused = who.post(&url("/referrals"), &offer).await?;
        assert_eq!(refused.status, 403, "{}", refused.body);
    }
    let hidden = anjali.post(&url("/referrals"), &offer).await?;
    assert_eq!(hidden.status, 404, "{}", hidden.body);
    for to in ["no-such-user", anjali.user_id.as_str()] {
        let refused = agent.post(&url("/referrals"), &json!({"to": to})).await?;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert_eq!(refused.fields(), ["to"]);
    }
    let made = agent.post(&url("/referrals"), &offer).await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let referral = made.body["id"].as_str().context("referral id")?.to_string();
    let twice = agent.post(&url("/referrals"), &offer).await?;
    assert_eq!(code(&twice), "already_referred", "{}", twice.body);

    // Offered, not accepted: an offer to read, nothing of the request itself.
    let offers = meera.get("/api/referrals/offered").await?;
    assert_eq!(offers.body[0]["request_id"], id.as_str(), "{}", offers.body);
    assert_eq!(offers.body[0]["note"], "She wrote Pune's plan.");
    assert_eq!(offers.body[0]["title"], "Heat action plan for wards");
    assert_eq!(meera.get(&url("")).await?.status, 404);
    let early = meera
        .post(&url("/messages"), &json!({"body": "Hello"}))
        .await?;
    assert_eq!(early.status, 404, "{}", early.body);
    let stock = RepoClient::connect(&server.ws_url(&meera.token)).await?;
    stock.want(request.document(DocKind::Request));
    stock
        .wait_unavailable(request.document(DocKind::Request), WAIT)
        .await?;
    let not_hers = anjali
        .post(
            &url("/referral-answer"),
            &json!({"referral": referral, "accept": true}),
        )
        .await?;
    assert_eq!(not_hers.status, 404, "{}", not_hers.body);

    // Accepted: the request and its conversation, nothing else.
    let accepted = meera
        .post(
            &url("/referral-answer"),
            &json!({"referral": referral, "accept": true}),
        )
        .await?;
    assert_eq!(accepted.status, 204, "{}", accepted.body);
    let again = meera
        .post(
            &url("/referral-answer"),
            &json!({"referral": referral, "accept": false}),
        )
        .await?;
    assert_eq!(code(&again), "referral_answered", "{}", again.body);
    let hers = meera.get(&url("")).await?;
    assert_eq!(hers.status, 200, "{}", hers.body);
    assert!(hers.body["triage"].is_null(), "{}", hers.body);
    assert!(hers.body.get("notes").is_none());
    assert!(meera.listed_ids().await?.contains(&id));
    let wrote = meera
        .post(
            &url("/messages"),
            &json!({"body": "Start with a heat map of the wards."}),
        )
        .await?;
    assert_eq!(wrote.status, 201, "{}", wrote.body);
    let edit = meera
        .post(
            &url("/commands"),
            &json!({"type": "edit", "title": "Taken over"}),
        )
        .await?;
    // Refused, as any command a practitioner may not run: as if there were nothing there.
    assert_eq!(edit.status, 404, "{}", edit.body);
    let history = meera.get(&url("/history")).await?;
    assert_eq!(history.status, 200, "{}", history.body);

    // Over /sync: the request, never its triage; a change to anything but the conversation is
    // refused.
    let synced = RepoClient::connect(&server.ws_url(&meera.token)).await?;
    synced.want(request.document(DocKind::Request));
    synced
        .wait_all_synced(&[request.document(DocKind::Request)], WAIT)
        .await?;
    synced.want(request.document(DocKind::Triage));
    synced
        .wait_unavailable(request.document(DocKind::Triage), WAIT)
        .await?;
    synced.change(request.document(DocKind::Request), |doc| {
        use automerge::transaction::Transactable;
        let mut tx = doc.transaction();
        let _ = tx.put(automerge::ROOT, "title", "Taken over by sync");
        tx.commit();
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    let seen = rahima.get(&url("")).await?;
    assert_eq!(seen.body["request"]["title"], "Heat action plan for wards");
    assert_eq!(seen.body["request"]["referrals"][0]["status"], "accepted");
    assert_eq!(
        seen.body["request"]["referrals"][0]["to_name"],
        "Dr. Meera Joshi"
    );
    let messages = seen.body["request"]["messages"]
        .as_array()
        .context("messages")?;
    assert!(
        messages
            .iter()
            .any(|m| m["author"] == meera.user_id.as_str()),
        "{}",
        seen.body
    );

    // A focal point who declines gets nothing.
    let second = agent
        .post(&url("/referrals"), &json!({"to": nimal.user_id}))
        .await?;
    assert_eq!(second.status, 201, "{}", second.body);
    let declined = nimal
        .post(
            &url("/referral-answer"),
            &json!({"referral": second.body["id"], "accept": false}),
        )
        .await?;
    assert_eq!(declined.status, 204, "{}", declined.body);
    assert_eq!(nimal.get(&url("")).await?.status, 404);
    assert!(nimal.get("/api/referrals/offered").await?.body == json!([]));

    // The hub records the outcome; she still reads the conversation she joined.
    let no_outcome = agent
        .post(&url("/referral-outcome"), &json!({"referral": referral}))
        .await?;
    assert_eq!(no_outcome.fields(), ["outcome"], "{}", no_outcome.body);
    let closed = agent
        .post(
            &url("/referral-outcome"),
            &json!({"referral": referral, "outcome": "Ward heat map drafted with her help."}),
        )
        .await?;
    assert_eq!(closed.status, 204, "{}", closed.body);
    let after = rahima.get(&url("")).await?;
    assert_eq!(after.body["request"]["referrals"][0]["status"], "closed");
    assert_eq!(
        after.body["request"]["referrals"][0]["outcome"],
        "Ward heat map drafted with her help."
    );
    assert_eq!(meera.get(&url("")).await?.status, 200);
    // Nothing else of the hub opened to her.
    let other = rahima.file_request("Another question").await?;
    let other_id = other["id"].as_str().context("id")?;
    assert_eq!(
        meera
            .get(&format!("/api/requests/{other_id}"))
            .await?
            .status,
        404
    );
    Ok(())
}

#[tokio::test]
async fn a_referral_opens_one_conversation_to_the_person_referred_on_sqlite() -> Result<()> {
    referrals(Backend::Sqlite).await
}

#[tokio::test]
async fn a_referral_opens_one_conversation_to_the_person_referred_on_postgres() -> Result<()> {
    referrals(Backend::Postgres).await
}

/// In Chromium: an agent refers a request in the console; the expert accepts on her phone,
/// reads the request and writes in its conversation; the requester's phone says whom the hub
/// connected them with.
#[tokio::test]
async fn an_agent_refers_in_the_console_and_the_expert_joins_from_her_phone() -> Result<()> {
    use hubdesk_tests::browser::{BrowserTest, marker};
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    admin
        .add_practitioner("meera", "hubdesk-demo", "IN", "Pune")
        .await?;
    let name = format!("Dr. Meera Joshi {}", marker());
    let agent = test.server.login("agent").await?;
    let listed = agent
        .post(
            "/api/directory/people",
            &json!({"user": "meera", "name": name, "kind": "expert"}),
        )
        .await?;
    assert_eq!(listed.status, 201, "{}", listed.body);
    let rahima = test.server.login("rahima").await?;
    let title = format!("Heat action plan {}", marker());
    let filed = rahima.file_request(&title).await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let meera = test.server.login("meera").await?;
    let result = test
        .script(
            "console-referral.mjs",
            &[
                ("HUBDESK_REQUEST_ID", id.as_str()),
                ("HUBDESK_TITLE", title.as_str()),
                ("HUBDESK_EXPERT", "meera"),
                ("HUBDESK_EXPERT_NAME", name.as_str()),
                ("HUBDESK_EXPERT_ID", meera.user_id.as_str()),
            ],
        )
        .await?
        .finish()
        .await?;
    let seen = rahima.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(seen.body["request"]["referrals"][0]["status"], "accepted");
    assert_eq!(
        seen.body["request"]["referrals"][0]["note"],
        "She ran Pune's heat plan."
    );
    let wrote = seen.body["request"]["messages"]
        .as_array()
        .context("messages")?
        .iter()
        .any(|m| m["author"] == meera.user_id.as_str() && m["body"] == result["message"]);
    assert!(wrote, "{}", seen.body);
    Ok(())
}
