//! Crash safety under load (issue 10, part 5): devices keep editing while the server is killed
//! with SIGKILL at a random moment; after it restarts, every change it acknowledged before the
//! kill is there. Several kills in a row, on SQLite and on PostgreSQL.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Peer, TestServer, message, new_request};

const DEVICES: [&str; 4] = ["rahima", "anjali", "nimal", "aishath"];
const KILLS: usize = 3;

async fn acknowledged_changes_survive_kills_under_load(backend: Backend) -> Result<()> {
    let Some(mut server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let mut sessions = Vec::new();
    for name in DEVICES {
        sessions.push(server.login(name).await?);
    }
    // (device, request id, message id) for every change the server acknowledged.
    let acknowledged: Arc<Mutex<Vec<(usize, String, String)>>> = Arc::default();
    for kill in 0..KILLS {
        let mut load = Vec::new();
        for (index, session) in sessions.iter().enumerate() {
            let url = server.ws_url(&session.token);
            let user = session.user_id.clone();
            let acknowledged = acknowledged.clone();
            load.push(tokio::spawn(async move {
                let device = Peer::connect(&url).await?;
                let request = new_request(&user, "Under load");
                let doc = device.create_request(&request)?;
                device.wait_synced(doc).await?;
                for n in 0.. {
                    let id = format!("k{kill}-{n}");
                    let (author, mid) = (user.clone(), id.clone());
                    device.edit_request(doc, move |r| {
                        r.messages.push(message(&mid, &author, "steady work"))
                    })?;
                    device.wait_synced(doc).await?;
                    if let Ok(mut acked) = acknowledged.lock() {
                        acked.push((index, request.id.clone(), id));
                    }
                }
                anyhow::Ok(())
            }));
        }
        let moment = 300 + u64::from(rand::random::<u16>() % 1200);
        tokio::time::sleep(Duration::from_millis(moment)).await;
        server.kill().await?;
        for task in load {
            task.abort();
        }
        server.restart().await?;
    }

    let acked = acknowledged.lock().map(|a| a.clone()).unwrap_or_default();
    assert!(acked.len() > 20, "too little load: {} changes", acked.len());
    let mut stored: std::collections::HashMap<String, Vec<String>> = Default::default();
    for (device, request, id) in &acked {
        if !stored.contains_key(request) {
            let detail = sessions[*device]
                .get(&format!("/api/requests/{request}"))
                .await?;
            let ids = detail.body["request"]["messages"]
                .as_array()
                .context("messages")?
                .iter()
                .filter_map(|m| m["id"].as_str().map(str::to_string))
                .collect();
            stored.insert(request.clone(), ids);
        }
        assert!(
            stored[request].contains(id),
            "{id} of {request} was acknowledged before a kill but is gone"
        );
    }
    Ok(())
}

#[tokio::test]
async fn acknowledged_changes_survive_sigkill_under_load_on_sqlite() -> Result<()> {
    acknowledged_changes_survive_kills_under_load(Backend::Sqlite).await
}

#[tokio::test]
async fn acknowledged_changes_survive_sigkill_under_load_on_postgres() -> Result<()> {
    acknowledged_changes_survive_kills_under_load(Backend::Postgres).await
}
