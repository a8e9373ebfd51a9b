//! Events (issue 22, part 3) over REST: staff publish, practitioners register, and seats are
//! never oversubscribed, not even by registrations arriving at once through two nodes sharing
//! one PostgreSQL; the line moves up when someone cancels; staff mark who attended.

use anyhow::{Context, Result};
use hubdesk_tests::session::Session;
use hubdesk_tests::{Backend, TestServer};
use serde_json::{Value, json};

const PASSWORD: &str = "event-test-password";
const SEATS: usize = 5;
const PEOPLE: usize = 14;

fn training(starts_at: i64) -> Value {
    json!({
        "title": "Participatory budgeting in wards",
        "kind": "training",
        "starts_at": starts_at,
        "ends_at": starts_at + 3 * 3_600_000,
        "seats": SEATS,
        "mode": "in_person",
        "place": "Dhaka",
        "language": "bn",
    })
}

fn now_ms() -> Result<i64> {
    Ok(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis() as i64)
}

/// `PEOPLE` new practitioners, signed in on the nodes in turn.
async fn practitioners(admin: &Session, nodes: &[&TestServer]) -> Result<Vec<Session>> {
    let mut people = Vec::new();
    for n in 0..PEOPLE {
        let username = format!("ward.officer.{n}");
        let made = admin
            .post(
                "/api/users",
                &json!({"username": username, "password": PASSWORD, "role": "practitioner",
                        "country": "BD", "city": "Dhaka"}),
            )
            .await?;
        assert_eq!(made.status, 201, "{}", made.body);
        people.push(
            nodes[n % nodes.len()]
                .login_with(&username, PASSWORD)
                .await?,
        );
    }
    Ok(people)
}

