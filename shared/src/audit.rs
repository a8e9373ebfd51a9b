//! The audit log's vocabulary: what is recorded, under which fixed code, and who may read it.
//!
//! An audit event holds ids and these codes only, never names or text people wrote, so the log
//! can be kept (and shown to admins) without holding personal data itself.

use crate::access::{self, Action, Principal};

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// A device signed in (a new device record).
    SignIn,
    /// A sign-in was refused; the detail says why ([`SignInFailure`]).
    SignInFailed,
    /// A device signed itself out.
    SignOut,
    /// A device was revoked by its owner or an admin.
    DeviceRevoked,
    /// An admin added a user (the subject).
    UserCreated,
    /// An admin changed a user's role, country or city; the detail names the fields.
    UserChanged,
    /// An admin deactivated a user (and so revoked their devices), or reactivated one.
    UserDeactivated,
    UserReactivated,
    /// An admin issued a one-time password-reset code for a user.
    ResetCodeIssued,
    /// A user set a new password with a reset code.
    PasswordReset,
    /// Someone downloaded an export; the detail says which (`requests`, `audit`, `person`: all
    /// the hub holds about the subject).
    Exported,
    /// An admin erased a person (the subject) on request: their requests anonymised, their
    /// words removed from others', their account emptied.
    PersonErased,
    /// A request was anonymised: by the retention policy (no actor), or with its requester's
    /// erasure; the detail says which (`retention`, `erasure`).
    RequestAnonymised,
    /// A member of staff read a request (at most one event per person, device and request in
    /// [`VIEW_WINDOW_MS`]).
    RequestViewed,
}

/// Reads of one request by one person on one device within this long count as one view.
pub const VIEW_WINDOW_MS: i64 = 10 * 60 * 1000;

impl AuditAction {
    pub const ALL: [AuditAction; 14] = [
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SignOut,
        AuditAction::DeviceRevoked,
        AuditAction::UserCreated,
        AuditAction::UserChanged,
        AuditAction::UserDeactivated,
        AuditAction::UserReactivated,
        AuditAction::ResetCodeIssued,
        AuditAction::PasswordReset,
        AuditAction::Exported,
        AuditAction::PersonErased,
        AuditAction::RequestAnonymised,
        AuditAction::RequestViewed,
    ];

    /// The code stored and shown for this action.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SignOut => "sign_out",
            AuditAction::DeviceRevoked => "device_revoked",
            AuditAction::UserCreated => "user_created",
            AuditAction::UserChanged => "user_changed",
            AuditAction::UserDeactivated => "user_deactivated",
            AuditAction::UserReactivated => "user_reactivated",
            AuditAction::ResetCodeIssued => "reset_code_issued",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::Exported => "export",
            AuditAction::PersonErased => "person_erased",
            AuditAction::RequestAnonymised => "request_anonymised",
            AuditAction::RequestViewed => "request_viewed",
        }
    }

    /// The action with code `code`, if there is one.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == code)
    }
}

/// Why a sign-in failed, as recorded (the username tried is never recorded: people type
/// passwords into the wrong field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInFailure {
    WrongPassword,
    UnknownUser,
    Throttled,
    /// The right password for a deactivated account.
    Deactivated,
    /// A password reset with a code that does not match, or has expired.
    BadResetCode,
}

impl SignInFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            SignInFailure::WrongPassword => "wrong_password",
            SignInFailure::UnknownUser => "unknown_user",
            SignInFailure::Throttled => "throttled",
            SignInFailure::Deactivated => "deactivated",
            SignInFailure::BadResetCode => "bad_reset_code",
        }
    }
}

/// Whether `principal` may manage user accounts (admins).
pub fn may_manage_users(principal: &Principal) -> bool {
    access::may(principal.role, Action::ManageUsers)
}

/// Whether an admin may deactivate, erase, or take the admin role from, the account `target`:
/// never their own, so the hub cannot lose its last way in by one click.
pub fn may_demote(principal: &Principal, target: &str) -> bool {
    may_manage_users(principal) && principal.user.as_str() != target
}

/// Whether `principal` may read who accessed a request they can see (staff).
pub fn may_read_request_log(principal: &Principal) -> bool {
    principal.role.is_staff()
}

/// Whether `principal` may read the whole audit log (admins).
pub fn may_read_log(principal: &Principal) -> bool {
    access::may(principal.role, Action::ManageUsers)
}

/// Whether `principal` may see, and revoke, the devices of `owner`: their own, or anyone's for
/// an admin.
pub fn may_manage_devices_of(principal: &Principal, owner: &str) -> bool {
    principal.user.as_str() == owner || access::may(principal.role, Action::ManageUsers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use crate::model::Role;

    fn principal(role: Role, id: &str) -> Principal {
        Principal::new(UserId::parse(id).expect("an id"), role)
    }

    #[test]
    fn every_code_reads_back_as_its_action() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(AuditAction::parse("deleted_everything"), None);
    }

    #[test]
    fn people_manage_their_own_devices_and_only_admins_everyone_s() {
        let me = "11111111-1111-4111-8111-111111111111";
        let other = "22222222-2222-4222-8222-222222222222";
        for role in [Role::Practitioner, Role::Agent, Role::FundManager] {
            let p = principal(role, me);
            assert!(may_manage_devices_of(&p, me));
            assert!(!may_manage_devices_of(&p, other), "{role:?}");
            assert!(!may_read_log(&p), "{role:?}");
        }
        let admin = principal(Role::Admin, me);
        assert!(may_manage_devices_of(&admin, other));
        assert!(may_read_log(&admin));
    }
}
