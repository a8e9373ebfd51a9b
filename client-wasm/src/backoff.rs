//! When to try the hub again after a connection fails: exponential backoff with full jitter.
//!
//! The n-th retry in a row waits a uniformly random time between zero and
//! `min(MAX_MS, FIRST_MS * 2^n)`. Randomness spreads the reconnections of many phones after an
//! outage over time instead of having them all knock at once; the cap keeps a phone that was
//! offline for hours from waiting long once the network is back. The random number is handed in,
//! so this module is plain arithmetic and is tested natively.

/// The ceiling of the first retry's delay. Short, because on a field link most failures are
/// cuts of a second or less: two cuts close together must not leave a phone waiting seconds.
pub const FIRST_MS: u32 = 500;
/// The ceiling no delay ever exceeds.
pub const MAX_MS: u32 = 30_000;

/// Counts failed attempts since the last success.
#[derive(Debug, Default)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// The delay before the next attempt, in milliseconds, from a uniformly random `u32`; counts
    /// one more failure.
    pub fn next_delay(&mut self, random: u32) -> u32 {
        // 2^15 seconds is far past the cap, so larger exponents change nothing.
        let ceiling = FIRST_MS
            .saturating_mul(1 << self.failures.min(15))
            .min(MAX_MS);
        self.failures = self.failures.saturating_add(1);
        // Scale the random number onto 0..=ceiling without the bias of `%`.
        ((u64::from(random) * (u64::from(ceiling) + 1)) >> 32) as u32
    }

    /// The connection succeeded (or the network just came back): start again from short delays.
    pub fn reset(&mut self) {
        self.failures = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_exponentially_up_to_the_cap() {
        let mut backoff = Backoff::default();
        let ceilings: Vec<u32> = (0..8).map(|_| backoff.next_delay(u32::MAX)).collect();
        assert_eq!(
            ceilings,
            [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]
        );
    }

    #[test]
    fn the_delay_is_anywhere_from_zero_to_the_ceiling() {
        let mut backoff = Backoff::default();
        assert_eq!(backoff.next_delay(0), 0);
        assert_eq!(backoff.next_delay(u32::MAX / 2), 500);
    }

    #[test]
    fn a_reset_starts_again_from_short_delays() {
        let mut backoff = Backoff::default();
        for _ in 0..10 {
            backoff.next_delay(u32::MAX);
        }
        backoff.reset();
        assert_eq!(backoff.next_delay(u32::MAX), 500);
    }

    #[test]
    fn many_failures_never_overflow() {
        let mut backoff = Backoff { failures: u32::MAX };
        assert_eq!(backoff.next_delay(u32::MAX), MAX_MS);
    }
}
