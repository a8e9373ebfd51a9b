//! The IO shell around the shared sync engine.
//!
//! One task (the actor, [`actor`]) owns the [`Engine`]; websocket sessions and HTTP handlers
//! talk to it through a bounded channel of [`Command`]s, so a flood of input waits instead of
//! piling up. What sessions send is served by fair queuing over sessions ([`fair`]), so a live
//! edit is not kept behind other devices' uploads. The actor carries out the engine's effects: bytes go to the session's bounded
//! queue ([`sessions`]), loads run as tasks, and persists go, in order, through a bounded
//! channel to a single writer task ([`writer`]) that commits them (grouped) in one transaction
//! and reports back. The results of the actor's own loads and writes come back on a separate
//! channel, bounded by the loads and writes in flight, so the actor and the writer can never
//! wait on each other. Because the engine holds back sync messages for a document until its
//! writes are reported durable, nothing reaches a client as acknowledged before it is committed.
//!
//! If the actor or the writer dies, the process exits non-zero (after logging why) so its
//! supervisor starts a fresh one: storage is the truth and nothing acknowledged is lost.

mod actor;
mod fair;
mod follow;
mod lanes;
mod loads;
pub mod metrics;
pub mod sessions;
mod timing;
mod writer;
pub mod ws;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use automerge::Automerge;
use hubdesk_shared::access::Principal;
use hubdesk_shared::engine::{ConnId, Edit, Engine, EngineConfig, Outcome, Rejection, Stored};
use hubdesk_shared::ids::{DocumentId, RequestId};
use hubdesk_shared::validate::Rules;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::store::Store;
use metrics::Metrics;
use sessions::{Outlet, SessionLimits};

/// Commands waiting for the actor before senders wait.
const COMMAND_QUEUE: usize = 4096;

/// Commands waiting in the urgent inbox (live sessions' messages, REST operations) before
/// senders wait.
const URGENT_QUEUE: usize = 1024;

/// What the engine is told when a load or a write found storage unreachable (the details go to
/// the log).
const STORAGE_UNAVAILABLE: &str = "storage unavailable";

pub enum Command {
    Open {
        conn: ConnId,
        principal: Principal,
        /// The device the connection's token is bound to.
        device: String,
        outlet: Outlet,
        intake: Arc<sessions::Intake>,
    },
    /// The device signed out: close its connections.
    DeviceRevoked {
        device: String,
    },
    /// A message from a session; its permit is given back once the actor has served it.
    Receive {
        conn: ConnId,
        message: fair::Message,
    },
    Closed {
        conn: ConnId,
    },
    Create {
        doc: DocumentId,
        content: Box<Automerge>,
        by: Principal,
        reply: oneshot::Sender<Result<Outcome, Rejection>>,
    },
    Edit {
        doc: DocumentId,
        edit: Edit,
        /// Who asks; `None` for the hub's own records (fund decisions from its ledger), which
        /// no person may write and which are therefore not admitted as anyone's write.
        by: Option<Principal>,
        reply: oneshot::Sender<Result<Outcome, Rejection>>,
    },
    Loaded {
        doc: DocumentId,
        result: Result<Option<Stored>, String>,
    },
    Persisted {
        write: u64,
        result: Result<(), String>,
    },
    /// The hub replaced a document with a new history (on this node or another): drop what
    /// memory holds of it (see `Engine::forget`).
    Replaced {
        doc: DocumentId,
    },
    /// A chunk another node sharing the database stored.
    External {
        doc: DocumentId,
        chunk: Vec<u8>,
    },
    /// The fund rounds applications are checked against changed.
    Rounds(hubdesk_shared::fund::RoundBook),
    /// Finish every accepted write, then stop.
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

/// Faults injected for tests through `HUBDESK_FAULTS` (comma-separated `name=N`); never set in
/// production. `write-fail-at=N` fails the storage transaction holding the Nth batch;
/// `writer-panic-after=N` and `actor-panic-after=N` kill those tasks after N batches or commands.
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults {
    pub write_fail_at: Option<u64>,
    pub writer_panic_after: Option<u64>,
    pub actor_panic_after: Option<u64>,
}

impl Faults {
    pub fn from_env() -> Self {
        let mut faults = Self::default();
        let Ok(text) = std::env::var("HUBDESK_FAULTS") else {
            return faults;
        };
        for part in text.split(',') {
            let Some((name, n)) = part.split_once('=') else {
                continue;
            };
            let n = n.trim().parse().ok();
            match name.trim() {
                "write-fail-at" => faults.write_fail_at = n,
                "writer-panic-after" => faults.writer_panic_after = n,
                "actor-panic-after" => faults.actor_panic_after = n,
                _ => {}
            }
        }
        if faults.write_fail_at.is_some()
            || faults.writer_panic_after.is_some()
            || faults.actor_panic_after.is_some()
        {
            tracing::warn!(
                ?faults,
                "faults are injected (HUBDESK_FAULTS): for tests only"
            );
        }
        faults
    }
}

/// A handle for talking to the sync actor.
#[derive(Clone)]
pub struct SyncHandle {
    commands: mpsc::Sender<Command>,
    /// Live sessions' messages and REST operations, taken even while `commands` is full.
    urgent: mpsc::Sender<Command>,
    /// Results of the actor's own loads.
    internal: mpsc::UnboundedSender<Command>,
    /// The storage writer's reports (a write durable, or failed), taken ahead of loads': a
    /// wave's loads report by the thousand, each waking work, and a live edit's
    /// acknowledgement waited behind them.
    written: mpsc::UnboundedSender<Command>,
    /// The storage writer's reports on live writes, taken before anything else: they are what
    /// acknowledges live edits, and behind a wave's bulk reports they waited 80 to 180 ms.
    written_live: mpsc::UnboundedSender<Command>,
    /// Requests whose stored records changed, on this node or another, for live views.
    changes: broadcast::Sender<String>,
    pub metrics: Arc<Metrics>,
    /// False once the actor or the writer has died.
    alive: Arc<AtomicBool>,
    /// Set when the actor starts shutting down: its tasks ending is then expected.
    stopping: Arc<AtomicBool>,
    /// This node's id, as its stored chunks carry it.
    node_id: Arc<str>,
    /// The fund rounds as SQL last held them, which the engine checks applications against
    /// too; REST commands check against the same ([`SyncHandle::rounds`]).
    rounds: Arc<std::sync::RwLock<hubdesk_shared::fund::RoundBook>>,
}

impl SyncHandle {
    /// Hands the actor a command, waiting while its queue is full.
    pub async fn send(&self, command: Command) {
        // The actor only stops at shutdown, after which nothing needs answering.
        let _ = self.commands.send(command).await;
    }

