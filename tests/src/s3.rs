//! An S3-compatible server of the tests' own (`s3s-fs`, which `cargo xtask test` installs under
//! `target/tools`), over a temporary folder, for the tests where several nodes share a bucket.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result};
use tokio::process::{Child, Command};

use crate::server::TempDir as Dir;

/// A running S3-compatible server with one bucket.
pub struct S3Server {
    _child: Child,
    pub folder: Dir,
    pub endpoint: String,
    pub bucket: String,
}

pub const ACCESS_KEY: &str = "hubdesk-test";
pub const SECRET_KEY: &str = "hubdesk-test-secret";

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tools/bin/s3s-fs")
}

impl S3Server {
    /// Starts one; `None` (after announcing the skip) when it is not installed.
    pub async fn start() -> Result<Option<Self>> {
        let binary = binary();
        if !binary.exists() {
            crate::skip(&format!("the S3-compatible server at {}", binary.display()));
            return Ok(None);
        }
        let folder = Dir::new()?;
        let bucket = "hubdesk-files".to_string();
        std::fs::create_dir_all(folder.0.join(&bucket))?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new(binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY])
            .arg(&folder.0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("starting s3s-fs")?;
        let address = format!("127.0.0.1:{port}");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(&address).await.is_err() {
            anyhow::ensure!(
                tokio::time::Instant::now() < deadline,
                "s3s-fs did not listen within 20 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(Some(Self {
            _child: child,
            folder,
            endpoint: format!("http://{address}"),
            bucket,
        }))
    }

    /// The variables a node needs to use this server.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY.into()),
            ("AWS_SECRET_ACCESS_KEY", SECRET_KEY.into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ENDPOINT", self.endpoint.clone()),
            ("AWS_ALLOW_HTTP", "true".into()),
        ]
    }

    /// The `--files-url` naming its bucket.
    pub fn url(&self) -> String {
        format!("s3://{}", self.bucket)
    }

    /// The files in the bucket under `prefix`.
    pub fn stored(&self, prefix: &str) -> Vec<PathBuf> {
        crate::files_under(&self.folder.0.join(&self.bucket).join(prefix))
    }
}
