//! A sync load generator that speaks the automerge-repo protocol, so it can be pointed at any
//! such server: simulated devices, each with its own user and token and its own engine, upload
//! documents they made offline while probe devices time live edits; then a hub client fetches
//! every document; then one device uploads its own week as fast as the server takes it while the
//! probes time edits again. Used by `cargo xtask bench sync` (through the `bench-sync` binary).

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use automerge::sync::{State, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, ChangeHash};
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::schema;

mod process;

pub use process::{
    cpu_secs, machine_cpu_secs, peak_rss, reset_peak_rss, rss, runqueue_secs, thread_schedstat,
};

use crate::new_request;
use crate::peer::now_ms;
use crate::repo_client::RepoClient;
use crate::server::{TempDir, TestServer};

/// What to run: `devices` devices upload `docs` documents between them, each made of `edits`
/// edits after its creation.
#[derive(Clone, Copy, Debug)]
pub struct LoadSpec {
    pub devices: usize,
    pub docs: usize,
    pub edits: usize,
    /// Documents to have stored in all before the last memory reading (0: skip that reading).
    pub stored: usize,
}

/// One simulated phone: where it connects (with its own token, where the server has tokens) and
/// the user id it files requests as.
#[derive(Clone, Debug)]
pub struct Device {
    pub url: String,
    pub requester: String,
}

/// Where to run it.
pub struct LoadTarget {
    /// The devices that upload.
    pub devices: Vec<Device>,
    /// The devices that time live edits while the load runs, each on a document of its own.
    pub probes: Vec<Device>,
    /// The hub client that fetches every document afterwards.
    pub hub_url: String,
    /// The server's processes (one per node), for memory and CPU readings.
    pub pids: Vec<u32>,
    /// Whether documents take HubDesk's ids (derived from the request's id) or random UUIDs,
    /// which other automerge-repo servers require.
    pub hubdesk_ids: bool,
}

/// Probe devices timing live edits side by side, so that a run collects hundreds of samples.
pub const PROBES: usize = 16;

/// The password of the load's own users.
const LOAD_PASSWORD: &str = "load-generator-password";

impl LoadTarget {
    /// A HubDesk server with its demo hub: an admin adds a practitioner per device and per
    /// probe (`load-0`, `load-1`, ...), each signs in once and connects with its own token, as
    /// phones do; the hub client signs in as `agent`.
    pub async fn hubdesk(server: &TestServer, devices: usize) -> Result<Self> {
        let admin = server.login("admin").await?;
        let mut phones = Vec::with_capacity(devices + PROBES);
        for n in 0..devices + PROBES {
            let username = format!("load-{n}");
            let added = admin
                .post(
                    "/api/users",
                    &serde_json::json!({
                        "username": username, "password": LOAD_PASSWORD,
                        "role": "practitioner", "country": "BD", "city": "Dhaka",
                    }),
                )
                .await?;
            anyhow::ensure!(added.status == 201, "adding {username}: {added:?}");
            let session = server.login_with(&username, LOAD_PASSWORD).await?;
            phones.push(Device {
                url: server.ws_url(&session.token),
                requester: session.user_id,
            });
        }
        let probes = phones.split_off(devices);
        Ok(Self {
            devices: phones,
            probes,
            hub_url: server.ws_url(&server.login("agent").await?.token),
            pids: server.pid().into_iter().collect(),
            hubdesk_ids: true,
        })
    }

    /// Any automerge-repo server at `url`, without tokens; documents take random UUID ids.
    pub fn plain(url: &str, devices: usize, pid: Option<u32>) -> Self {
        let device = Device {
            url: url.to_string(),
            requester: "load-requester".into(),
        };
        Self {
            devices: vec![device.clone(); devices],
            probes: vec![device; PROBES],
            hub_url: url.to_string(),
            pids: pid.into_iter().collect(),
            hubdesk_ids: false,
        }
    }
}

