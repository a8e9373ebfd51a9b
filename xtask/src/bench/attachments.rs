//! `cargo xtask bench attachments [--uploads N] [--megabytes M]`: N uploads of M MB each (50 of
//! 20 by default) at once over tus to a release build on SQLite: the server's memory while they
//! stream (target: under 50 MB above idle, whatever the number and size of uploads) and the
//! throughput.
//!
//! Each upload is one `PATCH` whose body is written 64 KiB at a time and never held whole by
//! the client; each file is text of its own (so none is deduplicated away) on a request of its
//! own (a request carries at most 100 MB of files). Memory is the server process's resident
//! set, read from /proc every 10 ms.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use base64::Engine as _;

use super::export::{Peak, http, print_memory, rss_mb};

const MEMORY_TARGET_MB: f64 = 50.0;
const PASSWORD: &str = "bench-attachments-password";
const WRITE_BYTES: usize = 64 * 1024;

pub fn run(args: &[String]) -> Result<()> {
    let (mut uploads, mut megabytes) = (50usize, 20usize);
    for pair in args.chunks(2) {
        match pair {
            [flag, n] if flag == "--uploads" => uploads = n.parse().context("--uploads N")?,
            [flag, n] if flag == "--megabytes" => megabytes = n.parse().context("--megabytes M")?,
            _ => bail!("usage: cargo xtask bench attachments [--uploads N] [--megabytes M]"),
        }
    }
    let binary = format!("{}/hubdesk", super::release_build(None)?);
    let data_dir = std::env::temp_dir().join(format!("hubdesk-bench-files-{}", std::process::id()));
    let data = data_dir
        .to_str()
        .context("data directory path")?
        .to_string();
    let added = Command::new(&binary)
        .args([
            "user",
            "add",
            "--username",
            "bench-field",
            "--password",
            PASSWORD,
        ])
        .args([
            "--role",
            "practitioner",
            "--country",
            "BD",
            "--city",
            "Dhaka",
        ])
        .args(["--data-dir", &data])
        .env("HUBDESK_LOG", "warn")
        .stdout(Stdio::null())
        .status()?;
    if !added.success() {
        bail!("adding the benchmark's practitioner failed with {added}");
    }
    let mut server = Command::new(&binary)
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir", &data])
        .args(["--user-quota-bytes", "100000000000"])
        .env("HUBDESK_LOG", "warn")
        .stdout(Stdio::piped())
        .spawn()
        .context("starting hubdesk")?;
    let stdout = server.stdout.take().context("server stdout")?;
    let result = (|| {
        let mut lines = BufReader::new(stdout).lines();
        let address = loop {
            let line = lines
                .next()
                .context("the server exited before it was ready")??;
            if let Some(url) = line.strip_prefix("HubDesk is running at http://") {
                break url.trim_end_matches('/').to_string();
            }
        };
        measure(&address, server.id(), uploads, megabytes * 1_000_000)
    })();
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&data_dir);
    let m = result?;
    let total_mb = (uploads * megabytes) as f64;
    println!("\n{uploads} uploads of {megabytes} MB at once over tus (release build, SQLite):\n");
    println!("{:<34} {:>16}", "measure", "value");
    println!("{}", "-".repeat(51));
    println!("{:<34} {:>13.0} MB", "sent", total_mb);
    println!("{:<34} {:>14.1} s", "time", m.seconds);
    println!("{:<34} {:>11.1} MB/s", "throughput", total_mb / m.seconds);
    println!("{:<34} {:>16}", "uploads attached", m.attached);
    print_memory(m.idle_mb, m.peak_mb, MEMORY_TARGET_MB);
    if m.attached != uploads {
        bail!("{} of {uploads} uploads were attached", m.attached);
    }
    Ok(())
}

struct Measured {
    seconds: f64,
    idle_mb: f64,
    peak_mb: f64,
    attached: usize,
}

fn body_of(reply: &str) -> Result<serde_json::Value> {
    Ok(serde_json::from_str(
        reply.split("\r\n\r\n").nth(1).unwrap_or_default(),
    )?)
}

fn measure(address: &str, pid: u32, uploads: usize, bytes: usize) -> Result<Measured> {
    let login = format!(r#"{{"username":"bench-field","password":"{PASSWORD}"}}"#);
    let reply = http(address, "POST", "/api/auth/login", None, Some(&login))?;
    let token = body_of(&reply)?["token"]
        .as_str()
        .context("no token in the login reply")?
        .to_string();
    let mut requests = Vec::new();
    for i in 0..uploads {
        let filed = format!(
            r#"{{"kind":"help_desk","title":"Files {i}","description":"Bench.","category":"peer_learning","country":"BD","city":"Dhaka"}}"#
        );
        let reply = http(address, "POST", "/api/requests", Some(&token), Some(&filed))?;
        requests.push(
            body_of(&reply)?["id"]
                .as_str()
                .context("a request id")?
                .to_string(),
        );
    }
    std::thread::sleep(Duration::from_millis(500));
    let idle_mb = rss_mb(pid)?;
    let peak = Peak::start(pid, idle_mb);
    let started = Instant::now();
    let workers: Vec<_> = requests
        .into_iter()
        .enumerate()
        .map(|(i, request)| {
            let (address, token) = (address.to_string(), token.clone());
            std::thread::spawn(move || upload(&address, &token, &request, i, bytes))
        })
        .collect();
    let mut attached = 0;
    for worker in workers {
        match worker.join() {
            Ok(Ok(())) => attached += 1,
            Ok(Err(e)) => eprintln!("an upload failed: {e:#}"),
            Err(_) => eprintln!("an upload thread panicked"),
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    Ok(Measured {
        seconds,
        idle_mb,
        peak_mb: peak.stop(),
        attached,
    })
}

/// Creates an upload and sends `bytes` of text of its own in one PATCH, written as it goes.
fn upload(address: &str, token: &str, request: &str, i: usize, bytes: usize) -> Result<()> {
    let b64 = |text: &str| base64::engine::general_purpose::STANDARD.encode(text);
    let metadata = format!(
        "request_id {},filename {}",
        b64(request),
        b64(&format!("ledger-{i}.csv"))
    );
    let mut stream = TcpStream::connect(address)?;
    let create = format!(
        "POST /api/uploads HTTP/1.0\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
         Tus-Resumable: 1.0.0\r\nUpload-Length: {bytes}\r\nUpload-Metadata: {metadata}\r\n\
         Content-Length: 0\r\n\r\n"
    );
    stream.write_all(create.as_bytes())?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    let location = reply
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })
        .with_context(|| format!("no Location: {}", reply.lines().next().unwrap_or("")))?
        .trim()
        .to_string();
    let mut stream = TcpStream::connect(address)?;
    let patch = format!(
        "PATCH {location} HTTP/1.0\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
         Tus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n\
         Upload-Offset: 0\r\nContent-Length: {bytes}\r\n\r\n"
    );
    stream.write_all(patch.as_bytes())?;
    let line = format!("{i:06},ward budget line,{:08}\n", i * 7919);
    let mut block = Vec::with_capacity(WRITE_BYTES);
    let mut sent = 0;
    while sent < bytes {
        block.clear();
        while block.len() < WRITE_BYTES {
            block.extend_from_slice(line.as_bytes());
        }
        let n = WRITE_BYTES.min(bytes - sent);
        stream.write_all(&block[..n])?;
        sent += n;
    }
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    if !reply.starts_with("HTTP/1.0 204") && !reply.starts_with("HTTP/1.1 204") {
        bail!("the PATCH answered {}", reply.lines().next().unwrap_or(""));
    }
    Ok(())
}