async fn seats_are_kept(first: &TestServer, second: &TestServer) -> Result<()> {
    let admin = first.login("admin").await?;
    let agent = first.login("agent").await?;
    let people = practitioners(&admin, &[first, second]).await?;

    // Only staff who run events publish them; every field at fault is named.
    let refused = people[0]
        .post("/api/events", &training(now_ms()? + 86_400_000))
        .await?;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let mut bad = training(now_ms()? + 86_400_000);
    bad["seats"] = json!(0);
    bad["place"] = json!(" ");
    let refused = agent.post("/api/events", &bad).await?;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let fields = refused.fields();
    assert_eq!(fields, ["seats", "place"], "{}", refused.body);

    let made = agent
        .post("/api/events", &training(now_ms()? + 86_400_000))
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let id = made.body["id"].as_str().context("id")?.to_string();
    assert_eq!(made.body["seats"], SEATS);
    assert_eq!(made.body["admitted"], 0);

    // Everyone registers at once, half through each node.
    let path = format!("/api/events/{id}/registrations");
    let empty = json!({});
    let answers =
        futures_util::future::join_all(people.iter().map(|p| p.post(&path, &empty))).await;
    let mut admitted = Vec::new();
    for (person, answer) in people.iter().zip(answers) {
        let answer = answer?;
        assert_eq!(answer.status, 201, "{}", answer.body);
        if answer.body["status"] == "admitted" {
            admitted.push(person);
        } else {
            assert_eq!(answer.body["status"], "waiting", "{}", answer.body);
        }
    }
    assert_eq!(admitted.len(), SEATS, "never more admitted than seats");
    let event = second
        .login("agent")
        .await?
        .get(&format!("/api/events/{id}"))
        .await?;
    assert_eq!(
        (&event.body["admitted"], &event.body["waiting"]),
        (&json!(SEATS), &json!(PEOPLE - SEATS)),
        "{}",
        event.body
    );

    // Registering again changes nothing.
    let again = admitted[0]
        .post(&format!("/api/events/{id}/registrations"), &json!({}))
        .await?;
    assert_eq!(
        (again.status, &again.body["status"]),
        (200, &json!("admitted"))
    );
    let waiting: Vec<&Session> = people
        .iter()
        .filter(|p| !admitted.iter().any(|a| a.user_id == p.user_id))
        .collect();
    let mine = waiting[0].get(&format!("/api/events/{id}")).await?;
    assert_eq!(mine.body["registration"], "waiting", "{}", mine.body);

    // An admitted person cancels: exactly one waiting person takes the seat.
    let gone = admitted[0]
        .http_delete(&format!("/api/events/{id}/registrations/me"))
        .await?;
    assert_eq!(gone, 204);
    let event = agent.get(&format!("/api/events/{id}")).await?;
    assert_eq!(
        (&event.body["admitted"], &event.body["waiting"]),
        (&json!(SEATS), &json!(PEOPLE - SEATS - 1)),
        "{}",
        event.body
    );
    let mut moved_up = 0;
    for person in &waiting {
        let mine = person.get(&format!("/api/events/{id}")).await?;
        if mine.body["registration"] == "admitted" {
            moved_up += 1;
        }
    }
    assert_eq!(moved_up, 1, "the first in line moved up");
    // Cancelling twice, or for an event one never registered for, is a 404.
    assert_eq!(
        admitted[0]
            .http_delete(&format!("/api/events/{id}/registrations/me"))
            .await?,
        404
    );
    // Staff do not register; nobody registers for an event that is over.
    let refused = agent
        .post(&format!("/api/events/{id}/registrations"), &json!({}))
        .await?;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let past = agent
        .post("/api/events", &training(now_ms()? - 10 * 3_600_000))
        .await?;
    assert_eq!(past.status, 201, "{}", past.body);
    let past_id = past.body["id"].as_str().context("id")?;
    let late = people[0]
        .post(&format!("/api/events/{past_id}/registrations"), &json!({}))
        .await?;
    assert_eq!(late.status, 409, "{}", late.body);
    assert_eq!(late.body["error"]["code"], "event_over", "{}", late.body);
    // The list shows what is not over, with the caller's registration.
    let listed = waiting[1].get("/api/events").await?;
    let ids: Vec<&str> = listed
        .body
        .as_array()
        .context("a list")?
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert!(
        ids.contains(&id.as_str()) && !ids.contains(&past_id),
        "{ids:?}"
    );
    // Staff list the weeks just past too, to mark who attended.
    let recent = agent
        .get(&format!("/api/events?since={}", now_ms()? - 86_400_000))
        .await?;
    assert!(
        recent
            .body
            .as_array()
            .is_some_and(|all| all.iter().any(|e| e["id"] == past_id)),
        "{}",
        recent.body
    );

    // Staff see who registered, in arrival order, and mark who attended: only a seat can.
    let refused = people[0]
        .get(&format!("/api/events/{id}/registrations"))
        .await?;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let listed = agent
        .get(&format!("/api/events/{id}/registrations"))
        .await?;
    let rows = listed.body.as_array().context("registrations")?;
    assert_eq!(rows.len(), PEOPLE - 1, "{}", listed.body);
    let status_of = |user: &str| {
        rows.iter()
            .find(|r| r["user_id"] == user)
            .map(|r| r["status"].clone())
    };
    assert_eq!(status_of(&admitted[1].user_id), Some(json!("admitted")));
    let attendance = |user: &str| format!("/api/events/{id}/registrations/{user}/attendance");
    let marked = agent
        .put_json(
            &attendance(&admitted[1].user_id),
            &json!({"attended": true}),
        )
        .await?;
    assert_eq!(marked.status, 204, "{}", marked.body);
    let in_line = waiting
        .iter()
        .find(|p| status_of(&p.user_id) == Some(json!("waiting")))
        .context("someone still in line")?;
    let refused = agent
        .put_json(&attendance(&in_line.user_id), &json!({"attended": true}))
        .await?;
    assert_eq!(
        (refused.status, &refused.body["error"]["code"]),
        (409, &json!("not_admitted")),
        "{}",
        refused.body
    );
    let refused = agent
        .put_json(
            &attendance(&admitted[0].user_id),
            &json!({"attended": true}),
        )
        .await?;
    assert_eq!(refused.status, 404, "one who cancelled has no registration");
    let refused = people[1]
        .put_json(&attendance(&people[1].user_id), &json!({"attended": true}))
        .await?;
    assert_eq!(refused.status, 403, "nobody marks their own attendance");
    let listed = agent
        .get(&format!("/api/events/{id}/registrations"))
        .await?;
    let attended: Vec<&Value> = listed
        .body
        .as_array()
        .context("registrations")?
        .iter()
        .filter(|r| r["attended_at"].is_i64())
        .collect();
    assert_eq!(attended.len(), 1, "{}", listed.body);
    assert_eq!(attended[0]["user_id"], admitted[1].user_id.as_str());
    Ok(())
}