impl LoadTarget {
    /// Several HubDesk nodes sharing one database: the devices and probes are spread over
    /// them in turn (each signs in on its own node); the hub client uses the first.
    pub async fn hubdesk_nodes(nodes: &[&TestServer], devices: usize) -> Result<Self> {
        let first = nodes.first().context("no node")?;
        let mut target = Self::hubdesk(first, devices).await?;
        for (n, device) in target
            .devices
            .iter_mut()
            .chain(&mut target.probes)
            .enumerate()
        {
            let node = nodes[n % nodes.len()];
            if n % nodes.len() != 0 {
                let username = format!("load-{n}");
                let session = node.login_with(&username, LOAD_PASSWORD).await?;
                device.url = node.ws_url(&session.token);
            }
        }
        target.pids = nodes.iter().filter_map(|n| n.pid()).collect();
        Ok(target)
    }

    /// The resident memory of the largest server process (the target holds per node).
    fn rss(&self) -> Option<u64> {
        self.pids.iter().map(|pid| rss(*pid)).max().flatten()
    }

    /// Starts measuring the server processes' peak resident memory afresh.
    fn reset_peak_rss(&self) {
        for pid in &self.pids {
            reset_peak_rss(*pid);
        }
    }

    /// The largest server process's peak resident memory since [`Self::reset_peak_rss`].
    fn peak_rss(&self) -> Option<u64> {
        self.pids.iter().map(|pid| peak_rss(*pid)).max().flatten()
    }

    /// The CPU time of all server processes together.
    fn cpu_secs(&self) -> Option<f64> {
        if self.pids.is_empty() {
            return None;
        }
        self.pids.iter().map(|pid| cpu_secs(*pid)).sum()
    }

    /// How long the threads of all server processes have waited for a core, together.
    fn runqueue_secs(&self) -> Option<f64> {
        if self.pids.is_empty() {
            return None;
        }
        self.pids.iter().map(|pid| runqueue_secs(*pid)).sum()
    }

    /// How long the servers' sync actor threads waited for a core, together, and how many times
    /// they were given one (`None` where the server has no such thread).
    fn actor_schedstat(&self) -> Option<(f64, u64)> {
        let stats: Vec<(f64, u64)> = self
            .pids
            .iter()
            .filter_map(|pid| thread_schedstat(*pid, ACTOR_THREAD))
            .filter(|(_, slices)| *slices > 0)
            .collect();
        (!stats.is_empty()).then(|| stats.iter().fold((0.0, 0), |(w, n), (a, b)| (w + a, n + b)))
    }
}

/// The name of HubDesk's sync actor thread.
const ACTOR_THREAD: &str = "hubdesk-sync";

/// The flag that lets the load's users sign in from one address. Connection limits per device
/// and per user stay as they are: each simulated phone is a user of its own.
pub fn hubdesk_flags() -> [&'static str; 2] {
    ["--logins-per-address", "100000"]
}

/// The reference JavaScript sync server (`@automerge/automerge-repo-sync-server`), run from the
/// directory its npm packages are installed in, on a free port with an empty data directory.
/// Stopped when dropped.
pub struct ReferenceServer {
    child: tokio::process::Child,
    pub url: String,
    _data: TempDir,
}

impl ReferenceServer {
    pub async fn start(dir: &std::path::Path) -> Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let data = TempDir::new()?;
        let child = tokio::process::Command::new("node")
            .arg("node_modules/@automerge/automerge-repo-sync-server/src/index.js")
            .current_dir(dir)
            .env("PORT", port.to_string())
            .env("DATA_DIR", &data.0)
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("starting the reference server with node")?;
        let server = Self {
            child,
            url: format!("ws://127.0.0.1:{port}"),
            _data: data,
        };
        // It listens before its repo has read its storage id, and until then it ignores a
        // websocket without a word: it is ready once a join is answered.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            match RepoClient::connect_within(&server.url, Duration::from_secs(2)).await {
                Ok(mut probe) => {
                    probe.disconnect().await;
                    return Ok(server);
                }
                Err(e) if tokio::time::Instant::now() >= deadline => {
                    return Err(e.context("the reference server never answered a join"));
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }
}

