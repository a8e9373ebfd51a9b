//! The network's directory (issue 22, part 1) over REST on both databases: staff who manage it
//! add member cities and people in their countries only; every field at fault is named; each
//! person chooses what others see, and the fields they hide never reach another reader (not in
//! the JSON at all), while they and the staff of their country see everything; an unlisted
//! person leaves everyone else's directory; an erased person leaves it too.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Reply, Session, TestServer};
use serde_json::{Value, json};

fn code(reply: &Reply) -> &str {
    reply.body["error"]["code"].as_str().unwrap_or_default()
}

fn person<'a>(directory: &'a Value, id: &str) -> Option<&'a Value> {
    directory["people"]
        .as_array()?
        .iter()
        .find(|p| p["id"].as_str() == Some(id))
}

async fn read(session: &Session) -> Result<(Value, String)> {
    let (status, _, text) = session.get_text("/api/directory").await?;
    anyhow::ensure!(status == 200, "directory: {status} {text}");
    Ok((serde_json::from_str(&text)?, text))
}

async fn directory(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let admin = server.login("admin").await?;
    let anjali = server.login("anjali").await?;
    let rahima = server.login("rahima").await?;
    let fund = server.login("fund").await?;

    // An agent limited to India, and an expert's account in India.
    for (username, role, extra) in [
        ("agent.in", "agent", json!({"countries": ["IN"]})),
        (
            "meera",
            "practitioner",
            json!({"country": "IN", "city": "Pune"}),
        ),
    ] {
        let mut body =
            json!({"username": username, "password": "directory-password", "role": role});
        for (k, v) in extra.as_object().context("extra")? {
            body[k] = v.clone();
        }
        let made = admin.post("/api/users", &body).await?;
        assert_eq!(made.status, 201, "{}", made.body);
    }
    let agent_in = server.login_with("agent.in", "directory-password").await?;
    let meera = server.login_with("meera", "directory-password").await?;

    // Every field at fault is named at once, in the catalogue's words.
    let bad = agent
        .post(
            "/api/directory/people",
            &json!({"user": "meera", "name": " ", "kind": "guru", "email": "nope",
                    "languages": ["english!"], "topics": ["astrology"]}),
        )
        .await?;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert_eq!(
        bad.fields(),
        ["name", "kind", "email", "topics[0]", "languages[0]"],
        "{}",
        bad.body
    );
    let unknown = agent
        .post(
            "/api/directory/people",
            &json!({"user": "nobody-here", "name": "X", "kind": "peer"}),
        )
        .await?;
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    assert_eq!(unknown.fields(), ["user"]);

    // Practitioners and fund managers do not manage the directory; staff limited to India
    // do not list someone from Bangladesh.
    let expert = json!({"user": "meera", "name": "Dr. Meera Joshi", "kind": "expert",
        "organisation": "Resilient Pune", "about": "Heat action plans and ward committees.",
        "topics": ["local_action_planning", "youth_engagement"], "languages": ["mr", "hi", "en"],
        "cities": ["Pune", "Ahmedabad"], "email": "meera@example.org", "phone": "+91 20 0000 0000"});
    for who in [&anjali, &fund] {
        let refused = who.post("/api/directory/people", &expert).await?;
        assert_eq!(refused.status, 403, "{}", refused.body);
    }
    let rahima_entry = json!({"user": "rahima", "name": "Rahima Begum", "kind": "peer"});
    let refused = agent_in
        .post("/api/directory/people", &rahima_entry)
        .await?;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let listed = agent_in.post("/api/directory/people", &expert).await?;
    assert_eq!(listed.status, 201, "{}", listed.body);
    let meera_id = listed.body["id"].as_str().context("id")?.to_string();
    assert_eq!(meera_id, meera.user_id);
    assert_eq!(
        listed.body["shown"],
        json!(["organisation", "about", "topics", "languages", "cities"])
    );
    let again = agent.post("/api/directory/people", &expert).await?;
    assert_eq!(again.status, 409, "{}", again.body);
    assert_eq!(code(&again), "already_listed");
    let peer = agent.post("/api/directory/people", &rahima_entry).await?;
    assert_eq!(peer.status, 201, "{}", peer.body);

    // Member cities: staff of the country add them, with focal points by username.
    let bad_city = agent
        .post(
            "/api/directory/cities",
            &json!({"country": "XX", "city": "", "status": "vip", "since": "2023-02-30",
                    "focal_points": []}),
        )
        .await?;
    assert_eq!(bad_city.status, 422, "{}", bad_city.body);
    assert_eq!(bad_city.fields(), ["country", "city", "status", "since"]);
    let no_focal = agent
        .post(
            "/api/directory/cities",
            &json!({"country": "IN", "city": "Pune", "status": "member", "focal_points": ["ghost"]}),
        )
        .await?;
    assert_eq!(no_focal.fields(), ["focal_points[0]"], "{}", no_focal.body);
    let dhaka = json!({"country": "BD", "city": "Dhaka", "status": "member",
        "since": "2021-06-01", "focal_points": ["rahima"]});
    let refused = agent_in.post("/api/directory/cities", &dhaka).await?;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let city = agent.post("/api/directory/cities", &dhaka).await?;
    assert_eq!(city.status, 201, "{}", city.body);
    assert_eq!(city.body["focal_points"][0]["name"], "Rahima Begum");
    let city_id = city.body["id"].as_str().context("city id")?.to_string();
    let twice = agent
        .post(
            "/api/directory/cities",
            &json!({"country": "BD", "city": "dhaka", "status": "applicant"}),
        )
        .await?;
    assert_eq!(code(&twice), "city_listed", "{}", twice.body);
    let changed = agent
        .patch_json(
            &format!("/api/directory/cities/{city_id}"),
            &json!({"country": "BD", "city": "Dhaka", "status": "former", "since": "2021-06-01"}),
        )
        .await?;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.body["status"], "former");
    assert_eq!(changed.body["focal_points"], json!([]));
    let not_theirs = agent_in
        .patch_json(&format!("/api/directory/cities/{city_id}"), &dhaka)
        .await?;
    assert_eq!(not_theirs.status, 403, "{}", not_theirs.body);

    // A practitioner elsewhere reads the entry without the contact details, which are not in
    // the answer at all; the person and staff of her country read them.
    let (theirs, text) = read(&rahima).await?;
    let seen = person(&theirs, &meera_id).context("listed")?;
    assert_eq!(seen["name"], "Dr. Meera Joshi");
    assert_eq!(
        seen["topics"],
        json!(["local_action_planning", "youth_engagement"])
    );
    assert!(
        seen.get("email").is_none() && seen.get("username").is_none(),
        "{seen}"
    );
    assert!(
        !text.contains("meera@example.org") && !text.contains("0000 0000"),
        "{text}"
    );
    assert_eq!(theirs["manages"], false);
    for who in [&meera, &agent_in, &admin] {
        let (all, _) = read(who).await?;
        let seen = person(&all, &meera_id).context("listed")?;
        assert_eq!(seen["email"], "meera@example.org", "{seen}");
    }

    // She chooses: her email shown, her topics hidden. Staff may not choose for her.
    let staff_choice = agent
        .patch_json(
            &format!("/api/directory/people/{meera_id}"),
            &json!({"shown": ["email"]}),
        )
        .await?;
    assert_eq!(staff_choice.fields(), ["shown"], "{}", staff_choice.body);
    let mine = meera
        .patch_json(
            "/api/directory/me",
            &json!({"shown": ["email", "organisation"]}),
        )
        .await?;
    assert_eq!(mine.status, 200, "{}", mine.body);
    let (theirs, text) = read(&anjali).await?;
    let seen = person(&theirs, &meera_id).context("listed")?;
    assert_eq!(seen["email"], "meera@example.org");
    assert!(
        seen.get("topics").is_none() && seen.get("about").is_none(),
        "{seen}"
    );
    assert!(!text.contains("Heat action plans"), "{text}");
    // Staff change the rest and keep her choice.
    let edited = agent_in
        .patch_json(
            &format!("/api/directory/people/{meera_id}"),
            &json!({"organisation": "Pune Municipal Corporation"}),
        )
        .await?;
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.body["shown"], json!(["organisation", "email"]));
    let own = meera.get("/api/directory/me").await?;
    assert_eq!(own.body["organisation"], "Pune Municipal Corporation");
    assert_eq!(anjali.get("/api/directory/me").await?.status, 404);

    // Unlisted, she leaves everyone's directory but hers and her country's staff's.
    let off = meera
        .patch_json("/api/directory/me", &json!({"listed": false}))
        .await?;
    assert_eq!(off.status, 200, "{}", off.body);
    assert!(person(&read(&anjali).await?.0, &meera_id).is_none());
    assert!(person(&read(&agent_in).await?.0, &meera_id).is_some());
    assert!(person(&read(&meera).await?.0, &meera_id).is_some());
    let (limited, _) = read(&agent_in).await?;
    let rahima_seen = person(&limited, &rahima.user_id).context("rahima")?;
    assert!(
        rahima_seen.get("listed").is_none(),
        "staff outside her country read her as a member does: {rahima_seen}"
    );

    // An erased person leaves the directory and the cities they were a focal point of.
    let restore = agent
        .patch_json(&format!("/api/directory/cities/{city_id}"), &dhaka)
        .await?;
    assert_eq!(restore.status, 200, "{}", restore.body);
    let erased = admin
        .post(
            &format!("/api/users/{}/erase", rahima.user_id),
            &json!({"confirm": "rahima"}),
        )
        .await?;
    assert!(erased.status < 300, "{}", erased.body);
    let (after, _) = read(&agent).await?;
    assert!(person(&after, &rahima.user_id).is_none(), "{after}");
    let dhaka_now = after["cities"]
        .as_array()
        .context("cities")?
        .iter()
        .find(|c| c["id"].as_str() == Some(city_id.as_str()))
        .context("dhaka")?;
    assert_eq!(dhaka_now["focal_points"], json!([]));
    Ok(())
}

