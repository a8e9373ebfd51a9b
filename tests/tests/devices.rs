//! Devices and the audit log (issue 11, parts 2, 4 and 7): every sign-in registers a device that
//! its owner and admins see; revoking one closes its websockets and refuses its token; sign-ins,
//! failures and revocations are in the append-only audit log, which only admins read.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_tests::{Backend, Peer, TestServer, new_request};
use serde_json::{Value, json};

const PHONE_AGENT: &str =
    "Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 Chrome/120 Mobile";

/// Signs in with a device name and a phone's user agent; returns (token, user id, body).
async fn sign_in_as_phone(server: &TestServer, user: &str, name: &str) -> Result<(String, Value)> {
    let reply = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .header("user-agent", PHONE_AGENT)
        .json(&json!({"username": user, "password": "hubdesk-demo", "device_name": name}))
        .send()
        .await?;
    anyhow::ensure!(reply.status() == 200, "sign-in: {}", reply.status());
    let body: Value = reply.json().await?;
    let token = body["token"].as_str().context("token")?.to_string();
    Ok((token, body))
}

fn items(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

async fn devices_and_revocation(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let (phone_token, body) = sign_in_as_phone(&server, "rahima", "Rahima's field phone").await?;
    let rahima_id = body["user"]["id"].as_str().context("id")?.to_string();
    let rahima = server.login("rahima").await?;
    let admin = server.login("admin").await?;
    let nimal = server.login("nimal").await?;

    // Her own list: both her devices, the phone named and recognised as Android.
    let mine = rahima.get("/api/devices").await?;
    assert_eq!(mine.status, 200);
    let list = items(&mine.body);
    assert_eq!(list.len(), 2, "{list:?}");
    let phone = list
        .iter()
        .find(|d| d["name"] == "Rahima's field phone")
        .context("the phone")?
        .clone();
    assert_eq!(phone["platform"], "android");
    assert_eq!(phone["user_id"], rahima_id.as_str());
    assert!(phone["created_at"].as_i64().is_some());
    assert!(phone["last_seen_at"].as_i64().is_some());
    assert!(phone["revoked_at"].is_null());
    let phone_id = phone["id"].as_str().context("device id")?.to_string();
    assert!(list.iter().all(|d| d["user_id"] == rahima_id.as_str()));

    // Another practitioner sees neither her devices nor can revoke one (answered as missing).
    assert_eq!(
        nimal
            .get(&format!("/api/devices?user={rahima_id}"))
            .await?
            .status,
        403
    );
    assert!(
        items(&nimal.get("/api/devices").await?.body)
            .iter()
            .all(|d| d["user_id"] != rahima_id.as_str())
    );
    let refused = nimal
        .post(&format!("/api/devices/{phone_id}/revoke"), &json!({}))
        .await?;
    assert_eq!(refused.status, 404);

    // An admin sees everyone's, and one user's with ?user=.
    let everyone = items(&admin.get("/api/devices").await?.body);
    assert!(everyone.iter().any(|d| d["user_id"] == rahima_id.as_str()));
    assert!(
        everyone
            .iter()
            .any(|d| d["user_id"] == nimal.user_id.as_str())
    );
    let hers = items(
        &admin
            .get(&format!("/api/devices?user={rahima_id}"))
            .await?
            .body,
    );
    assert_eq!(hers.len(), 2);

    // The phone is syncing when the admin revokes it: its websocket closes within a second and
    // its token is refused from then on; her other device carries on.
    let syncing = Peer::connect(&server.ws_url(&phone_token)).await?;
    let doc = syncing.create_request(&new_request(&rahima_id, "Before the phone was lost"))?;
    syncing.wait_synced(doc).await?;
    let listed = items(&rahima.get("/api/devices").await?.body);
    let synced = listed.iter().find(|d| d["id"] == phone_id.as_str());
    assert!(
        synced.is_some_and(|d| d["last_sync_at"].as_i64().is_some()),
        "{synced:?}"
    );
    let revoked = admin
        .post(&format!("/api/devices/{phone_id}/revoke"), &json!({}))
        .await?;
    assert_eq!(revoked.status, 200, "{:?}", revoked.body);
    assert!(revoked.body["revoked_at"].as_i64().is_some());
    // Within a second of the revocation (the answer above), however long the request took.
    tokio::time::timeout(Duration::from_secs(1), syncing.wait_closed())
        .await
        .context("the revoked phone's websocket stayed open for a second")??;
    let after = server
        .http
        .get(format!("{}/api/me", server.base_url))
        .bearer_auth(&phone_token)
        .send()
        .await?;
    assert_eq!(after.status(), 401);
    // It is told it was revoked, so it wipes itself; a token nobody issued is only refused.
    let body: Value = after.json().await?;
    assert_eq!(body["error"]["code"], "device_revoked", "{body}");
    let unknown = server
        .http
        .get(format!("{}/api/me", server.base_url))
        .bearer_auth("0".repeat(64))
        .send()
        .await?;
    let body: Value = unknown.json().await?;
    assert_eq!(body["error"]["code"], "unauthorized", "{body}");
    assert_eq!(rahima.get("/api/me").await?.status, 200);
    // Revoking again is harmless; the owner may revoke her own.
    let again = rahima
        .post(&format!("/api/devices/{phone_id}/revoke"), &json!({}))
        .await?;
    assert_eq!(again.status, 200);
    assert_eq!(again.body["revoked_at"], revoked.body["revoked_at"]);

    // A device name that is too long is refused, naming the field.
    let long = server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": "rahima", "password": "hubdesk-demo", "device_name": "x".repeat(61)}))
        .send()
        .await?;
    assert_eq!(long.status(), 400);
    let body: Value = long.json().await?;
    assert_eq!(body["error"]["field"], "device_name", "{body}");
    Ok(())
}

#[tokio::test]
async fn devices_are_listed_for_their_owner_and_admins_and_a_revoked_one_is_cut_off_on_sqlite()
-> Result<()> {
    devices_and_revocation(Backend::Sqlite).await
}

#[tokio::test]
async fn devices_are_listed_for_their_owner_and_admins_and_a_revoked_one_is_cut_off_on_postgres()
-> Result<()> {
    devices_and_revocation(Backend::Postgres).await
}

async fn audit_log(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let login = |user: &str, password: &str| {
        let request = server
            .http
            .post(format!("{}/api/auth/login", server.base_url))
            .json(&json!({"username": user, "password": password}));
        async move { anyhow::Ok(request.send().await?.status().as_u16()) }
    };
    assert_eq!(login("rahima", "not her password").await?, 401);
    assert_eq!(login("Distinctive.Nobody", "whatever").await?, 401);
    // A username no account could have is refused before anything is counted or stored.
    assert_eq!(login("Distinctive Nobody", "whatever").await?, 400);
    let rahima = server.login("rahima").await?;
    let admin = server.login("admin").await?;
    assert_eq!(
        rahima
            .post("/api/auth/logout", &json!({}))
            .await
            .map(|r| r.status)
            .unwrap_or(0),
        204
    );

    // Only admins read the log.
    let agent = server.login("agent").await?;
    assert_eq!(agent.get("/api/audit").await?.status, 403);

    let page = admin.get("/api/audit").await?;
    assert_eq!(page.status, 200, "{:?}", page.body);
    let events = items(&page.body);
    let of = |action: &str| -> Vec<Value> {
        events
            .iter()
            .filter(|e| e["action"] == action)
            .cloned()
            .collect()
    };
    let failures = of("sign_in_failed");
    assert!(
        failures
            .iter()
            .any(|e| e["actor_id"] == rahima.user_id.as_str() && e["detail"] == "wrong_password")
    );
    assert!(
        failures
            .iter()
            .any(|e| e["actor_id"].is_null() && e["detail"] == "unknown_user")
    );
    // The username typed is never recorded.
    assert!(!page.body.to_string().contains("Distinctive"));
    let sign_ins = of("sign_in");
    assert!(
        sign_ins
            .iter()
            .any(|e| e["actor"] == "rahima" && e["device_id"].is_string())
    );
    assert!(
        of("sign_out")
            .iter()
            .any(|e| e["actor_id"] == rahima.user_id.as_str())
    );

    // Filters: by user, by action, since a time, and paging.
    let hers = items(
        &admin
            .get(&format!("/api/audit?user={}", rahima.user_id))
            .await?
            .body,
    );
    assert!(hers.len() >= 3, "{hers:?}");
    assert!(hers.iter().all(
        |e| e["actor_id"] == rahima.user_id.as_str() || e["subject"] == rahima.user_id.as_str()
    ));
    let outs = items(&admin.get("/api/audit?action=sign_out").await?.body);
    assert!(!outs.is_empty() && outs.iter().all(|e| e["action"] == "sign_out"));
    let future = admin.get("/api/audit?since=99999999999999").await?;
    assert!(items(&future.body).is_empty());
    let first = admin.get("/api/audit?limit=2").await?;
    assert_eq!(items(&first.body).len(), 2);
    let before = first.body["next_before"].as_i64().context("a next page")?;
    let second = items(
        &admin
            .get(&format!("/api/audit?limit=2&before={before}"))
            .await?
            .body,
    );
    assert!(second.iter().all(|e| e["id"].as_i64() < Some(before)));
    let bad = admin.get("/api/audit?action=wiped").await?;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.body["error"]["field"], "action");

    // The log as CSV, for admins only; downloading it is itself recorded.
    let csv = server
        .http
        .get(format!(
            "{}/api/audit/export.csv?action=sign_in_failed",
            server.base_url
        ))
        .bearer_auth(&admin.token)
        .send()
        .await?;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()?
            .starts_with("text/csv")
    );
    let text = csv.text().await?;
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("id,at,action,actor_id,actor,device_id,subject,request_id,detail")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), failures.len(), "{text}");
    assert!(rows.iter().all(|r| r.contains(",sign_in_failed,")));
    let refused = server
        .http
        .get(format!("{}/api/audit/export.csv", server.base_url))
        .bearer_auth(&agent.token)
        .send()
        .await?;
    assert_eq!(refused.status(), 403);
    let exports = items(&admin.get("/api/audit?action=export").await?.body);
    assert!(
        exports
            .iter()
            .any(|e| e["detail"] == "audit" && e["actor"] == "admin"),
        "{exports:?}"
    );
    let events = items(&admin.get("/api/audit").await?.body);

    // The log is append-only in the database itself.
    let refused = server
        .sql_execute("UPDATE audit_events SET action = 'sign_in'")
        .await;
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.to_string().contains("append-only")),
        "{refused:?}"
    );
    let refused = server.sql_execute("DELETE FROM audit_events").await;
    assert!(refused.is_err(), "{refused:?}");
    // Nothing was lost either: reading the log records nothing, so it holds what it held.
    assert_eq!(
        items(&admin.get("/api/audit").await?.body).len(),
        events.len()
    );
    Ok(())
}