/// What one run measured.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub uploaded: usize,
    pub upload_secs: f64,
    pub fetch_secs: f64,
    /// The probes' live edits while the devices uploaded, edit to acknowledgement, sorted.
    pub live_ms: Vec<f64>,
    /// The server's CPU time (all its threads, user and system) while the devices uploaded.
    pub upload_cpu_secs: Option<f64>,
    /// How long the server's threads, all together, waited for a core while the devices
    /// uploaded: ready to run, with both cores taken.
    pub upload_runqueue_secs: Option<f64>,
    /// Of those, the sync actor thread's wait, and how many times it was given a core.
    pub upload_actor_schedstat: Option<(f64, u64)>,
    /// The load generator's own CPU time (devices and probes) while the devices uploaded.
    pub generator_cpu_secs: Option<f64>,
    /// The whole machine's busy CPU time while the devices uploaded (the database's included).
    pub machine_cpu_secs: Option<f64>,
    /// The probes' live edits while one device uploaded `flood_docs` as fast as the server
    /// took them, sorted.
    pub flood_ms: Vec<f64>,
    pub flood_docs: usize,
    pub flood_secs: f64,
    pub rss_before: Option<u64>,
    pub rss_after: Option<u64>,
    /// The server's peak resident memory while the devices uploaded.
    pub rss_peak: Option<u64>,
    /// The server's peak resident memory while one device flooded.
    pub flood_rss_peak: Option<u64>,
    /// Documents stored in all, and the server's memory then.
    pub stored: Option<(usize, Option<u64>)>,
    /// Bytes on the wire while uploading, both ways, all devices.
    pub upload_bytes: u64,
    /// Bytes on the wire for the probes' edits under load, both ways.
    pub probe_bytes: u64,
    /// Bytes in-process automerge sync needs for one uploaded document (from empty).
    pub automerge_bytes_per_doc: u64,
}

impl LoadReport {
    pub fn upload_rate(&self) -> f64 {
        self.uploaded as f64 / self.upload_secs.max(1e-9)
    }

    pub fn fetch_rate(&self) -> f64 {
        self.uploaded as f64 / self.fetch_secs.max(1e-9)
    }

    pub fn live_percentile(&self, p: f64) -> f64 {
        percentile(&self.live_ms, p)
    }

    pub fn flood_percentile(&self, p: f64) -> f64 {
        percentile(&self.flood_ms, p)
    }

    /// Server CPU milliseconds per uploaded document.
    pub fn cpu_ms_per_doc(&self) -> Option<f64> {
        self.upload_cpu_secs
            .map(|secs| secs * 1000.0 / self.uploaded.max(1) as f64)
    }

    pub fn bytes_per_doc(&self) -> f64 {
        self.upload_bytes as f64 / self.uploaded.max(1) as f64
    }

    pub fn bytes_per_edit(&self) -> f64 {
        self.probe_bytes as f64 / self.live_ms.len().max(1) as f64
    }
}

/// The `p`th percentile of sorted values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// How long a whole phase may take before the run is called failed.
const PHASE_TIMEOUT: Duration = Duration::from_secs(600);

/// At most this many documents from the one flooding device.
const FLOOD_DOCS: usize = 2000;

/// Clients for `devices`, not connected yet.
fn clients(devices: &[Device]) -> Vec<RepoClient> {
    devices
        .iter()
        .map(|d| RepoClient::offline(&d.url))
        .collect()
}

/// Documents made offline on `clients` (`per_device` each, `edits` edits each after creation),
/// each filed by its device's user; returns each document with its heads.
fn make_offline(
    clients: &[RepoClient],
    devices: &[Device],
    per_device: usize,
    edits: usize,
    target: &LoadTarget,
    round: usize,
) -> Result<Vec<(DocumentId, Vec<ChangeHash>)>> {
    let mut made = Vec::with_capacity(clients.len() * per_device);
    for (d, (client, device)) in clients.iter().zip(devices).enumerate() {
        for n in 0..per_device {
            let title = format!("Load r{round} d{d} n{n}");
            let doc = create(client, device, target, &title)?;
            for e in 0..edits {
                retitle(client, doc, format!("Load r{round} d{d} n{n}, edit {e}"));
            }
            made.push((doc, client.heads(doc).context("the device's own document")?));
        }
    }
    Ok(made)
}

