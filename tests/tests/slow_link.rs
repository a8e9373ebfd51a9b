//! The field app over an emulated 2G link (`hubdesk_tests::link`): the emulator itself keeps
//! its promises (latency, bandwidth, cuts), and in Chromium a day's offline work syncs through
//! 250 kbit/s, 600 ms round trips and a cut with nothing lost or duplicated, after a first visit
//! over the same link that leaves the app working offline.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};
use hubdesk_tests::link::{Link, LinkConfig};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// An echo server on a free port.
async fn echo() -> Result<std::net::SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = vec![0u8; 4096];
                while let Ok(n) = socket.read(&mut buffer).await {
                    if n == 0 || socket.write_all(&buffer[..n]).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    Ok(address)
}

#[tokio::test]
async fn the_link_adds_latency_limits_bandwidth_and_cuts() -> Result<()> {
    let config = LinkConfig {
        rtt: Duration::from_millis(200),
        bits_per_sec: 80_000,
        cut_every: None,
        outage: Duration::from_millis(500),
    };
    let link = Link::start(echo().await?, config).await?;
    let address = link.base_url().replace("http://", "");

    // One small round trip costs the round trip (after the handshake's own).
    let mut socket = TcpStream::connect(&address).await?;
    let started = Instant::now();
    socket.write_all(b"ping").await?;
    let mut reply = [0u8; 4];
    socket.read_exact(&mut reply).await?;
    let small = started.elapsed();
    assert_eq!(&reply, b"ping");
    assert!(
        small >= Duration::from_millis(390),
        "{small:?}: handshake and one round trip"
    );
    assert!(small < Duration::from_millis(1500), "{small:?}");

    // 20 kB each way at 80 kbit/s: at least 2 s on each lane; the lanes run side by side.
    let payload = vec![7u8; 20_000];
    let started = Instant::now();
    let (mut read, mut write) = socket.into_split();
    let sending = tokio::spawn(async move {
        write.write_all(&payload).await?;
        anyhow::Ok(write)
    });
    let mut echoed = vec![0u8; 20_000];
    read.read_exact(&mut echoed).await?;
    let bulk = started.elapsed();
    assert!(echoed.iter().all(|b| *b == 7));
    assert!(
        bulk >= Duration::from_secs(2),
        "{bulk:?} for 20 kB at 80 kbit/s"
    );
    assert!(bulk < Duration::from_secs(5), "{bulk:?}");
    let write = sending.await??;

    // A cut closes the connection, refuses new ones during the outage, then lets them through.
    link.cut();
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(2), read.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "the cut closed the connection");
    drop(write);
    let mut refused = TcpStream::connect(&address).await?;
    let mut byte = [0u8; 1];
    let answer = tokio::time::timeout(Duration::from_secs(2), refused.read(&mut byte)).await;
    assert!(
        matches!(answer, Ok(Ok(0)) | Ok(Err(_))),
        "during the outage the link drops new connections"
    );
    tokio::time::sleep(Duration::from_millis(600)).await;
    let mut again = TcpStream::connect(&address).await?;
    again.write_all(b"back").await?;
    again.read_exact(&mut reply).await?;
    assert_eq!(&reply, b"back");
    let stats = link.stats();
    assert_eq!(stats.cuts, 1);
    assert!(
        stats.to_server >= 20_008 && stats.to_client >= 20_008,
        "{stats:?}"
    );
    Ok(())
}

