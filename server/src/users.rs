//! User accounts: adding, changing, deactivating, and one-time reset codes. The CLI, REST and
//! the demo seed call these; every field is checked by the rules in `hubdesk_shared::users`.

use hubdesk_shared::audit::AuditAction;
use hubdesk_shared::audit::{may_demote, may_manage_users};
use hubdesk_shared::users::{self as rules, UserFieldError};

use crate::audit::{self, Caller};
use crate::clock::now_ms;
use crate::config::{StorageArgs, UserAddArgs, UserCommand};
use crate::credentials::{hash_password, token_hash};
use crate::error::{AppError, Message};
use crate::state::AppState;
use crate::store::Store;
use crate::store::users::{self, UserRow};

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// A field refused by the rules in `hubdesk_shared::users`.
    /// (Not the error's source: its own words would be the catalogue message's id.)
    #[error("{}: {}", .0.field, Message::from(.0))]
    Field(UserFieldError),
    #[error("a user named {0:?} already exists")]
    Exists(String),
    #[error("no such user")]
    NotFound,
    #[error("{0}")]
    Other(String),
}

impl From<UserFieldError> for UserError {
    fn from(e: UserFieldError) -> Self {
        Self::Field(e)
    }
}

impl From<crate::store::StoreError> for UserError {
    fn from(e: crate::store::StoreError) -> Self {
        Self::Other(e.to_string())
    }
}

impl From<UserError> for AppError {
    fn from(e: UserError) -> Self {
        match e {
            UserError::Field(f) => AppError::bad_request(Some(f.field), &f),
            UserError::Exists(_) => AppError::Refused {
                code: "conflict",
                message: Message::id("account-username-taken"),
            },
            UserError::NotFound => AppError::NotFound,
            UserError::Other(detail) => AppError::Internal(detail),
        }
    }
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub password: &'a str,
    pub role: &'a str,
    pub country: Option<&'a str>,
    pub city: Option<&'a str>,
    /// The countries an agent or fund manager is limited to, codes separated by commas.
    pub countries: Option<&'a str>,
}

/// Adds a user after checking every field against the rules in `shared`.
pub async fn add(store: &Store, new: NewUser<'_>) -> Result<UserRow, UserError> {
    let username = rules::username(new.username)?;
    rules::password(new.password)?;
    let role = rules::role(new.role)?;
    let country = rules::country(new.country)?;
    let city = rules::city(new.city)?;
    let countries = rules::countries(new.countries, role)?;
    if users::user_by_username(store.pool(), &username)
        .await?
        .is_some()
    {
        return Err(UserError::Exists(username));
    }
    let password_hash = hash(new.password).await?;
    let row = UserRow {
        id: uuid::Uuid::new_v4().simple().to_string(),
        username,
        password_hash,
        role: role.as_str().to_string(),
        country: country.map(|c| c.as_str().to_string()),
        city,
        countries: rules::countries_text(&countries),
        deactivated_at: None,
        language: None,
    };
    users::insert_user(store.pool(), &row, now_ms()).await?;
    Ok(row)
}

/// Argon2 of a password (bounded with all other hashing, see `credentials`).
async fn hash(password: &str) -> Result<String, UserError> {
    hash_password(password.to_string())
        .await
        .map_err(UserError::Other)
}

/// What an admin changes of a user; fields left `None` keep their value, and an empty text
/// clears the country, city or countries.
#[derive(Debug, Default)]
pub struct Change<'a> {
    pub role: Option<&'a str>,
    pub country: Option<&'a str>,
    pub city: Option<&'a str>,
    pub countries: Option<&'a str>,
    /// An empty text clears it (the apps then follow the device's languages).
    pub language: Option<&'a str>,
}

/// A user as an edit left them.
pub struct Edited {
    pub user: UserRow,
    /// Whether their role, countries, country or city changed, which changes what they may see
    /// or do (a practitioner's city team is their country and city): their open sync
    /// connections should end, to come back under the new rules.
    pub access_changed: bool,
}

