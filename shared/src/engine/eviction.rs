//! Eviction over the memory caps: which documents leave memory when more are held than
//! [`super::EngineConfig::max_loaded_docs`], or they take more than
//! [`super::EngineConfig::max_loaded_bytes`], and when a server looks.
//!
//! Choosing means scanning every document in memory; evicting means dropping a few. A server
//! chooses once, then evicts what it chose a few at a time between its other work, and chooses
//! again only once enough has changed: during a wave of uploads the caps are exceeded by
//! documents whose writes are in flight, and scanning all of memory once a turn to evict a few
//! cost the sync actor a fifth of its time just when live edits need it (docs/benchmarks.md).

#[allow(unused_imports)]
use super::*;

/// How many documents may come into memory, or have their writes made durable, between two
/// choices of what to evict ([`Engine::evict_as_they_come`]).
pub const EVICT_STEP: usize = 16;

/// The most documents [`Engine::evict_as_they_come`] evicts in one call: each may cost a sync
/// message per subscribed peer, and a server calls it between two live messages.
pub const EVICT_AT_ONCE: usize = 32;

/// The order documents are evicted in, first to last: whether stored, when last used (a live
/// session's use counting as [`LIVE_KEEP_MS`] later, see [`Engine::set_live`]).
type Age = (bool, i64);

/// A document chosen to leave memory, as it was when chosen: it goes only if it still is.
pub(super) struct Chosen {
    id: DocumentId,
    generation: u64,
    age: Age,
}

fn age(loaded: &Loaded) -> Age {
    (loaded.exists, loaded.last_used.max(loaded.kept_until))
}

impl Engine {
    /// Evicts as [`Engine::evict_over_caps`] does, at most [`EVICT_AT_ONCE`] documents at a
    /// time. What to evict is chosen again only once the last choice has been evicted and
    /// [`EVICT_STEP`] more documents have come into memory, or have had their writes made
    /// durable (which makes them evictable), or a tick has passed. A server calls it after
    /// every turn: a wave of uploads brings thousands of documents a second, and checked once
    /// a second they all stayed in memory until then and were evicted in one turn of tens of
    /// milliseconds, which every live message waited for.
    pub fn evict_as_they_come(&mut self, now: i64) {
        if self.evicting.is_empty() {
            let in_memory = self.docs.len();
            let due = self.caps_to_check
                || in_memory >= self.caps_checked_at + EVICT_STEP
                || self.settled_since_check >= EVICT_STEP;
            if !due {
                self.caps_checked_at = self.caps_checked_at.min(in_memory);
                return;
            }
            self.choose_evictions(now);
        }
        self.evict_chosen(EVICT_AT_ONCE);
    }

    /// Evicts the least recently used documents without writes in flight while more are in
    /// memory than [`super::EngineConfig::max_loaded_docs`], or they take more than
    /// [`super::EngineConfig::max_loaded_bytes`]. Cheap when under both. A client's shell
    /// has it done at each tick ([`Engine::tick`]); a server evicts as documents come instead
    /// ([`Engine::evict_as_they_come`]).
    pub fn evict_over_caps(&mut self, now: i64) {
        self.choose_evictions(now);
        self.evict_chosen(usize::MAX);
    }

    /// Chooses the documents to evict, oldest first, enough to bring memory within the caps
    /// as it is now (none when within them), and notes when the choice was made.
    ///
    /// Documents kept for live sessions ([`Engine::set_live`]) go after the others (among
    /// stored documents, and among empty placeholders), and only while they alone take more
    /// than [`LIVE_RESERVE`] of either cap: when the caps are exceeded by
    /// documents whose writes are still in flight (an upload's), evicting the few being edited
    /// would free little and cost each of their next edits a load.
    fn choose_evictions(&mut self, now: i64) {
        self.caps_to_check = false;
        self.settled_since_check = 0;
        self.caps_checked_at = self.docs.len();
        self.evicting.clear();
        let (max_docs, max_bytes) = (self.config.max_loaded_docs, self.config.max_loaded_bytes);
        let footprint: usize = self.docs.values().map(Slot::footprint).sum();
        if self.docs.len() <= max_docs && footprint <= max_bytes {
            return;
        }
        let (mut kept_count, mut kept_bytes) = (0, 0);
        let mut ready: Vec<(Chosen, usize, bool)> = Vec::new();
        for (id, slot) in &self.docs {
            if let Slot::Ready(l) = slot
                && l.unpersisted == 0
            {
                let (kept, size) = (l.kept_until > now, slot.footprint());
                if kept {
                    kept_count += 1;
                    kept_bytes += size;
                }
                // Empty placeholders go first, so they never cost a stored document its place.
                let chosen = Chosen {
                    id: *id,
                    generation: l.generation,
                    age: age(l),
                };
                ready.push((chosen, size, kept));
            }
        }
        ready.sort_unstable_by_key(|(chosen, _, _)| (chosen.age, chosen.id));
        let (mut count, mut bytes) = (self.docs.len(), footprint);
        for (chosen, size, kept) in ready {
            if count <= max_docs && bytes <= max_bytes {
                break;
            }
            if kept {
                // Within the reserve it stays, and the others are still considered: an empty
                // placeholder kept for a live session sorts before every stored document.
                if kept_count <= max_docs / LIVE_RESERVE && kept_bytes <= max_bytes / LIVE_RESERVE {
                    continue;
                }
                kept_count -= 1;
                kept_bytes = kept_bytes.saturating_sub(size);
            }
            self.evicting.push(chosen);
            count -= 1;
            bytes = bytes.saturating_sub(size);
        }
        // Taken from the end, oldest first.
        self.evicting.reverse();
    }

    /// Evicts at most `most` of the documents last chosen, skipping any used, written or
    /// reloaded since (the next choice weighs them again).
    fn evict_chosen(&mut self, most: usize) {
        let mut evicted = 0;
        while evicted < most
            && let Some(chosen) = self.evicting.pop()
        {
            let unchanged = matches!(
                self.docs.get(&chosen.id),
                Some(Slot::Ready(l)) if l.generation == chosen.generation
                    && l.unpersisted == 0
                    && age(l) == chosen.age
            );
            if !unchanged {
                continue;
            }
            // As at a tick: a subscribed peer is offered what it still lacks before the
            // document leaves memory, so a reply missed along the way never stalls it.
            if self.is_server()
                && self
                    .subscribers
                    .get(&chosen.id)
                    .is_some_and(|s| !s.is_empty())
            {
                self.flush(chosen.id);
            }
            self.docs.remove(&chosen.id);
            evicted += 1;
        }
    }
}