#[tokio::test]
async fn the_directory_keeps_hidden_fields_for_the_hub_on_sqlite() -> Result<()> {
    directory(Backend::Sqlite).await
}

#[tokio::test]
async fn the_directory_keeps_hidden_fields_for_the_hub_on_postgres() -> Result<()> {
    directory(Backend::Postgres).await
}

/// In Chromium: an agent lists an expert and a member city in the console; a practitioner
/// elsewhere finds them on the phone without the expert's contact details, and searches offline;
/// the expert chooses on her phone to show her email, and the other phone then shows it.
#[tokio::test]
async fn the_console_lists_people_and_phones_search_them_offline() -> Result<()> {
    use hubdesk_tests::browser::{BrowserTest, marker};
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let admin = test.server.login("admin").await?;
    admin
        .add_practitioner("meera", "hubdesk-demo", "IN", "Pune")
        .await?;
    let marker = marker();
    let result = test
        .script(
            "console-directory.mjs",
            &[("HUBDESK_MARKER", &marker), ("HUBDESK_EXPERT", "meera")],
        )
        .await?
        .finish()
        .await?;
    let meera = test.server.login("meera").await?;
    let own = meera.get("/api/directory/me").await?;
    assert_eq!(own.status, 200, "{}", own.body);
    assert_eq!(own.body["name"], result["name"]);
    assert_eq!(own.body["topics"], json!(["youth_engagement"]));
    assert_eq!(own.body["languages"], json!(["mr", "hi"]));
    let shown: Vec<&str> = own.body["shown"]
        .as_array()
        .context("shown")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(shown.contains(&"email"), "{}", own.body);
    let (directory, _) = read(&test.server.login("rahima").await?).await?;
    let city = directory["cities"]
        .as_array()
        .context("cities")?
        .iter()
        .find(|c| c["city"].as_str() == Some(&format!("Pune {marker}")))
        .context("the city")?;
    assert_eq!(city["since"], "2020-01-15");
    assert_eq!(city["focal_points"][0]["id"], meera.user_id.as_str());
    Ok(())
}
