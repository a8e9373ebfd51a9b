//! Managing users (issue 11, parts 1 and 7): admins add, change, deactivate and reactivate
//! accounts and issue one-time reset codes over REST; nobody else may; every change is audited.

use std::time::Duration;

use anyhow::{Context, Result};
use hubdesk_tests::{Backend, Peer, TestServer, new_request};
use serde_json::{Value, json};

async fn sign_in(server: &TestServer, user: &str, password: &str) -> Result<u16> {
    Ok(server
        .http
        .post(format!("{}/api/auth/login", server.base_url))
        .json(&json!({"username": user, "password": password}))
        .send()
        .await?
        .status()
        .as_u16())
}

fn actions(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|e| e["action"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

async fn admins_manage_accounts(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let admin = server.login("admin").await?;

    // Only admins manage users: every other role is refused every operation.
    for role_user in ["agent", "fund", "rahima"] {
        let someone = server.login(role_user).await?;
        assert_eq!(someone.get("/api/users").await?.status, 403, "{role_user}");
        let made = someone
            .post(
                "/api/users",
                &json!({"username": "sneaky", "password": "long enough", "role": "admin"}),
            )
            .await?;
        assert_eq!(made.status, 403, "{role_user}");
        let path = format!("/api/users/{}/deactivate", admin.user_id);
        assert_eq!(
            someone.post(&path, &json!({})).await?.status,
            403,
            "{role_user}"
        );
        let path = format!("/api/users/{}/reset-code", admin.user_id);
        assert_eq!(
            someone.post(&path, &json!({})).await?.status,
            403,
            "{role_user}"
        );
    }
    assert_eq!(sign_in(&server, "sneaky", "long enough").await?, 401);

    // An admin adds a practitioner, who can then sign in.
    let made = admin
        .post(
            "/api/users",
            &json!({"username": "farzana", "password": "sylhet-2026", "role": "practitioner",
                    "country": "BD", "city": "Sylhet"}),
        )
        .await?;
    assert_eq!(made.status, 201, "{:?}", made.body);
    let farzana_id = made.body["id"].as_str().context("id")?.to_string();
    assert_eq!(made.body["city"], "Sylhet");
    assert!(made.body["deactivated_at"].is_null());
    assert_eq!(sign_in(&server, "farzana", "sylhet-2026").await?, 200);

    // Bad input names the field; a taken username is a conflict.
    for (body, field) in [
        (
            json!({"username": "a b", "password": "long enough", "role": "agent"}),
            "username",
        ),
        (
            json!({"username": "ok", "password": "short", "role": "agent"}),
            "password",
        ),
        (
            json!({"username": "ok", "password": "long enough", "role": "wizard"}),
            "role",
        ),
        (
            json!({"username": "ok", "password": "long enough", "role": "agent", "country": "XX"}),
            "country",
        ),
    ] {
        let refused = admin.post("/api/users", &body).await?;
        assert_eq!(refused.status, 400, "{body}");
        assert_eq!(refused.body["error"]["field"], field, "{:?}", refused.body);
    }
    let taken = admin
        .post(
            "/api/users",
            &json!({"username": "farzana", "password": "long enough", "role": "agent"}),
        )
        .await?;
    assert_eq!(taken.status, 409);

    // Changing an account; an admin cannot demote or deactivate themselves.
    let changed = admin
        .patch_json(
            &format!("/api/users/{farzana_id}"),
            &json!({"city": "Khulna", "role": "agent"}),
        )
        .await?;
    assert_eq!(changed.status, 200, "{:?}", changed.body);
    assert_eq!(changed.body["city"], "Khulna");
    assert_eq!(changed.body["role"], "agent");
    assert_eq!(changed.body["country"], "BD");
    let bad = admin
        .patch_json(
            &format!("/api/users/{farzana_id}"),
            &json!({"country": "Atlantis"}),
        )
        .await?;
    assert_eq!(bad.body["error"]["field"], "country");
    let own = admin
        .patch_json(
            &format!("/api/users/{}", admin.user_id),
            &json!({"role": "agent"}),
        )
        .await?;
    assert_eq!(own.status, 400);
    let own = admin
        .post(
            &format!("/api/users/{}/deactivate", admin.user_id),
            &json!({}),
        )
        .await?;
    assert_eq!(own.status, 400);
    assert_eq!(admin.get("/api/me").await?.body["role"], "admin");

    // Deactivating: an open websocket closes within a second, sign-in and the old token are
    // refused; reactivating lets them sign in again.
    let farzana = server.login_with("farzana", "sylhet-2026").await?;
    let phone = Peer::connect(&server.ws_url(&farzana.token)).await?;
    let doc = phone.create_request(&new_request(&farzana_id, "Before deactivation"))?;
    phone.wait_synced(doc).await?;
    let off = admin
        .post(&format!("/api/users/{farzana_id}/deactivate"), &json!({}))
        .await?;
    assert_eq!(off.status, 200, "{:?}", off.body);
    assert!(off.body["deactivated_at"].as_i64().is_some());
    tokio::time::timeout(Duration::from_secs(1), phone.wait_closed())
        .await
        .context("the deactivated user's websocket stayed open")??;
    assert_eq!(farzana.get("/api/me").await?.status, 401);
    assert_eq!(sign_in(&server, "farzana", "sylhet-2026").await?, 401);
    let on = admin
        .post(&format!("/api/users/{farzana_id}/reactivate"), &json!({}))
        .await?;
    assert!(on.body["deactivated_at"].is_null());
    assert_eq!(sign_in(&server, "farzana", "sylhet-2026").await?, 200);

    // A change of city (a practitioner's city team is their country and city) ends open
    // websockets too, so they come back under the new rules.
    let farzana = server.login_with("farzana", "sylhet-2026").await?;
    let phone = Peer::connect(&server.ws_url(&farzana.token)).await?;
    phone.want(doc);
    let moved = admin
        .patch_json(
            &format!("/api/users/{farzana_id}"),
            &json!({"city": "Sylhet"}),
        )
        .await?;
    assert_eq!(moved.status, 200, "{:?}", moved.body);
    tokio::time::timeout(Duration::from_secs(1), phone.wait_closed())
        .await
        .context("the moved user's websocket stayed open")??;

    // A one-time reset code: shown once, works once, however it is typed.
    let issued = admin
        .post(&format!("/api/users/{farzana_id}/reset-code"), &json!({}))
        .await?;
    assert_eq!(issued.status, 200);
    let code = issued.body["code"].as_str().context("code")?.to_string();
    let typed = format!("{}-{}", code[..6].to_lowercase(), &code[6..]);
    let reset = |code: String, password: &'static str| {
        let request = server
            .http
            .post(format!("{}/api/auth/reset-password", server.base_url))
            .json(&json!({"username": "farzana", "code": code, "new_password": password}));
        async move { anyhow::Ok(request.send().await?.status().as_u16()) }
    };
    assert_eq!(reset("WRONGCODE123".into(), "a new one here").await?, 401);
    assert_eq!(reset(typed.clone(), "short").await?, 400);
    assert_eq!(reset(typed.clone(), "a new one here").await?, 204);
    // Whoever held a device signed in with the old password is signed out.
    let revoked = farzana.get("/api/me").await?;
    assert_eq!(
        (revoked.status, revoked.body["error"]["code"].as_str()),
        (401, Some("device_revoked")),
        "{}",
        revoked.body
    );
    assert_eq!(reset(typed, "another new one").await?, 401, "used twice");
    assert_eq!(sign_in(&server, "farzana", "sylhet-2026").await?, 401);
    assert_eq!(sign_in(&server, "farzana", "a new one here").await?, 200);
    // The admins' list shows the account as it is now, and never a password hash.
    let list = admin.get("/api/users").await?;
    let listed = list.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|u| u["id"] == farzana_id.as_str()))
        .context("listed")?;
    assert_eq!(listed["username"], "farzana");
    assert!(!list.body.to_string().contains("argon2"));

    // Every step is in the audit log, about her.
    let log = admin.get(&format!("/api/audit?user={farzana_id}")).await?;
    let seen = actions(&log.body);
    for action in [
        "user_created",
        "user_changed",
        "user_deactivated",
        "user_reactivated",
        "reset_code_issued",
        "password_reset",
    ] {
        assert!(seen.iter().any(|a| a == action), "{action} in {seen:?}");
    }
    let failures = admin.get("/api/audit?action=sign_in_failed").await?;
    let details: Vec<&Value> = failures.body["items"]
        .as_array()
        .map(|items| items.iter().map(|e| &e["detail"]).collect())
        .unwrap_or_default();
    assert!(details.iter().any(|d| *d == "deactivated"), "{details:?}");
    assert!(
        details.iter().any(|d| *d == "bad_reset_code"),
        "{details:?}"
    );
    Ok(())
}

#[tokio::test]
async fn admins_add_change_deactivate_and_reset_users_and_no_one_else_may_on_sqlite() -> Result<()>
{
    admins_manage_accounts(Backend::Sqlite).await
}

#[tokio::test]
async fn admins_add_change_deactivate_and_reset_users_and_no_one_else_may_on_postgres() -> Result<()>
{
    admins_manage_accounts(Backend::Postgres).await
}
