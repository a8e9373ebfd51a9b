//! The hub's own words in the language asked for: errors, CSV headers and the names of devices
//! nobody named follow the request's `Accept-Language` (which the apps set to the person's
//! language), and a person's language is kept with their account.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, TestServer};
use serde_json::{Value, json};

/// Whether `text` has a letter of the Unicode block `from..=to`.
fn in_script(text: &str, from: char, to: char) -> bool {
    text.chars().any(|c| (from..=to).contains(&c))
}

async fn login_in(
    server: &TestServer,
    language: &str,
    body: &Value,
    user_agent: &str,
) -> Result<(u16, Value)> {
    let reply = reqwest::Client::new()
        .post(format!("{}/api/auth/login", server.base_url))
        .header("Accept-Language", language)
        .header("User-Agent", user_agent)
        .json(body)
        .send()
        .await?;
    Ok((reply.status().as_u16(), reply.json().await?))
}

#[tokio::test]
async fn errors_come_back_in_the_language_asked_for() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let empty = json!({"username": "rahima", "password": ""});
    let (status, english) = login_in(&server, "en", &empty, "test").await?;
    assert_eq!(status, 400);
    assert_eq!(english["error"]["field"], "password");
    let (_, bengali) = login_in(&server, "bn-BD,bn;q=0.9", &empty, "test").await?;
    let (_, urdu) = login_in(&server, "ur", &empty, "test").await?;
    let words = |reply: &Value| reply["error"]["message"].as_str().unwrap_or("").to_string();
    assert!(
        in_script(&words(&bengali), '\u{0980}', '\u{09FF}'),
        "{bengali}"
    );
    assert!(in_script(&words(&urdu), '\u{0600}', '\u{06FF}'), "{urdu}");
    assert_eq!(
        bengali["error"]["code"], english["error"]["code"],
        "codes stay the same"
    );
    let (_, unknown) = login_in(&server, "fr", &empty, "test").await?;
    assert_eq!(
        words(&unknown),
        words(&english),
        "a language the hub lacks gets English"
    );
    Ok(())
}

#[tokio::test]
async fn a_device_nobody_named_is_named_in_the_sign_ins_language() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let android = "Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 Chrome/120 Mobile";
    let credentials = json!({"username": "nimal", "password": "hubdesk-demo"});
    let (status, signed_in) = login_in(&server, "ta", &credentials, android).await?;
    assert_eq!(status, 200, "{signed_in}");
    let nimal = server.login("nimal").await?;
    let devices = nimal.get("/api/devices").await?;
    let names: Vec<&str> = devices.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert!(
        names.iter().any(|n| in_script(n, '\u{0B80}', '\u{0BFF}')),
        "the Android phone is named in Tamil: {names:?}"
    );
    Ok(())
}

#[tokio::test]
async fn csv_headers_are_in_the_language_asked_for_and_english_keeps_the_codes() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Postgres).await? else {
        return Ok(());
    };
    let agent = server.login("agent").await?;
    let (status, _, english) = agent.get_text("/api/reports/export.csv").await?;
    assert_eq!(status, 200);
    assert!(english.starts_with("id,kind,category,country"), "{english}");
    let token = agent.token.clone();
    let hindi = reqwest::Client::new()
        .get(format!("{}/api/reports/export.csv", server.base_url))
        .bearer_auth(&token)
        .header("Accept-Language", "hi")
        .send()
        .await?
        .text()
        .await?;
    let header = hindi.lines().next().context("a header row")?;
    assert!(in_script(header, '\u{0900}', '\u{097F}'), "{header}");
    assert_eq!(
        header.split(',').count(),
        english.lines().next().context("header")?.split(',').count(),
        "the same columns"
    );
    Ok(())
}

#[tokio::test]
async fn a_person_keeps_their_language_with_their_account() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let aishath = server.login("aishath").await?;
    let set = aishath
        .put_json("/api/me/language", &json!({"language": "dv"}))
        .await?;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["language"], "dv");
    // Signing in again (another device) brings the language with the account.
    let again = server.login("aishath").await?;
    assert_eq!(again.get("/api/me").await?.body["language"], "dv");
    let unknown = aishath
        .put_json("/api/me/language", &json!({"language": "xx"}))
        .await?;
    assert_eq!(unknown.status, 400, "{}", unknown.body);
    assert_eq!(unknown.body["error"]["field"], "language");
    // An admin sets it too, and an empty text goes back to following the device.
    let admin = server.login("admin").await?;
    let id = again.user_id.clone();
    let cleared = admin
        .patch_json(&format!("/api/users/{id}"), &json!({"language": ""}))
        .await?;
    assert_eq!(cleared.status, 200, "{}", cleared.body);
    assert!(cleared.body["language"].is_null(), "{}", cleared.body);
    Ok(())
}
