//! The data protection policy at work (its rules are `shared::retention`'s): closed requests
//! anonymised once the retention period has passed, and, on a person's request, all the hub
//! holds about them exported or erased. Each is recorded in the audit log.
//!
//! Documents are replaced with new histories (`store::retention`); this node's engine, and every
//! other node's through `notify::REPLACED`, then drops the old history from memory and the
//! devices following it reconnect.

use automerge::{ActorId, Automerge};
use hubdesk_shared::audit::AuditAction;
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId, UserId};
use hubdesk_shared::retention;
use hubdesk_shared::schema::{self, Summary};
use serde_json::{Value, json};

use crate::audit::{Actor, Caller};
use crate::clock::now_ms;
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::Store;
use crate::store::retention::{self as store, NewHistory, Projected};
use crate::store::{audit, docs, history, users};
use crate::sync::SyncHandle;

/// Why a request is anonymised, as the audit log records it.
#[derive(Debug, Clone, Copy)]
pub enum Why {
    /// The retention period after closing passed.
    Retention,
    /// Its requester was erased on request.
    Erasure,
}

impl Why {
    fn as_str(self) -> &'static str {
        match self {
            Why::Retention => "retention",
            Why::Erasure => "erasure",
        }
    }
}

/// What the policy works with: storage, and the running node's engine when there is one (the
/// command line has none; nodes hear of replacements through the database on PostgreSQL).
pub struct Hub<'a> {
    pub store: &'a Store,
    /// The node id stored chunks carry.
    pub node_id: &'a str,
    pub sync: Option<&'a SyncHandle>,
    /// The retention period in days (0: closed requests are kept for ever).
    pub retention_days: u32,
    /// Where attachments' bytes are, deleted with what they belong to.
    pub files: crate::files::Files,
}

impl<'a> Hub<'a> {
    /// The running server's.
    pub fn of(state: &'a AppState) -> Self {
        Self {
            store: &state.store,
            node_id: state.sync.node_id(),
            sync: Some(&state.sync),
            retention_days: state.limits.retention_days,
            files: state.files.clone(),
        }
    }
}

fn broken(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("a stored document does not read: {e}"))
}

/// A new history holding `value` as one change by a fresh actor.
fn fresh<T: autosurgeon::Reconcile>(value: &T, now: i64) -> Result<Automerge, AppError> {
    let mut doc = Automerge::new().with_actor(ActorId::random());
    schema::write(&mut doc, value, now).map_err(broken)?;
    Ok(doc)
}

fn new_history(
    doc: DocumentId,
    read_up_to: Option<i64>,
    am: &Automerge,
    owner: Option<String>,
) -> NewHistory {
    NewHistory {
        doc,
        read_up_to,
        data: am.save(),
        heads: am
            .get_heads()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(","),
        owner,
    }
}

/// Replaces a request's documents in storage and has every node drop the old ones.
async fn replace(
    hub: &Hub<'_>,
    id: RequestId,
    docs: Vec<NewHistory>,
    projected: Projected,
) -> Result<(), AppError> {
    let replaced: Vec<DocumentId> = docs.iter().map(|d| d.doc).collect();
    store::replace(
        hub.store,
        hub.node_id,
        &id.to_string(),
        &docs,
        &projected,
        now_ms(),
    )
    .await?;
    if let Some(sync) = hub.sync {
        sync.replaced(id, &replaced).await;
    }
    Ok(())
}

/// How many times a replacement is tried again when someone wrote to the request meanwhile.
const ATTEMPTS: usize = 5;

/// Runs `replace_once` again while the documents it read changed before it could replace them.
async fn with_retries<F, Fut, T>(mut replace_once: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    let mut attempt = 1;
    loop {
        match replace_once().await {
            // Only a replacement's own check answers a conflict here (see `StoreError::Changed`).
            Err(AppError::Conflict(_)) if attempt < ATTEMPTS => attempt += 1,
            other => return other,
        }
    }
}

/// A stored document with the newest chunk it was read up to.
async fn read(
    hub: &Hub<'_>,
    doc: DocumentId,
) -> Result<Option<(Automerge, Option<i64>)>, AppError> {
    let up_to = store::newest_chunk(hub.store.pool(), doc).await?;
    Ok(docs::load_document(hub.store, doc)
        .await?
        .map(|am| (am, up_to)))
}