/// Creates a request filed by `device`'s user on `client`, with the kind of id `target` takes.
fn create(
    client: &RepoClient,
    device: &Device,
    target: &LoadTarget,
    title: &str,
) -> Result<DocumentId> {
    let request = new_request(&device.requester, title);
    let id = if target.hubdesk_ids {
        RequestId::parse(&request.id)?.document(DocKind::Request)
    } else {
        DocumentId::from_bytes(*uuid::Uuid::new_v4().as_bytes())
    };
    client.add(id, schema::new_request_doc(&request, ActorId::random())?);
    Ok(id)
}

/// Retitles the request `doc` on `client`: one small automerge change, made directly (going
/// through the whole-request mapping for each of the load's many edits would make the load
/// generator, not the server, the bottleneck).
fn retitle(client: &RepoClient, doc: DocumentId, title: String) {
    client.change(doc, |am| {
        let _ = am.transact_with::<_, _, automerge::AutomergeError, _>(
            |_| automerge::transaction::CommitOptions::default().with_time(now_ms()),
            |tx| tx.put(automerge::ROOT, "title", title),
        );
    });
}

/// Connects every client, waits until the server has acknowledged all their documents; returns
/// the seconds that took and the bytes it moved.
async fn upload(
    clients: &mut [RepoClient],
    made: &[(DocumentId, Vec<ChangeHash>)],
    per_device: usize,
) -> Result<(f64, u64)> {
    let before: u64 = clients.iter().map(|d| d.traffic().total()).sum();
    let started = Instant::now();
    let mut waits = Vec::new();
    for (client, docs) in clients.iter_mut().zip(made.chunks(per_device)) {
        let docs: Vec<DocumentId> = docs.iter().map(|(d, _)| *d).collect();
        waits.push(async move {
            client.reconnect().await?;
            if client
                .wait_all_synced(&docs, Duration::from_secs(60))
                .await
                .is_err()
            {
                for line in client.unsynced(&docs) {
                    eprintln!("still waiting after a minute: {line}");
                }
            }
            client.wait_all_synced(&docs, PHASE_TIMEOUT).await
        });
    }
    for result in futures_util::future::join_all(waits).await {
        result?;
    }
    let secs = started.elapsed().as_secs_f64();
    let after: u64 = clients.iter().map(|d| d.traffic().total()).sum();
    Ok((secs, after - before))
}

/// Bytes in-process automerge sync exchanges to bring `behind` (an empty document, say) up to
/// `doc`: the least any sync over the wire could cost.
pub fn automerge_sync_bytes(behind: &Automerge, doc: &Automerge) -> Result<u64> {
    let mut full = doc.clone();
    let mut empty = behind.clone();
    let (mut a, mut b) = (State::new(), State::new());
    let mut bytes = 0u64;
    for _ in 0..32 {
        let mut quiet = true;
        if let Some(message) = full.generate_sync_message(&mut a) {
            let encoded = message.encode();
            bytes += encoded.len() as u64;
            empty.receive_sync_message(&mut b, automerge::sync::Message::decode(&encoded)?)?;
            quiet = false;
        }
        if let Some(message) = empty.generate_sync_message(&mut b) {
            let encoded = message.encode();
            bytes += encoded.len() as u64;
            full.receive_sync_message(&mut a, automerge::sync::Message::decode(&encoded)?)?;
            quiet = false;
        }
        if quiet {
            break;
        }
    }
    Ok(bytes)
}

/// A probe: a connected device and the one document it edits.
type Probe = (RepoClient, DocumentId);

