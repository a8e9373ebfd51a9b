//! Guarding sign-in and password resets, so that guessing costs the guesser and nobody else:
//!
//! - attempts for one username from one address (an IPv6 /64 counts as one address), and from
//!   one address for any username, are limited in a sliding minute; over either limit the answer
//!   is 429 with `Retry-After`, at once, without a password check;
//! - failures for a username from everywhere together never lock it out (an attacker could then
//!   lock out the admin): they make its next checks wait a little longer each time instead;
//! - at most one password check runs per username and address, and a small fixed number at once
//!   server-wide (each takes tens of MiB and a core for a while);
//! - what is remembered is bounded by construction: keys are hashes (with a per-process secret),
//!   at most [`KEYS_MAX`] of them, each with a bounded list of times, pruned by age and then by
//!   staleness, so a flood of made-up usernames cannot grow it;
//! - refused attempts are counted here and summarised ([`LoginGuard::throttled_summary`]), not
//!   written one row each, so a flood never holds the database's write lock;
//! - the client's address is read from `X-Forwarded-For` only when the connection comes from a
//!   configured trusted proxy ([`TrustedProxies`]).

use std::collections::{HashMap, VecDeque};
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// Limits on signing in, from the command line.
#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    /// Attempts for one username from one client address in any sliding minute.
    pub per_username_per_minute: u32,
    /// Attempts from one client address, for any usernames, in any sliding minute.
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
pub const KEYS_MAX: usize = 50_000;
const WINDOW: Duration = Duration::from_secs(60);
/// How long a username's failures are remembered, and how many at most.
const FAILURE_MEMORY: Duration = Duration::from_secs(15 * 60);
const FAILURES_KEPT: usize = 16;
/// Failures of a username (from anywhere) before its checks start to wait, and the longest wait.
const FREE_FAILURES: usize = 5;
const LONGEST_WAIT: Duration = Duration::from_secs(8);
/// How often refused attempts are summarised.
const SUMMARY_EVERY: Duration = Duration::from_secs(60);

/// Networks whose `X-Forwarded-For` is believed: the load balancers in front of the hub.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// Addresses or networks (`10.0.0.5`, `10.0.0.0/8`, `fd00::/8`) separated by commas or
    /// spaces; an empty text trusts none.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut networks = Vec::new();
        for part in text
            .split([',', ' '])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (address, bits) = match part.split_once('/') {
                Some((address, bits)) => (address, Some(bits)),
                None => (part, None),
            };
            let address: IpAddr = address
                .parse()
                .map_err(|_| format!("{part:?} is not an IP address or network"))?;
            let full = if address.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                Some(bits) => bits
                    .parse::<u8>()
                    .ok()
                    .filter(|b| *b <= full)
                    .ok_or_else(|| format!("{part:?} has a prefix length out of range"))?,
                None => full,
            };
            networks.push((address, bits));
        }
        Ok(Self(networks))
    }

    fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0
            .iter()
            .any(|(network, bits)| match (network, address) {
                (IpAddr::V4(n), IpAddr::V4(a)) => {
                    prefix(u32::from(*n).into(), 32, *bits)
                        == prefix(u32::from(a).into(), 32, *bits)
                }
                (IpAddr::V6(n), IpAddr::V6(a)) => {
                    prefix(u128::from(*n), 128, *bits) == prefix(u128::from(a), 128, *bits)
                }
                _ => false,
            })
    }
}

fn prefix(value: u128, width: u8, bits: u8) -> u128 {
    if bits == 0 {
        0
    } else {
        value >> (width - bits)
    }
}

/// An IPv4 address written as IPv6 (`::ffff:a.b.c.d`) is the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// The address limits count: an IPv4 address, or an IPv6 address's /64 (one subscriber's
/// network hands out a whole /64).
fn address_group(address: IpAddr) -> IpAddr {
    match canonical(address) {
        IpAddr::V6(v6) => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        v4 => v4,
    }
}

#[derive(Default)]
struct Window {
    attempts: VecDeque<Instant>,
    failures: VecDeque<Instant>,
    checking: bool,
    last: Option<Instant>,
}

#[derive(Default)]
struct Book {
    keys: HashMap<u64, Window>,
}

