//! Member cities' needs (issue 22, part 6) over REST on both databases: only a city's focal
//! points fill in its assessment, once per quarter (again replaces it), never for a former
//! member; every field at fault is named; staff who read reports see the answers per country
//! and quarter, limited to their countries, as CSV too, and requests broken down by the groups
//! their city serves.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Reply, Session, TestServer};
use serde_json::{Value, json};

fn code(reply: &Reply) -> &str {
    reply.body["error"]["code"].as_str().unwrap_or_default()
}

async fn city(admin: &Session, body: Value) -> Result<String> {
    let made = admin.post("/api/directory/cities", &body).await?;
    anyhow::ensure!(made.status == 201, "city: {}", made.body);
    Ok(made.body["id"].as_str().context("id")?.to_string())
}

fn by_group(report: &Value, group: &str) -> i64 {
    report["requests_by_group"]
        .as_array()
        .and_then(|groups| groups.iter().find(|g| g["group"] == group))
        .and_then(|g| g["requests"].as_i64())
        .unwrap_or(-1)
}

async fn needs(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;
    let agent = server.login("agent").await?;
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let nimal = server.login("nimal").await?;
    let dhaka = city(
        &admin,
        json!({"country": "BD", "city": "Dhaka", "status": "member", "focal_points": ["rahima"]}),
    )
    .await?;
    let moratuwa = city(
        &admin,
        json!({"country": "LK", "city": "Moratuwa", "status": "former", "focal_points": ["nimal"]}),
    )
    .await?;

    let asked = rahima.get("/api/needs/asked").await?;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert_eq!(asked.body["cities"][0]["id"], dhaka.as_str());
    assert!(asked.body["cities"][0]["answers"].is_null());
    let period = asked.body["period"].as_str().context("period")?.to_string();
    assert!(period.contains("-Q"), "{period}");
    assert_eq!(
        anjali.get("/api/needs/asked").await?.body["cities"],
        json!([])
    );

    // Every field at fault at once.
    let bad = rahima
        .post(
            "/api/needs",
            &json!({"city": dhaka, "training": {"urgency": 9, "topics": ["weather"]},
                    "groups": ["aliens"]}),
        )
        .await?;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert_eq!(
        bad.fields(),
        ["training.urgency", "training.topics[0]", "groups[0]"]
    );
    let answers = json!({"city": dhaka,
        "training": {"urgency": 3, "topics": ["local_action_planning"], "detail": "Ward budgeting"},
        "technical_support": {"urgency": 1},
        "capacity": {"urgency": 2, "detail": "Two engineers short"},
        "groups": ["women", "youth"]});
    // Someone who is not its focal point, a former member, a city that does not exist.
    let not_theirs = anjali.post("/api/needs", &answers).await?;
    assert_eq!(not_theirs.status, 403, "{}", not_theirs.body);
    let former = nimal.post("/api/needs", &json!({"city": moratuwa})).await?;
    assert_eq!(former.status, 409, "{}", former.body);
    assert_eq!(code(&former), "city_not_member");
    let nowhere = rahima
        .post("/api/needs", &json!({"city": "no-such-city"}))
        .await?;
    assert_eq!(nowhere.status, 404, "{}", nowhere.body);

    // The report before and after: requests from Dhaka count under the groups it serves.
    let before = agent.get("/api/needs").await?;
    assert_eq!(before.status, 200, "{}", before.body);
    assert_eq!(before.body["periods"], json!([]));
    assert_eq!(by_group(&before.body, "youth"), 0);
    let first = rahima.post("/api/needs", &answers).await?;
    assert_eq!(first.status, 201, "{}", first.body);
    let mut again = answers.clone();
    again["technical_support"]["urgency"] = json!(3);
    let replaced = rahima.post("/api/needs", &again).await?;
    assert_eq!(replaced.status, 200, "{}", replaced.body);
    rahima.file_request("Ward budgeting with youth").await?;
    let mut report = Value::Null;
    for _ in 0..50 {
        report = agent.get("/api/needs").await?.body;
        if by_group(&report, "youth") > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let youth = by_group(&report, "youth");
    assert!(youth >= 1, "{report}");
    assert_eq!(by_group(&report, "women"), youth);
    assert_eq!(by_group(&report, "minorities"), 0);
    let periods = report["periods"].as_array().context("periods")?;
    assert_eq!(periods.len(), 1, "{report}");
    assert_eq!(periods[0]["period"], period.as_str());
    assert_eq!(periods[0]["country"], "BD");
    assert_eq!(periods[0]["cities"], 1);
    assert_eq!(periods[0]["areas"][0]["area"], "training");
    assert_eq!(periods[0]["areas"][0]["urgency"], json!([0, 0, 0, 1]));
    assert_eq!(
        periods[0]["areas"][1]["urgency"],
        json!([0, 0, 0, 1]),
        "replaced"
    );
    assert_eq!(periods[0]["groups"], json!({"women": 1, "youth": 1}));
    assert_eq!(
        report["latest"][0]["answers"]["capacity"]["detail"],
        "Two engineers short"
    );
    let mine = rahima.get("/api/needs/asked").await?;
    assert_eq!(
        mine.body["cities"][0]["answers"]["groups"],
        json!(["youth", "women"])
    );

    // Practitioners do not read the report; staff limited to India see nothing of Bangladesh.
    assert_eq!(rahima.get("/api/needs").await?.status, 403);
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "agent.in", "password": "needs-password", "role": "agent", "countries": ["IN"]}),
        )
        .await?;
    assert_eq!(made.status, 201, "{}", made.body);
    let limited = server.login_with("agent.in", "needs-password").await?;
    let theirs = limited.get("/api/needs").await?;
    assert_eq!(theirs.body["periods"], json!([]), "{}", theirs.body);
    assert_eq!(by_group(&theirs.body, "youth"), 0);

    let (status, kind, csv) = agent.get_text("/api/needs/export.csv").await?;
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/csv"), "{kind}");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("period,country,city,training_urgency"),
        "{csv}"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].contains("BD,Dhaka,3,local_action_planning,Ward budgeting"),
        "{csv}"
    );
    assert!(
        lines[1].contains("youth women") || lines[1].contains("women youth"),
        "{csv}"
    );
    Ok(())
}

