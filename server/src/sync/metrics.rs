//! Counters and gauges of the sync server, for operators, in Prometheus' text format at
//! `/metrics`. Only counts and timings: never an id, a name or any content.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use std::time::Duration;

/// Upper bounds of the latency histograms, in microseconds (from 0.1 ms to 5 s).
const LATENCY_BUCKETS_US: [u64; 13] = [
    100, 250, 500, 1_000, 2_000, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 1_000_000,
    5_000_000,
];

#[derive(Default)]
pub struct Metrics {
    pub connections: AtomicU64,
    pub connections_refused: AtomicU64,
    pub slow_readers_closed: AtomicU64,
    pub idle_closed: AtomicU64,
    pub documents_in_memory: AtomicU64,
    pub command_queue: AtomicU64,
    pub documents_loading: AtomicU64,
    pub documents_unpersisted: AtomicU64,
    pub writes_in_flight: AtomicU64,
    pub session_loads: AtomicU64,
    pub deferred_messages: AtomicU64,
    pub write_queue: AtomicU64,
    pub outbound_overflow_bytes: AtomicU64,
    pub writes: AtomicU64,
    pub live_writes: AtomicU64,
    pub live_writes_alongside: AtomicU64,
    pub bulk_gave_way: AtomicU64,
    pub write_failures: AtomicU64,
    pub acknowledgements: AtomicU64,
    pub refused_writes: AtomicU64,
    pub login_failures: AtomicU64,
    pub logins_throttled: AtomicU64,
    /// How long storage transactions took.
    pub write_latency: Histogram,
    /// From a live batch handed to the writer to the actor hearing it is durable.
    pub live_latency: Histogram,
    /// How long loading a document from storage took.
    pub load_latency: Histogram,
    /// How long the actor waited for the writer, each time bulk batches parked past the bound.
    pub actor_waits: Histogram,
    /// From a live session's message handed over by its websocket to the actor serving it,
    /// when nothing else of that session waited.
    pub live_message_waits: Histogram,
    /// The part of those waits spent in the actor's inbox, before its fair queue.
    pub live_inbox_waits: Histogram,
    /// How long each turn of the actor took: one command, message or tick and its effects.
    pub actor_turns: Histogram,
    /// From the actor handing bytes to a live session to its websocket having written them.
    pub live_outlet_waits: Histogram,
    /// A live edit in the server: from its frame read off the socket to its acknowledgement
    /// (the session's next answer, once the change is durable) handed to the session.
    pub live_edits: Histogram,
    /// Those of [`Metrics::live_edits`] whose write went to the bulk lane.
    pub live_edits_bulk: Histogram,
    /// Those of [`Metrics::live_edits`] that waited for a record to be loaded.
    pub live_edits_loading: Histogram,
    /// How long the writer took over the live lane's transactions, waiting to write included
    /// (the part of a live write after any bulk transaction before it).
    pub live_transactions: Histogram,
}

/// A latency histogram kept in microseconds, rendered in seconds.
#[derive(Default)]
pub struct Histogram {
    buckets: [AtomicU64; LATENCY_BUCKETS_US.len()],
    count: AtomicU64,
    sum_us: AtomicU64,
}

impl Histogram {
    pub fn observe_duration(&self, took: Duration) {
        self.observe_us(u64::try_from(took.as_micros()).unwrap_or(u64::MAX));
    }

    fn observe_us(&self, us: u64) {
        for (bound, bucket) in LATENCY_BUCKETS_US.iter().zip(&self.buckets) {
            if us <= *bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_us.fetch_add(us, Ordering::Relaxed);
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        for (bound, bucket) in LATENCY_BUCKETS_US.iter().zip(&self.buckets) {
            let le = *bound as f64 / 1_000_000.0;
            let _ = writeln!(out, "{name}_bucket{{le=\"{le}\"}} {}", get(bucket));
        }
        let count = get(&self.count);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let sum = get(&self.sum_us) as f64 / 1_000_000.0;
        let _ = writeln!(out, "{name}_sum {sum}\n{name}_count {count}");
    }
}

impl Metrics {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    pub fn set(gauge: &AtomicU64, value: u64) {
        gauge.store(value, Ordering::Relaxed);
    }

