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
    /// Per session, when its last live message was read, and whether that message brought a
    /// change (so an acknowledgement is owed to it once the change is durable).
    edits: HashMap<ConnId, (Instant, bool)>,
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
        match self.edits.get(&conn) {
            Some((_, true)) => {}
            _ => {
                self.edits.insert(conn, (message.sent, false));
            }
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
            edit.1 = true;
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
    /// forgets it.
    pub fn answered(&mut self, conn: ConnId, m: &Metrics) {
        if let Some((read, owed)) = self.edits.remove(&conn)
            && owed
        {
            m.live_edits.observe_duration(read.elapsed());
        }
    }

    pub fn closed(&mut self, conn: ConnId) {
        self.edits.remove(&conn);
    }
}