#[tokio::test]
async fn focal_points_say_what_their_city_needs_on_sqlite() -> Result<()> {
    needs(Backend::Sqlite).await
}

#[tokio::test]
async fn focal_points_say_what_their_city_needs_on_postgres() -> Result<()> {
    needs(Backend::Postgres).await
}

/// In Chromium: a focal point fills in the city's needs offline on the phone; the answers reach
/// the hub once online, and the console adds them up for the country.
#[tokio::test]
async fn a_focal_point_answers_offline_and_the_console_adds_it_up() -> Result<()> {
    use hubdesk_tests::browser::BrowserTest;
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    let dhaka = city(
        &admin,
        json!({"country": "BD", "city": "Dhaka", "status": "member", "focal_points": ["rahima"]}),
    )
    .await?;
    test.script("pwa-needs.mjs", &[("HUBDESK_CITY_ID", &dhaka)])
        .await?
        .finish()
        .await?;
    let rahima = test.server.login("rahima").await?;
    let asked = rahima.get("/api/needs/asked").await?;
    let answers = &asked.body["cities"][0]["answers"];
    assert_eq!(answers["training"]["urgency"], 3, "{}", asked.body);
    assert_eq!(answers["training"]["topics"], json!(["youth_engagement"]));
    assert_eq!(answers["training"]["detail"], "Running youth councils");
    assert_eq!(answers["capacity"]["urgency"], 2);
    assert_eq!(answers["groups"], json!(["youth", "minorities"]));
    let report = test.server.login("agent").await?.get("/api/needs").await?;
    assert!(by_group(&report.body, "minorities") >= 1, "{}", report.body);
    Ok(())
}
