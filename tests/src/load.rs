//! A sync load generator that speaks the automerge-repo protocol, so it can be pointed at any
//! such server: simulated devices, each with its own token and its own engine, upload documents
//! they made offline while a probe device times live edits; then a hub client fetches every
//! document. Used by `cargo xtask bench sync` (through the `bench-sync` binary).

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use automerge::sync::{State, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, ChangeHash};
use hubdesk_shared::ids::{DocKind, DocumentId, RequestId};
use hubdesk_shared::schema;

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

/// Where to run it.
pub struct LoadTarget {
    /// One websocket URL per simulated device (each with its own token, where the server has
    /// tokens).
    pub device_urls: Vec<String>,
    /// The device that times live edits while the load runs.
    pub probe_url: String,
    /// The hub client that fetches every document afterwards.
    pub hub_url: String,
    /// The user id put in each document's requester field.
    pub requester: String,
    /// The server's process, for memory readings.
    pub pid: Option<u32>,
    /// Whether documents take HubDesk's ids (derived from the request's id) or random UUIDs,
    /// which other automerge-repo servers require.
    pub hubdesk_ids: bool,
}

impl LoadTarget {
    /// A HubDesk server with its demo hub: every device signs in as the practitioner `rahima`
    /// (the server must allow that many sign-ins and connections for one user), the hub client
    /// as `agent`.
    pub async fn hubdesk(server: &TestServer, devices: usize) -> Result<Self> {
        let mut device_urls = Vec::with_capacity(devices);
        let mut requester = String::new();
        for _ in 0..devices {
            let session = server.login("rahima").await?;
            requester = session.user_id;
            device_urls.push(server.ws_url(&session.token));
        }
        Ok(Self {
            device_urls,
            probe_url: server.ws_url(&server.login("rahima").await?.token),
            hub_url: server.ws_url(&server.login("agent").await?.token),
            requester,
            pid: server.pid(),
            hubdesk_ids: true,
        })
    }

    /// Any automerge-repo server at `url`, without tokens; documents take random UUID ids.
    pub fn plain(url: &str, devices: usize, pid: Option<u32>) -> Self {
        Self {
            device_urls: vec![url.to_string(); devices],
            probe_url: url.to_string(),
            hub_url: url.to_string(),
            requester: "load-requester".into(),
            pid,
            hubdesk_ids: false,
        }
    }
}

