//! Link emulation in user space (the kernel here has no netem): a TCP proxy between a client and
//! the server that adds latency, limits bandwidth and cuts the link. What a phone on a slow,
//! flaky 2G link sees, for the tests and for trying the app by hand.
//!
//! The model: each direction is one lane shared by every connection through the link, carrying
//! `bits_per_sec`; a segment (at most [`SEGMENT`] bytes) occupies the lane for its size's worth
//! of time and arrives half a round trip after it has been put on it. Opening a connection
//! costs a round trip. A cut closes every open connection at once and refuses new ones for
//! `outage`; with `cut_every` set, cuts come at random intervals averaging that long, each
//! counted from the previous cut.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use rand::Rng;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio::time::Instant;

/// The most one segment carries, about a TCP segment on a mobile link.
pub const SEGMENT: usize = 1400;

/// How the link behaves.
#[derive(Clone, Copy, Debug)]
pub struct LinkConfig {
    pub rtt: Duration,
    pub bits_per_sec: u64,
    /// The mean time between random cuts; `None` for none.
    pub cut_every: Option<Duration>,
    /// How long the link stays down after a cut.
    pub outage: Duration,
}

impl LinkConfig {
    /// A slow 2G field link: 250 kbit/s, 600 ms round trip, a cut every 20 s or so, each
    /// refusing connections for half a second.
    pub fn field_2g() -> Self {
        Self {
            rtt: Duration::from_millis(600),
            bits_per_sec: 250_000,
            cut_every: Some(Duration::from_secs(20)),
            outage: Duration::from_millis(500),
        }
    }

    fn one_way(&self) -> Duration {
        self.rtt / 2
    }

    fn time_on_lane(&self, bytes: usize) -> Duration {
        Duration::from_secs_f64(bytes as f64 * 8.0 / self.bits_per_sec.max(1) as f64)
    }
}

/// What has crossed the link so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    pub to_server: u64,
    pub to_client: u64,
    pub connections: u64,
    pub cuts: u64,
}

/// One direction: when it is next free.
struct Lane {
    free_at: Mutex<Instant>,
    bytes: AtomicU64,
}

impl Lane {
    fn new() -> Self {
        Self {
            free_at: Mutex::new(Instant::now()),
            bytes: AtomicU64::new(0),
        }
    }

    /// Puts `bytes` on the lane; returns when they have all left it.
    fn occupy(&self, config: &LinkConfig, bytes: usize) -> Instant {
        self.bytes.fetch_add(bytes as u64, Ordering::Relaxed);
        let mut free = match self.free_at.lock() {
            Ok(free) => free,
            Err(poisoned) => poisoned.into_inner(),
        };
        let start = (*free).max(Instant::now());
        *free = start + config.time_on_lane(bytes);
        *free
    }
}

struct Shared {
    config: LinkConfig,
    upstream: SocketAddr,
    to_server: Lane,
    to_client: Lane,
    /// Bumped by every cut; connections close when it changes.
    cuts: watch::Sender<u64>,
    /// Until when new connections are refused.
    down_until: Mutex<Instant>,
    /// Held down by the test (not a timed outage).
    held_down: AtomicBool,
    connections: AtomicU64,
}

impl Shared {
    fn is_down(&self) -> bool {
        self.held_down.load(Ordering::Relaxed)
            || match self.down_until.lock() {
                Ok(until) => Instant::now() < *until,
                Err(_) => false,
            }
    }

    fn cut(&self, outage: Duration) {
        if let Ok(mut until) = self.down_until.lock() {
            *until = Instant::now() + outage;
        }
        self.cuts.send_modify(|n| *n += 1);
    }
}

/// A running link; stops when dropped.
pub struct Link {
    address: SocketAddr,
    shared: Arc<Shared>,
    tasks: Vec<JoinHandle<()>>,
}

impl Link {
    /// Starts a link on a free local port in front of `upstream`.
    pub async fn start(upstream: SocketAddr, config: LinkConfig) -> Result<Self> {
        Self::start_on("127.0.0.1:0", upstream, config).await
    }

    /// Starts a link listening on `listen` in front of `upstream`.
    pub async fn start_on(listen: &str, upstream: SocketAddr, config: LinkConfig) -> Result<Self> {
        let listener = TcpListener::bind(listen).await?;
        let address = listener.local_addr()?;
        let (cuts, _) = watch::channel(0);
        let shared = Arc::new(Shared {
            config,
            upstream,
            to_server: Lane::new(),
            to_client: Lane::new(),
            cuts,
            down_until: Mutex::new(Instant::now()),
            held_down: AtomicBool::new(false),
            connections: AtomicU64::new(0),
        });
        let mut tasks = vec![tokio::spawn(accept(listener, shared.clone()))];
        if let Some(every) = config.cut_every {
            tasks.push(tokio::spawn(random_cuts(shared.clone(), every)));
        }
        Ok(Self {
            address,
            shared,
            tasks,
        })
    }

