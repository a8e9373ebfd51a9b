//! nginx in front of several nodes, configured by the example in `deploy/nginx.conf`.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use tokio::process::{Child, Command};

pub struct Balancer {
    pub base_url: String,
    child: Child,
    _dir: crate::server::TempDir,
}

fn nginx() -> Option<PathBuf> {
    ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

impl Balancer {
    /// Starts nginx with `deploy/nginx.conf`, its upstream being `nodes` (base URLs); `None`
    /// when nginx is not installed outside CI (the test is then skipped loudly).
    pub async fn start(nodes: &[&str]) -> Result<Option<Self>> {
        let Some(nginx) = nginx() else {
            crate::skip("nginx");
            return Ok(None);
        };
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx.conf");
        let text = std::fs::read_to_string(&example).context("deploy/nginx.conf")?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let mut upstreams = String::new();
        for node in nodes {
            let address = node.trim_start_matches("http://");
            upstreams.push_str(&format!(
                "        server {address} max_fails=1 fail_timeout=5s;\n"
            ));
        }
        let mut config = String::new();
        let mut replaced_servers = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("server 127.0.0.1:") {
                if !replaced_servers {
                    config.push_str(&upstreams);
                    replaced_servers = true;
                }
            } else if trimmed.starts_with("listen ") {
                config.push_str(&format!("        listen 127.0.0.1:{port};\n"));
            } else if trimmed.starts_with("worker_processes") {
                config.push_str("worker_processes 1;\n");
            } else {
                config.push_str(line);
                config.push('\n');
            }
        }
        if !replaced_servers {
            bail!("deploy/nginx.conf has no upstream servers to replace");
        }
        let dir = crate::server::TempDir::new()?;
        let conf = dir.0.join("nginx.conf");
        std::fs::write(&conf, config)?;
        std::fs::create_dir_all(dir.0.join("logs"))?;
        let pid = dir.0.join("nginx.pid");
        let child = Command::new(nginx)
            .arg("-p")
            .arg(&dir.0)
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg("stderr")
            .arg("-g")
            .arg(format!("daemon off; pid {};", pid.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting nginx")?;
        let base_url = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http
                .get(format!("{base_url}/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return Ok(Some(Self {
                    base_url,
                    child,
                    _dir: dir,
                }));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("nginx did not start")
    }

    pub fn ws_url(&self, token: &str) -> String {
        format!(
            "{}/sync?token={token}",
            self.base_url.replacen("http://", "ws://", 1)
        )
    }
}

impl Drop for Balancer {
    /// Stops nginx with SIGTERM, which its master passes on to its workers (SIGKILL would leave
    /// the workers running, holding the port and the test's output open).
    fn drop(&mut self) {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill")
                .arg("-TERM")
                .arg(pid.to_string())
                .status();
            for _ in 0..50 {
                if matches!(self.child.try_wait(), Ok(Some(_))) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let _ = self.child.start_kill();
    }
}