impl Book {
    /// Makes room for a new key: forgets what is past remembering, then the stalest tenth.
    fn make_room(&mut self, now: Instant) {
        if self.keys.len() < KEYS_MAX {
            return;
        }
        self.keys.retain(|_, w| {
            w.checking
                || w.last
                    .is_some_and(|t| now.duration_since(t) < FAILURE_MEMORY)
        });
        if self.keys.len() < KEYS_MAX * 9 / 10 {
            return;
        }
        let mut ages: Vec<(Instant, u64)> = self
            .keys
            .iter()
            .filter(|(_, w)| !w.checking)
            .map(|(k, w)| (w.last.unwrap_or(now), *k))
            .collect();
        ages.sort_unstable();
        for (_, key) in ages.into_iter().take(KEYS_MAX / 10) {
            self.keys.remove(&key);
        }
    }

    fn window(&mut self, key: u64, now: Instant) -> &mut Window {
        if !self.keys.contains_key(&key) {
            self.make_room(now);
        }
        self.keys.entry(key).or_default()
    }
}

#[derive(Clone)]
pub struct LoginGuard {
    limits: LoginLimits,
    trusted: Arc<TrustedProxies>,
    secret: Arc<std::collections::hash_map::RandomState>,
    book: Arc<Mutex<Book>>,
    checks: Arc<Semaphore>,
    waiting: Arc<AtomicU64>,
    throttled: Arc<AtomicU64>,
    summarised: Arc<Mutex<Instant>>,
}

/// The keys one attempt is counted under.
#[derive(Clone, Copy)]
struct Keys {
    /// The username from this address.
    pair: u64,
    /// The username from anywhere.
    username: u64,
    /// This address, for any username.
    address: Option<u64>,
}

/// Held while one password check runs; releases its places when dropped. Tell it how the check
/// went with [`Pass::failed`].
pub struct Pass {
    guard: LoginGuard,
    keys: Keys,
    _permit: OwnedSemaphorePermit,
}

impl Pass {
    /// The password (or reset code) was wrong: the username's later checks wait a little longer.
    pub fn failed(self) {
        let now = Instant::now();
        if let Ok(mut book) = self.guard.book.lock() {
            let window = book.window(self.keys.username, now);
            if window.failures.len() >= FAILURES_KEPT {
                window.failures.pop_front();
            }
            window.failures.push_back(now);
            window.last = Some(now);
        }
    }
}

impl Drop for Pass {
    fn drop(&mut self) {
        self.guard.done_checking(self.keys.pair);
    }
}

impl LoginGuard {
    pub fn new(limits: LoginLimits, trusted: TrustedProxies) -> Self {
        Self {
            limits,
            trusted: Arc::new(trusted),
            secret: Arc::default(),
            book: Arc::default(),
            checks: Arc::new(Semaphore::new(limits.concurrent_checks.max(1))),
            waiting: Arc::default(),
            throttled: Arc::default(),
            summarised: Arc::new(Mutex::new(Instant::now())),
        }
    }

    pub fn limits(&self) -> &LoginLimits {
        &self.limits
    }

    /// The client's address: the connection's peer, or, when the peer is a trusted proxy, the
    /// nearest address in `X-Forwarded-For` that is not one of the trusted proxies.
    pub fn client_address(
        &self,
        peer: Option<IpAddr>,
        forwarded_for: Option<&str>,
    ) -> Option<IpAddr> {
        let peer = peer?;
        if !self.trusted.contains(peer) {
            return Some(peer);
        }
        let Some(chain) = forwarded_for else {
            return Some(peer);
        };
        for hop in chain.rsplit(',') {
            let Ok(address) = hop.trim().parse::<IpAddr>() else {
                // A hop we cannot read: what is left of the chain is the client's to forge.
                return Some(peer);
            };
            if !self.trusted.contains(address) {
                return Some(address);
            }
        }
        Some(peer)
    }

    /// How many attempts were refused since the last summary, when a summary is due (at most
    /// once a minute): what the audit log records instead of one row per refusal.
    pub fn throttled_summary(&self) -> Option<u64> {
        let mut last = self.summarised.lock().ok()?;
        if last.elapsed() < SUMMARY_EVERY {
            return None;
        }
        let count = self.throttled.swap(0, Ordering::Relaxed);
        if count == 0 {
            return None;
        }
        *last = Instant::now();
        Some(count)
    }

