//! Reading a request as one person may see it: its document, triage record and, for staff,
//! its internal notes, where it sits in the queues and who filed it. The guard decided already
//! that they may read it ([`Reached`]).

use hubdesk_shared::access::{self, Action, Principal, may};
use hubdesk_shared::ids::DocKind;
use hubdesk_shared::model::{Attachment, Notes, Request, Triage};
use hubdesk_shared::schema;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;
use crate::guard::Reached;
use crate::state::AppState;
use crate::store::queues::{self, ProjectionRow};
use crate::store::{docs, users};

/// A request with what its reader may see of it.
#[derive(Serialize, ToSchema)]
pub struct RequestReply {
    id: String,
    document_id: String,
    triage_document_id: String,
    /// Present for staff only: practitioners never see internal notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    notes_document_id: Option<String>,
    request: Request,
    /// The files attached to the request and its parts, once the hub holds their bytes (the
    /// same list as `request.attachments`).
    attachments: Vec<Attachment>,
    triage: Option<Triage>,
    /// Present for staff only: practitioners never see internal notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<Notes>,
    /// Deadlines and where the request sits in the queues (staff only).
    #[serde(skip_serializing_if = "Option::is_none")]
    listing: Option<ProjectionRow>,
    /// The requester's username, for the console (staff only).
    #[serde(skip_serializing_if = "Option::is_none")]
    requester_username: Option<String>,
    /// Who at the hub filed it for the requester, by username (staff only, when staff did).
    #[serde(skip_serializing_if = "Option::is_none")]
    filed_by_username: Option<String>,
}

/// Request `request` as `by` may see it.
pub async fn read(
    state: &AppState,
    by: &Principal,
    request: &Reached,
) -> Result<RequestReply, AppError> {
    let id = request.id();
    let request_doc = id.document(DocKind::Request);
    let doc = docs::load_document(&state.store, request_doc)
        .await?
        .ok_or(AppError::NotFound)?;
    let request = schema::read_request(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    // Someone referred to the request reads it and its conversation, not its triage.
    let owner = hubdesk_shared::ids::UserId::parse(request.requester.as_str()).ok();
    let referred = access::standing(by, owner.as_ref(), &access::Reach::of(&request))
        == access::Standing::Referred;
    let triage = match docs::load_document(&state.store, id.document(DocKind::Triage)).await? {
        Some(doc) if !referred => schema::read_triage(&doc).ok(),
        _ => None,
    };
    let staff = may(by.role, Action::Notes);
    let notes = if staff {
        match docs::load_document(&state.store, id.document(DocKind::Notes)).await? {
            Some(doc) => schema::read_notes(&doc).ok(),
            None => None,
        }
    } else {
        None
    };
    let (listing, requester_username, filed_by_username) = if staff {
        let filed_by = match &request.intake {
            Some(intake) => users::username_of(state.store.pool(), intake.by.as_str()).await?,
            None => None,
        };
        (
            queues::get(&state.store, &id.to_string()).await?,
            users::username_of(state.store.pool(), request.requester.as_str()).await?,
            filed_by,
        )
    } else {
        (None, None, None)
    };
    Ok(RequestReply {
        id: id.to_string(),
        document_id: request_doc.to_string(),
        triage_document_id: id.document(DocKind::Triage).to_string(),
        notes_document_id: staff.then(|| id.document(DocKind::Notes).to_string()),
        attachments: request.attachments.clone(),
        request,
        triage,
        notes,
        listing,
        requester_username,
        filed_by_username,
    })
}
