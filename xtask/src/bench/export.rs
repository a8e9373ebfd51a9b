//! `cargo xtask bench export [--requests N]`: the CSV export of N requests (100,000 by default)
//! from a release build on SQLite: how long it takes and how much memory the server holds while
//! it streams, against the target of staying under 50 MB above idle.
//!
//! The requests are made by `hubdesk synthetic` (real documents, projection rows and history,
//! written straight to storage). Memory is the server process's resident set (`VmRSS`), read
//! from /proc every 10 ms while the export runs.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// How much more than idle the server may hold while exporting.
const MEMORY_TARGET_MB: f64 = 50.0;
const PASSWORD: &str = "bench-export-password";

pub fn run(args: &[String]) -> Result<()> {
    let requests = match args {
        [] => 100_000,
        [flag, n] if flag == "--requests" => n.parse().context("--requests takes a number")?,
        _ => bail!("usage: cargo xtask bench export [--requests N]"),
    };
    let binary = format!("{}/hubdesk", super::release_build(None)?);
    let data_dir =
        std::env::temp_dir().join(format!("hubdesk-bench-export-{}", std::process::id()));
    let data = data_dir
        .to_str()
        .context("data directory path")?
        .to_string();

    let started = Instant::now();
    let filled = Command::new(&binary)
        .args([
            "synthetic",
            "--requests",
            &requests.to_string(),
            "--data-dir",
            &data,
        ])
        .env("HUBDESK_LOG", "warn")
        .status()?;
    if !filled.success() {
        bail!("hubdesk synthetic failed with {filled}");
    }
    let fill_time = started.elapsed();
    let added = Command::new(&binary)
        .args([
            "user",
            "add",
            "--username",
            "bench-agent",
            "--password",
            PASSWORD,
        ])
        .args(["--role", "agent", "--data-dir", &data])
        .stdout(Stdio::null())
        .status()?;
    if !added.success() {
        bail!("adding the benchmark's agent failed with {added}");
    }

    let mut server = Command::new(&binary)
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir", &data])
        .env("HUBDESK_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .context("starting hubdesk")?;
    let result = measure(&mut server, requests);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data_dir);
    let m = result?;

    println!("\nCSV export of {requests} requests (release build, SQLite):\n");
    println!("{:<34} {:>16}", "measure", "value");
    println!("{}", "-".repeat(51));
    println!(
        "{:<34} {:>14.1} s",
        "filling the database",
        fill_time.as_secs_f64()
    );
    println!("{:<34} {:>16}", "rows exported", m.rows);
    println!("{:<34} {:>13.1} MB", "bytes exported", m.bytes as f64 / 1e6);
    println!("{:<34} {:>14.2} s", "export time", m.seconds);
    println!(
        "{:<34} {:>16.0}",
        "rows per second",
        m.rows as f64 / m.seconds
    );
    print_memory(m.idle_mb, m.peak_mb, MEMORY_TARGET_MB);
    if m.rows != requests as u64 {
        bail!("the export held {} rows, expected {requests}", m.rows);
    }
    Ok(())
}

struct Measured {
    rows: u64,
    bytes: u64,
    seconds: f64,
    idle_mb: f64,
    peak_mb: f64,
}

fn measure(server: &mut Child, requests: usize) -> Result<Measured> {
    let stdout = server.stdout.take().context("server stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let address = loop {
        let line = lines
            .next()
            .context("the server exited before it was ready")??;
        if let Some(url) = line.strip_prefix("HubDesk is running at http://") {
            break url.trim_end_matches('/').to_string();
        }
    };
    let login = format!(r#"{{"username":"bench-agent","password":"{PASSWORD}"}}"#);
    let reply = http(&address, "POST", "/api/auth/login", None, Some(&login))?;
    let body: serde_json::Value =
        serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap_or_default())?;
    let token = body["token"]
        .as_str()
        .context("no token in the login reply")?;

    let pid = server.id();
    // Let the server settle after start-up before calling it idle.
    std::thread::sleep(Duration::from_millis(500));
    let idle_mb = rss_mb(pid)?;
    let peak = Peak::start(pid, idle_mb);
    let started = Instant::now();
    let path = "/api/reports/export.csv?from=1970-01-01&to=2999-12-31";
    let response = stream_get(&address, path, token);
    let seconds = started.elapsed().as_secs_f64();
    let peak_mb = peak.stop();
    let (bytes, newlines) = response?;
    if newlines == 0 {
        bail!("the export was empty; expected {requests} rows");
    }
    Ok(Measured {
        rows: newlines - 1,
        bytes,
        seconds,
        idle_mb,
        peak_mb,
    })
}

