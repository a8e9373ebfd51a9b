//! A person's data export with their files: one ZIP holding `person.json` (what
//! `retention::export` gathers, plus the list of files) and every file they attached or that is
//! attached to a request they filed, under `files/`.
//!
//! The archive is written as it is sent: a blocking task writes the ZIP (stored, not
//! compressed: photos and documents are compressed already) into a bounded channel the
//! response body reads, and reads each file from storage a piece at a time, so memory stays
//! flat however many files a person has.

use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::audit::Caller;
use crate::error::AppError;
use crate::files::Files;
use crate::retention::{self, Hub};
use crate::state::AppState;
use crate::store::attachments::{self as sql, AttachmentRow};
use crate::store::retention as retention_store;

/// A ZIP's name and its bytes as they are written.
pub struct Archive {
    pub name: String,
    pub bytes: mpsc::Receiver<Result<Bytes, std::io::Error>>,
}

/// Everything the hub holds about user `id`, with their files, as a ZIP (admins; recorded
/// in the audit log like the JSON export).
pub async fn export_person(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
) -> Result<Archive, AppError> {
    let mut data = retention::export_person(state, by, id).await?;
    let hub = Hub::of(state);
    let files = files_of(&hub, id).await?;
    let listed: Vec<Value> = files
        .iter()
        .map(|f| {
            json!({
                "id": f.id, "request_id": f.request_id, "name": f.name, "type": f.media_type,
                "size": f.size, "sha256": f.sha256, "uploaded_by": f.uploaded_by,
                "path": path_of(f),
            })
        })
        .collect();
    data["files"] = Value::Array(listed);
    let json = serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    let (tx, rx) = mpsc::channel(8);
    let storage = state.files.clone();
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let failed = tx.clone();
        if let Err(e) = write_zip(&runtime, &storage, &json, &files, tx) {
            tracing::error!(error = %e, "writing a data export failed");
            let _ = failed.blocking_send(Err(std::io::Error::other("the export failed")));
        }
    });
    Ok(Archive {
        name: format!("hubdesk-person-{id}.zip"),
        bytes: rx,
    })
}

/// The attachments a person sent anywhere and those on the requests they filed, once each.
async fn files_of(hub: &Hub<'_>, id: &str) -> Result<Vec<AttachmentRow>, AppError> {
    let pool = hub.store.pool();
    let mut files = sql::sent_by(pool, id).await?;
    for request in retention_store::filed_by(pool, id).await? {
        for file in sql::of_request(pool, &request).await? {
            if !files.iter().any(|f| f.id == file.id) {
                files.push(file);
            }
        }
    }
    Ok(files)
}

/// Where a file sits in the archive: its id keeps names unique, its name keeps it readable.
fn path_of(file: &AttachmentRow) -> String {
    let name: String = file
        .name
        .chars()
        .map(|c| if matches!(c, '/' | '\\') { '_' } else { c })
        .collect();
    format!("files/{}-{name}", file.id)
}

/// What the ZIP writer writes into: the response's channel, waiting while it is full.
struct Channel(mpsc::Sender<Result<Bytes, std::io::Error>>);

impl std::io::Write for Channel {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .blocking_send(Ok(Bytes::copy_from_slice(buf)))
            .map_err(|_| std::io::Error::other("the client went away"))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn write_zip(
    runtime: &tokio::runtime::Handle,
    storage: &Files,
    json: &[u8],
    files: &[AttachmentRow],
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
) -> anyhow::Result<()> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(true);
    let mut zip = zip::ZipWriter::new_stream(Channel(tx));
    zip.start_file("person.json", options)?;
    zip.write_all(json)?;
    for file in files {
        zip.start_file(path_of(file), options)?;
        let mut bytes = runtime.block_on(storage.read_blob(&file.sha256, None))?;
        while let Some(piece) = runtime.block_on(bytes.next()) {
            zip.write_all(&piece?)?;
        }
    }
    zip.finish()?;
    Ok(())
}
