//! Who reaches an attachment and where one may go: only those who may read the request read
//! its files, staff attach to their own replies, a fund application's files go where its round
//! says, and anonymising, erasing and a person's export take the files with them.

use anyhow::{Context, Result};
use hubdesk_tests::tus::{Tus, photo};
use hubdesk_tests::{Backend, TestServer};

#[tokio::test]
async fn only_those_who_may_read_the_request_read_its_attachments() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let anjali = server.login("anjali").await?;
    let agent = server.login("agent").await?;
    let request = rahima.file_request("Flood shelters").await?;
    let request_id = request["id"].as_str().context("id")?;
    let mine = Tus::new(&server, &rahima);
    let id = mine
        .upload(request_id, "shelters.txt", b"shelter list\n", &[])
        .await?;
    let stranger = Tus::new(&server, &anjali);
    let someone_elses = stranger
        .fetch(&format!("/api/attachments/{id}"), &[])
        .await?;
    let missing = stranger
        .fetch(&format!("/api/attachments/{}", uuid::Uuid::new_v4()), &[])
        .await?;
    assert_eq!(someone_elses.0, 404);
    assert_eq!(
        someone_elses.2, missing.2,
        "the same answer as for a missing one"
    );
    // Nor may a stranger attach to the request.
    let intruding = stranger
        .create(10, &[("request_id", request_id), ("filename", "x.txt")])
        .await?;
    assert_eq!(intruding.status, 404);

    // Staff read it, and attach a template to their own reply (only to their own).
    let hub = Tus::new(&server, &agent);
    assert_eq!(
        hub.fetch(&format!("/api/attachments/{id}"), &[]).await?.0,
        200
    );
    let replied = agent
        .post(
            &format!("/api/requests/{request_id}/messages"),
            &serde_json::json!({"body": "Here is the template."}),
        )
        .await?;
    assert!(replied.status < 300, "{}", replied.body);
    let shown = agent.get(&format!("/api/requests/{request_id}")).await?;
    let message = shown.body["request"]["messages"][0]["id"]
        .as_str()
        .context("message id")?
        .to_string();
    let template = hub
        .upload(
            request_id,
            "template.csv",
            b"line,amount\n",
            &[("message_id", &message)],
        )
        .await?;
    let (status, _, bytes) = mine
        .fetch(&format!("/api/attachments/{template}"), &[])
        .await?;
    assert_eq!((status, bytes), (200, b"line,amount\n".to_vec()));
    let theirs = mine
        .create(
            5,
            &[
                ("request_id", request_id),
                ("filename", "x.txt"),
                ("message_id", &message),
            ],
        )
        .await?;
    assert_eq!((theirs.status, theirs.code()), (422, "not_yours"));
    let listed = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let on_message = listed.body["attachments"]
        .as_array()
        .context("attachments")?
        .iter()
        .find(|a| a["id"] == template.as_str())
        .context("the template is listed")?;
    assert_eq!(on_message["message"], message.as_str());
    Ok(())
}

#[tokio::test]
async fn anonymising_a_request_and_erasing_a_person_delete_their_files() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let nimal = server.login("nimal").await?;
    let agent = server.login("agent").await?;
    let admin = server.login("admin").await?;
    // Rahima's request carries her photo; Nimal's carries his letter and a reply's template.
    let hers = rahima.file_request("Clinic roof").await?;
    let hers = hers["id"].as_str().context("id")?.to_string();
    let photo_id = Tus::new(&server, &rahima)
        .upload(&hers, "roof.jpg", &photo(300, 200, 7), &[])
        .await?;
    let his = nimal.file_request("Market drains").await?;
    let his = his["id"].as_str().context("id")?.to_string();
    let letter = Tus::new(&server, &nimal)
        .upload(&his, "letter.txt", b"Dear hub,\n", &[])
        .await?;
    assert_eq!(server.stored_files("blobs").len(), 2);

    server
        .close_and_anonymise(&agent, &admin, &hers, "Roof repaired.")
        .await?;
    let hub = Tus::new(&server, &agent);
    assert_eq!(
        hub.fetch(&format!("/api/attachments/{photo_id}"), &[])
            .await?
            .0,
        404
    );
    let shown = agent.get(&format!("/api/requests/{hers}")).await?;
    assert_eq!(shown.body["attachments"], serde_json::json!([]));
    assert_eq!(
        server.stored_files("blobs").len(),
        1,
        "the photo's bytes are gone"
    );

    let erased = admin
        .post(
            &format!("/api/users/{}/erase", nimal.user_id),
            &serde_json::json!({"confirm": "nimal"}),
        )
        .await?;
    assert_eq!(erased.status, 200, "{}", erased.body);
    assert_eq!(
        hub.fetch(&format!("/api/attachments/{letter}"), &[])
            .await?
            .0,
        404
    );
    assert!(
        server.stored_files("blobs").is_empty(),
        "the letter's bytes are gone"
    );
    Ok(())
}

