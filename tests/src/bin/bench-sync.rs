//! `cargo xtask bench sync`: the sync load generator (`hubdesk_tests::load`) against HubDesk on
//! SQLite, HubDesk on PostgreSQL and the reference JavaScript sync server, side by side (and,
//! asked for with `--servers postgres2`, two HubDesk nodes sharing one PostgreSQL); or, with
//! `--url`, against any automerge-repo server.
//!
//! Usage: `bench-sync --devices N --docs D --edits K [--stored S] [--servers LIST] [--url URL
//! [--sign-in USER:PASSWORD] [--hub-sign-in USER:PASSWORD]]`. Environment: `HUBDESK_BINARY`
//! (the server to start), `HUBDESK_REFERENCE_DIR` (where the reference server's npm packages
//! are installed; without it the reference column is left out).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use hubdesk_tests::load::{self, Device, LoadReport, LoadSpec, LoadTarget, ReferenceServer};
use hubdesk_tests::{Backend, TestServer};
use serde_json::{Value, json};

/// What `--servers` can name.
const SERVERS: [&str; 4] = ["sqlite", "postgres", "postgres2", "reference"];

struct Args {
    spec: LoadSpec,
    url: Option<String>,
    sign_in: Option<(String, String)>,
    hub_sign_in: Option<(String, String)>,
    /// Which servers to run: `sqlite`, `postgres`, `reference` (the default), `postgres2`.
    servers: Vec<String>,
}

fn parse_args() -> Result<Args> {
    let mut spec = LoadSpec {
        devices: 200,
        docs: 4000,
        edits: 20,
        stored: 100_000,
    };
    let mut args = Args {
        spec,
        url: None,
        sign_in: None,
        hub_sign_in: None,
        servers: vec!["sqlite".into(), "postgres".into(), "reference".into()],
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag} needs a value"));
        let number = |v: String| -> Result<usize> {
            v.parse()
                .with_context(|| format!("{flag} must be a whole number, not {v:?}"))
        };
        match flag.as_str() {
            "--devices" => spec.devices = number(value()?)?,
            "--docs" => spec.docs = number(value()?)?,
            "--edits" => spec.edits = number(value()?)?,
            "--stored" => spec.stored = number(value()?)?,
            "--url" => args.url = Some(value()?),
            "--sign-in" => args.sign_in = Some(credentials(&value()?)?),
            "--hub-sign-in" => args.hub_sign_in = Some(credentials(&value()?)?),
            "--servers" => {
                args.servers = value()?.split(',').map(str::to_string).collect();
                if let Some(other) = args.servers.iter().find(|s| !SERVERS.contains(&s.as_str())) {
                    bail!("--servers takes {}, not {other:?}", SERVERS.join(", "));
                }
            }
            other => bail!("unknown argument {other:?}"),
        }
    }
    if spec.devices == 0 || spec.docs == 0 {
        bail!("--devices and --docs must be at least 1");
    }
    args.spec = spec;
    Ok(args)
}

fn credentials(text: &str) -> Result<(String, String)> {
    let (user, password) = text
        .split_once(':')
        .context("credentials are written USER:PASSWORD")?;
    Ok((user.to_string(), password.to_string()))
}

/// Signs in through the HTTP side of a `ws://` or `wss://` sync URL; returns (token, user id).
async fn sign_in(sync_url: &str, (user, password): &(String, String)) -> Result<(String, String)> {
    let base = sync_url
        .replacen("ws://", "http://", 1)
        .replacen("wss://", "https://", 1);
    let base = base.split("/sync").next().unwrap_or(&base).to_string();
    let reply = reqwest::Client::new()
        .post(format!("{base}/api/auth/login"))
        .json(&json!({ "username": user, "password": password }))
        .send()
        .await?;
    if !reply.status().is_success() {
        bail!("signing in as {user} failed: {}", reply.status());
    }
    let body: Value = reply.json().await?;
    Ok((
        body["token"].as_str().context("token")?.to_string(),
        body["user"]["id"].as_str().context("user id")?.to_string(),
    ))
}

fn with_token(url: &str, token: &str) -> String {
    let joiner = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joiner}token={token}")
}

/// A target at `url`: signs each device in when credentials are given (a HubDesk server, whose
/// documents take HubDesk's ids).
async fn url_target(args: &Args, url: &str, pid: Option<u32>) -> Result<LoadTarget> {
    let mut phones = Vec::new();
    for _ in 0..args.spec.devices + load::PROBES {
        phones.push(match &args.sign_in {
            Some(who) => {
                let (token, user) = sign_in(url, who).await?;
                Device {
                    url: with_token(url, &token),
                    requester: user,
                }
            }
            None => Device {
                url: url.to_string(),
                requester: "bench-requester".into(),
            },
        });
    }
    let probes = phones.split_off(args.spec.devices);
    let hub_url = match &args.hub_sign_in {
        Some(who) => with_token(url, &sign_in(url, who).await?.0),
        None => url.to_string(),
    };
    Ok(LoadTarget {
        devices: phones,
        probes,
        hub_url,
        pids: pid.into_iter().collect(),
        hubdesk_ids: args.sign_in.is_some(),
    })
}