    /// Starts a link in front of a server's `http://host:port` base URL.
    pub async fn in_front_of(base_url: &str, config: LinkConfig) -> Result<Self> {
        let host = base_url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let upstream = tokio::net::lookup_host(&host)
            .await?
            .next()
            .ok_or_else(|| anyhow::anyhow!("no address for {host}"))?;
        Self::start(upstream, config).await
    }

    /// The link's `http://` base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Cuts every open connection now; the link comes back after the configured outage.
    pub fn cut(&self) {
        self.shared.cut(self.shared.config.outage);
    }

    /// Takes the link down (cutting everything) until [`Link::restore`].
    pub fn take_down(&self) {
        self.shared.held_down.store(true, Ordering::Relaxed);
        self.shared.cut(Duration::ZERO);
    }

    pub fn restore(&self) {
        self.shared.held_down.store(false, Ordering::Relaxed);
    }

    pub fn stats(&self) -> LinkStats {
        LinkStats {
            to_server: self.shared.to_server.bytes.load(Ordering::Relaxed),
            to_client: self.shared.to_client.bytes.load(Ordering::Relaxed),
            connections: self.shared.connections.load(Ordering::Relaxed),
            cuts: *self.shared.cuts.borrow(),
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.shared.cut(Duration::from_secs(3600));
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Cuts the link at random intervals, each counted from the previous cut whatever made it (a
/// test's own [`Link::cut`] included): uniform between half and one and a half times `every`.
async fn random_cuts(shared: Arc<Shared>, every: Duration) {
    let mut cuts = shared.cuts.subscribe();
    loop {
        let factor = rand::rng().random_range(0.5..1.5);
        cuts.mark_unchanged();
        tokio::select! {
            _ = tokio::time::sleep(every.mul_f64(factor)) => shared.cut(shared.config.outage),
            // Another cut came first: the next interval starts from it.
            _ = cuts.changed() => {}
        }
    }
}

async fn accept(listener: TcpListener, shared: Arc<Shared>) {
    while let Ok((client, _)) = listener.accept().await {
        if shared.is_down() {
            // No route: the connection is dropped at once.
            drop(client);
            continue;
        }
        shared.connections.fetch_add(1, Ordering::Relaxed);
        tokio::spawn(connection(client, shared.clone()));
    }
}

async fn connection(client: TcpStream, shared: Arc<Shared>) {
    let mut cuts = shared.cuts.subscribe();
    cuts.mark_unchanged();
    // The handshake's round trip.
    tokio::select! {
        _ = tokio::time::sleep(shared.config.rtt) => {}
        _ = cuts.changed() => return,
    }
    let Ok(server) = TcpStream::connect(shared.upstream).await else {
        return;
    };
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    let up = tokio::spawn(direction(client_read, server_write, shared.clone(), true));
    let down = tokio::spawn(direction(server_read, client_write, shared.clone(), false));
    let (abort_up, abort_down) = (up.abort_handle(), down.abort_handle());
    tokio::select! {
        _ = async { let _ = tokio::join!(up, down); } => {}
        _ = cuts.changed() => {
            abort_up.abort();
            abort_down.abort();
        }
    }
}

/// Carries one direction of a connection through its lane.
async fn direction(
    mut from: OwnedReadHalf,
    mut to: OwnedWriteHalf,
    shared: Arc<Shared>,
    to_server: bool,
) {
    let (tx, mut rx) = mpsc::channel::<(Instant, Vec<u8>)>(256);
    // Both halves run inside this task, so a cut (aborting it) drops both sockets.
    let delivering = async move {
        while let Some((due, bytes)) = rx.recv().await {
            tokio::time::sleep_until(due).await;
            if to.write_all(&bytes).await.is_err() {
                return;
            }
        }
        let _ = to.shutdown().await;
    };
    let reading = async move {
        let lane = if to_server {
            &shared.to_server
        } else {
            &shared.to_client
        };
        let mut buffer = vec![0u8; SEGMENT];
        loop {
            let n = match from.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let left_lane = lane.occupy(&shared.config, n);
            let due = left_lane + shared.config.one_way();
            if tx.send((due, buffer[..n].to_vec())).await.is_err() {
                break;
            }
            // Reading no faster than the lane drains keeps back-pressure on the sender.
            tokio::time::sleep_until(left_lane).await;
        }
    };
    tokio::join!(reading, delivering);
}