#[tokio::test]
async fn sign_ins_failures_and_sign_outs_are_in_the_append_only_audit_log_on_sqlite() -> Result<()>
{
    audit_log(Backend::Sqlite).await
}

#[tokio::test]
async fn sign_ins_failures_and_sign_outs_are_in_the_append_only_audit_log_on_postgres() -> Result<()>
{
    audit_log(Backend::Postgres).await
}

#[tokio::test]
async fn staff_reads_of_a_request_are_audited_once_per_window_and_staff_see_who_accessed_it()
-> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let filed = rahima.file_request("Who looked at this").await?;
    let id = filed["id"].as_str().context("id")?.to_string();
    let agent = server.login("agent").await?;
    let fund = server.login("fund").await?;
    // Read three times by the agent (a console refreshing), with and without the view flag,
    // and once by the fund manager; the requester's own reads are not staff views.
    for path in [
        format!("/api/requests/{id}?view=true"),
        format!("/api/requests/{id}"),
        format!("/api/requests/{id}"),
    ] {
        assert_eq!(agent.get(&path).await?.status, 200);
    }
    assert_eq!(fund.get(&format!("/api/requests/{id}")).await?.status, 200);
    assert_eq!(
        rahima.get(&format!("/api/requests/{id}")).await?.status,
        200
    );

    // Over /sync too: a member of staff syncing the request from another device is one more
    // view (however often it syncs); the requester syncing their own is none.
    let laptop = server.login("agent").await?;
    let hub = Peer::connect(&server.ws_url(&laptop.token)).await?;
    let doc = RequestId::parse(&id)?.document(DocKind::Request);
    hub.want(doc);
    hub.wait_synced(doc).await?;
    let phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    phone.want(doc);
    phone.wait_synced(doc).await?;

    // The view over /sync is recorded off the sync actor: wait for it.
    let deadline = Instant::now() + Duration::from_secs(10);
    let views = loop {
        let access = agent.get(&format!("/api/requests/{id}/access")).await?;
        assert_eq!(access.status, 200, "{:?}", access.body);
        let views: Vec<Value> = items(&access.body)
            .into_iter()
            .filter(|e| e["action"] == "request_viewed")
            .collect();
        if views.len() >= 3 || Instant::now() > deadline {
            break views;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        views.len(),
        3,
        "one per person and device in the window: {views:?}"
    );
    let devices: std::collections::HashSet<&str> = views
        .iter()
        .filter_map(|e| e["device_id"].as_str())
        .collect();
    assert_eq!(devices.len(), 3, "{views:?}");
    assert!(views.iter().any(|e| e["actor"] == "agent"));
    assert!(views.iter().any(|e| e["actor"] == "fund"));
    assert!(
        views
            .iter()
            .all(|e| e["request_id"] == id.as_str() && e["device_id"].is_string())
    );

    // The requester cannot read it; the admin's log filters by the request too.
    assert_eq!(
        rahima
            .get(&format!("/api/requests/{id}/access"))
            .await?
            .status,
        403
    );
    let admin = server.login("admin").await?;
    let logged = admin.get(&format!("/api/audit?request={id}")).await?;
    assert_eq!(items(&logged.body).len(), 3);

    // Syncing only the request's internal notes, from one more device, is a read of it too.
    let desk = server.login("fund").await?;
    let notes_reader = Peer::connect(&server.ws_url(&desk.token)).await?;
    let notes = RequestId::parse(&id)?.document(DocKind::Notes);
    notes_reader.want(notes);
    notes_reader.wait_synced(notes).await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let logged = admin.get(&format!("/api/audit?request={id}")).await?;
        if items(&logged.body).len() == 4 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no view recorded for the notes: {}",
            logged.body
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

#[tokio::test]
async fn each_sign_in_tells_the_phone_the_hubs_offline_lock_and_a_bad_one_is_refused_at_start()
-> Result<()> {
    let Some(default) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let (_, body) = sign_in_as_phone(&default, "rahima", "Field phone").await?;
    assert_eq!(body["offline_lock_days"], 30, "{body}");

    let Some(strict) =
        TestServer::start_with(Backend::Sqlite, &["--offline-lock-days", "7"]).await?
    else {
        return Ok(());
    };
    let (_, body) = sign_in_as_phone(&strict, "rahima", "Field phone").await?;
    assert_eq!(body["offline_lock_days"], 7, "{body}");

    for bad in ["0", "366", "a week"] {
        let refused = TestServer::start_with(Backend::Sqlite, &["--offline-lock-days", bad]).await;
        assert!(refused.is_err(), "--offline-lock-days {bad} was accepted");
    }
    Ok(())
}