#[tokio::test]
async fn a_days_work_syncs_over_a_slow_flaky_link_after_a_first_visit_over_it() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let link = Link::in_front_of(&test.server.base_url, LinkConfig::field_2g()).await?;
    let marker = marker();
    let agent = test.server.login("agent").await?;
    let mut script = test
        .script_via(
            "pwa-slow-link.mjs",
            &link.base_url(),
            &[
                ("HUBDESK_USERNAME", "rahima"),
                ("HUBDESK_MARKER", &marker),
                ("HUBDESK_BROWSER_TIMEOUT_MS", "600000"),
            ],
        )
        .await?;
    // The first visit has no time budget, only to complete: on this link a cut often comes
    // before the wasm client's download (over half a megabyte, 17 s at 250 kbit/s) ends, and
    // each cut restarts it, so it takes from half a minute to several. (Resumable downloads are
    // to come with attachments on slow links.)
    script.allow_steps_of(Duration::from_secs(900));
    let visit = script.event("first-visit").await?;
    let first_visit = visit["ms"].as_u64().context("ms")?;
    let done = script.event("offline-work-done").await?;
    let titles: Vec<String> = done["titles"]
        .as_array()
        .context("titles")?
        .iter()
        .filter_map(|t| t.as_str().map(String::from))
        .collect();
    assert_eq!(titles.len(), 10);

    // A cut while the phone is still offline starts the link's next interval (10 to 30 s)
    // now, and once its outage is over the phone comes back online. A second cut as it starts
    // sending, which starts the interval again, means every run has its sync interrupted exactly
    // once, as a link cut every 20 s would, and never twice in a row by chance.
    link.cut();
    tokio::time::sleep(LinkConfig::field_2g().outage + Duration::from_millis(100)).await;
    let before = link.stats();
    script.send("go").await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    link.cut();
    let result = script.finish().await?;
    let link_ms = result["link_ms"].as_u64().context("link_ms")?;
    let after = link.stats();
    eprintln!(
        "first visit {first_visit} ms; the day's work synced in {link_ms} ms of link time, \
         {} bytes up and {} down, over {} cut(s) in all",
        after.to_server - before.to_server,
        after.to_client - before.to_client,
        after.cuts
    );
    assert!(
        link_ms < 10_000,
        "the day's work took {link_ms} ms of link time"
    );
    assert!(after.cuts > before.cuts, "the link was cut during the sync");

    // Each request exactly once, with every message once and the last description.
    let found = agent
        .get(&format!("/api/requests?q={marker}&per_page=100"))
        .await?;
    let items = found.body["items"].as_array().context("items")?;
    let mut found_titles: Vec<&str> = items.iter().filter_map(|i| i["title"].as_str()).collect();
    found_titles.sort();
    let mut expected: Vec<&str> = titles.iter().map(String::as_str).collect();
    expected.sort();
    assert_eq!(found_titles, expected, "each request exactly once");
    for id in result["ids"]
        .as_array()
        .context("ids")?
        .iter()
        .filter_map(Value::as_str)
    {
        let detail = agent.get(&format!("/api/requests/{id}")).await?;
        let request = &detail.body["request"];
        let messages: Vec<&str> = request["messages"]
            .as_array()
            .context("messages")?
            .iter()
            .filter_map(|m| m["body"].as_str())
            .collect();
        assert_eq!(messages.len(), 4, "{id}: {messages:?}");
        let mut unique = messages.clone();
        unique.dedup();
        assert_eq!(unique.len(), 4, "no message twice: {messages:?}");
        let description = request["description"].as_str().context("description")?;
        assert!(
            description.ends_with("revised after the meeting."),
            "{description}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn a_photo_attached_offline_reaches_the_hub_across_cuts_and_a_reload() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let link = Link::in_front_of(&test.server.base_url, LinkConfig::field_2g()).await?;
    let marker = marker();
    let original = hubdesk_tests::tus::photo(1600, 1200, 21);
    let path = std::env::temp_dir().join(format!("hubdesk-slow-photo-{marker}.jpg"));
    std::fs::write(&path, &original)?;
    let mut script = test
        .script_via(
            "pwa-slow-attach.mjs",
            &link.base_url(),
            &[
                ("HUBDESK_USERNAME", "rahima"),
                ("HUBDESK_MARKER", &marker),
                ("HUBDESK_PHOTO", &path.to_string_lossy()),
                ("HUBDESK_BROWSER_TIMEOUT_MS", "600000"),
            ],
        )
        .await?;
    // The first visit over this link takes from half a minute to several (see above).
    script.allow_steps_of(Duration::from_secs(900));
    let filed = script.event("filed").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let kept = script.event("kept").await?;
    let size = kept["size"].as_u64().context("size")?;
    let before = link.stats();
    script.send("go").await?;
    // A cut a few seconds into the upload, besides the link's own every 20 s or so.
    tokio::time::sleep(Duration::from_secs(6)).await;
    link.cut();
    let result = script.finish().await?;
    let after = link.stats();
    let _ = std::fs::remove_file(&path);
    let up = after.to_server - before.to_server;
    eprintln!(
        "a {size}-byte photo (reduced from {}) sent with {up} bytes up over {} cut(s)",
        original.len(),
        after.cuts - before.cuts
    );
    assert!(
        after.cuts > before.cuts,
        "the link was cut during the upload"
    );
    assert!(
        up as f64 <= size as f64 * 1.1,
        "{up} bytes went up for a {size}-byte photo: more than 1.1 times"
    );
    let rahima = test.server.login("rahima").await?;
    let shown = rahima.get(&format!("/api/requests/{id}")).await?;
    let attachment = &shown.body["attachments"][0];
    assert_eq!(attachment["id"], result["attachment"], "{}", shown.body);
    assert_eq!(attachment["size"].as_u64(), Some(size));
    let (status, _, bytes) = hubdesk_tests::tus::Tus::new(&test.server, &rahima)
        .fetch(
            &format!(
                "/api/attachments/{}",
                attachment["id"].as_str().unwrap_or("")
            ),
            &[],
        )
        .await?;
    assert_eq!(status, 200);
    assert_eq!(bytes.len() as u64, size, "the hub holds the photo whole");
    Ok(())
}