/// Changes a user's role, country, city, countries or language. The countries are checked against the
/// role the user ends up with.
pub async fn edit(store: &Store, id: &str, change: Change<'_>) -> Result<Edited, UserError> {
    let mut user = users::user_by_id(store.pool(), id)
        .await?
        .ok_or(UserError::NotFound)?;
    let before = (
        user.role.clone(),
        user.countries.clone(),
        user.country.clone(),
        user.city.clone(),
    );
    if let Some(role) = change.role {
        user.role = rules::role(role)?.as_str().to_string();
    }
    if let Some(country) = change.country {
        user.country = rules::country(Some(country))?.map(|c| c.as_str().to_string());
    }
    if let Some(city) = change.city {
        user.city = rules::city(Some(city))?;
    }
    if let Some(language) = change.language {
        user.language = rules::language(Some(language), crate::i18n::languages())?;
    }
    let role = rules::role(&user.role)?;
    let countries = rules::countries(Some(change.countries.unwrap_or(&user.countries)), role)?;
    user.countries = rules::countries_text(&countries);
    users::update_profile(store.pool(), &user).await?;
    let access_changed = before
        != (
            user.role.clone(),
            user.countries.clone(),
            user.country.clone(),
            user.city.clone(),
        );
    Ok(Edited {
        user,
        access_changed,
    })
}

/// Ends the open sync connections of every live device of a user on every node (their access
/// changed; they reconnect under the new rules); returns the devices, whose connections on this
/// node the caller closes.
pub async fn reconnect_devices(store: &Store, id: &str) -> Result<Vec<String>, UserError> {
    let devices = users::live_devices_of(store.pool(), id).await?;
    for device in &devices {
        crate::store::notify::device_revoked(store.pool(), store.backend(), device).await?;
    }
    Ok(devices)
}

/// Deactivates a user (they can no longer sign in) and revokes every live device of theirs;
/// returns those devices, whose connections the caller closes. Reactivating revokes nothing.
pub async fn set_active(store: &Store, id: &str, active: bool) -> Result<Vec<String>, UserError> {
    let user = users::user_by_id(store.pool(), id)
        .await?
        .ok_or(UserError::NotFound)?;
    let now = now_ms();
    if active {
        users::set_deactivated(store.pool(), &user.id, None).await?;
        return Ok(Vec::new());
    }
    let devices = users::live_devices_of(store.pool(), &user.id).await?;
    users::set_deactivated(
        store.pool(),
        &user.id,
        Some(user.deactivated_at.unwrap_or(now)),
    )
    .await?;
    for device in &devices {
        {
            let mut db = store
                .pool()
                .acquire()
                .await
                .map_err(crate::store::StoreError::from)?;
            users::revoke_device(&mut db, device, now).await?;
        }
        crate::store::notify::device_revoked(store.pool(), store.backend(), device).await?;
    }
    Ok(devices)
}

/// Issues a one-time reset code for a user (replacing any earlier one), valid for a day;
/// returns the code, which is shown once and stored only as a hash.
pub async fn issue_reset_code(
    store: &Store,
    id: &str,
    issued_by: &str,
) -> Result<(String, i64), UserError> {
    let user = users::user_by_id(store.pool(), id)
        .await?
        .ok_or(UserError::NotFound)?;
    let random: [u8; rules::RESET_CODE_LEN] = rand::random();
    let code = rules::reset_code(&random);
    let expires_at = now_ms() + rules::RESET_CODE_TTL_MS;
    users::put_reset_code(store, &user.id, &token_hash(&code), issued_by, expires_at).await?;
    Ok((code, expires_at))
}

/// Sets a new password with a reset code; the code is used up. Returns the user, or `None` when
/// the username, code or expiry do not match (told apart from nothing, as for a sign-in).
pub async fn redeem_reset_code(
    store: &Store,
    username: &str,
    code: &str,
    new_password: &str,
) -> Result<Option<UserRow>, UserError> {
    rules::password(new_password)?;
    let Some(user) = users::user_by_username(store.pool(), username.trim()).await? else {
        return Ok(None);
    };
    let code_hash = token_hash(&rules::normalise_code(code));
    if !users::take_reset_code(store.pool(), &user.id, &code_hash, now_ms()).await? {
        return Ok(None);
    }
    let password_hash = hash(new_password).await?;
    users::set_password_hash(store.pool(), &user.id, &password_hash).await?;
    Ok(Some(user))
}

