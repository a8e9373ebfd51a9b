//! Full-text search through REST, on SQLite (FTS5) and PostgreSQL (tsvector): words in every
//! script of the region (Bengali, Urdu, Devanagari, Sinhala, Tamil, Thaana, English) are found
//! whole and by their beginning, in titles, descriptions and replies, and what people type is
//! never taken as search syntax.

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Session, TestServer};
use serde_json::{Value, json};

fn id_of(filed: &Value) -> Result<String> {
    Ok(filed["id"].as_str().context("id")?.to_string())
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The ids of the requests a search for `q` finds, as `agent` sees them.
async fn found(agent: &Session, q: &str) -> Result<Vec<String>> {
    let reply = agent
        .get(&format!("/api/requests?q={}", urlencode(q)))
        .await?;
    anyhow::ensure!(reply.status == 200, "{}", reply.body);
    let mut ids: Vec<String> = reply.body["items"]
        .as_array()
        .context("items")?
        .iter()
        .filter_map(|i| i["id"].as_str().map(String::from))
        .collect();
    ids.sort();
    Ok(ids)
}

/// Files a help-desk request by `who` with this title and description; its id.
async fn file(who: &Session, country: &str, title: &str, description: &str) -> Result<String> {
    let reply = who
        .post(
            "/api/requests",
            &json!({
                "kind": "help_desk", "title": title, "description": description,
                "category": "capacity_building", "country": country, "city": "Ward 4",
            }),
        )
        .await?;
    anyhow::ensure!(reply.status == 201, "{}", reply.body);
    id_of(&reply.body)
}

async fn search_finds_words_in_every_script(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let nimal = server.login("nimal").await?;
    let aishath = server.login("aishath").await?;
    let agent = server.login("agent").await?;

    let bengali = file(
        &rahima,
        "BD",
        "যুব পরিষদ গঠনে সহায়তা",
        "আমাদের ওয়ার্ড কমিটি একটি যুব কাউন্সিল শুরু করতে চায়।",
    )
    .await?;
    let urdu = id_of(
        &rahima
            .file_request("Women's inclusion in ward planning")
            .await?,
    )?;
    let reply = agent
        .post(
            &format!("/api/requests/{urdu}/commands"),
            &json!({"type": "reply", "body": "خواتین کی شمولیت کے لیے کراچی کا منصوبہ دیکھیں"}),
        )
        .await?;
    anyhow::ensure!(reply.status == 200, "{}", reply.body);
    // Conjuncts made with a virama (प्र, क्ष), which must not split a word.
    let hindi = file(
        &anjali,
        "IN",
        "वार्ड समिति के लिए प्रशिक्षण",
        "नगर निगम के अधिकारियों के साथ कार्यशाला",
    )
    .await?;
    // ශ්‍රී is written with a zero-width joiner between its letters.
    let sinhala = file(
        &nimal,
        "LK",
        "ශ්‍රී ජයවර්ධනපුර කෝට්ටේ නගර සභාව",
        "අපද්‍රව්‍ය කළමනාකරණ සැලැස්ම",
    )
    .await?;
    let tamil = file(
        &nimal,
        "LK",
        "மாநகராட்சி கழிவு மேலாண்மை திட்டம்",
        "வார்டு குழுவுடன் பயிற்சி",
    )
    .await?;
    // Thaana: every vowel is a combining mark (fili) on its consonant.
    let dhivehi = file(&aishath, "MV", "މާލެ ސިޓީ ކައުންސިލް", "ޒުވާނުންގެ ޕްރޮގްރާމް").await?;

    assert_eq!(
        found(&agent, "কাউন্সিল").await?,
        vec![bengali.clone()],
        "a Bengali word in a description"
    );
    assert_eq!(found(&agent, "যুব").await?, vec![bengali.clone()]);
    assert_eq!(
        found(&agent, "کراچی").await?,
        vec![urdu.clone()],
        "an Urdu word in a reply"
    );
    assert_eq!(found(&agent, "خواتین شمولیت").await?, vec![urdu.clone()]);
    assert_eq!(
        found(&agent, "inclus").await?,
        vec![urdu.clone()],
        "English prefixes match"
    );

    assert_eq!(
        found(&agent, "प्रशिक्षण").await?,
        vec![hindi.clone()],
        "a Devanagari word with conjuncts"
    );
    assert_eq!(found(&agent, "कार्यशाला").await?, vec![hindi.clone()]);
    assert_eq!(
        found(&agent, "नगर").await?,
        vec![hindi.clone()],
        "a short Devanagari word"
    );
    assert_eq!(
        found(&agent, "ශ්‍රී").await?,
        vec![sinhala.clone()],
        "a Sinhala word with a joiner"
    );
    assert_eq!(found(&agent, "කළමනාකරණ").await?, vec![sinhala.clone()]);
    assert_eq!(
        found(&agent, "கழிவு").await?,
        vec![tamil.clone()],
        "a Tamil word"
    );
    assert_eq!(
        found(&agent, "மாநக").await?,
        vec![tamil.clone()],
        "a Tamil prefix"
    );
    assert_eq!(
        found(&agent, "ކައުންސިލް").await?,
        vec![dhivehi.clone()],
        "a Thaana word"
    );
    assert_eq!(
        found(&agent, "ޒުވާނުން").await?,
        vec![dhivehi.clone()],
        "a Thaana prefix"
    );
    assert!(
        found(&agent, "ސިޓީ ކަ").await?.contains(&dhivehi),
        "two Thaana words"
    );

    assert!(
        found(&agent, "\"OR* NEAR(").await?.is_empty(),
        "search syntax is taken as text"
    );
    Ok(())
}

#[tokio::test]
async fn search_finds_words_in_every_script_of_the_region_on_sqlite() -> Result<()> {
    search_finds_words_in_every_script(Backend::Sqlite).await
}

#[tokio::test]
async fn search_finds_words_in_every_script_of_the_region_on_postgres() -> Result<()> {
    search_finds_words_in_every_script(Backend::Postgres).await
}