/// Anonymises request `request_id` (see `shared::retention`); `false` if it is not stored.
pub async fn anonymise(
    hub: &Hub<'_>,
    request_id: &str,
    why: Why,
    by: Actor<'_>,
) -> Result<bool, AppError> {
    let id = RequestId::parse(request_id).map_err(broken)?;
    let done = with_retries(|| anonymise_once(hub, id)).await?;
    if done {
        audit::record(
            hub.store.pool(),
            AuditAction::RequestAnonymised,
            audit::NewEvent {
                actor_id: by.user,
                device_id: by.device,
                request_id: Some(request_id),
                detail: Some(why.as_str()),
                ..Default::default()
            },
            now_ms(),
        )
        .await?;
    }
    Ok(done)
}

async fn anonymise_once(hub: &Hub<'_>, id: RequestId) -> Result<bool, AppError> {
    let request_doc = id.document(DocKind::Request);
    let Some((stored, up_to)) = read(hub, request_doc).await? else {
        return Ok(false);
    };
    let now = now_ms();
    let request = schema::read_request(&stored).map_err(broken)?;
    let anonymous = retention::anonymise_request(&request);
    let new_request = schema::new_request_doc(&anonymous, ActorId::random()).map_err(broken)?;
    let mut histories = vec![new_history(request_doc, up_to, &new_request, None)];
    let triage_doc = id.document(DocKind::Triage);
    if let Some((doc, up_to)) = read(hub, triage_doc).await? {
        let triage = schema::read_triage(&doc).map_err(broken)?;
        let fresh = fresh(&retention::anonymise_triage(&triage), now)?;
        histories.push(new_history(triage_doc, up_to, &fresh, None));
    }
    let notes_doc = id.document(DocKind::Notes);
    if let Some((doc, up_to)) = read(hub, notes_doc).await? {
        let notes = schema::read_notes(&doc).map_err(broken)?;
        let fresh = fresh(&retention::anonymise_notes(&notes), now)?;
        histories.push(new_history(notes_doc, up_to, &fresh, None));
    }
    let title = anonymous.title.as_str().to_string();
    replace(hub, id, histories, Projected::Anonymised { title }).await?;
    // The new history lists no attachment; their bytes go too.
    let attached = crate::store::attachments::of_request(hub.store.pool(), &id.to_string()).await?;
    let ids: Vec<String> = attached.into_iter().map(|a| a.id).collect();
    crate::attachments::delete(hub.store, &hub.files, &ids).await?;
    Ok(true)
}

/// Anonymises every closed request whose retention period has passed; returns how many.
pub async fn sweep(hub: &Hub<'_>) -> Result<usize, AppError> {
    let Some(cutoff) = retention::cutoff(now_ms(), hub.retention_days) else {
        return Ok(0);
    };
    let mut done = 0;
    // A request whose documents are missing stays due; it is tried once per sweep.
    let mut tried = std::collections::HashSet::new();
    loop {
        let due = store::due(hub.store.pool(), cutoff, 50).await?;
        let fresh: Vec<String> = due
            .into_iter()
            .filter(|id| tried.insert(id.clone()))
            .collect();
        if fresh.is_empty() {
            return Ok(done);
        }
        for id in fresh {
            if anonymise(hub, &id, Why::Retention, Actor::HUB).await? {
                done += 1;
            }
        }
    }
}

/// Runs [`sweep`] (and drops expired uploads) now and then every hour, for as long as the
/// server runs.
pub fn spawn_sweeper(state: AppState) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
        loop {
            every.tick().await;
            match sweep(&Hub::of(&state)).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "anonymised closed requests past retention"),
                Err(e) => tracing::error!(error = %e, "the retention sweep failed"),
            }
            match crate::attachments::sweep_expired(&state).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "dropped expired uploads"),
                Err(e) => tracing::error!(error = %e, "dropping expired uploads failed"),
            }
        }
    });
}

/// What erasing a person changed.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, utoipa::ToSchema)]
pub struct Erased {
    /// Requests they filed, now anonymised.
    pub anonymised: usize,
    /// Other requests their words were removed from.
    pub rewritten: usize,
}