/// What a probe timed (milliseconds per edit), the bytes its edits moved, and the probe.
type Timed = (Vec<f64>, u64, Probe);

/// How long a probe pauses between one edit's acknowledgement and its next edit: a person typing
/// fast, whose app saves a few times a second. (Editing without pause, 30 times a second and
/// more, a probe is no longer a person: it spends the live credit a session has, see
/// `server/src/sync/lanes.rs`, and its edits go bulk like an upload's.)
const PROBE_PAUSE: Duration = Duration::from_millis(150);

/// The probes timing their live edits, each one edit after another with a pause, until
/// stopped.
struct Probing {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<Result<Timed>>>,
}

impl Probing {
    /// Starts the probes on `runtime` (their own, see [`run`]).
    fn start(runtime: &tokio::runtime::Handle, probes: Vec<Probe>, phase: &'static str) -> Self {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let tasks = probes
            .into_iter()
            .map(|(client, doc)| {
                let stop = stop.clone();
                runtime.spawn(async move {
                    let before = client.traffic().total();
                    let mut times = Vec::new();
                    // At least one edit each, however short the phase.
                    loop {
                        let started = Instant::now();
                        retitle(&client, doc, format!("{phase} {}", times.len()));
                        client
                            .wait_all_synced(&[doc], Duration::from_secs(60))
                            .await?;
                        times.push(started.elapsed().as_secs_f64() * 1000.0);
                        if stop.load(std::sync::atomic::Ordering::Relaxed) {
                            break;
                        }
                        tokio::time::sleep(PROBE_PAUSE).await;
                    }
                    let bytes = client.traffic().total() - before;
                    Ok((times, bytes, (client, doc)))
                })
            })
            .collect();
        Self { stop, tasks }
    }

    /// Stops the probes; returns every time they took (sorted), their bytes, and the probes.
    async fn stop(self) -> Result<(Vec<f64>, u64, Vec<Probe>)> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let (mut times, mut bytes, mut probes) = (Vec::new(), 0, Vec::new());
        for task in self.tasks {
            let (t, b, probe) = task.await??;
            times.extend(t);
            bytes += b;
            probes.push(probe);
        }
        times.sort_by(f64::total_cmp);
        Ok((times, bytes, probes))
    }
}

/// A runtime of the load's own, shut down without waiting when dropped (dropping one within
/// async code would panic).
struct OwnRuntime(Option<tokio::runtime::Runtime>);

impl OwnRuntime {
    fn handle(&self) -> Result<tokio::runtime::Handle> {
        Ok(self
            .0
            .as_ref()
            .context("runtime shut down")?
            .handle()
            .clone())
    }
}

impl Drop for OwnRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