#[tokio::test]
async fn a_person_s_data_export_holds_their_files() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let admin = server.login("admin").await?;
    let request = rahima.file_request("Rain gauges").await?;
    let request_id = request["id"].as_str().context("id")?;
    let letter = b"To the ward office,\nplease find the readings attached.\n".to_vec();
    let id = Tus::new(&server, &rahima)
        .upload(request_id, "readings.txt", &letter, &[])
        .await?;
    let (status, headers, zipped) = Tus::new(&server, &admin)
        .fetch(&format!("/api/users/{}/export.zip", rahima.user_id), &[])
        .await?;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/zip");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zipped))?;
    let mut person = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("person.json")?, &mut person)?;
    let person: serde_json::Value = serde_json::from_str(&person)?;
    let path = person["files"][0]["path"]
        .as_str()
        .context("a listed file")?;
    assert!(path.contains(&id), "{path}");
    let mut inside = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name(path)?, &mut inside)?;
    assert_eq!(inside, letter);
    // Only admins export.
    let (status, _, _) = Tus::new(&server, &rahima)
        .fetch(&format!("/api/users/{}/export.zip", rahima.user_id), &[])
        .await?;
    assert_eq!(status, 403);
    Ok(())
}

#[tokio::test]
async fn an_application_s_required_attachments_and_report_evidence_go_where_the_round_says()
-> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let fund = server.login("fund").await?;
    let now = hubdesk_tests::peer::now_ms();
    let round = fund
        .post(
            "/api/fund/rounds",
            &serde_json::json!({
                "name": "Round with papers", "pool_cents": 5_000_000, "currency": "USD",
                "cap_cents": 1_000_000, "opens_at": now - 86_400_000, "closes_at": now + 86_400_000 * 30,
                "required_attachments": ["Budget template", "Partner letter"],
            }),
        )
        .await?;
    assert_eq!(round.status, 201, "{}", round.body);
    let round = round.body["id"].as_str().context("round id")?;
    let filed = rahima
        .post(
            "/api/requests",
            &serde_json::json!({
                "kind": "fund_query", "title": "Ward youth forum",
                "description": "Monthly forum.", "category": "support_fund",
                "country": "BD", "city": "Dhaka",
                "application": {"requested_cents": 400_000, "round_id": round},
            }),
        )
        .await?;
    assert_eq!(filed.status, 201, "{}", filed.body);
    let id = filed.body["id"].as_str().context("id")?;
    let tus = Tus::new(&server, &rahima);
    let letter = tus
        .upload(
            id,
            "letter.txt",
            b"We partner.\n",
            &[("requirement", "Partner letter")],
        )
        .await?;
    // A paper the round does not ask for has no place.
    let stray = tus
        .create(
            5,
            &[
                ("request_id", id),
                ("filename", "x.txt"),
                ("requirement", "Photo ID"),
            ],
        )
        .await?;
    assert_eq!((stray.status, stray.code()), (422, "no_such_place"));
    // Evidence goes on a report once the report is filed.
    let early = tus
        .create(
            5,
            &[
                ("request_id", id),
                ("filename", "x.txt"),
                ("report_id", "sessions"),
            ],
        )
        .await?;
    assert_eq!((early.status, early.code()), (422, "no_such_place"));
    let submitted = rahima
        .post(
            &format!("/api/requests/{id}/submit"),
            &serde_json::json!({}),
        )
        .await?;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let approved = fund
        .post(
            &format!("/api/requests/{id}/decision"),
            &serde_json::json!({"decision": "approve", "amount_cents": 400_000}),
        )
        .await?;
    assert_eq!(approved.status, 200, "{}", approved.body);
    let reported = rahima
        .post(
            &format!("/api/requests/{id}/commands"),
            &serde_json::json!({"type": "file_report", "id": "sessions", "milestone": "sessions",
                "body": "Held.", "is_final": false}),
        )
        .await?;
    assert_eq!(reported.status, 200, "{}", reported.body);
    let evidence = tus
        .upload(
            id,
            "attendance.csv",
            b"name,ward\n",
            &[("report_id", "sessions")],
        )
        .await?;
    let shown = fund.get(&format!("/api/requests/{id}")).await?;
    let listed = shown.body["attachments"]
        .as_array()
        .context("attachments")?;
    let find = |wanted: &str| listed.iter().find(|a| a["id"] == wanted).cloned();
    assert_eq!(
        find(&letter).context("the letter")?["requirement"],
        "Partner letter"
    );
    assert_eq!(
        find(&evidence).context("the evidence")?["report"],
        "sessions"
    );
    Ok(())
}
