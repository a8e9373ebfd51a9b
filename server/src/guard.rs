//! The one authorization point for anything done to a request: reading it, its history, its
//! review, scores and comments, conflicts, decisions, tranches, its grant, its access log, its
//! attachments and the uploads that become them.
//!
//! [`reach`] reads the request's facts once (requester, country and city team, kind, and the
//! caller's declared conflict), asks `shared::access::may_on_request`, and only then hands out a
//! [`Reached`]: the services that act on a request take one, and only this module can make it,
//! so no service can be called on a request the guard has not let through. A request the
//! caller may not see is answered exactly like a missing one (`NotFound`), before anything else
//! about it is read.

use hubdesk_shared::access::{Access, DocFacts, Principal, RequestOp, Verdict, may_on_request};
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::Kind;

use crate::clock::now_ms;
use crate::error::AppError;
use crate::store::attachments::{self, AttachmentRow, UploadRow};
use crate::store::{Store, docs};

/// A request the guard let someone act on, and how.
#[derive(Debug, Clone)]
pub struct Reached {
    id: RequestId,
    access: Access,
    kind: Option<Kind>,
}

impl Reached {
    pub fn id(&self) -> RequestId {
        self.id
    }

    /// The caller's access to the request document (`ReadOnly` or `ReadWrite`).
    pub fn access(&self) -> Access {
        self.access
    }

    /// The request's kind, as its projection has it.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }
}

/// Lets `principal` do `op` to request `id`, or says why not: `NotFound` for a request they
/// may not see (or that does not exist), `Forbidden` for one they see but may not do this to.
pub async fn reach(
    store: &Store,
    principal: &Principal,
    id: RequestId,
    op: RequestOp,
) -> Result<Reached, AppError> {
    let Some(stored) = docs::guard_facts(store.pool(), id, principal.user.as_str()).await? else {
        return Err(AppError::NotFound);
    };
    let owner = stored.owner.as_deref().and_then(|o| UserId::parse(o).ok());
    let kind = stored.kind.as_deref().and_then(|k| k.parse::<Kind>().ok());
    let facts = DocFacts {
        kind: DocKind::Request,
        owner: owner.as_ref(),
        request_kind: kind,
        reach: stored.reach,
    };
    match may_on_request(principal, facts, op, stored.conflicted) {
        Verdict::Hidden => Err(AppError::NotFound),
        Verdict::Forbidden => Err(AppError::Forbidden),
        Verdict::Allowed(access) => Ok(Reached { id, access, kind }),
    }
}

/// Lets `principal` read attachment `id`: exactly those who may read its request. Someone
/// else's attachment is answered like a missing one; its id or its file's hash grant nothing.
pub async fn reach_attachment(
    store: &Store,
    principal: &Principal,
    id: &str,
) -> Result<(Reached, AttachmentRow), AppError> {
    let row = attachments::attachment(store.pool(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let request = RequestId::parse(&row.request_id).map_err(|_| AppError::NotFound)?;
    let reached = reach(store, principal, request, RequestOp::Read).await?;
    Ok((reached, row))
}

/// Lets `principal` go on with upload `id`: only its sender has it, only while they may still
/// attach files to its request, and not once it has expired.
pub async fn reach_upload(
    store: &Store,
    principal: &Principal,
    id: &str,
) -> Result<(Reached, UploadRow), AppError> {
    let upload = attachments::upload(store.pool(), id)
        .await?
        .filter(|u| u.owner == principal.user.as_str())
        .filter(|u| u.completed_at.is_some() || u.expires_at >= now_ms())
        .ok_or(AppError::NotFound)?;
    let request = RequestId::parse(&upload.request_id).map_err(|_| AppError::NotFound)?;
    let reached = reach(store, principal, request, RequestOp::Attach).await?;
    Ok((reached, upload))
}
