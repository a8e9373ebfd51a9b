//! The phone's lock: what a PIN must be, how many wrong tries it takes before the phone wipes
//! itself, when an idle app locks, and when a phone that has not reached the hub for too long
//! must sign in online again.
//!
//! The PIN unlocks the key that encrypts everything the app keeps on the phone (the wasm client
//! derives a key from it and unwraps the store's key with that); these are the rules around it.
//! Time is handed in, in milliseconds since the Unix epoch.

use serde::Serialize;

/// The fewest digits a PIN may have.
pub const PIN_MIN: usize = 6;
/// The most digits a PIN may have.
pub const PIN_MAX: usize = 12;
/// Wrong PINs in a row after which the phone wipes what it holds and asks for an online sign-in,
/// so guessing through the app's own screen ends long before a 6-digit PIN is found.
pub const MAX_WRONG_PINS: u32 = 10;
/// How long the app may sit untouched before it locks.
pub const IDLE_LOCK_MS: u64 = 5 * 60 * 1000;
/// Days without reaching the hub after which a phone locks until its owner signs in online,
/// unless the hub is configured otherwise.
pub const DEFAULT_OFFLINE_LOCK_DAYS: u32 = 30;
/// The longest offline lock an operator may configure, in days.
pub const MAX_OFFLINE_LOCK_DAYS: u32 = 365;

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Why a PIN is refused: the catalogue message (`locales/*/field.ftl`, given `$min` and `$max`
/// as [`PIN_MIN`] and [`PIN_MAX`]) the screen that asked for it shows.
pub fn check_pin(pin: &str) -> Result<(), &'static str> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("lock-pin-digits-only");
    }
    let digits = pin.len();
    if digits < PIN_MIN {
        return Err("lock-pin-too-short");
    }
    if digits > PIN_MAX {
        return Err("lock-pin-too-long");
    }
    let bytes = pin.as_bytes();
    if bytes.iter().all(|b| *b == bytes[0]) {
        return Err("lock-pin-repeated");
    }
    let steps: Vec<i16> = bytes
        .windows(2)
        .map(|w| i16::from(w[1]) - i16::from(w[0]))
        .collect();
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Err("lock-pin-in-a-row");
    }
    Ok(())
}

/// The offline lock an operator configured, refused when out of range.
pub fn offline_lock_days(days: u32) -> Result<u32, String> {
    if days == 0 || days > MAX_OFFLINE_LOCK_DAYS {
        return Err(format!(
            "offline lock days must be between 1 and {MAX_OFFLINE_LOCK_DAYS}"
        ));
    }
    Ok(days)
}

/// What a phone must ask before it shows anything, at start or on unlocking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LockState {
    /// The PIN is enough.
    Pin,
    /// The phone has not reached the hub for longer than allowed: its owner signs in online
    /// (their work stays on the phone, encrypted), then enters the PIN.
    SignInOnline,
}

/// Whether a phone that last reached the hub at `last_contact_ms` may be unlocked with its PIN
/// alone at `now_ms`, given the hub's offline lock of `days`. A clock set back before the last
/// contact is not a reason to lock.
pub fn lock_state(last_contact_ms: u64, now_ms: u64, days: u32) -> LockState {
    let allowed = u64::from(days.clamp(1, MAX_OFFLINE_LOCK_DAYS)) * DAY_MS;
    if now_ms.saturating_sub(last_contact_ms) > allowed {
        LockState::SignInOnline
    } else {
        LockState::Pin
    }
}

/// Whether an app last used at `last_used_ms` should lock at `now_ms`.
pub fn idle_expired(last_used_ms: u64, now_ms: u64) -> bool {
    now_ms.saturating_sub(last_used_ms) >= IDLE_LOCK_MS
}

/// Wrong tries left after `wrong` wrong PINs in a row; at 0 the phone wipes itself.
pub fn tries_left(wrong: u32) -> u32 {
    MAX_WRONG_PINS.saturating_sub(wrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_six_to_twelve_digits_and_not_trivial() {
        let refused = |pin: &str, message: &str| {
            assert_eq!(check_pin(pin), Err(message), "{pin}");
        };
        assert_eq!(check_pin("246810"), Ok(()));
        assert_eq!(check_pin("904127331205"), Ok(()));
        assert_eq!(check_pin("123457"), Ok(()));
        refused("24681", "lock-pin-too-short");
        refused("1234567890123", "lock-pin-too-long");
        refused("12a456", "lock-pin-digits-only");
        refused("２４６８１０", "lock-pin-digits-only");
        refused("000000", "lock-pin-repeated");
        refused("123456", "lock-pin-in-a-row");
        refused("987654", "lock-pin-in-a-row");
    }

    #[test]
    fn a_phone_locks_for_an_online_sign_in_only_past_the_configured_days() {
        let day = DAY_MS;
        let last = 1_000 * day;
        assert_eq!(lock_state(last, last + 30 * day, 30), LockState::Pin);
        assert_eq!(
            lock_state(last, last + 30 * day + 1, 30),
            LockState::SignInOnline
        );
        assert_eq!(lock_state(last, last + 2 * day, 1), LockState::SignInOnline);
        // A clock set back does not lock the phone.
        assert_eq!(lock_state(last, last - 5 * day, 30), LockState::Pin);
        // Out-of-range settings are refused when configured, and clamped if they get through.
        assert!(offline_lock_days(0).is_err());
        assert!(offline_lock_days(366).is_err());
        assert_eq!(offline_lock_days(30), Ok(30));
        assert_eq!(lock_state(last, last + day / 2, 0), LockState::Pin);
    }

    #[test]
    fn idle_time_and_wrong_tries_count_down() {
        assert!(!idle_expired(1_000, 1_000 + IDLE_LOCK_MS - 1));
        assert!(idle_expired(1_000, 1_000 + IDLE_LOCK_MS));
        assert!(!idle_expired(5_000, 1_000));
        assert_eq!(tries_left(0), MAX_WRONG_PINS);
        assert_eq!(tries_left(9), 1);
        assert_eq!(tries_left(12), 0);
    }
}
