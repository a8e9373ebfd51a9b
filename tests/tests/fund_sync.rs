//! A fund application edited offline on two devices (one edits the budget lines, the other the
//! objectives) merges with nothing lost, and a submitted application is locked against its
//! requester's edits whatever client sends them.

use anyhow::{Context, Result};
use hubdesk_shared::access::Principal;
use hubdesk_shared::commands::{Command, Context as CommandContext};
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::Role;
use hubdesk_shared::schema;
use hubdesk_shared::validate::{ApplicationDraft, BudgetLineDraft, Rules};
use hubdesk_tests::peer::now_ms;
use hubdesk_tests::{Backend, Peer, TestServer};
use serde_json::json;

fn line(category: &str, what: &str, quantity: i64, unit: i64) -> BudgetLineDraft {
    BudgetLineDraft {
        category: category.into(),
        description: what.into(),
        quantity,
        unit_cost_cents: unit,
    }
}

fn base(round: &str) -> ApplicationDraft {
    ApplicationDraft {
        requested_cents: 500_000,
        lines: vec![line("activities_events", "Forum sessions", 10, 50_000)],
        lead_organisation: "Ward 12 Youth Forum".into(),
        local_government_partner: "Dhaka North City Corporation".into(),
        objectives: "Youth voice in ward planning".into(),
        timeline: "Six months".into(),
        round_id: Some(round.into()),
        ..Default::default()
    }
}

fn edit_application(
    user: &str,
    application: ApplicationDraft,
) -> Result<hubdesk_shared::engine::Edit> {
    let by = Principal::new(UserId::parse(user)?, Role::Practitioner);
    let ctx = CommandContext {
        now_ms: now_ms(),
        fresh_id: "unused".into(),
        rules: Rules::default(),
        rounds: Default::default(),
    };
    Ok(Command::EditApplication { application }.into_edit(by, ctx))
}

#[tokio::test]
async fn an_application_edited_apart_on_two_devices_keeps_both_edits() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let fund = server.login("fund").await?;
    let round = fund
        .post(
            "/api/fund/rounds",
            &json!({"name": "Round", "pool_cents": 5_000_000, "opens_at": now_ms() - 1000,
                "closes_at": now_ms() + 86_400_000}),
        )
        .await?;
    let round = round.body["id"].as_str().context("round")?.to_string();
    let draft = base(&round);
    let filed = rahima
        .post(
            "/api/requests",
            &json!({"kind": "fund_query", "title": "Ward youth forum", "description": "A forum.",
                "category": "support_fund", "country": "BD", "city": "Dhaka",
                "application": draft}),
        )
        .await?;
    let id = RequestId::parse(filed.body["id"].as_str().context("id")?)?;
    let doc = id.document(DocKind::Request);

    let mut phone = Peer::connect(&server.ws_url(&rahima.token)).await?;
    let mut laptop = Peer::connect(&server.ws_url(&rahima.token)).await?;
    for device in [&phone, &laptop] {
        device.want(doc);
        device
            .wait_for(doc, "the application", |d| schema::read_request(d).is_ok())
            .await?;
    }
    phone.disconnect().await;
    laptop.disconnect().await;

    let mut lines = base(&round);
    lines
        .lines
        .push(line("travel", "Peer visit to Kolkata", 2, 100_000));
    lines.requested_cents = 700_000;
    phone.edit_doc(doc, edit_application(&rahima.user_id, lines)?)?;
    let mut objectives = base(&round);
    objectives.objectives = "Youth voice in ward planning and the local action plan".into();
    laptop.edit_doc(doc, edit_application(&rahima.user_id, objectives)?)?;

    phone.reconnect().await?;
    laptop.reconnect().await?;
    for device in [&phone, &laptop] {
        device
            .wait_for(doc, "both edits", |d| {
                schema::read_request(d).is_ok_and(|r| {
                    r.application.is_some_and(|a| {
                        a.lines.len() == 2 && a.objectives.as_str().ends_with("local action plan")
                    })
                })
            })
            .await?;
        device.wait_synced(doc).await?;
    }
    let stored = rahima
        .wait_for_request(&id.to_string(), "both edits with the hub", |b| {
            b["request"]["application"]["lines"]
                .as_array()
                .map(Vec::len)
                == Some(2)
                && b["request"]["application"]["objectives"]
                    .as_str()
                    .is_some_and(|o| o.ends_with("local action plan"))
        })
        .await?;
    assert_eq!(stored["request"]["application"]["requested_cents"], 700_000);

    // Submitted: the requester's devices can no longer change it.
    let submitted = rahima
        .post(&format!("/api/requests/{id}/submit"), &json!({}))
        .await?;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let mut late = base(&round);
    late.objectives = "Changed after submitting".into();
    let refused = rahima
        .post(
            &format!("/api/requests/{id}/commands"),
            &json!({"type": "edit_application", "application": late}),
        )
        .await?;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.body["error"]["field"], "application");
    Ok(())
}
