//! The one authorization point for anything done to a request: reading it, its history, its
//! review, scores and comments, conflicts, decisions, tranches, its grant and its access log.
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

use crate::error::AppError;
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