/// Runs the load against `target` and measures it.
pub async fn run(spec: LoadSpec, target: &LoadTarget) -> Result<LoadReport> {
    let devices_n = target.devices.len().max(1);
    let per_device = spec.docs.div_ceil(devices_n);
    let mut report = LoadReport {
        rss_before: target.rss(),
        ..LoadReport::default()
    };

    // The probes: each one request, edited one edit after another while the load runs. They
    // run on a thread of their own, as a phone has its own processor: on the generator's
    // runtime, an edit's acknowledgement would wait behind the simulated devices' work.
    let probe_runtime = OwnRuntime(Some(
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("probes")
            .enable_all()
            .build()?,
    ));
    let on_probes = probe_runtime.handle()?;
    let mut probes = Vec::with_capacity(target.probes.len());
    for device in &target.probes {
        let url = device.url.clone();
        let client = on_probes
            .spawn(async move { RepoClient::connect(&url).await })
            .await??;
        let doc = create(&client, device, target, "Live edits")?;
        client
            .wait_all_synced(&[doc], Duration::from_secs(30))
            .await?;
        probes.push((client, doc));
    }

    let mut clients = clients(&target.devices);
    let made = make_offline(&clients, &target.devices, per_device, spec.edits, target, 0)?;
    if let Some((doc, _)) = made.first() {
        let sample = clients[0].document(*doc).context("a made document")?;
        report.automerge_bytes_per_doc = automerge_sync_bytes(&Automerge::new(), &sample)?;
    }

    let probing = Probing::start(&on_probes, probes, "Live edit");
    target.reset_peak_rss();
    let cpu_before = target.cpu_secs();
    let waited_before = target.runqueue_secs();
    let actor_before = target.actor_schedstat();
    let own_before = cpu_secs(std::process::id());
    let machine_before = machine_cpu_secs();
    let uploaded = upload(&mut clients, &made, per_device).await;
    let cpu_after = target.cpu_secs();
    let waited_after = target.runqueue_secs();
    let actor_after = target.actor_schedstat();
    let own_after = cpu_secs(std::process::id());
    let machine_after = machine_cpu_secs();
    let (times, probe_bytes, probes) = probing.stop().await?;
    let (upload_secs, upload_bytes) = uploaded?;
    report.uploaded = made.len();
    report.upload_secs = upload_secs;
    report.upload_bytes = upload_bytes;
    report.upload_cpu_secs = cpu_before.zip(cpu_after).map(|(a, b)| b - a);
    report.upload_runqueue_secs = waited_before.zip(waited_after).map(|(a, b)| b - a);
    report.upload_actor_schedstat = actor_before
        .zip(actor_after)
        .map(|((w0, n0), (w1, n1))| (w1 - w0, n1.saturating_sub(n0)));
    report.generator_cpu_secs = own_before.zip(own_after).map(|(a, b)| b - a);
    report.machine_cpu_secs = machine_before.zip(machine_after).map(|(a, b)| b - a);
    report.live_ms = times;
    report.probe_bytes = probe_bytes;
    report.rss_after = target.rss();
    report.rss_peak = target.peak_rss();

    // A hub client asks for every document and waits until it has each at its final heads.
    let hub = RepoClient::connect(&target.hub_url).await?;
    let started = Instant::now();
    for (doc, _) in &made {
        hub.want(*doc);
    }
    hub.wait_all_reached(&made, PHASE_TIMEOUT).await?;
    report.fetch_secs = started.elapsed().as_secs_f64();
    drop(hub);

    // One device floods: its week of documents, sent as fast as the server takes them, while
    // the probes time their edits again.
    for client in clients.iter_mut() {
        client.disconnect().await;
    }
    let flooder = &target.devices[..1];
    let mut flooding = self::clients(flooder);
    let flood_docs = spec.docs.min(FLOOD_DOCS);
    let flood = make_offline(&flooding, flooder, flood_docs, spec.edits, target, 1)?;
    let probing = Probing::start(&on_probes, probes, "Edit under a flood");
    target.reset_peak_rss();
    let flooded = upload(&mut flooding, &flood, flood_docs).await;
    report.flood_rss_peak = target.peak_rss();
    let (flood_times, _, _probes) = probing.stop().await?;
    report.flood_secs = flooded?.0;
    report.flood_docs = flood.len();
    report.flood_ms = flood_times;
    flooding[0].disconnect().await;
    let mut stored = made.len() + flood.len();

    // More rounds until `stored` documents are stored, then one more memory reading.
    if spec.stored > 0 {
        let mut round = 2;
        while stored < spec.stored {
            // Fresh clients (same tokens): a client that already synced would offer its old
            // documents again on reconnecting, which is not the load being measured.
            let mut clients = self::clients(&target.devices);
            let left = spec.stored - stored;
            let per = per_device.min(left.div_ceil(devices_n)).max(1);
            // Created only, not edited: what is measured here is the server's memory with many
            // documents stored, and the load generator's own edits would take most of the time.
            let more = make_offline(&clients, &target.devices, per, 0, target, round)?;
            upload(&mut clients, &more, per).await?;
            for client in clients.iter_mut() {
                client.disconnect().await;
            }
            stored += more.len();
            round += 1;
        }
        report.stored = Some((stored, target.rss()));
    }
    Ok(report)
}