/// The table's lines about a server's memory: idle, at peak, and the peak above idle against
/// `target_mb`.
pub(super) fn print_memory(idle_mb: f64, peak_mb: f64, target_mb: f64) {
    let delta = peak_mb - idle_mb;
    println!("{:<34} {:>13.1} MB", "server memory when idle", idle_mb);
    println!("{:<34} {:>13.1} MB", "server memory at peak", peak_mb);
    let verdict = if delta <= target_mb { "within" } else { "OVER" };
    println!(
        "{:<34} {:>13.1} MB  ({verdict} the {target_mb:.0} MB target)",
        "peak above idle", delta
    );
}

/// The highest resident memory of a process, read every 10 ms until stopped.
pub(super) struct Peak {
    peak: Arc<AtomicU64>,
    done: Arc<AtomicBool>,
    sampler: std::thread::JoinHandle<()>,
}

impl Peak {
    pub(super) fn start(pid: u32, idle_mb: f64) -> Self {
        let peak = Arc::new(AtomicU64::new((idle_mb * 1024.0) as u64));
        let done = Arc::new(AtomicBool::new(false));
        let sampler = {
            let (peak, done) = (peak.clone(), done.clone());
            std::thread::spawn(move || {
                while !done.load(Ordering::Relaxed) {
                    if let Ok(mb) = rss_mb(pid) {
                        peak.fetch_max((mb * 1024.0) as u64, Ordering::Relaxed);
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
            })
        };
        Self {
            peak,
            done,
            sampler,
        }
    }

    /// Stops sampling; the peak in MB.
    pub(super) fn stop(self) -> f64 {
        self.done.store(true, Ordering::Relaxed);
        let _ = self.sampler.join();
        self.peak.load(Ordering::Relaxed) as f64 / 1024.0
    }
}

/// The resident memory of a process, in MB.
pub(super) fn rss_mb(pid: u32) -> Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmRSS in /proc")?;
    Ok(kb / 1024.0)
}

/// A small HTTP/1.0 request; the reply (head and body) as text.
pub(super) fn http(
    address: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Result<String> {
    let mut stream = TcpStream::connect(address)?;
    let mut request = format!("{method} {path} HTTP/1.0\r\nHost: {address}\r\n");
    if let Some(token) = token {
        request.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    if let Some(body) = body {
        request.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ));
    } else {
        request.push_str("\r\n");
    }
    stream.write_all(request.as_bytes())?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    Ok(reply)
}

/// Reads a GET's body as it streams (HTTP/1.0, so the body ends with the connection), without
/// keeping it: how many bytes and newlines it held.
fn stream_get(address: &str, path: &str, token: &str) -> Result<(u64, u64)> {
    let mut stream = TcpStream::connect(address)?;
    let request =
        format!("GET {path} HTTP/1.0\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n");
    stream.write_all(request.as_bytes())?;
    let mut reader = BufReader::new(stream);
    let mut status = String::new();
    reader.read_line(&mut status)?;
    if !status.contains(" 200 ") {
        bail!("the export answered {}", status.trim());
    }
    loop {
        let mut header = String::new();
        reader.read_line(&mut header)?;
        if header.trim().is_empty() {
            break;
        }
    }
    let (mut bytes, mut newlines) = (0u64, 0u64);
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        newlines += buffer[..n].iter().filter(|b| **b == b'\n').count() as u64;
    }
    Ok((bytes, newlines))
}
