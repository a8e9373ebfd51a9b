//! Two members of staff change one request's triage at once, each on a device that is offline
//! for a moment: both changes survive the merge, and the history says who made each.

use anyhow::{Context, Result};
use hubdesk_shared::access::Principal;
use hubdesk_shared::commands::{Command, Context as CommandContext};
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::Role;
use hubdesk_shared::schema;
use hubdesk_shared::validate::Rules;
use hubdesk_tests::peer::now_ms;
use hubdesk_tests::{Backend, Peer, TestServer};

fn as_staff(user: &str, role: Role, command: Command) -> Result<hubdesk_shared::engine::Edit> {
    let by = Principal::new(UserId::parse(user)?, role);
    let ctx = CommandContext {
        now_ms: now_ms(),
        fresh_id: format!("edit-{user}"),
        rules: Rules::default(),
        rounds: Default::default(),
    };
    Ok(command.into_edit(by, ctx))
}

#[tokio::test]
async fn two_agents_triaging_at_once_converge_and_the_history_says_who_did_what() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let agent = server.login("agent").await?;
    let admin = server.login("admin").await?;
    let filed = rahima.file_request("Two people at once").await?;
    let id = RequestId::parse(filed["id"].as_str().context("id")?)?;
    let triage = id.document(DocKind::Triage);

    let mut first = Peer::connect(&server.ws_url(&agent.token)).await?;
    let mut second = Peer::connect(&server.ws_url(&admin.token)).await?;
    for peer in [&first, &second] {
        peer.want(triage);
        peer.wait_for(triage, "the triage record", |d| {
            schema::read_triage(d).is_ok()
        })
        .await?;
    }
    first.disconnect().await;
    second.disconnect().await;
    first.edit_doc(
        triage,
        as_staff(
            &agent.user_id,
            Role::Agent,
            Command::SetPriority {
                priority: "urgent".into(),
            },
        )?,
    )?;
    second.edit_doc(
        triage,
        as_staff(
            &admin.user_id,
            Role::Admin,
            Command::Assign {
                assignee: Some(agent.user_id.clone()),
            },
        )?,
    )?;
    first.reconnect().await?;
    second.reconnect().await?;
    for peer in [&first, &second] {
        peer.wait_for(triage, "both changes", |d| {
            schema::read_triage(d).is_ok_and(|t| {
                t.priority.as_str() == "urgent"
                    && t.assignee.as_ref().map(|a| a.as_str()) == Some(agent.user_id.as_str())
            })
        })
        .await?;
        peer.wait_synced(triage).await?;
    }

    let detail = agent
        .wait_for_request(&id.to_string(), "both changes in REST", |b| {
            b["triage"]["priority"] == "urgent" && b["triage"]["assignee"] == agent.user_id.as_str()
        })
        .await?;
    assert_eq!(detail["listing"]["priority"], "urgent");
    let history = agent.get(&format!("/api/requests/{id}/history")).await?;
    let events = history.body["events"].as_array().context("events")?;
    let by = |kind: &str| {
        events
            .iter()
            .find(|e| e["type"] == kind)
            .and_then(|e| e["actor"].as_str())
            .map(str::to_string)
    };
    assert_eq!(by("priority"), Some(agent.user_id.clone()));
    assert_eq!(by("assignee"), Some(admin.user_id.clone()));
    Ok(())
}