    /// Hands the actor a command it takes before the common queue: a session's opening, a
    /// message of a session editing live ([`sessions::Intake`]), a REST operation.
    pub async fn send_urgent(&self, command: Command) {
        let _ = self.urgent.send(command).await;
    }

    /// The fund rounds as this node last read them from SQL.
    pub fn rounds(&self) -> hubdesk_shared::fund::RoundBook {
        self.rounds.read().map(|r| r.clone()).unwrap_or_default()
    }

    /// Hands this node (its engine, and REST commands) the fund rounds as SQL holds them.
    pub async fn set_rounds(&self, book: hubdesk_shared::fund::RoundBook) {
        if let Ok(mut rounds) = self.rounds.write() {
            *rounds = book.clone();
        }
        self.send(Command::Rounds(book)).await;
    }

    fn send_internal(&self, command: Command) {
        let _ = self.internal.send(command);
    }

    /// Hands the actor the storage writer's report on a write (`live`: from the live lane).
    fn send_written(&self, command: Command, live: bool) {
        let _ = if live {
            self.written_live.send(command)
        } else {
            self.written.send(command)
        };
    }

    /// Whether the actor and the writer are running.
    pub fn is_alive(&self) -> bool {
        self.alive.load(Ordering::Relaxed) && !self.commands.is_closed()
    }

    async fn ask(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<Outcome, Rejection>>) -> Command,
    ) -> Result<Outcome, Rejection> {
        let (reply, rx) = oneshot::channel();
        self.send_urgent(make(reply)).await;
        rx.await
            .unwrap_or_else(|_| Err(Rejection::Storage("the server is shutting down".into())))
    }

    /// Creates a document on behalf of `by`; returns once it is durable (or refused).
    pub async fn create(
        &self,
        doc: DocumentId,
        content: Automerge,
        by: Principal,
    ) -> Result<Outcome, Rejection> {
        self.ask(|reply| Command::Create {
            doc,
            content: Box::new(content),
            by,
            reply,
        })
        .await
    }

    /// Changes a document on behalf of `by`; returns once the change is durable (or refused).
    pub async fn edit(
        &self,
        doc: DocumentId,
        edit: Edit,
        by: Principal,
    ) -> Result<Outcome, Rejection> {
        self.ask(|reply| Command::Edit {
            doc,
            edit,
            by: Some(by),
            reply,
        })
        .await
    }

    /// Changes a document as the hub itself (its record of a fund decision, made from the
    /// ledger); returns once the change is durable.
    pub async fn edit_as_hub(&self, doc: DocumentId, edit: Edit) -> Result<Outcome, Rejection> {
        self.ask(|reply| Command::Edit {
            doc,
            edit,
            by: None,
            reply,
        })
        .await
    }

    /// Listens for requests whose stored records change (by request id). A listener that falls
    /// behind is told it lagged and should reload what it shows.
    pub fn subscribe_changes(&self) -> broadcast::Receiver<String> {
        self.changes.subscribe()
    }

    fn changed(&self, request_id: String) {
        // Nobody listening is fine.
        let _ = self.changes.send(request_id);
    }

    /// This node's id.
    pub fn node_id(&self) -> &str {
        &self.node_id
    }

    /// The hub replaced `docs` of request `id` with new histories in storage: this node drops
    /// the old ones (other nodes hear of it through the database), and the live feed hears the
    /// request changed.
    pub async fn replaced(&self, id: RequestId, docs: &[DocumentId]) {
        for doc in docs {
            self.send(Command::Replaced { doc: *doc }).await;
        }
        self.changed(id.to_string());
    }