/// Only admins manage accounts.
fn require_admin(by: Caller<'_>) -> Result<(), AppError> {
    if may_manage_users(by.principal) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Every account, by username (admins).
pub async fn accounts(state: &AppState, by: Caller<'_>) -> Result<Vec<UserRow>, AppError> {
    require_admin(by)?;
    Ok(users::all_users(state.store.pool()).await?)
}

/// Adds an account on an admin's behalf, audited.
pub async fn create(
    state: &AppState,
    by: Caller<'_>,
    new: NewUser<'_>,
) -> Result<UserRow, AppError> {
    require_admin(by)?;
    let row = add(&state.store, new).await?;
    audit::record(
        &state.store,
        by.actor(),
        AuditAction::UserCreated,
        Some(&row.id),
        None,
    )
    .await?;
    Ok(row)
}

/// Sets the caller's own language (anyone signed in); an empty text clears it.
pub async fn set_own_language(
    state: &AppState,
    by: Caller<'_>,
    language: &str,
) -> Result<UserRow, AppError> {
    let id = by.principal.user.as_str();
    let change = Change {
        role: None,
        country: None,
        city: None,
        countries: None,
        language: Some(language),
    };
    Ok(edit(&state.store, id, change).await?.user)
}

/// Changes an account on an admin's behalf (not the admin role from themselves), audited with
/// the fields changed. A change of what they may see ends their open sync connections on every
/// node, so their devices come back under the new rules.
pub async fn change(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
    change: Change<'_>,
) -> Result<UserRow, AppError> {
    require_admin(by)?;
    let demoting = change.role.is_some_and(|r| r != "admin");
    if demoting && !may_demote(by.principal, id) {
        return Err(AppError::bad_request(
            Some("role"),
            Message::id("account-self-demote"),
        ));
    }
    let fields: Vec<&str> = [
        change.role.map(|_| "role"),
        change.country.map(|_| "country"),
        change.city.map(|_| "city"),
        change.countries.map(|_| "countries"),
        change.language.map(|_| "language"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let edited = edit(&state.store, id, change).await?;
    if edited.access_changed {
        let devices = reconnect_devices(&state.store, &edited.user.id).await?;
        crate::devices::close_connections(state, &devices).await;
    }
    audit::record(
        &state.store,
        by.actor(),
        AuditAction::UserChanged,
        Some(&edited.user.id),
        Some(&fields.join(",")),
    )
    .await?;
    Ok(edited.user)
}

/// Deactivates or reactivates an account on an admin's behalf (never their own deactivation),
/// audited; deactivating revokes every device of theirs and closes its connections.
pub async fn set_active_by(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
    active: bool,
) -> Result<UserRow, AppError> {
    require_admin(by)?;
    if !active && !may_demote(by.principal, id) {
        return Err(AppError::bad_request(
            None,
            Message::id("account-self-deactivate"),
        ));
    }
    let devices = set_active(&state.store, id, active).await?;
    crate::devices::close_connections(state, &devices).await;
    let action = if active {
        AuditAction::UserReactivated
    } else {
        AuditAction::UserDeactivated
    };
    audit::record(&state.store, by.actor(), action, Some(id), None).await?;
    users::user_by_id(state.store.pool(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Issues a one-time reset code on an admin's behalf, audited; returns it and when it expires.
pub async fn reset_code(
    state: &AppState,
    by: Caller<'_>,
    id: &str,
) -> Result<(String, i64), AppError> {
    require_admin(by)?;
    let issued = issue_reset_code(&state.store, id, by.principal.user.as_str()).await?;
    audit::record(
        &state.store,
        by.actor(),
        AuditAction::ResetCodeIssued,
        Some(id),
        None,
    )
    .await?;
    Ok(issued)
}

pub async fn add_from_cli(args: &UserAddArgs) -> anyhow::Result<UserRow> {
    let password = match &args.password {
        Some(password) => password.clone(),
        None => tokio::task::spawn_blocking(read_password).await??,
    };
    let store =
        crate::open_store(&args.storage.data_dir, args.storage.database_url.as_deref()).await?;
    let user = add(
        &store,
        NewUser {
            username: &args.username,
            password: &password,
            role: &args.role,
            country: args.country.as_deref(),
            city: args.city.as_deref(),
            countries: args.countries.as_deref(),
        },
    )
    .await;
    if let Ok(user) = &user {
        cli_audit(&store, AuditAction::UserCreated, &user.id).await?;
    }
    store.close().await;
    Ok(user?)
}

/// The new user's password from the person at the terminal (asked twice, not echoed) or, when
/// standard input is not a terminal, its first line.
fn read_password() -> anyhow::Result<String> {
    use std::io::{BufRead, IsTerminal};
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password for the new user: ")?;
        let again = rpassword::prompt_password("The same password again: ")?;
        anyhow::ensure!(
            first == again,
            "the two passwords differ; nothing was added"
        );
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    anyhow::ensure!(
        !password.is_empty(),
        "no password: give one on standard input (its first line) or run this at a terminal"
    );
    Ok(password)
}

/// The `user` subcommands other than `add`. Each opens the store, acts, and prints the outcome.
/// On SQLite a deactivated user's open connections end when they next reconnect (their tokens
/// are refused); on PostgreSQL running nodes close them at once.
pub async fn run_cli(command: UserCommand) -> anyhow::Result<()> {
    let storage: &StorageArgs = match &command {
        UserCommand::Add(a) => &a.storage,
        UserCommand::List(a) => &a.storage,
        UserCommand::Edit(a) => &a.storage,
        UserCommand::Deactivate(a) | UserCommand::Reactivate(a) | UserCommand::ResetCode(a) => {
            &a.storage
        }
    };
    let store = crate::open_store(&storage.data_dir, storage.database_url.as_deref()).await?;
    let result = cli_command(&store, &command).await;
    store.close().await;
    result
}

async fn cli_command(store: &Store, command: &UserCommand) -> anyhow::Result<()> {
    let by_name = |name: &str| {
        let name = name.trim().to_string();
        async move {
            users::user_by_username(store.pool(), &name)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user named {name:?}"))
        }
    };
    match command {
        UserCommand::Add(_) => anyhow::bail!("`user add` is handled by add_from_cli"),
        UserCommand::List(_) => {
            for u in users::all_users(store.pool()).await? {
                let place = [u.country.as_deref(), u.city.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                let state = if u.deactivated_at.is_some() {
                    " (deactivated)"
                } else {
                    ""
                };
                let countries = if u.countries.is_empty() {
                    String::new()
                } else {
                    format!("\thandles {}", u.countries)
                };
                println!(
                    "{}\t{}\t{}{}{}",
                    u.username, u.role, place, countries, state
                );
            }
        }
        UserCommand::Edit(args) => {
            let user = by_name(&args.username).await?;
            let edited = edit(
                store,
                &user.id,
                Change {
                    role: args.role.as_deref(),
                    country: args.country.as_deref(),
                    city: args.city.as_deref(),
                    countries: args.countries.as_deref(),
                    language: args.language.as_deref(),
                },
            )
            .await?;
            if edited.access_changed {
                reconnect_devices(store, &edited.user.id).await?;
            }
            let user = edited.user;
            cli_audit(store, AuditAction::UserChanged, &user.id).await?;
            println!("changed {} ({})", user.username, user.role);
        }
        UserCommand::Deactivate(args) => {
            let user = by_name(&args.username).await?;
            let devices = set_active(store, &user.id, false).await?;
            cli_audit(store, AuditAction::UserDeactivated, &user.id).await?;
            println!(
                "deactivated {}; {} device(s) revoked",
                user.username,
                devices.len()
            );
        }
        UserCommand::Reactivate(args) => {
            let user = by_name(&args.username).await?;
            set_active(store, &user.id, true).await?;
            cli_audit(store, AuditAction::UserReactivated, &user.id).await?;
            println!("reactivated {}", user.username);
        }
        UserCommand::ResetCode(args) => {
            let user = by_name(&args.username).await?;
            let (code, _) = issue_reset_code(store, &user.id, "cli").await?;
            cli_audit(store, AuditAction::ResetCodeIssued, &user.id).await?;
            println!(
                "one-time code for {}: {code}\nIt works once, within a day, at POST /api/auth/reset-password.",
                user.username
            );
        }
    }
    Ok(())
}

/// Records what the command line did to an account: no user acted, so the detail says where it
/// came from.
async fn cli_audit(store: &Store, action: AuditAction, subject: &str) -> anyhow::Result<()> {
    crate::store::audit::record(
        store.pool(),
        action,
        crate::store::audit::NewEvent {
            subject: Some(subject),
            detail: Some("command_line"),
            ..Default::default()
        },
        now_ms(),
    )
    .await?;
    Ok(())
}
