//! The extractor every route on one request takes instead of its path id: it authenticates,
//! parses `{id}`, and passes the request through [`crate::guard::reach`] for the operation the
//! handler names in its type (`OnRequest<Review>`, say). A handler that takes an `OnRequest`
//! cannot run before the guard has decided; the end-to-end test generated from the OpenAPI
//! document checks that every documented operation on a request is guarded.

use std::marker::PhantomData;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use hubdesk_shared::access::RequestOp;

use super::AppState;
use super::auth::AuthUser;
use super::error::AppError;
use super::requests::parse_id;
use crate::guard::{self, Reached};

/// An operation a route performs on a request, named in the type the route extracts.
pub trait Operation {
    const OP: RequestOp;
}

macro_rules! operations {
    ($($(#[$doc:meta])* $name:ident => $op:ident;)*) => {$(
        $(#[$doc])*
        pub struct $name;
        impl Operation for $name {
            const OP: RequestOp = RequestOp::$op;
        }
    )*};
}

operations! {
    /// Reading the request, its history or its grant.
    Read => Read;
    /// Changing it with a command (reply, submit, any `shared` command).
    Change => Change;
    /// The fund review: reviews, scores, comments, decisions, tranches.
    Review => Review;
    /// Declaring a conflict of interest.
    DeclareConflict => DeclareConflict;
    /// Reading who accessed it.
    ReadAccessLog => ReadAccessLog;
    /// Accepting or declining a referral offered to the caller.
    AnswerReferral => AnswerReferral;
}

/// A signed-in user and a request the guard let them perform `O` on.
pub struct OnRequest<O> {
    pub user: AuthUser,
    pub request: Reached,
    _operation: PhantomData<O>,
}

impl<O: Operation + Send> FromRequestParts<AppState> for OnRequest<O> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = AuthUser::from_request_parts(parts, state).await?;
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| AppError::bad_request(Some("id"), e.body_text()))?;
        let id = parse_id(&id)?;
        let request = guard::reach(&state.store, &user.principal, id, O::OP).await?;
        Ok(Self {
            user,
            request,
            _operation: PhantomData,
        })
    }
}