/// Erases user `id` on request: every request they filed anonymised, their words and files
/// removed from every other request, their account emptied and deactivated, their devices revoked;
/// returns what changed and the revoked devices (whose connections the caller closes).
pub async fn erase(
    hub: &Hub<'_>,
    id: &str,
    by: Actor<'_>,
) -> Result<(Erased, Vec<String>), AppError> {
    let person = users::user_by_id(hub.store.pool(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = UserId::parse(&person.id).map_err(broken)?;
    let mut erased = Erased::default();
    let filed = store::filed_by(hub.store.pool(), &person.id).await?;
    for request in &filed {
        if anonymise(hub, request, Why::Erasure, by).await? {
            erased.anonymised += 1;
        }
    }
    for request in store::written_in(hub.store.pool(), &person.id).await? {
        if filed.contains(&request) {
            continue;
        }
        let rid = RequestId::parse(&request).map_err(broken)?;
        if !with_retries(|| remove_words(hub, rid, &user)).await? {
            continue;
        }
        erased.rewritten += 1;
    }
    // The files they sent anywhere, and their uploads in progress, go with their words.
    let sent = crate::store::attachments::sent_by(hub.store.pool(), &person.id).await?;
    let ids: Vec<String> = sent.into_iter().map(|a| a.id).collect();
    crate::attachments::delete(hub.store, &hub.files, &ids).await?;
    crate::attachments::drop_uploads_of(hub.store, &hub.files, &person.id).await?;
    store::forget_actor(hub.store.pool(), &person.id).await?;
    store::erase_fund_text_by(hub.store, &person.id).await?;
    crate::store::notifications::forget_person(hub.store, &person.id).await?;
    crate::store::directory::forget_person(hub.store, &person.id).await?;
    let devices = crate::users::set_active(hub.store, &person.id, false).await?;
    let nameless = format!("erased-{}", person.id.chars().take(12).collect::<String>());
    store::empty_account(hub.store.pool(), &person.id, &nameless, now_ms()).await?;
    audit::record(
        hub.store.pool(),
        AuditAction::PersonErased,
        audit::NewEvent {
            actor_id: by.user,
            device_id: by.device,
            subject: Some(&person.id),
            ..Default::default()
        },
        now_ms(),
    )
    .await?;
    Ok((erased, devices))
}

/// Replaces request `id` with a new history without what `user` wrote in its conversation;
/// `false` if they wrote nothing in it (or it is not stored).
async fn remove_words(hub: &Hub<'_>, id: RequestId, user: &UserId) -> Result<bool, AppError> {
    let doc = id.document(DocKind::Request);
    let Some((stored, up_to)) = read(hub, doc).await? else {
        return Ok(false);
    };
    let current = schema::read_request(&stored).map_err(broken)?;
    let Some(cleaned) = retention::without_author(&current, user) else {
        return Ok(false);
    };
    let fresh = schema::new_request_doc(&cleaned, ActorId::random()).map_err(broken)?;
    let search_text = match schema::summarize(DocKind::Request, &fresh).map_err(broken)? {
        Summary::Request(summary) => summary.search_text,
        _ => String::new(),
    };
    let owner = Some(cleaned.requester.as_str().to_string());
    replace(
        hub,
        id,
        vec![new_history(doc, up_to, &fresh, owner)],
        Projected::Rewritten { search_text },
    )
    .await?;
    Ok(true)
}

/// Everything the hub holds about user `id`, as one JSON document: the account, its devices,
/// the requests they filed (with triage and history, never internal notes), what they wrote in
/// other requests, and the audit log's events by or about them.
pub async fn export(hub: &Hub<'_>, id: &str) -> Result<Value, AppError> {
    let pool = hub.store.pool();
    let person = users::user_by_id(pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let devices: Vec<Value> = users::devices(pool, Some(&person.id))
        .await?
        .into_iter()
        .map(|d| {
            json!({
                "id": d.id, "name": d.name, "platform": d.platform, "created_at": d.created_at,
                "last_seen_at": d.last_seen_at, "last_sync_at": d.last_sync_at,
                "revoked_at": d.revoked_at,
            })
        })
        .collect();
    let filed = store::filed_by(pool, &person.id).await?;
    let mut requests = Vec::new();
    for request in &filed {
        let rid = RequestId::parse(request).map_err(broken)?;
        let Some(doc) = docs::load_document(hub.store, rid.document(DocKind::Request)).await?
        else {
            continue;
        };
        let triage = match docs::load_document(hub.store, rid.document(DocKind::Triage)).await? {
            Some(doc) => Some(schema::read_triage(&doc).map_err(broken)?),
            None => None,
        };
        requests.push(json!({
            "request": schema::read_request(&doc).map_err(broken)?,
            "triage": triage,
            "history": history::list(pool, request, false).await?,
        }));
    }
    let mut elsewhere = Vec::new();
    for request in store::written_in(pool, &person.id).await? {
        if filed.contains(&request) {
            continue;
        }
        let rid = RequestId::parse(&request).map_err(broken)?;
        let Some(doc) = docs::load_document(hub.store, rid.document(DocKind::Request)).await?
        else {
            continue;
        };
        let current = schema::read_request(&doc).map_err(broken)?;
        let theirs: Vec<_> = current
            .messages
            .iter()
            .filter(|m| m.author.as_str() == person.id)
            .collect();
        elsewhere.push(json!({ "request_id": request, "messages": theirs }));
    }
    let filter = audit::Filter {
        user: Some(person.id.clone()),
        limit: 10_000,
        ..Default::default()
    };
    let log: Vec<Value> = audit::list(pool, &filter)
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "at": e.at, "action": e.action, "actor_id": e.actor_id, "device_id": e.device_id,
                "subject": e.subject, "request_id": e.request_id, "detail": e.detail,
            })
        })
        .collect();
    Ok(json!({
        "exported_at": now_ms(),
        "account": {
            "id": person.id, "username": person.username, "role": person.role,
            "country": person.country, "city": person.city,
            "countries": hubdesk_shared::users::country_codes(&person.countries),
            "deactivated_at": person.deactivated_at,
        },
        "devices": devices,
        "requests": requests,
        "messages_in_other_requests": elsewhere,
        "audit": log,
    }))
}

