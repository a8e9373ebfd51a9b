//! `cargo xtask bench stall`: does one client's large writes hold up everyone else's
//! acknowledgements? A release server on SQLite; one device pushes large writes without pause
//! (new requests, each filled with ~300 KB of conversation in a few edits) while another makes
//! small edits one after another and times each from the edit to the server's acknowledgement.
//! Prints a table of those times idle and under load, against the target p99 of 200 ms.

use std::time::{Duration, Instant};

use anyhow::Result;
use hubdesk_tests::load::percentile;
use hubdesk_tests::{Backend, Peer, TestServer, bulky_messages, new_request};

const TARGET_P99_MS: f64 = 200.0;
const EDITS: usize = 200;

async fn timed_edits(device: &Peer, doc: hubdesk_shared::ids::DocumentId) -> Result<Vec<f64>> {
    let mut times = Vec::with_capacity(EDITS);
    for n in 0..EDITS {
        let title = format!("Edit {n}");
        let started = Instant::now();
        device.edit_request(doc, move |r| r.title = title.as_str().into())?;
        device.wait_synced(doc).await?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    Ok(times)
}

#[tokio::main]
async fn main() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        anyhow::bail!("could not start the server");
    };
    let rahima = server.login("rahima").await?;
    let nimal = server.login("nimal").await?;
    let light = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let doc = light.create_request(&new_request(&rahima.user_id, "Small edits"))?;
    light.wait_synced(doc).await?;

    let idle = timed_edits(&light, doc).await?;

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let heavy_url = server.ws_url(&nimal.token);
    let heavy_user = nimal.user_id.clone();
    let heavy_stop = stop.clone();
    let heavy = tokio::spawn(async move {
        let device = Peer::connect(&heavy_url).await?;
        let mut bytes: u64 = 0;
        let mut round = 0;
        while !heavy_stop.load(std::sync::atomic::Ordering::Relaxed) {
            let big = device.create_request(&new_request(&heavy_user, "Large"))?;
            device.wait_synced(big).await?;
            for part in 0..3 {
                let user = heavy_user.clone();
                device.edit_request(big, move |r| {
                    let prefix = format!("r{round}-{part}-");
                    r.messages.extend(bulky_messages(&prefix, &user, 100, 1000));
                })?;
                device.wait_synced(big).await?;
                bytes += 100 * 1000;
            }
            round += 1;
        }
        anyhow::Ok(bytes)
    });
    // Let the large writes get going first.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    let loaded = timed_edits(&light, doc).await?;
    let seconds = started.elapsed().as_secs_f64();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let pushed = heavy.await??;

    println!();
    println!("Acknowledgement of a small edit while another client pushes large writes");
    println!("(release build, SQLite, {EDITS} edits each; times in ms)");
    println!();
    println!("| Condition | p50 | p95 | p99 | max |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (name, times) in [("idle", &idle), ("under large writes", &loaded)] {
        println!(
            "| {name} | {:.1} | {:.1} | {:.1} | {:.1} |",
            percentile(times, 50.0),
            percentile(times, 95.0),
            percentile(times, 99.0),
            times.last().copied().unwrap_or_default()
        );
    }
    println!();
    println!(
        "The other client pushed {:.1} MB of conversation text in {seconds:.1} s meanwhile.",
        pushed as f64 / 1e6
    );
    let p99 = percentile(&loaded, 99.0);
    let verdict = if p99 <= TARGET_P99_MS {
        "meets"
    } else {
        "misses"
    };
    println!("p99 under load {p99:.1} ms {verdict} the target of {TARGET_P99_MS} ms.");
    Ok(())
}
