//! `GET /api/openapi.json`: the OpenAPI 3.1 description of the whole HTTP API, generated from
//! the handlers' own annotations and types (utoipa). Every route is registered through
//! `utoipa_axum::routes!` in [`super::router`], which documents it in the same step, so a route
//! cannot exist without being described.

use std::sync::OnceLock;

use axum::Json;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{self};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "HubDesk",
        description = "The offline-first help desk's REST API. Records also sync over `/sync` \
                       with the automerge-repo websocket protocol; every change, by either way, \
                       meets the same rules."
    ),
    modifiers(&BearerToken),
    tags(
        (name = "auth", description = "Signing in and out"),
        (name = "users", description = "User accounts, for admins"),
        (name = "devices", description = "Signed-in devices, and revoking them"),
        (name = "audit", description = "The append-only audit log, for admins"),
        (name = "data protection", description = "A person's export and erasure, and the retention policy, for admins"),
        (name = "requests", description = "Help-desk requests and fund queries: lists, records, commands, history"),
        (name = "guidance", description = "Guidance the hub publishes"),
        (name = "console", description = "Staff tools: assignees, canned responses, the live feed"),
        (name = "reports", description = "Counts, service levels and the CSV export"),
        (name = "fund", description = "Fund rounds, submissions, decisions and the ledger"),
        (name = "notifications", description = "Web Push subscriptions, choices, and a person's list"),
        (name = "events", description = "Trainings, workshops, dialogues and exchange visits, and registering for them"),
        (name = "directory", description = "Member cities and the people who can help: read by everyone, kept by staff, each person choosing what others see"),
        (name = "sync", description = "The automerge-repo websocket"),
        (name = "health", description = "Liveness"),
    )
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, doc: &mut openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

static DOCUMENT: OnceLock<openapi::OpenApi> = OnceLock::new();

/// Keeps the assembled document for [`document`] to serve. The first router built wins; every
/// router describes the same API.
pub fn publish(doc: openapi::OpenApi) {
    let _ = DOCUMENT.set(doc);
}

/// This document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "health",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")))]
pub async fn document() -> Json<serde_json::Value> {
    Json(
        DOCUMENT
            .get()
            .and_then(|doc| serde_json::to_value(doc).ok())
            .unwrap_or(serde_json::Value::Null),
    )
}

#[cfg(test)]
mod tests {
    /// Routes registered with plain axum would serve without being described. Every module of
    /// the HTTP surface registers through `utoipa_axum::routes!` instead.
    #[test]
    fn no_route_is_registered_outside_the_openapi_router() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        let mut dirs = vec![root.join("http"), root.join("sync")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("source directory") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("openapi.rs")
                {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 5, "found the HTTP sources");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source file");
            for needle in [".route(", "routing::get", "routing::post", "routing::{"] {
                assert!(
                    !text
                        .lines()
                        .any(|l| l.contains(needle) && !l.trim_start().starts_with("//")),
                    "{} registers a route with plain axum ({needle}); use routes! so it is documented",
                    file.display()
                );
            }
        }
    }
}
