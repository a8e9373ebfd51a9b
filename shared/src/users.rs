//! The rules for user accounts: what a valid username, password, role, country, city and
//! language are,
//! and what a one-time password-reset code looks like. The CLI, REST and the demo seed all check
//! through here, so they refuse the same input with the same reason.

use crate::model::{Country, ParseEnumError, Role};

/// The shortest password accepted.
pub const PASSWORD_MIN: usize = 8;
/// The longest password accepted (Argon2 takes any length; this bounds the work per check).
pub const PASSWORD_MAX: usize = 256;
/// How long a one-time reset code stays valid, in milliseconds (a day).
pub const RESET_CODE_TTL_MS: i64 = 24 * 60 * 60 * 1000;
/// Characters in a reset code: letters and digits that are hard to mix up when read aloud.
pub const RESET_CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// A reset code's length (about 60 bits).
pub const RESET_CODE_LEN: usize = 12;

/// A refused account field, naming it: `message` is the catalogue message that says why
/// (`locales/*/server.ftl`), `args` its arguments.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct UserFieldError {
    pub field: &'static str,
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
}

fn refuse(field: &'static str, message: &'static str) -> UserFieldError {
    UserFieldError {
        field,
        message,
        args: Vec::new(),
    }
}

impl UserFieldError {
    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// A code that is not one of its vocabulary's, with the ones that are.
fn unknown(field: &'static str, e: &ParseEnumError) -> UserFieldError {
    refuse(field, "account-unknown-code")
        .with("value", &e.value)
        .with("expected", &e.expected)
}

/// A valid username, trimmed: 1 to 64 letters, digits, '.', '-' or '_'.
pub fn username(text: &str) -> Result<String, UserFieldError> {
    let name = text.trim();
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !ok {
        return Err(refuse("username", "account-username-invalid"));
    }
    Ok(name.to_string())
}

/// Checks a new password's length.
pub fn password(text: &str) -> Result<(), UserFieldError> {
    let n = text.chars().count();
    if n < PASSWORD_MIN {
        return Err(refuse("password", "account-password-too-short").with("min", PASSWORD_MIN));
    }
    if n > PASSWORD_MAX {
        return Err(refuse("password", "account-password-too-long").with("max", PASSWORD_MAX));
    }
    Ok(())
}

pub fn role(text: &str) -> Result<Role, UserFieldError> {
    text.parse()
        .map_err(|e: ParseEnumError| unknown("role", &e))
}

/// A country code, or none for an empty text.
pub fn country(text: Option<&str>) -> Result<Option<Country>, UserFieldError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(code) => code
            .parse()
            .map(Some)
            .map_err(|e: ParseEnumError| unknown("country", &e)),
    }
}

/// A person's language: one of `known` (the catalogue folders the build has; the list is not
/// written here, so adding a language is adding a folder), or none for an empty text (follow
/// the device).
pub fn language(text: Option<&str>, known: &[&str]) -> Result<Option<String>, UserFieldError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(tag) if known.contains(&tag) => Ok(Some(tag.to_string())),
        Some(tag) => Err(refuse("language", "account-unknown-code")
            .with("value", tag.chars().take(20).collect::<String>())
            .with("expected", known.join(", "))),
    }
}

/// A city, trimmed, or none for an empty text; at most 80 characters.
pub fn city(text: Option<&str>) -> Result<Option<String>, UserFieldError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(city) if city.chars().count() > 80 || city.chars().any(char::is_control) => {
            Err(refuse("city", "account-city-invalid").with("max", 80))
        }
        Some(city) => Ok(Some(city.to_string())),
    }
}

/// The countries a staff member is limited to, from codes separated by commas or spaces; none
/// for everywhere. Only agents and fund managers may be limited: an admin sees everything, and a
/// practitioner only their own requests and their city team's.
pub fn countries(text: Option<&str>, role: Role) -> Result<Vec<Country>, UserFieldError> {
    let mut list = Vec::new();
    for code in text
        .unwrap_or_default()
        .split([',', ' '])
        .filter(|c| !c.is_empty())
    {
        let country: Country = code
            .parse()
            .map_err(|e: ParseEnumError| unknown("countries", &e))?;
        if !list.contains(&country) {
            list.push(country);
        }
    }
    if !list.is_empty() && !matches!(role, Role::Agent | Role::FundManager) {
        return Err(refuse("countries", "account-countries-not-staff"));
    }
    list.sort_by_key(|c| c.as_str());
    Ok(list)
}

/// Countries as stored and shown: codes separated by commas, empty for everywhere.
pub fn countries_text(list: &[Country]) -> String {
    list.iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The country codes in the stored form [`countries_text`] writes, as they are (for showing an
/// account; [`countries`] checks them against a role).
pub fn country_codes(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// A reset code built from `random` bytes (one character per byte).
pub fn reset_code(random: &[u8; RESET_CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| RESET_CODE_ALPHABET[*b as usize % RESET_CODE_ALPHABET.len()] as char)
        .collect()
}

/// A code as typed, made comparable: spaces and dashes dropped, upper case.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_fields_are_checked_and_refusals_name_the_field() {
        assert_eq!(username("  asha.k ").as_deref(), Ok("asha.k"));
        assert_eq!(username("a b").map_err(|e| e.field), Err("username"));
        assert_eq!(username("").map_err(|e| e.field), Err("username"));
        assert!(password("long enough").is_ok());
        assert_eq!(password("short").map_err(|e| e.field), Err("password"));
        assert_eq!(role("admin"), Ok(Role::Admin));
        assert_eq!(role("wizard").map_err(|e| e.field), Err("role"));
        assert_eq!(country(Some("BD")), Ok(Some(Country::Bangladesh)));
        assert_eq!(country(Some(" ")), Ok(None));
        assert_eq!(country(Some("XX")).map_err(|e| e.field), Err("country"));
        assert_eq!(city(Some(" Dhaka ")), Ok(Some("Dhaka".into())));
        assert_eq!(
            city(Some(&"x".repeat(81))).map_err(|e| e.field),
            Err("city")
        );
    }

    #[test]
    fn only_agents_and_fund_managers_are_limited_to_countries() {
        assert_eq!(
            countries(Some("IN, BD,IN"), Role::Agent),
            Ok(vec![Country::Bangladesh, Country::India])
        );
        assert_eq!(countries(Some(""), Role::Admin), Ok(vec![]));
        assert_eq!(countries(None, Role::Practitioner), Ok(vec![]));
        assert_eq!(
            countries(Some("BD"), Role::Admin).map_err(|e| e.field),
            Err("countries")
        );
        assert_eq!(
            countries(Some("BD"), Role::Practitioner).map_err(|e| e.field),
            Err("countries")
        );
        assert_eq!(
            countries(Some("BD,XX"), Role::FundManager).map_err(|e| e.field),
            Err("countries")
        );
        assert_eq!(
            countries_text(&[Country::Bangladesh, Country::India]),
            "BD,IN"
        );
    }

    #[test]
    fn reset_codes_use_the_unambiguous_alphabet_and_read_back_however_typed() {
        let code = reset_code(&[0, 1, 2, 31, 32, 255, 7, 8, 9, 10, 11, 12]);
        assert_eq!(code.len(), RESET_CODE_LEN);
        assert!(code.bytes().all(|b| RESET_CODE_ALPHABET.contains(&b)));
        assert!(!code.contains('0') && !code.contains('O') && !code.contains('1'));
        let typed = format!("{}-{} ", &code[..6].to_lowercase(), &code[6..]);
        assert_eq!(normalise_code(&typed), code);
    }
}