#[tokio::test]
async fn seats_are_never_oversubscribed_on_sqlite() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    seats_are_kept(&server, &server).await
}

#[tokio::test]
async fn seats_are_never_oversubscribed_through_two_nodes_on_postgres() -> Result<()> {
    let Some(first) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let second = first.start_node_sharing().await?;
    seats_are_kept(&first, &second).await
}

/// In Chromium: a practitioner registers offline, and the registration takes its place in line
/// when it reaches the hub, behind one that reached it first.
#[tokio::test]
async fn a_registration_made_offline_takes_its_place_when_it_reaches_the_hub() -> Result<()> {
    use hubdesk_tests::browser::BrowserTest;
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let agent = test.server.login("agent").await?;
    let mut draft = training(now_ms()? + 3 * 86_400_000);
    draft["seats"] = json!(2);
    let made = agent.post("/api/events", &draft).await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let id = made.body["id"].as_str().context("id")?.to_string();
    let anjali = test.server.login("anjali").await?;
    let first = anjali
        .post(&format!("/api/events/{id}/registrations"), &json!({}))
        .await?;
    assert_eq!(first.body["status"], "admitted", "{}", first.body);

    let mut script = test
        .script("pwa-events.mjs", &[("HUBDESK_EVENT_ID", &id)])
        .await?;
    script.event("queued").await?;
    // Nothing reached the hub from the phone while it was offline.
    let event = agent.get(&format!("/api/events/{id}")).await?;
    assert_eq!(event.body["admitted"], 1, "{}", event.body);
    // Someone else takes the last seat first.
    let nimal = test.server.login("nimal").await?;
    let second = nimal
        .post(&format!("/api/events/{id}/registrations"), &json!({}))
        .await?;
    assert_eq!(second.body["status"], "admitted", "{}", second.body);
    script.send("go").await?;
    script.event("waiting").await?;
    let rahima = test.server.login("rahima").await?;
    let mine = rahima.get(&format!("/api/events/{id}")).await?;
    assert_eq!(mine.body["registration"], "waiting", "{}", mine.body);
    assert_eq!(
        nimal
            .http_delete(&format!("/api/events/{id}/registrations/me"))
            .await?,
        204
    );
    script.send("freed").await?;
    script.finish().await?;
    let mine = rahima.get(&format!("/api/events/{id}")).await?;
    assert_eq!(mine.body["registration"], "admitted", "{}", mine.body);
    Ok(())
}

/// Part 3's exchange visits: asked for from the events screen, offline too, as a request with
/// its own topic, which the hub then handles like any request.
#[tokio::test]
async fn a_practitioner_asks_for_an_exchange_visit_like_a_request() -> Result<()> {
    use hubdesk_tests::browser::{BrowserTest, marker};
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let result = test
        .script("pwa-exchange.mjs", &[("HUBDESK_MARKER", &marker)])
        .await?
        .finish()
        .await?;
    let id = result["id"].as_str().context("id")?;
    let agent = test.server.login("agent").await?;
    let filed = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(filed.status, 200, "{}", filed.body);
    assert_eq!(filed.body["request"]["category"], "exchange_visit");
    assert_eq!(filed.body["request"]["title"], result["title"]);
    let listed = agent
        .get("/api/requests?queue=all&category=exchange_visit")
        .await?;
    let ids: Vec<&str> = listed.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(ids, [id], "{}", listed.body);
    Ok(())
}