    /// Records how long one storage transaction took.
    pub fn write_took(&self, took: Duration) {
        self.write_latency.observe_duration(took);
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let mut one = |name: &str, kind: &str, help: &str, value: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        };
        one(
            "hubdesk_sync_connections",
            "gauge",
            "Open sync websockets.",
            get(&self.connections),
        );
        one(
            "hubdesk_sync_connections_refused_total",
            "counter",
            "Sync websockets refused for too many connections per user or device.",
            get(&self.connections_refused),
        );
        one(
            "hubdesk_sync_slow_readers_closed_total",
            "counter",
            "Sync websockets closed because they did not read what was sent to them.",
            get(&self.slow_readers_closed),
        );
        one(
            "hubdesk_sync_idle_closed_total",
            "counter",
            "Sync websockets closed because they stopped answering pings.",
            get(&self.idle_closed),
        );
        one(
            "hubdesk_documents_in_memory",
            "gauge",
            "Documents the sync engine holds in memory.",
            get(&self.documents_in_memory),
        );
        one(
            "hubdesk_documents_loading",
            "gauge",
            "Documents being read from storage.",
            get(&self.documents_loading),
        );
        one(
            "hubdesk_documents_unpersisted",
            "gauge",
            "Documents in memory with changes not yet durable (nothing of them is acknowledged).",
            get(&self.documents_unpersisted),
        );
        one(
            "hubdesk_sync_writes_in_flight",
            "gauge",
            "Batches handed to storage and not yet reported committed or failed.",
            get(&self.writes_in_flight),
        );
        one(
            "hubdesk_sync_session_loads",
            "gauge",
            "Document loads sessions wait for, counted per session.",
            get(&self.session_loads),
        );
        one(
            "hubdesk_sync_deferred_messages",
            "gauge",
            "Sessions' messages waiting for room among their loads.",
            get(&self.deferred_messages),
        );
        one(
            "hubdesk_sync_command_queue",
            "gauge",
            "Commands waiting for the sync actor.",
            get(&self.command_queue),
        );
        one(
            "hubdesk_sync_write_queue",
            "gauge",
            "Batches waiting for the storage writer.",
            get(&self.write_queue),
        );
        one(
            "hubdesk_sync_outbound_overflow_bytes",
            "gauge",
            "Bytes held for sessions whose outbound queue is full.",
            get(&self.outbound_overflow_bytes),
        );
        one(
            "hubdesk_storage_writes_total",
            "counter",
            "Storage transactions committed.",
            get(&self.writes),
        );
        one(
            "hubdesk_storage_live_writes_total",
            "counter",
            "Storage transactions of live edits, committed ahead of bulk uploads.",
            get(&self.live_writes),
        );
        one(
            "hubdesk_storage_live_writes_alongside_total",
            "counter",
            "Storage transactions of live edits committed while a bulk one was being written (PostgreSQL).",
            get(&self.live_writes_alongside),
        );
        one(
            "hubdesk_storage_bulk_gave_way_total",
            "counter",
            "Statements of bulk transactions held back while a live one was written alongside (PostgreSQL).",
            get(&self.bulk_gave_way),
        );
        one(
            "hubdesk_storage_write_failures_total",
            "counter",
            "Storage transactions that failed.",
            get(&self.write_failures),
        );
        one(
            "hubdesk_sync_acknowledgements_total",
            "counter",
            "Writes made durable and so acknowledged.",
            get(&self.acknowledgements),
        );
        one(
            "hubdesk_sync_refused_writes_total",
            "counter",
            "Writes from peers refused by the rules or the limits.",
            get(&self.refused_writes),
        );
        one(
            "hubdesk_login_failures_total",
            "counter",
            "Sign-ins with a wrong username or password.",
            get(&self.login_failures),
        );
        one(
            "hubdesk_logins_throttled_total",
            "counter",
            "Sign-ins refused with 429 by the rate limit.",
            get(&self.logins_throttled),
        );
        self.write_latency.render(
            &mut out,
            "hubdesk_storage_write_seconds",
            "How long storage transactions took.",
        );
        self.live_latency.render(
            &mut out,
            "hubdesk_sync_live_write_seconds",
            "From a live edit's batch handed to the storage writer to it being durable.",
        );
        self.load_latency.render(
            &mut out,
            "hubdesk_storage_load_seconds",
            "How long each read of documents from storage took (loads waiting together share one read).",
        );
        self.actor_waits.render(
            &mut out,
            "hubdesk_sync_actor_wait_seconds",
            "How long the sync actor waited for the storage writer, past the bound on parked bulk writes.",
        );
        self.live_message_waits.render(
            &mut out,
            "hubdesk_sync_live_message_wait_seconds",
            "From a live session's message handed over by its websocket to the sync actor serving it, when nothing else of that session waited.",
        );
        self.live_inbox_waits.render(
            &mut out,
            "hubdesk_sync_live_inbox_wait_seconds",
            "The part of a live message's wait spent in the sync actor's inbox, before its fair queue.",
        );
        self.actor_turns.render(
            &mut out,
            "hubdesk_sync_actor_turn_seconds",
            "How long each turn of the sync actor took (one command, message or tick, and its effects); the sum is its busy time.",
        );
        self.live_outlet_waits.render(
            &mut out,
            "hubdesk_sync_live_outlet_wait_seconds",
            "From the sync actor handing bytes to a session not uploading to its websocket having written them.",
        );
        self.live_edits.render(
            &mut out,
            "hubdesk_sync_live_edit_seconds",
            "A live edit in the server: from its message read off the websocket to its acknowledgement handed to the session, once durable.",
        );
        self.live_edits_bulk.render(
            &mut out,
            "hubdesk_sync_live_edit_bulk_seconds",
            "Those live edits whose write went to the storage writer's bulk lane.",
        );
        self.live_edits_loading.render(
            &mut out,
            "hubdesk_sync_live_edit_loading_seconds",
            "Those live edits that waited for a record to be loaded from storage.",
        );
        self.live_transactions.render(
            &mut out,
            "hubdesk_sync_live_transaction_seconds",
            "How long the storage writer took over each transaction of the live lane, from beginning it to its commit.",
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_counts_each_write_in_every_bucket_at_or_above_it() {
        let metrics = Metrics::default();
        metrics.write_took(Duration::from_millis(3));
        metrics.write_took(Duration::from_millis(300));
        let text = metrics.render();
        assert!(text.contains("hubdesk_storage_write_seconds_bucket{le=\"0.002\"} 0"));
        assert!(text.contains("hubdesk_storage_write_seconds_bucket{le=\"0.005\"} 1"));
        assert!(text.contains("hubdesk_storage_write_seconds_bucket{le=\"1\"} 2"));
        assert!(text.contains("hubdesk_storage_write_seconds_count 2"));
    }

    #[test]
    fn a_duration_under_a_millisecond_lands_in_the_finer_buckets() {
        let metrics = Metrics::default();
        metrics
            .actor_turns
            .observe_duration(Duration::from_micros(180));
        let text = metrics.render();
        assert!(text.contains("hubdesk_sync_actor_turn_seconds_bucket{le=\"0.0001\"} 0"));
        assert!(text.contains("hubdesk_sync_actor_turn_seconds_bucket{le=\"0.00025\"} 1"));
        assert!(text.contains("hubdesk_sync_actor_turn_seconds_sum 0.00018"));
    }
}
