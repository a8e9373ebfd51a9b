//! A small tus 1.0 client for the tests: each protocol request on its own, so tests can send
//! exactly what they mean (a wrong offset, a bad checksum, a cut body), and a whole upload.

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::{Session, TestServer};

/// A signed-in user's tus client.
pub struct Tus {
    http: reqwest::Client,
    base: String,
    token: String,
}

/// An answer: status, the tus headers that matter, and the JSON body of an error.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub offset: Option<u64>,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    async fn read(response: reqwest::Response) -> Result<Self> {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let offset = headers
            .get("upload-offset")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let text = response.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Ok(Self {
            status,
            offset,
            location,
            headers,
            body,
        })
    }

    /// The error code of a refusal.
    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("")
    }

    /// The reason of a refusal, for people.
    pub fn reason(&self) -> &str {
        self.body["reason"].as_str().unwrap_or("")
    }
}

/// `Upload-Metadata` from pairs.
pub fn metadata(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k} {}", STANDARD.encode(v)))
        .collect::<Vec<_>>()
        .join(",")
}

impl Tus {
    pub fn new(server: &TestServer, session: &Session) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: server.base_url.clone(),
            token: session.token.clone(),
        }
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .header("tus-resumable", "1.0.0")
    }

    /// `POST /api/uploads`.
    pub async fn create(&self, length: u64, pairs: &[(&str, &str)]) -> Result<Answer> {
        let response = self
            .request(reqwest::Method::POST, "/api/uploads")
            .header("upload-length", length.to_string())
            .header("upload-metadata", metadata(pairs))
            .send()
            .await?;
        Answer::read(response).await
    }

    pub async fn head(&self, location: &str) -> Result<Answer> {
        let response = self.request(reqwest::Method::HEAD, location).send().await?;
        Answer::read(response).await
    }

    /// `PATCH` with `bytes` from `offset`, with an `Upload-Checksum` when given.
    pub async fn patch(
        &self,
        location: &str,
        offset: u64,
        bytes: Vec<u8>,
        checksum: Option<&str>,
    ) -> Result<Answer> {
        let mut request = self
            .request(reqwest::Method::PATCH, location)
            .header("content-type", "application/offset+octet-stream")
            .header("upload-offset", offset.to_string());
        if let Some(checksum) = checksum {
            request = request.header("upload-checksum", checksum);
        }
        Answer::read(request.body(bytes).send().await?).await
    }

    pub async fn delete(&self, location: &str) -> Result<Answer> {
        let response = self
            .request(reqwest::Method::DELETE, location)
            .send()
            .await?;
        Answer::read(response).await
    }

    /// Uploads `bytes` as `name` to request `request_id` in one go; returns the attachment id.
    pub async fn upload(
        &self,
        request_id: &str,
        name: &str,
        bytes: &[u8],
        more: &[(&str, &str)],
    ) -> Result<String> {
        let mut pairs = vec![("request_id", request_id), ("filename", name)];
        pairs.extend_from_slice(more);
        let created = self.create(bytes.len() as u64, &pairs).await?;
        if created.status != 201 {
            bail!("creating the upload: {} {}", created.status, created.body);
        }
        let location = created.location.context("a Location")?;
        let id = created
            .headers
            .get("x-attachment-id")
            .and_then(|v| v.to_str().ok())
            .context("an attachment id")?
            .to_string();
        let sent = self.patch(&location, 0, bytes.to_vec(), None).await?;
        if sent.status != 204 {
            bail!("sending the bytes: {} {}", sent.status, sent.body);
        }
        Ok(id)
    }

    /// `GET` on a path with optional extra headers: status, headers, bytes.
    pub async fn fetch(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>)> {
        let mut request = self
            .http
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        Ok((status, headers, response.bytes().await?.to_vec()))
    }
}

/// A photo of `width` × `height` pixels of noise, as a JPEG (noise keeps it from compressing
/// to nothing, like a real photo).
pub fn photo(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    let image = image::RgbImage::from_fn(width, height, |_, _| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let b = (state >> 33) as u8;
        image::Rgb([b, b.wrapping_mul(3), b.wrapping_add(90)])
    });
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    image.write_with_encoder(encoder).expect("a jpeg encodes");
    out
}