/// HubDesk with its demo hub, on `backend` (see [`LoadTarget::hubdesk`]).
async fn hubdesk(args: &Args, backend: Backend) -> Result<LoadReport> {
    let server = TestServer::start_with(backend, &load::hubdesk_flags())
        .await?
        .context("the server (and PostgreSQL for that column) must be available")?;
    let target = LoadTarget::hubdesk(&server, args.spec.devices).await?;
    load::run(args.spec, &target).await
}

/// Two HubDesk nodes sharing one PostgreSQL database, the devices spread over both.
async fn two_nodes(args: &Args) -> Result<LoadReport> {
    let first = TestServer::start_with(Backend::Postgres, &load::hubdesk_flags())
        .await?
        .context("PostgreSQL must be available")?;
    let second = first.start_node_sharing().await?;
    let target = LoadTarget::hubdesk_nodes(&[&first, &second], args.spec.devices).await?;
    load::run(args.spec, &target).await
}

/// The reference JavaScript server, run from `dir`.
async fn reference(args: &Args, dir: PathBuf) -> Result<LoadReport> {
    let server = ReferenceServer::start(&dir).await?;
    let spec = LoadSpec {
        // At the reference's rate, 100,000 documents would take most of an hour.
        stored: 0,
        ..args.spec
    };
    let target = LoadTarget::plain(&server.url, spec.devices, server.pid());
    load::run(spec, &target).await
}

fn mb(bytes: Option<u64>) -> String {
    bytes.map_or("-".into(), |b| format!("{:.1} MB", b as f64 / 1e6))
}

/// A cell with its verdict against the row's target.
fn judged(value: String, met: Option<bool>) -> String {
    match met {
        Some(true) => format!("{value} (met)"),
        Some(false) => format!("{value} (NOT met)"),
        None => value,
    }
}

/// A cell's value, and whether it meets its row's target (when the row has one).
type Cell = (String, Option<bool>);

const MB_TARGET: f64 = 100e6;