/// The flags that let one user's `devices` simulated devices sign in and connect at once.
pub fn hubdesk_flags() -> [&'static str; 6] {
    [
        "--connections-per-user",
        "100000",
        "--logins-per-username",
        "100000",
        "--logins-per-address",
        "100000",
    ]
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
    pub live_ms: Vec<f64>,
    pub rss_before: Option<u64>,
    pub rss_after: Option<u64>,
    /// Documents stored in all, and the server's memory then.
    pub stored: Option<(usize, Option<u64>)>,
    /// Bytes on the wire while uploading, both ways, all devices.
    pub upload_bytes: u64,
    /// Bytes on the wire for the probe's edits, both ways.
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

/// A process's resident memory in bytes, from `/proc`.
pub fn rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// How long a whole phase may take before the run is called failed.
const PHASE_TIMEOUT: Duration = Duration::from_secs(600);

/// Documents made offline on `devices` (`per_device` each, `edits` edits each after creation);
/// returns each document with its heads.
fn make_offline(
    devices: &[RepoClient],
    per_device: usize,
    edits: usize,
    target: &LoadTarget,
    round: usize,
) -> Result<Vec<(DocumentId, Vec<ChangeHash>)>> {
    let mut made = Vec::with_capacity(devices.len() * per_device);
    for (d, device) in devices.iter().enumerate() {
        for n in 0..per_device {
            let title = format!("Load r{round} d{d} n{n}");
            let doc = create(device, target, &title)?;
            for e in 0..edits {
                retitle(device, doc, format!("Load r{round} d{d} n{n}, edit {e}"));
            }
            made.push((doc, device.heads(doc).context("the device's own document")?));
        }
    }
    Ok(made)
}

/// Creates a request on `device` with the kind of id `target` takes.
fn create(device: &RepoClient, target: &LoadTarget, title: &str) -> Result<DocumentId> {
    let request = new_request(&target.requester, title);
    let id = if target.hubdesk_ids {
        RequestId::parse(&request.id)?.document(DocKind::Request)
    } else {
        DocumentId::from_bytes(*uuid::Uuid::new_v4().as_bytes())
    };
    device.add(id, schema::new_request_doc(&request, ActorId::random())?);
    Ok(id)
}

/// Retitles the request `doc` on `device`: one small automerge change, made directly (going
/// through the whole-request mapping for each of the load's many edits would make the load
/// generator, not the server, the bottleneck).
fn retitle(device: &RepoClient, doc: DocumentId, title: String) {
    device.change(doc, |am| {
        let _ = am.transact_with::<_, _, automerge::AutomergeError, _>(
            |_| automerge::transaction::CommitOptions::default().with_time(now_ms()),
            |tx| tx.put(automerge::ROOT, "title", title),
        );
    });
}

/// Connects every device, waits until the server has acknowledged all their documents; returns
/// the seconds that took and the bytes it moved.
async fn upload(
    devices: &mut [RepoClient],
    made: &[(DocumentId, Vec<ChangeHash>)],
    per_device: usize,
) -> Result<(f64, u64)> {
    let before: u64 = devices.iter().map(|d| d.traffic().total()).sum();
    let started = Instant::now();
    let mut waits = Vec::new();
    for (device, docs) in devices.iter_mut().zip(made.chunks(per_device)) {
        let docs: Vec<DocumentId> = docs.iter().map(|(d, _)| *d).collect();
        waits.push(async move {
            device.reconnect().await?;
            device.wait_all_synced(&docs, PHASE_TIMEOUT).await
        });
    }
    for result in futures_util::future::join_all(waits).await {
        result?;
    }
    let secs = started.elapsed().as_secs_f64();
    let after: u64 = devices.iter().map(|d| d.traffic().total()).sum();
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

/// Runs the load against `target` and measures it.
pub async fn run(spec: LoadSpec, target: &LoadTarget) -> Result<LoadReport> {
    let devices_n = target.device_urls.len().max(1);
    let per_device = spec.docs.div_ceil(devices_n);
    let mut report = LoadReport {
        rss_before: target.pid.and_then(rss),
        ..LoadReport::default()
    };

    // The probe: one request, edited one edit after another while the load runs.
    let probe = RepoClient::connect(&target.probe_url).await?;
    let probe_doc = create(&probe, target, "Live edits")?;
    probe
        .wait_all_synced(&[probe_doc], Duration::from_secs(30))
        .await?;

    let mut devices: Vec<RepoClient> = target
        .device_urls
        .iter()
        .map(|u| RepoClient::offline(u))
        .collect();
    let made = make_offline(&devices, per_device, spec.edits, target, 0)?;
    if let Some((doc, _)) = made.first() {
        let sample = devices[0].document(*doc).context("a made document")?;
        report.automerge_bytes_per_doc = automerge_sync_bytes(&Automerge::new(), &sample)?;
    }

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let probing = {
        let stop = stop.clone();
        async move {
            let before = probe.traffic().total();
            let mut times = Vec::new();
            let mut n = 0usize;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let started = Instant::now();
                retitle(&probe, probe_doc, format!("Live edit {n}"));
                probe
                    .wait_all_synced(&[probe_doc], Duration::from_secs(30))
                    .await?;
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                n += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            anyhow::Ok((times, probe.traffic().total() - before, probe))
        }
    };
    let probe_task = tokio::spawn(probing);
    let uploaded = upload(&mut devices, &made, per_device).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut times, probe_bytes, _probe) = probe_task.await??;
    let (upload_secs, upload_bytes) = uploaded?;
    times.sort_by(f64::total_cmp);
    report.uploaded = made.len();
    report.upload_secs = upload_secs;
    report.upload_bytes = upload_bytes;
    report.live_ms = times;
    report.probe_bytes = probe_bytes;
    report.rss_after = target.pid.and_then(rss);

    // A hub client asks for every document and waits until it has each at its final heads.
    let hub = RepoClient::connect(&target.hub_url).await?;
    let started = Instant::now();
    for (doc, _) in &made {
        hub.want(*doc);
    }
    hub.wait_all_reached(&made, PHASE_TIMEOUT).await?;
    report.fetch_secs = started.elapsed().as_secs_f64();
    drop(hub);

    // More rounds until `stored` documents are stored, then one more memory reading.
    if spec.stored > made.len() {
        let mut stored = made.len();
        let mut round = 1;
        while stored < spec.stored {
            // Fresh devices (same tokens): a device that already synced would offer its old
            // documents again on reconnecting, which is not the load being measured.
            for device in devices.iter_mut() {
                device.disconnect().await;
            }
            devices = target
                .device_urls
                .iter()
                .map(|u| RepoClient::offline(u))
                .collect();
            let left = spec.stored - stored;
            let per = per_device.min(left.div_ceil(devices_n)).max(1);
            // Created only, not edited: what is measured here is the server's memory with many
            // documents stored, and the load generator's own edits would take most of the time.
            let more = make_offline(&devices, per, 0, target, round)?;
            upload(&mut devices, &more, per).await?;
            stored += more.len();
            round += 1;
        }
        report.stored = Some((stored, target.pid.and_then(rss)));
    }
    Ok(report)
}