    /// Waits until every accepted write is durable and the actor has stopped.
    pub async fn shutdown(&self) {
        let (done, rx) = oneshot::channel();
        self.send(Command::Shutdown { done }).await;
        let _ = rx.await;
    }
}

pub struct SyncConfig {
    pub engine: EngineConfig,
    pub node_id: String,
    /// How often to look for changes other nodes stored when their notifications cannot be
    /// heard (with LISTEN working, every 2 s as a fallback); `None` when this node is alone
    /// (SQLite).
    pub follow_other_nodes: Option<Duration>,
    /// The rules the writer needs (service-level targets for the projection).
    pub rules: Rules,
    pub sessions: SessionLimits,
    pub faults: Faults,
}

/// Starts the actor and its storage writer; returns the handle to reach them.
pub fn start(store: Store, config: SyncConfig) -> SyncHandle {
    let (commands, inbox) = mpsc::channel(COMMAND_QUEUE);
    let (urgent, urgent_inbox) = mpsc::channel(URGENT_QUEUE);
    let (internal, internal_inbox) = mpsc::unbounded_channel();
    let (written, written_inbox) = mpsc::unbounded_channel();
    let (written_live, written_live_inbox) = mpsc::unbounded_channel();
    let (changes, _) = broadcast::channel(1024);
    let handle = SyncHandle {
        commands,
        urgent,
        internal,
        written,
        written_live,
        changes,
        metrics: Arc::new(Metrics::default()),
        alive: Arc::new(AtomicBool::new(true)),
        stopping: Arc::new(AtomicBool::new(false)),
        node_id: Arc::from(config.node_id.as_str()),
        rounds: Arc::default(),
    };
    let (lanes, taking) = lanes::lanes();
    supervise(
        "storage writer",
        handle.clone(),
        writer::writer(
            store.clone(),
            config.node_id.clone(),
            config.rules.sla,
            taking,
            handle.clone(),
            config.faults,
        ),
    );
    if let Some(every) = config.follow_other_nodes {
        tokio::spawn(follow::follow_other_nodes(
            store.clone(),
            config.node_id.clone(),
            every,
            handle.clone(),
        ));
    }
    let actor = actor::Actor::new(
        Engine::new(config.engine),
        store,
        lanes,
        handle.clone(),
        config.sessions,
        config.faults,
    );
    supervise(
        "sync actor",
        handle.clone(),
        on_own_thread(
            "hubdesk-sync",
            actor.run(actor::Inboxes {
                common: inbox,
                urgent: urgent_inbox,
                written: written_inbox,
                written_live: written_live_inbox,
                internal: internal_inbox,
            }),
        ),
    );
    handle
}

/// Runs `task` on a thread of its own, on a single-threaded runtime; the returned future ends
/// when the task does. The actor runs so: on the shared runtime it was one task among hundreds
/// of websockets', and a live edit that woke it waited for their turns first (the histogram of
/// live messages' waits, docs/benchmarks.md). The thread ends with the runtime that started it
/// (a test's, say), as a task of that runtime would.
fn on_own_thread(
    name: &str,
    task: impl Future<Output = ()> + Send + 'static,
) -> impl Future<Output = ()> + Send + 'static {
    let (finished, done) = oneshot::channel::<()>();
    let (alive, runtime_gone) = oneshot::channel::<()>();
    // Dropped, with every task of the shared runtime, when that runtime shuts down.
    tokio::spawn(async move {
        let _alive = alive;
        std::future::pending::<()>().await;
    });
    let spawned = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build();
            let runtime = match runtime {
                Ok(runtime) => runtime,
                Err(e) => return tracing::error!(error = %e, "starting a runtime failed"),
            };
            runtime.block_on(async move {
                tokio::select! {
                    () = task => { let _ = finished.send(()); }
                    _ = runtime_gone => {}
                }
            });
        });
    async move {
        match spawned {
            // A panic on the thread drops `finished`: supervision then sees the task end.
            Ok(_) => {
                if done.await.is_err() {
                    tracing::error!("a task on its own thread panicked or could not start");
                }
            }
            Err(e) => tracing::error!(error = %e, "starting a thread failed"),
        }
    }
}

/// Runs a task that must live as long as the server. If it panics, or returns while the server
/// is not shutting down, the node is marked dead and the process exits with status 70, so a
/// supervisor (systemd, a container runtime) starts it again from storage.
fn supervise(
    name: &'static str,
    handle: SyncHandle,
    task: impl Future<Output = ()> + Send + 'static,
) {
    let running = tokio::spawn(task);
    tokio::spawn(async move {
        match running.await {
            Ok(()) if handle.stopping.load(Ordering::Relaxed) => return,
            Ok(()) => tracing::error!(task = name, "a task the server needs stopped"),
            Err(e) => tracing::error!(task = name, error = %e, "a task the server needs died"),
        }
        handle.alive.store(false, Ordering::Relaxed);
        tracing::error!(
            task = name,
            "exiting so a supervisor can restart the server"
        );
        std::process::exit(70);
    });
}
