//! Recording what people do in the audit log, for the services: who acted (an [`Actor`]), what
//! and about whom. The rules about the log (its codes, who reads it) are `shared::audit`; its
//! SQL is `store::audit`.

use hubdesk_shared::access::Principal;
use hubdesk_shared::audit::AuditAction;

use crate::clock::now_ms;
use crate::error::AppError;
use crate::store::{Store, audit};

/// Who acts: a person on one of their devices, the hub itself (the retention policy), or the
/// command line.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub user: Option<&'a str>,
    pub device: Option<&'a str>,
}

impl Actor<'_> {
    pub const HUB: Actor<'static> = Actor {
        user: None,
        device: None,
    };

    /// What the command line records as the actor's device.
    pub const COMMAND_LINE: Actor<'static> = Actor {
        user: None,
        device: Some("command_line"),
    };
}

/// A signed-in person calling a service from one of their devices.
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    pub principal: &'a Principal,
    /// The device record their token is bound to.
    pub device: &'a str,
}

impl<'a> Caller<'a> {
    /// The caller as the audit log records them.
    pub fn actor(&self) -> Actor<'a> {
        Actor {
            user: Some(self.principal.user.as_str()),
            device: Some(self.device),
        }
    }
}

/// Records that `by` did `action` about `subject`.
pub async fn record(
    store: &Store,
    by: Actor<'_>,
    action: AuditAction,
    subject: Option<&str>,
    detail: Option<&str>,
) -> Result<(), AppError> {
    audit::record(
        store.pool(),
        action,
        audit::NewEvent {
            actor_id: by.user,
            device_id: by.device,
            subject,
            detail,
            ..Default::default()
        },
        now_ms(),
    )
    .await?;
    Ok(())
}

/// Records that `by` downloaded an export (`what`: `audit`, `requests`, `ledger`, `person`).
pub async fn exported(
    store: &Store,
    by: Actor<'_>,
    subject: Option<&str>,
    what: &str,
) -> Result<(), AppError> {
    record(store, by, AuditAction::Exported, subject, Some(what)).await
}

/// Records that `by` read `part` of request `request` (`None`: the request itself), at most
/// once per person, device, request and part in `shared::audit::VIEW_WINDOW_MS`.
pub async fn viewed(
    store: &Store,
    by: Caller<'_>,
    request: &str,
    part: Option<&str>,
) -> Result<(), AppError> {
    let view = audit::View {
        actor: by.principal.user.as_str(),
        device: by.device,
        request,
        part,
    };
    audit::record_view(store, view, now_ms(), hubdesk_shared::audit::VIEW_WINDOW_MS).await?;
    Ok(())
}