    fn key(&self, parts: &[&[u8]]) -> u64 {
        self.secret.hash_one(parts)
    }

    /// Admits one attempt for `username` (already checked to be a valid one) from `address`, or
    /// says how long to wait. A username that failed often waits here a little first.
    pub async fn enter(&self, username: &str, address: Option<IpAddr>) -> Result<Pass, AppError> {
        let name = username.to_lowercase();
        let group = address.map(|a| address_group(a).to_string());
        let group_bytes = group.as_deref().unwrap_or("").as_bytes();
        let keys = Keys {
            pair: self.key(&[b"pair", name.as_bytes(), group_bytes]),
            username: self.key(&[b"user", name.as_bytes()]),
            address: group.as_ref().map(|g| self.key(&[b"addr", g.as_bytes()])),
        };
        let wait = match self.count(keys) {
            Ok(wait) => wait,
            Err(e) => {
                self.throttled.fetch_add(1, Ordering::Relaxed);
                return Err(e);
            }
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        let waiting = self.waiting.fetch_add(1, Ordering::Relaxed);
        let permit = if waiting >= self.limits.waiting_checks as u64 {
            None
        } else {
            tokio::time::timeout(Duration::from_secs(10), self.checks.clone().acquire_owned())
                .await
                .ok()
                .and_then(Result::ok)
        };
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        let Some(permit) = permit else {
            self.done_checking(keys.pair);
            self.throttled.fetch_add(1, Ordering::Relaxed);
            return Err(AppError::TooManyRequests {
                retry_after_secs: 5,
            });
        };
        Ok(Pass {
            guard: self.clone(),
            keys,
            _permit: permit,
        })
    }

    fn done_checking(&self, pair: u64) {
        if let Ok(mut book) = self.book.lock()
            && let Some(window) = book.keys.get_mut(&pair)
        {
            window.checking = false;
        }
    }

    /// Counts the attempt against the pair and the address; refuses when either is over its
    /// limit or the pair already has a check running. Returns how long the username's past
    /// failures make this attempt wait.
    fn count(&self, keys: Keys) -> Result<Duration, AppError> {
        let now = Instant::now();
        let mut book = self
            .book
            .lock()
            .map_err(|_| AppError::Internal("the sign-in guard is poisoned".into()))?;
        let mut limits = vec![(keys.pair, self.limits.per_username_per_minute)];
        if let Some(address) = keys.address {
            limits.push((address, self.limits.per_address_per_minute));
        }
        for (key, max) in &limits {
            let window = book.window(*key, now);
            while window
                .attempts
                .front()
                .is_some_and(|t| now.duration_since(*t) >= WINDOW)
            {
                window.attempts.pop_front();
            }
            if window.attempts.len() >= *max as usize {
                let oldest = window.attempts.front().copied().unwrap_or(now);
                let wait = WINDOW
                    .saturating_sub(now.duration_since(oldest))
                    .as_secs()
                    .max(1);
                return Err(AppError::TooManyRequests {
                    retry_after_secs: wait,
                });
            }
        }
        let pair = book.window(keys.pair, now);
        if pair.checking {
            return Err(AppError::TooManyRequests {
                retry_after_secs: 1,
            });
        }
        pair.checking = true;
        for (key, _) in &limits {
            let window = book.window(*key, now);
            window.attempts.push_back(now);
            window.last = Some(now);
        }
        let user = book.window(keys.username, now);
        while user
            .failures
            .front()
            .is_some_and(|t| now.duration_since(*t) >= FAILURE_MEMORY)
        {
            user.failures.pop_front();
        }
        let over = user.failures.len().saturating_sub(FREE_FAILURES);
        Ok(if over == 0 {
            Duration::ZERO
        } else {
            (Duration::from_millis(250) * (1u32 << over.min(8))).min(LONGEST_WAIT)
        })
    }

    /// Keys remembered now (for tests of the bound).
    #[cfg(test)]
    fn remembered(&self) -> usize {
        self.book.lock().map(|b| b.keys.len()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(per_username: u32) -> LoginGuard {
        LoginGuard::new(
            LoginLimits {
                per_username_per_minute: per_username,
                ..LoginLimits::default()
            },
            TrustedProxies::default(),
        )
    }

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().expect("an address"))
    }

    #[tokio::test]
    async fn attempts_over_the_minute_limit_wait_and_one_check_per_username_and_address_runs() {
        let guard = guard(3);
        let first = guard.enter("Asha", ip("10.0.0.1")).await.expect("first");
        let busy = guard.enter("asha", ip("10.0.0.1")).await;
        assert!(matches!(busy, Err(AppError::TooManyRequests { .. })));
        drop(first);
        for _ in 0..2 {
            drop(
                guard
                    .enter("asha", ip("10.0.0.1"))
                    .await
                    .expect("within the limit"),
            );
        }
        let over = guard.enter("asha", ip("10.0.0.1")).await;
        assert!(
            matches!(over, Err(AppError::TooManyRequests { retry_after_secs }) if retry_after_secs > 1)
        );
        // Another username, or the same one from elsewhere, is not held back.
        assert!(guard.enter("ravi", ip("10.0.0.1")).await.is_ok());
        assert!(guard.enter("asha", ip("10.0.0.2")).await.is_ok());
        assert_eq!(guard.throttled_summary(), None, "not due within the minute");
        assert_eq!(guard.throttled.load(Ordering::Relaxed), 2);
    }

    #[tokio::test]
    async fn an_attacker_cannot_lock_the_admin_out_only_slow_their_own_guesses() {
        // Waits pass in virtual time.
        tokio::time::pause();
        let guard = guard(10);
        let mut limited = 0;
        for _ in 0..40 {
            match guard.enter("admin", ip("203.0.113.9")).await {
                Ok(pass) => pass.failed(),
                Err(_) => limited += 1,
            }
        }
        assert_eq!(limited, 30, "the attacker's address is limited");
        // The admin, from their own address, still gets a check, after a bounded wait.
        let started = tokio::time::Instant::now();
        let pass = guard.enter("admin", ip("198.51.100.7")).await;
        assert!(pass.is_ok(), "the admin was locked out");
        assert!(started.elapsed() <= LONGEST_WAIT + Duration::from_secs(1));
    }

    #[tokio::test]
    async fn an_ipv6_subscriber_network_counts_as_one_address() {
        let guard = LoginGuard::new(
            LoginLimits {
                per_address_per_minute: 3,
                ..LoginLimits::default()
            },
            TrustedProxies::default(),
        );
        for (i, address) in ["2001:db8:1:2::1", "2001:db8:1:2::ff", "2001:db8:1:2:aa::3"]
            .into_iter()
            .enumerate()
        {
            let pass = guard.enter(&format!("user{i}"), ip(address)).await;
            assert!(pass.is_ok(), "{address}");
        }
        let over = guard.enter("user9", ip("2001:db8:1:2:ffff::9")).await;
        assert!(matches!(over, Err(AppError::TooManyRequests { .. })));
        assert!(guard.enter("user9", ip("2001:db8:1:3::1")).await.is_ok());
    }

    #[tokio::test]
    async fn a_flood_of_made_up_usernames_cannot_grow_what_is_remembered() {
        let guard = LoginGuard::new(
            LoginLimits {
                per_address_per_minute: u32::MAX,
                ..LoginLimits::default()
            },
            TrustedProxies::default(),
        );
        for i in 0..(KEYS_MAX * 2) {
            drop(guard.enter(&format!("made-up-{i}"), ip("10.1.1.1")).await);
        }
        assert!(guard.remembered() <= KEYS_MAX, "{}", guard.remembered());
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let trusted = TrustedProxies::parse("10.0.0.0/8, ::1").expect("valid");
        let guard = LoginGuard::new(LoginLimits::default(), trusted);
        let forwarded = Some("198.51.100.7, 10.0.0.3");
        assert_eq!(
            guard.client_address(ip("10.0.0.2"), forwarded),
            ip("198.51.100.7"),
            "the proxy's own hop is skipped"
        );
        assert_eq!(
            guard.client_address(ip("203.0.113.5"), forwarded),
            ip("203.0.113.5"),
            "anyone else's header is ignored"
        );
        assert_eq!(
            guard.client_address(ip("::1"), Some("not an address")),
            ip("::1")
        );
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
    }
}
