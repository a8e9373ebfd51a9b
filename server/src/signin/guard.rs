//! Guarding sign-in: attempts per username and per address in a sliding minute, at most one
//! password check at a time per username, and a small fixed number of password checks at once
//! for the whole server (each takes tens of MiB and a core for a while). Whatever is over a limit
//! is answered 429 with `Retry-After` at once, without a password check, so a flood of sign-ins
//! costs almost nothing and never starves `/healthz` or `/sync`.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// Limits on signing in, from the command line.
#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    /// Attempts per username, and per client address, in any sliding minute.
    pub per_username_per_minute: u32,
    pub per_address_per_minute: u32,
    /// Password checks running at once, server-wide, and how many more may wait for one.
    pub concurrent_checks: usize,
    pub waiting_checks: usize,
    /// How long a device token stays valid without being used (each use slides it on).
    pub token_ttl: Duration,
    /// Days a phone may go without reaching the hub before it locks until an online sign-in
    /// (told to each device as it signs in; the rule is `hubdesk_shared::lock`).
    pub offline_lock_days: u32,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self {
            per_username_per_minute: 10,
            per_address_per_minute: 60,
            concurrent_checks: 2,
            waiting_checks: 16,
            token_ttl: Duration::from_secs(30 * 24 * 60 * 60),
            offline_lock_days: hubdesk_shared::lock::DEFAULT_OFFLINE_LOCK_DAYS,
        }
    }
}

/// The most keys remembered; beyond it, the stalest are forgotten first.
const KEYS_MAX: usize = 100_000;
const WINDOW: Duration = Duration::from_secs(60);

#[derive(Default)]
struct Window {
    attempts: Vec<Instant>,
    checking: bool,
}

#[derive(Clone)]
pub struct LoginGuard {
    limits: LoginLimits,
    keys: Arc<Mutex<HashMap<String, Window>>>,
    checks: Arc<Semaphore>,
    waiting: Arc<std::sync::atomic::AtomicUsize>,
}

/// Held while one password check runs; releases its places when dropped.
pub struct Pass {
    guard: LoginGuard,
    username_key: String,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Pass {
    fn drop(&mut self) {
        self.guard.done_checking(&self.username_key);
    }
}

impl LoginGuard {
    pub fn new(limits: LoginLimits) -> Self {
        Self {
            limits,
            keys: Arc::default(),
            checks: Arc::new(Semaphore::new(limits.concurrent_checks.max(1))),
            waiting: Arc::default(),
        }
    }

    pub fn limits(&self) -> &LoginLimits {
        &self.limits
    }

    /// Admits one sign-in attempt, or says how long to wait.
    pub async fn enter(&self, username: &str, address: Option<IpAddr>) -> Result<Pass, AppError> {
        let username_key = format!("u:{}", username.to_lowercase());
        let address_key = address.map(|a| format!("a:{a}"));
        self.count(&username_key, address_key.as_deref())?;
        let waiting = self
            .waiting
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let permit = if waiting >= self.limits.waiting_checks {
            None
        } else {
            tokio::time::timeout(Duration::from_secs(10), self.checks.clone().acquire_owned())
                .await
                .ok()
                .and_then(Result::ok)
        };
        self.waiting
            .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        let Some(permit) = permit else {
            self.done_checking(&username_key);
            return Err(AppError::TooManyRequests {
                retry_after_secs: 5,
            });
        };
        Ok(Pass {
            guard: self.clone(),
            username_key,
            _permit: permit,
        })
    }

    fn done_checking(&self, key: &str) {
        if let Ok(mut keys) = self.keys.lock()
            && let Some(window) = keys.get_mut(key)
        {
            window.checking = false;
        }
    }

    /// Counts the attempt against both keys; refuses when either is over its limit or the
    /// username already has a check running.
    fn count(&self, username_key: &str, address_key: Option<&str>) -> Result<(), AppError> {
        let now = Instant::now();
        let mut keys = self
            .keys
            .lock()
            .map_err(|_| AppError::Internal("the sign-in guard is poisoned".into()))?;
        if keys.len() >= KEYS_MAX {
            keys.retain(|_, w| w.checking || w.attempts.last().is_some_and(|t| now - *t < WINDOW));
        }
        let mut limits = vec![(username_key, self.limits.per_username_per_minute)];
        if let Some(address_key) = address_key {
            limits.push((address_key, self.limits.per_address_per_minute));
        }
        for (key, max) in &limits {
            let window = keys.entry((*key).to_string()).or_default();
            window.attempts.retain(|t| now - *t < WINDOW);
            if window.attempts.len() >= *max as usize {
                let oldest = window.attempts.first().copied().unwrap_or(now);
                let wait = WINDOW.saturating_sub(now - oldest).as_secs().max(1);
                return Err(AppError::TooManyRequests {
                    retry_after_secs: wait,
                });
            }
        }
        let user = keys.entry(username_key.to_string()).or_default();
        if user.checking {
            return Err(AppError::TooManyRequests {
                retry_after_secs: 1,
            });
        }
        user.checking = true;
        for (key, _) in &limits {
            keys.entry((*key).to_string())
                .or_default()
                .attempts
                .push(now);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn attempts_over_the_minute_limit_wait_and_one_check_per_username_runs_at_a_time() {
        let guard = LoginGuard::new(LoginLimits {
            per_username_per_minute: 3,
            ..LoginLimits::default()
        });
        let first = guard.enter("Asha", None).await.expect("first");
        let busy = guard.enter("asha", None).await;
        assert!(matches!(busy, Err(AppError::TooManyRequests { .. })));
        drop(first);
        for _ in 0..2 {
            drop(guard.enter("asha", None).await.expect("within the limit"));
        }
        let over = guard.enter("asha", None).await;
        assert!(
            matches!(over, Err(AppError::TooManyRequests { retry_after_secs }) if retry_after_secs > 1)
        );
        // Another username is not held back.
        assert!(guard.enter("ravi", None).await.is_ok());
    }
}
