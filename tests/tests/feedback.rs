//! Feedback on events (issue 22, part 4) over REST on both databases: only practitioners marked
//! as having attended answer, once the event is over; answering again replaces the answer; staff
//! read the answers per event, city and month, limited to their countries, and as CSV, never
//! with who gave them.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Session, TestServer};
use serde_json::{Value, json};

fn now_ms() -> Result<i64> {
    Ok(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis() as i64)
}

/// An event that started an hour ago and ends `ends_in_ms` from now.
async fn event(agent: &Session, title: &str, ends_in_ms: i64) -> Result<String> {
    let now = now_ms()?;
    let made = agent
        .post(
            "/api/events",
            &json!({"title": title, "kind": "workshop", "starts_at": now - 3_600_000,
                    "ends_at": now + ends_in_ms, "seats": 10, "mode": "online",
                    "link": "https://meet.example.org/ward"}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    Ok(made.body["id"].as_str().context("id")?.to_string())
}

async fn attend(agent: &Session, person: &Session, id: &str) -> Result<()> {
    let registered = person
        .post(&format!("/api/events/{id}/registrations"), &json!({}))
        .await?;
    assert_eq!(registered.status, 201, "{}", registered.body);
    let marked = agent
        .put_json(
            &format!(
                "/api/events/{id}/registrations/{}/attendance",
                person.user_id
            ),
            &json!({"attended": true}),
        )
        .await?;
    assert_eq!(marked.status, 204, "{}", marked.body);
    Ok(())
}

fn code(reply: &Value) -> &str {
    reply["error"]["code"].as_str().unwrap_or_default()
}

async fn feedback(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let nimal = server.login("nimal").await?;

    let id = event(&agent, "Ward budgets, online", 3_000).await?;
    attend(&agent, &rahima, &id).await?;
    attend(&agent, &anjali, &id).await?;
    let path = format!("/api/events/{id}/feedback");
    let good = json!({"rating": 4, "usefulness": 5, "comment": "The ward maps helped."});

    // Not over yet; then over, but only for those who attended.
    let early = rahima.post(&path, &good).await?;
    assert_eq!(early.status, 409, "{}", early.body);
    assert_eq!(code(&early.body), "event_not_over");
    tokio::time::sleep(Duration::from_millis(3_100)).await;
    let absent = nimal.post(&path, &good).await?;
    assert_eq!(absent.status, 409, "{}", absent.body);
    assert_eq!(code(&absent.body), "not_attended");
    assert_eq!(agent.post(&path, &good).await?.status, 403);

    // Every field at fault named; nothing kept.
    let bad = rahima
        .post(&path, &json!({"rating": 0, "usefulness": 7}))
        .await?;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let fields = bad.fields();
    assert_eq!(fields, ["rating", "usefulness"], "{}", bad.body);
    assert_eq!(
        bad.body["errors"][0]["message"],
        "Choose a score from 1 to 5."
    );

    // What the phone asks about, then answered; answering again replaces.
    let due = rahima.get("/api/feedback/attended").await?;
    assert_eq!(due.body[0]["id"], id.as_str(), "{}", due.body);
    assert_eq!(due.body[0]["answered"], false);
    assert_eq!(rahima.post(&path, &good).await?.status, 201);
    assert_eq!(
        rahima.get("/api/feedback/attended").await?.body[0]["answered"],
        true
    );
    let changed = rahima
        .post(&path, &json!({"rating": 5, "usefulness": 5}))
        .await?;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(
        anjali
            .post(
                &path,
                &json!({"rating": 2, "usefulness": 3, "comment": "Too short."})
            )
            .await?
            .status,
        201
    );

    // Staff read it per event, city and month; practitioners cannot.
    let report = agent.get("/api/feedback").await?;
    assert_eq!(report.status, 200, "{}", report.body);
    let ours = report.body["events"]
        .as_array()
        .and_then(|all| all.iter().find(|e| e["event_id"] == id.as_str()))
        .context("the event is reported")?;
    assert_eq!(ours["answers"], 2);
    assert_eq!(ours["rating"], 3.5);
    assert_eq!(ours["usefulness"], 4.0);
    assert_eq!(ours["comments"], json!(["Too short."]));
    let cities: Vec<(&str, i64)> = report.body["cities"]
        .as_array()
        .context("cities")?
        .iter()
        .filter_map(|c| Some((c["city"].as_str()?, c["answers"].as_i64()?)))
        .collect();
    assert!(
        cities.contains(&("Dhaka", 1)) && cities.contains(&("Kolkata", 1)),
        "{cities:?}"
    );
    assert_eq!(report.body["months"][0]["answers"], 2);
    assert_eq!(rahima.get("/api/feedback").await?.status, 403);

    let (status, kind, csv) = agent.get_text("/api/feedback/export.csv").await?;
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/csv"), "{kind}");
    assert!(
        csv.starts_with("event_id,event,kind,starts_at,country,city,rating,usefulness,comment")
    );
    assert!(csv.contains("Too short."), "{csv}");
    for person in ["rahima", "anjali", rahima.user_id.as_str()] {
        assert!(!csv.contains(person), "{person} in {csv}");
    }

    // An agent limited to India reads India's answers only.
    let admin = server.login("admin").await?;
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "agent.in", "password": "feedback-password", "role": "agent", "countries": ["IN"]}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let limited = server.login_with("agent.in", "feedback-password").await?;
    let theirs = limited.get("/api/feedback").await?;
    let cities: Vec<&str> = theirs.body["cities"]
        .as_array()
        .context("cities")?
        .iter()
        .filter_map(|c| c["city"].as_str())
        .collect();
    assert_eq!(cities, ["Kolkata"], "{}", theirs.body);
    Ok(())
}

#[tokio::test]
async fn attendees_give_feedback_and_staff_read_it_on_sqlite() -> Result<()> {
    feedback(Backend::Sqlite).await
}

#[tokio::test]
async fn attendees_give_feedback_and_staff_read_it_on_postgres() -> Result<()> {
    feedback(Backend::Postgres).await
}

/// On the phone, offline, then in the console: an attendee answers with the network off, the
/// answer reaches the hub when it is back, and an agent reads it and downloads it.
#[tokio::test]
async fn an_attendee_answers_offline_and_the_console_reports_it() -> Result<()> {
    use hubdesk_tests::browser::BrowserTest;
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let agent = test.server.login("agent").await?;
    let rahima = test.server.login("rahima").await?;
    let id = event(&agent, "Ward maps workshop", 3_000).await?;
    attend(&agent, &rahima, &id).await?;
    tokio::time::sleep(Duration::from_millis(3_100)).await;
    let result = test
        .script("pwa-feedback.mjs", &[("HUBDESK_EVENT", &id)])
        .await?
        .finish()
        .await?;
    let report = agent.get("/api/feedback").await?;
    let ours = report.body["events"]
        .as_array()
        .and_then(|all| all.iter().find(|e| e["event_id"] == id.as_str()))
        .context("reported")?;
    assert_eq!(ours["rating"], 4.0);
    assert_eq!(ours["usefulness"], 5.0);
    let csv = result["csv"].as_str().context("csv")?;
    assert!(csv.contains("The ward maps helped us plan."), "{csv}");
    assert!(!csv.contains("rahima"), "{csv}");
    Ok(())
}
