//! Attachments in both apps, in real headless Chromium. The field app: refused before data is
//! spent, attached offline and reduced, kept through a reload, held back by low-data mode until
//! a tap, then at the hub byte for byte. The console: pictures and opening files from the hub,
//! and files attached to a reply.

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};
use hubdesk_tests::tus::{Tus, photo};
use sha2::{Digest, Sha256};

/// The request as the hub has it once attachment `wanted` is listed.
async fn shown_after(
    who: &hubdesk_tests::Session,
    id: &str,
    wanted: &str,
) -> Result<serde_json::Value> {
    who.wait_for_request(id, "the attachment at the hub", |body| {
        body["attachments"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x["id"] == wanted))
    })
    .await
}

#[tokio::test]
async fn a_photo_attached_offline_is_reduced_kept_and_sent_when_the_person_says() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let marker = marker();
    let original = photo(2400, 1800, 11);
    let path = std::env::temp_dir().join(format!("hubdesk-photo-{marker}.jpg"));
    std::fs::write(&path, &original)?;
    let mut script = test
        .script(
            "pwa-attachments.mjs",
            &[
                ("HUBDESK_USERNAME", "rahima"),
                ("HUBDESK_MARKER", &marker),
                ("HUBDESK_PHOTO", &path.to_string_lossy()),
            ],
        )
        .await?;
    let filed = script.event("filed").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let result = script.finish().await?;
    let _ = std::fs::remove_file(&path);
    let refusal = result["refusal"].as_str().unwrap_or_default();
    assert!(!refusal.is_empty(), "the refusal was shown");

    let rahima = test.server.login("rahima").await?;
    let shown = rahima.get(&format!("/api/requests/{id}")).await?;
    let attachment = &shown.body["attachments"][0];
    assert_eq!(attachment["id"], result["attachment"], "{}", shown.body);
    assert_eq!(attachment["type"], "image/jpeg");
    let size = attachment["size"].as_u64().context("size")?;
    assert!(
        size < original.len() as u64 / 2,
        "the photo was reduced: {size} of {}",
        original.len()
    );
    let (status, _, bytes) = Tus::new(&test.server, &rahima)
        .fetch(
            &format!(
                "/api/attachments/{}",
                attachment["id"].as_str().unwrap_or("")
            ),
            &[],
        )
        .await?;
    assert_eq!(status, 200);
    assert_eq!(bytes.len() as u64, size);
    assert_eq!(
        attachment["sha256"].as_str(),
        Some(hex::encode(Sha256::digest(&bytes)).as_str()),
        "the hub holds what the phone sent, byte for byte"
    );
    let reduced = image::load_from_memory(&bytes)?;
    assert!(reduced.width().max(reduced.height()) <= 1600);
    // The file sent with a message is listed on that message.
    let listed = shown_after(
        &rahima,
        &id,
        result["message_attachment"].as_str().unwrap_or(""),
    )
    .await?;
    let message = listed["request"]["messages"]
        .as_array()
        .context("messages")?
        .iter()
        .find(|m| m["body"].as_str().is_some_and(|b| b.contains(&marker)))
        .context("the message reached the hub")?
        .clone();
    let on_message = listed["attachments"]
        .as_array()
        .context("attachments")?
        .iter()
        .find(|a| a["name"] == "minutes.txt")
        .context("the message's file")?
        .clone();
    assert_eq!(on_message["message"], message["id"]);
    Ok(())
}

#[tokio::test]
async fn the_console_shows_a_request_s_files_and_attaches_files_to_replies() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let rahima = test.server.login("rahima").await?;
    let request = rahima.file_request("Drain survey photos").await?;
    let request_id = request["id"].as_str().context("id")?.to_string();
    let photo_id = Tus::new(&test.server, &rahima)
        .upload(&request_id, "drain.jpg", &photo(800, 600, 5), &[])
        .await?;
    let script = test
        .script(
            "console-files.mjs",
            &[
                ("HUBDESK_REQUEST", request_id.as_str()),
                ("HUBDESK_PHOTO_ID", photo_id.as_str()),
            ],
        )
        .await?;
    script.finish().await?;
    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let template = shown.body["attachments"]
        .as_array()
        .context("attachments")?
        .iter()
        .find(|a| a["name"] == "budget-template.csv")
        .context("the reply's file is listed")?
        .clone();
    let reply = shown.body["request"]["messages"]
        .as_array()
        .context("messages")?
        .iter()
        .find(|m| m["id"] == template["message"])
        .context("on a message of the request")?
        .clone();
    assert_eq!(reply["role"], "staff");
    assert_eq!(reply["body"], "Here is the budget template.");
    let (status, _, bytes) = Tus::new(&test.server, &rahima)
        .fetch(
            &format!("/api/attachments/{}", template["id"].as_str().unwrap_or("")),
            &[],
        )
        .await?;
    assert_eq!(status, 200);
    assert_eq!(bytes, b"line,category,amount\n1,training,0\n".to_vec());
    Ok(())
}
