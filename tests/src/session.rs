//! A signed-in user's REST client against a [`crate::TestServer`], and the replies it reads.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

/// A signed-in user's REST client.
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub user_id: String,
    base_url: String,
    http: reqwest::Client,
}

/// A response's status and JSON body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    /// The fields a refusal names (`errors[].field`), in its order; empty when it names none.
    pub fn fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["field"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Session {
    pub(crate) fn new(token: &str, user_id: &str, base_url: &str, http: reqwest::Client) -> Self {
        Self {
            token: token.to_string(),
            user_id: user_id.to_string(),
            base_url: base_url.to_string(),
            http,
        }
    }

    /// The ids of the requests this person's list holds (the first 100).
    pub async fn listed_ids(&self) -> Result<Vec<String>> {
        let reply = self.get("/api/requests?per_page=100").await?;
        anyhow::ensure!(reply.status == 200, "list: {}", reply.body);
        Ok(reply.body["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i["id"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// As an admin: adds a practitioner's account in `country` and `city` signing in with
    /// `password`; returns its user id.
    pub async fn add_practitioner(
        &self,
        username: &str,
        password: &str,
        country: &str,
        city: &str,
    ) -> Result<String> {
        let made = self
            .post(
                "/api/users",
                &json!({"username": username, "password": password, "role": "practitioner",
                        "country": country, "city": city}),
            )
            .await?;
        anyhow::ensure!(made.status == 201, "adding {username}: {}", made.body);
        made.body["id"]
            .as_str()
            .map(str::to_string)
            .context("the new account's id")
    }

    pub async fn get(&self, path: &str) -> Result<Reply> {
        let send = || {
            self.http
                .get(format!("{}{path}", self.base_url))
                .bearer_auth(&self.token)
                .send()
        };
        // Like a browser, retry an idempotent request once when a kept-alive connection turns
        // out to have been closed just as it was reused.
        let reply = match send().await {
            Err(e) if e.is_request() => send().await?,
            other => other?,
        };
        Ok(Reply {
            status: reply.status().as_u16(),
            body: reply.json().await.unwrap_or(Value::Null),
        })
    }

    /// A GET whose body is text (CSV, say): its status, content type and body.
    pub async fn get_text(&self, path: &str) -> Result<(u16, String, String)> {
        let reply = self
            .http
            .get(format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
            .send()
            .await?;
        let status = reply.status().as_u16();
        let kind = reply
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        Ok((status, kind, reply.text().await?))
    }

    /// Sends `method path` (with a JSON `body` when given) and returns the status as soon as
    /// the headers arrive, without reading a successful body (which may be an endless event
    /// stream); for an error, also the API's error code, if the body is the API's error.
    pub async fn status_of(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Option<String>)> {
        let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes())?;
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base_url))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(body);
        }
        let reply = request.send().await?;
        let status = reply.status().as_u16();
        if status < 400 {
            return Ok((status, None));
        }
        let body: Value = reply.json().await.unwrap_or(Value::Null);
        Ok((status, body["error"]["code"].as_str().map(String::from)))
    }

    pub async fn put_json(&self, path: &str, body: &Value) -> Result<Reply> {
        self.send_json(reqwest::Method::PUT, path, body).await
    }

    pub async fn patch_json(&self, path: &str, body: &Value) -> Result<Reply> {
        self.send_json(reqwest::Method::PATCH, path, body).await
    }

    async fn send_json(&self, method: reqwest::Method, path: &str, body: &Value) -> Result<Reply> {
        let reply = self
            .http
            .request(method, format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
            .json(body)
            .send()
            .await?;
        Ok(Reply {
            status: reply.status().as_u16(),
            body: reply.json().await.unwrap_or(Value::Null),
        })
    }

    /// Sends `DELETE path`; returns the status.
    pub async fn http_delete(&self, path: &str) -> Result<u16> {
        let reply = self
            .http
            .delete(format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
            .send()
            .await?;
        Ok(reply.status().as_u16())
    }

    pub async fn post(&self, path: &str, body: &Value) -> Result<Reply> {
        self.post_raw(path, body.to_string()).await
    }

    pub async fn post_raw(&self, path: &str, body: String) -> Result<Reply> {
        let reply = self
            .http
            .post(format!("{}{path}", self.base_url))
            .bearer_auth(&self.token)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        Ok(Reply {
            status: reply.status().as_u16(),
            body: reply.json().await.unwrap_or(Value::Null),
        })
    }

    /// Files a valid help-desk request through REST and returns the reply body.
    pub async fn file_request(&self, title: &str) -> Result<Value> {
        let reply = self
            .post(
                "/api/requests",
                &json!({
                    "kind": "help_desk",
                    "title": title,
                    "description": "Initial description.",
                    "category": "peer_learning",
                    "country": "BD",
                    "city": "Dhaka",
                }),
            )
            .await?;
        if reply.status != 201 {
            bail!("filing a request failed: {} {}", reply.status, reply.body);
        }
        Ok(reply.body)
    }

    /// Polls the REST API until `check` accepts the request's detail, or fails after 20 s.
    pub async fn wait_for_request(
        &self,
        id: &str,
        what: &str,
        check: impl Fn(&Value) -> bool,
    ) -> Result<Value> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let reply = self.get(&format!("/api/requests/{id}")).await?;
            if reply.status == 200 && check(&reply.body) {
                return Ok(reply.body);
            }
            if tokio::time::Instant::now() > deadline {
                bail!(
                    "timed out waiting for {what}; last reply: {} {}",
                    reply.status,
                    reply.body
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