/// Only admins export, erase and run the policy by hand.
fn require_admin(by: Caller<'_>) -> Result<(), AppError> {
    if hubdesk_shared::audit::may_manage_users(by.principal) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Everything the hub holds about person `id`, for an admin, audited as an export.
pub async fn export_person(state: &AppState, by: Caller<'_>, id: &str) -> Result<Value, AppError> {
    require_admin(by)?;
    let data = export(&Hub::of(state), id).await?;
    crate::audit::exported(&state.store, by.actor(), Some(id), "person").await?;
    Ok(data)
}

/// Erases person `id` on an admin's request (never themselves), once `confirm` repeats their
/// username; their devices' connections close at once.
pub async fn erase_person(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
    confirm: &str,
) -> Result<Erased, AppError> {
    require_admin(by)?;
    if !hubdesk_shared::audit::may_demote(by.principal, id) {
        return Err(AppError::bad_request(None, Message::id("erase-self")));
    }
    let person = users::user_by_id(state.store.pool(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if confirm.trim() != person.username {
        return Err(AppError::bad_request(
            Some("confirm"),
            Message::id("erase-confirm"),
        ));
    }
    let (erased, devices) = erase(&Hub::of(state), id, by.actor()).await?;
    crate::devices::close_connections(state, &devices).await;
    Ok(erased)
}

/// Anonymises now, for an admin, every closed request whose retention period has passed.
pub async fn run_now(state: &AppState, by: Caller<'_>) -> Result<usize, AppError> {
    require_admin(by)?;
    sweep(&Hub::of(state)).await
}

/// Runs a `data` subcommand against the database (see `config::DataCommand`).
pub async fn run_cli(command: crate::config::DataCommand) -> anyhow::Result<()> {
    use crate::config::DataCommand;
    let (storage, retention_days) = match &command {
        DataCommand::Export(args) => (&args.storage, 0),
        DataCommand::Erase(args) => (&args.storage, 0),
        DataCommand::Retention(args) => (&args.storage, args.retention_days),
    };
    let store = crate::open_store(&storage.data_dir, storage.database_url.as_deref()).await?;
    let files = crate::files::Files::open(storage.files_url.as_deref(), &storage.data_dir)?;
    let hub = Hub {
        store: &store,
        node_id: "command-line",
        sync: None,
        retention_days,
        files,
    };
    let result = cli_command(&hub, &command).await;
    store.close().await;
    result
}

async fn cli_command(hub: &Hub<'_>, command: &crate::config::DataCommand) -> anyhow::Result<()> {
    use crate::config::DataCommand;
    let person = |name: &str| {
        let name = name.trim().to_string();
        async move {
            users::user_by_username(hub.store.pool(), &name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user named {name:?}"))
        }
    };
    match command {
        DataCommand::Export(args) => {
            let user = person(&args.username).await?;
            let data = export(hub, &user.id).await?;
            audit::record(
                hub.store.pool(),
                AuditAction::Exported,
                audit::NewEvent {
                    subject: Some(&user.id),
                    detail: Some("person"),
                    device_id: Actor::COMMAND_LINE.device,
                    ..Default::default()
                },
                now_ms(),
            )
            .await?;
            println!("{}", serde_json::to_string_pretty(&data)?);
        }
        DataCommand::Erase(args) => {
            let user = person(&args.username).await?;
            anyhow::ensure!(
                args.confirm.trim() == user.username,
                "--confirm must be the username again; nothing was erased"
            );
            let (erased, _) = erase(hub, &user.id, Actor::COMMAND_LINE).await?;
            println!(
                "erased {}: {} requests anonymised, words removed from {} others",
                user.username, erased.anonymised, erased.rewritten
            );
        }
        DataCommand::Retention(_) => {
            let count = sweep(hub).await?;
            println!("anonymised {count} closed requests");
        }
    }
    Ok(())
}
