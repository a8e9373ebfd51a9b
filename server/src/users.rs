//! Adding users, from the command line or the demo seed.

use hubdesk_shared::model::{Country, Role};

use crate::config::UserAddArgs;
use crate::http::auth::hash_password;
use crate::store::Store;
use crate::store::users::{self, UserRow};
use crate::sync::now_ms;

#[derive(Debug, thiserror::Error)]
pub enum AddUserError {
    #[error("username must be 1 to 64 characters of letters, digits, '.', '-' or '_'")]
    Username,
    #[error("password must be at least 8 characters")]
    Password,
    #[error("{0}")]
    Vocabulary(String),
    #[error("a user named {0:?} already exists")]
    Exists(String),
    #[error("{0}")]
    Other(String),
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub password: &'a str,
    pub role: &'a str,
    pub country: Option<&'a str>,
    pub city: Option<&'a str>,
}

pub async fn add(store: &Store, new: NewUser<'_>) -> Result<UserRow, AddUserError> {
    let username = new.username.trim();
    let ok = !username.is_empty()
        && username.len() <= 64
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !ok {
        return Err(AddUserError::Username);
    }
    if new.password.chars().count() < 8 {
        return Err(AddUserError::Password);
    }
    let role: Role = new
        .role
        .parse()
        .map_err(|e: hubdesk_shared::model::ParseEnumError| {
            AddUserError::Vocabulary(e.to_string())
        })?;
    if let Some(country) = new.country {
        country
            .parse::<Country>()
            .map_err(|e| AddUserError::Vocabulary(e.to_string()))?;
    }
    if users::user_by_username(store.pool(), username)
        .await
        .map_err(|e| AddUserError::Other(e.to_string()))?
        .is_some()
    {
        return Err(AddUserError::Exists(username.to_string()));
    }
    let password = new.password.to_string();
    let password_hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| AddUserError::Other(e.to_string()))?
        .map_err(AddUserError::Other)?;
    let row = UserRow {
        id: uuid::Uuid::new_v4().simple().to_string(),
        username: username.to_string(),
        password_hash,
        role: role.as_str().to_string(),
        country: new.country.map(str::to_string),
        city: new
            .city
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty()),
    };
    users::insert_user(store.pool(), &row, now_ms())
        .await
        .map_err(|e| AddUserError::Other(e.to_string()))?;
    Ok(row)
}

pub async fn add_from_cli(args: &UserAddArgs) -> anyhow::Result<UserRow> {
    let store =
        crate::open_store(&args.storage.data_dir, args.storage.database_url.as_deref()).await?;
    let user = add(
        &store,
        NewUser {
            username: &args.username,
            password: &args.password,
            role: &args.role,
            country: args.country.as_deref(),
            city: args.city.as_deref(),
        },
    )
    .await;
    store.close().await;
    Ok(user?)
}
