//! Reading what is stored on the device for the page: requests with the hub's status and their
//! sync state, and the guidance library.
//!
//! Everything is read from IndexedDB, not from the engine's memory, so what the page shows is
//! what would still be there after a crash. A stored document that cannot be read is logged and
//! left out, so one bad record does not hide the others.

use std::collections::HashMap;

use automerge::Automerge;
use hubdesk_shared::ids::{DocKind, RequestId};
use hubdesk_shared::library::{self, Version};
use hubdesk_shared::model::{Guidance, Triage};
use hubdesk_shared::schema;

use crate::shell::{Shell, warn};
use crate::store::StoreError;
use crate::views::{self, GuidanceItem, GuidanceSummary, RequestDetail, RequestSummary, SyncState};

/// Every request on the device, newest first.
pub async fn requests(shell: &Shell) -> Result<Vec<RequestSummary>, StoreError> {
    let stored = shell.store().all().await?;
    let (acked, connected) = shell.sync_snapshot();
    let mut triage: HashMap<RequestId, Triage> = HashMap::new();
    let mut requests = Vec::new();
    for (id, chunks) in stored {
        match id.classify() {
            Some((DocKind::Request, _)) => requests.push((id, chunks)),
            Some((DocKind::Triage, request)) => {
                if let Some(t) = read(&chunks, schema::read_triage, "triage record") {
                    triage.insert(request, t);
                }
            }
            _ => {}
        }
    }
    let mut listed = Vec::new();
    for (id, chunks) in requests {
        let Ok(doc) = document(&chunks) else {
            warn(&format!(
                "skipped stored document {id}: its chunks are corrupt"
            ));
            continue;
        };
        let request = match schema::read_request(&doc) {
            Ok(request) => request,
            Err(e) => {
                warn(&format!("skipped stored document {id}: {e}"));
                continue;
            }
        };
        let sync = SyncState::of(
            &doc.get_heads(),
            acked.get(&id).map(Vec::as_slice),
            connected,
        );
        let hub = id.classify().and_then(|(_, r)| triage.get(&r));
        listed.push(RequestSummary::new(
            &request,
            hub,
            sync,
            schema::conflicts(&doc).len(),
        ));
    }
    listed.sort_by_key(|r| std::cmp::Reverse(r.created_at));
    Ok(listed)
}

/// One request with its conversation, or `None` if the device does not have it.
pub async fn request(shell: &Shell, id: RequestId) -> Result<Option<RequestDetail>, StoreError> {
    let doc_id = id.document(DocKind::Request);
    let Some(chunks) = shell.store().load(doc_id).await? else {
        return Ok(None);
    };
    let doc = document(&chunks)?;
    let request = schema::read_request(&doc).map_err(|e| e.to_string())?;
    let triage = shell
        .store()
        .load(id.document(DocKind::Triage))
        .await?
        .and_then(|chunks| read(&chunks, schema::read_triage, "triage record"));
    let (acked, connected) = shell.sync_snapshot();
    Ok(Some(views::detail(
        &doc,
        request,
        triage.as_ref(),
        acked.get(&doc_id).map(Vec::as_slice),
        connected,
    )))
}

/// Every guidance version on the device that the library offers (none retired), newest first.
async fn all_guidance(shell: &Shell) -> Result<Vec<Guidance>, StoreError> {
    let mut all: Vec<Guidance> = shell
        .store()
        .all()
        .await?
        .into_iter()
        .filter(|(id, _)| id.kind() == Some(DocKind::Guidance))
        .filter_map(|(_, chunks)| read(&chunks, schema::read_guidance, "guidance item"))
        // What staff retired from the library is no longer offered, nor listed as a version.
        .filter(|g| g.retired_at.is_none())
        .collect();
    all.sort_by_key(|g| std::cmp::Reverse(g.published_at));
    Ok(all)
}

/// The guidance library on the device, newest first: one entry per item, in the first of
/// `wanted` (the reader's languages) it has, naming the languages of its other versions.
pub async fn guidance_list(
    shell: &Shell,
    wanted: &[String],
) -> Result<Vec<GuidanceSummary>, StoreError> {
    let all = all_guidance(shell).await?;
    let versions: Vec<Version> = all.iter().map(version).collect();
    let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
    Ok(library::offer(&versions, &wanted)
        .into_iter()
        .map(|offer| {
            let mut summary = GuidanceSummary::from(&all[offer.shown]);
            summary.versions = offer.versions;
            summary
        })
        .collect())
}

/// One guidance version to read, with the item's other versions, or `None` if the device does
/// not have it.
pub async fn guidance(shell: &Shell, id: RequestId) -> Result<Option<GuidanceItem>, StoreError> {
    let all = all_guidance(shell).await?;
    let id = id.to_string();
    let Some(shown) = all.iter().position(|g| g.id == id) else {
        return Ok(None);
    };
    let versions: Vec<Version> = all.iter().map(version).collect();
    let language = all[shown].language.as_str();
    let offer = library::offer(&versions, &[language])
        .into_iter()
        .find(|o| o.item == all[shown].item());
    let mut summary = GuidanceSummary::from(&all[shown]);
    summary.versions = offer.map(|o| o.versions).unwrap_or_default();
    Ok(Some(GuidanceItem {
        summary,
        body: all[shown].body.as_str().to_string(),
    }))
}

fn version(g: &Guidance) -> Version<'_> {
    Version {
        id: &g.id,
        item: g.item(),
        language: g.language.as_str(),
    }
}

/// Whether the stored request `id` exists on the device.
pub async fn has_request(shell: &Shell, id: RequestId) -> Result<bool, StoreError> {
    Ok(shell
        .store()
        .load(id.document(DocKind::Request))
        .await?
        .is_some())
}

/// Requests whose changes the hub does not have yet, for the warning before signing out.
pub async fn unsent(shell: &Shell) -> Result<Vec<RequestSummary>, StoreError> {
    Ok(requests(shell)
        .await?
        .into_iter()
        .filter(|r| r.sync != SyncState::Hub)
        .collect())
}

fn document(chunks: &[Vec<u8>]) -> Result<Automerge, StoreError> {
    schema::from_chunks(chunks).map_err(|e| format!("the stored chunks are corrupt: {e}"))
}

fn read<T>(
    chunks: &[Vec<u8>],
    reader: fn(&Automerge) -> Result<T, schema::SchemaError>,
    what: &str,
) -> Option<T> {
    match document(chunks).and_then(|doc| reader(&doc).map_err(|e| e.to_string())) {
        Ok(value) => Some(value),
        Err(e) => {
            warn(&format!("skipped a stored {what}: {e}"));
            None
        }
    }
}
