//! The actor's clocks on live edits, for `/metrics`: how long a live session's message waited
//! for the actor, how long a live write took to be durable and reported, and the whole of a
//! live edit in the server, from its frame read off the socket to its acknowledgement handed
//! to the session.

use std::collections::HashMap;
use std::time::Instant;

use hubdesk_shared::engine::{ConnId, WriteId};

use super::fair;
use super::metrics::Metrics;

#[derive(Default)]
pub struct LiveTimes {
    /// When each live batch not yet reported durable was handed to the writer.
    writes: HashMap<WriteId, Instant>,
    /// Per session, its last live message not yet answered.
    edits: HashMap<ConnId, Edit>,
}

/// A live session's message on its way through the actor.
struct Edit {
    /// When its frame was read off the socket.
    read: Instant,
    /// Whether it brought a change (so an acknowledgement is owed to it once the change is
    /// durable).
    owed: bool,
    /// Whether its change went to the writer's bulk lane (behind a record's earlier bulk write,
    /// too large, or the session out of live credit).
    bulk: bool,
    /// Whether it waited for a record to be loaded from storage.
    loading: bool,
}

impl LiveTimes {
    /// A live session's message is served: puts how long it waited on `/metrics`, and starts
    /// the clock of its edit unless an earlier edit of the session still awaits its
    /// acknowledgement (the session's next answer is that one's).
    pub fn served(&mut self, conn: ConnId, message: &fair::Message, served: Instant, m: &Metrics) {
        m.live_message_waits
            .observe_duration(served.duration_since(message.sent));
        m.live_inbox_waits
            .observe_duration(message.taken.duration_since(message.sent));
        if !self.edits.get(&conn).is_some_and(|edit| edit.owed) {
            let edit = Edit {
                read: message.sent,
                owed: false,
                bulk: false,
                loading: false,
            };
            self.edits.insert(conn, edit);
        }
    }

    /// The message being served for session `conn` needs a record loaded from storage.
    pub fn loading(&mut self, conn: ConnId) {
        if let Some(edit) = self.edits.get_mut(&conn) {
            edit.loading = true;
        }
    }

    /// A write for session `conn` goes to the writer (`live`: in the live lane): the session's
    /// last live message, if not yet answered, brought a change and is owed its
    /// acknowledgement.
    pub fn writing(&mut self, conn: Option<ConnId>, write: WriteId, live: bool) {
        if live {
            self.writes.insert(write, Instant::now());
        }
        if let Some(edit) = conn.and_then(|conn| self.edits.get_mut(&conn)) {
            edit.owed = true;
            edit.bulk |= !live;
        }
    }

    /// A write is reported durable or failed.
    pub fn persisted(&mut self, write: WriteId, m: &Metrics) {
        if let Some(since) = self.writes.remove(&write) {
            m.live_latency.observe_duration(since.elapsed());
        }
    }

    /// The actor hands bytes to session `conn`: the answer to its last live message. An edit's
    /// acknowledgement ends its clock; the answer to a message that brought no change just
    /// forgets it. Edits whose write went bulk, or that waited for a load, are also timed
    /// apart: what the tail of live edits is made of.
    pub fn answered(&mut self, conn: ConnId, m: &Metrics) {
        let Some(edit) = self.edits.remove(&conn).filter(|edit| edit.owed) else {
            return;
        };
        let took = edit.read.elapsed();
        m.live_edits.observe_duration(took);
        if edit.bulk {
            m.live_edits_bulk.observe_duration(took);
        }
        if edit.loading {
            m.live_edits_loading.observe_duration(took);
        }
    }

    pub fn closed(&mut self, conn: ConnId) {
        self.edits.remove(&conn);
    }
}