fn print_table(spec: &LoadSpec, columns: &[(&str, LoadReport)]) {
    println!();
    println!(
        "Sync load: {} documents from {} devices, {} edits each after creation; {} probes \
         timing live edits",
        spec.docs,
        spec.devices,
        spec.edits,
        load::PROBES
    );
    println!();
    let header: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
    println!("| measure | {} | target |", header.join(" | "));
    println!("| --- |{} --- |", " ---: |".repeat(columns.len()));
    let reference = columns
        .iter()
        .find(|(name, _)| name.starts_with("reference"))
        .map(|(_, r)| r.upload_rate());
    // Verdicts are for HubDesk's columns; the reference is there to compare with.
    let row = |name: &str, cell: &dyn Fn(&LoadReport) -> Cell, target: &str| {
        let cells: Vec<String> = columns
            .iter()
            .map(|(column, r)| {
                let (value, met) = cell(r);
                judged(value, met.filter(|_| !column.starts_with("reference")))
            })
            .collect();
        println!("| {name} | {} | {target} |", cells.join(" | "));
    };
    let plain = |value: String| -> Cell { (value, None) };
    let ms = |v: f64| format!("{v:.1} ms");
    row(
        "documents uploaded per second",
        &|r| plain(format!("{:.0}", r.upload_rate())),
        "",
    );
    row(
        "ratio to the reference",
        &|r| match reference {
            Some(x) => {
                let ratio = r.upload_rate() / x;
                (format!("{ratio:.1}x"), Some(ratio >= 10.0))
            }
            None => plain("-".into()),
        },
        ">= 10x",
    );
    row(
        "server CPU per uploaded document",
        &|r| match r.cpu_ms_per_doc() {
            Some(v) => (format!("{v:.2} ms"), Some(v <= 0.5)),
            None => plain("-".into()),
        },
        "<= 0.5 ms",
    );
    row(
        "cores busy uploading: server + load generator + rest of the machine (database), of 2",
        &|r| match (r.upload_cpu_secs, r.generator_cpu_secs, r.machine_cpu_secs) {
            (Some(server), Some(own), Some(machine)) => {
                let per_second = |secs: f64| secs / r.upload_secs.max(1e-9);
                let rest = (machine - server - own).max(0.0);
                plain(format!(
                    "{:.2} + {:.2} + {:.2}",
                    per_second(server),
                    per_second(own),
                    per_second(rest)
                ))
            }
            _ => plain("-".into()),
        },
        "",
    );
    row(
        "server threads waiting for a core, per second of upload",
        &|r| match r.upload_runqueue_secs {
            Some(waited) => plain(format!("{:.2} s", waited / r.upload_secs.max(1e-9))),
            None => plain("-".into()),
        },
        "",
    );
    row(
        "of which the sync actor's thread: per second of upload, and on average each time it ran",
        &|r| match r.upload_actor_schedstat {
            Some((waited, runs)) => plain(format!(
                "{:.2} s, {:.2} ms",
                waited / r.upload_secs.max(1e-9),
                1e3 * waited / runs.max(1) as f64
            )),
            None => plain("-".into()),
        },
        "",
    );
    row(
        "documents fetched per second by a hub client",
        &|r| plain(format!("{:.0}", r.fetch_rate())),
        "",
    );
    row(
        "live edit p50 under load",
        &|r| plain(ms(r.live_percentile(50.0))),
        "",
    );
    row(
        "live edit p99 under load",
        &|r| {
            let p99 = r.live_percentile(99.0);
            (ms(p99), Some(p99 <= 50.0))
        },
        "<= 50 ms",
    );
    row(
        "live edits timed under load",
        &|r| (r.live_ms.len().to_string(), Some(r.live_ms.len() >= 200)),
        ">= 200",
    );
    row(
        "live edit p99 while one device floods",
        &|r| {
            let p99 = r.flood_percentile(99.0);
            (ms(p99), Some(p99 <= 50.0))
        },
        "<= 50 ms",
    );
    row(
        "live edits timed during the flood",
        &|r| plain(r.flood_ms.len().to_string()),
        "",
    );
    row(
        "flood: documents per second from one device",
        &|r| {
            plain(format!(
                "{:.0} ({} in {:.1} s)",
                r.flood_docs as f64 / r.flood_secs.max(1e-9),
                r.flood_docs,
                r.flood_secs
            ))
        },
        "",
    );
    row("server RSS before", &|r| plain(mb(r.rss_before)), "");
    row(
        &format!("server RSS after {} documents", spec.docs),
        &|r| (mb(r.rss_after), r.rss_after.map(|b| b as f64 <= MB_TARGET)),
        "<= 100 MB",
    );
    row(
        "server peak RSS during the upload",
        &|r| (mb(r.rss_peak), r.rss_peak.map(|b| b as f64 <= MB_TARGET)),
        "<= 100 MB",
    );
    row(
        "server peak RSS during the flood",
        &|r| {
            (
                mb(r.flood_rss_peak),
                r.flood_rss_peak.map(|b| b as f64 <= MB_TARGET),
            )
        },
        "<= 100 MB",
    );
    row(
        "server RSS with more stored",
        &|r| match r.stored {
            Some((n, rss)) => (
                format!("{} at {n}", mb(rss)),
                rss.map(|b| b as f64 <= MB_TARGET),
            ),
            None => plain("not run".into()),
        },
        "<= 100 MB, flat",
    );
    row(
        "bytes on the wire per document",
        &|r| {
            let bytes = r.bytes_per_doc();
            (
                format!("{bytes:.0}"),
                Some(bytes <= 2.0 * r.automerge_bytes_per_doc as f64),
            )
        },
        "<= 2x in-process",
    );
    row(
        "in-process automerge sync per document",
        &|r| plain(r.automerge_bytes_per_doc.to_string()),
        "",
    );
    row(
        "bytes on the wire per live edit",
        &|r| plain(format!("{:.0}", r.bytes_per_edit())),
        "",
    );
    row(
        "upload time",
        &|r| plain(format!("{:.2} s", r.upload_secs)),
        "",
    );
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = parse_args()?;
    let mut columns: Vec<(&str, LoadReport)> = Vec::new();
    // A server whose run fails loses its column, not the others': the failure is printed
    // under the table and the benchmark fails.
    let mut failed: Vec<(&str, anyhow::Error)> = Vec::new();
    let mut keep = |name: &'static str, result: Result<LoadReport>| match result {
        Ok(report) => columns.push((name, report)),
        Err(e) => {
            eprintln!("{name} failed: {e:#}");
            failed.push((name, e));
        }
    };
    if let Some(url) = &args.url {
        let target = url_target(&args, url, None).await?;
        keep("server at --url", load::run(args.spec, &target).await);
    } else {
        let run = |name: &str| args.servers.iter().any(|s| s == name);
        if run("sqlite") {
            eprintln!("HubDesk on SQLite...");
            keep("HubDesk (SQLite)", hubdesk(&args, Backend::Sqlite).await);
        }
        if run("postgres") {
            eprintln!("HubDesk on PostgreSQL...");
            keep(
                "HubDesk (PostgreSQL)",
                hubdesk(&args, Backend::Postgres).await,
            );
        }
        if run("postgres2") {
            eprintln!("two HubDesk nodes on one PostgreSQL...");
            keep("HubDesk (2 nodes, PostgreSQL)", two_nodes(&args).await);
        }
        match std::env::var_os("HUBDESK_REFERENCE_DIR") {
            Some(dir) if run("reference") => {
                eprintln!("the reference JavaScript server...");
                keep("reference (JS)", reference(&args, dir.into()).await);
            }
            Some(_) => {}
            None => eprintln!("HUBDESK_REFERENCE_DIR is not set: no reference column"),
        }
    }
    print_table(&args.spec, &columns);
    if !failed.is_empty() {
        for (name, e) in &failed {
            println!("\n{name}: the run failed: {e:#}");
        }
        bail!("{} of the servers' runs failed", failed.len());
    }
    Ok(())
}
