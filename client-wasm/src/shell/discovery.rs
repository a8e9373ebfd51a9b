//! Which documents this device follows: on the field app, every request and guidance item the
//! REST API lists for the person; on the console, only what staff open.

#[allow(unused_imports)]
use super::*;

/// One page of `GET /api/requests`.
#[derive(Deserialize)]
struct RequestPage {
    items: Vec<Listed>,
    total: i64,
}

/// One page of `GET /api/guidance`.
#[derive(Deserialize)]
struct GuidancePage {
    items: Vec<Listed>,
}

#[derive(Deserialize)]
struct Listed {
    id: String,
}

impl Shell {
    /// Asks the REST API which requests and guidance items exist and follows them all.
    pub(super) fn discover(self: &Rc<Self>) {
        let Some(link) = self.state.borrow().link.clone() else {
            return;
        };
        if self.state.borrow().discovery == Discovery::Opened {
            return;
        }
        self.state.borrow_mut().last_discovery = js_sys::Date::now();
        let shell = self.clone();
        spawn_local(async move {
            let found = match shell.list_documents(&link).await {
                Ok(found) => found,
                Err(FetchError::Unauthorized) => return shell.reject_session(false),
                Err(FetchError::Revoked) => return shell.reject_session(true),
                Err(FetchError::Failed(e)) => {
                    warn(&format!("could not ask the hub what exists: {e}"));
                    return;
                }
            };
            {
                let mut state = shell.state.borrow_mut();
                let now = now_ms();
                for doc in found {
                    state.engine.want(doc, now);
                }
            }
            shell.drive();
        });
    }

    pub(super) async fn list_documents(&self, link: &Link) -> Result<Vec<DocumentId>, FetchError> {
        let mut docs = Vec::new();
        let mut page = 1;
        loop {
            let url = format!(
                "{}/api/requests?per_page={PER_PAGE}&page={page}",
                link.base_url
            );
            let listed: RequestPage = browser::get_json(&url, &link.token).await?;
            let count = listed.items.len() as i64;
            for item in listed.items {
                if let Ok(id) = RequestId::parse(&item.id) {
                    docs.push(id.document(DocKind::Request));
                    docs.push(id.document(DocKind::Triage));
                }
            }
            if count == 0 || page * PER_PAGE >= listed.total {
                break;
            }
            page += 1;
        }
        // A hub without the guidance library yet answers 404; requests still sync.
        match browser::get_json::<GuidancePage>(
            &format!("{}/api/guidance", link.base_url),
            &link.token,
        )
        .await
        {
            Ok(listed) => docs.extend(
                listed
                    .items
                    .iter()
                    .filter_map(|item| RequestId::parse(&item.id).ok())
                    .map(|id| id.document(DocKind::Guidance)),
            ),
            Err(e @ (FetchError::Unauthorized | FetchError::Revoked)) => return Err(e),
            Err(FetchError::Failed(e)) => warn(&format!("could not list guidance: {e}")),
        }
        Ok(docs)
    }

    /// Lists again now, whenever discovery last ran.
    pub fn look_again(self: &Rc<Self>) {
        self.state.borrow_mut().last_discovery = 0.0;
        self.discover();
    }

    /// Keeps these documents in sync with the hub from now on (the console's opened requests).
    pub fn follow(self: &Rc<Self>, docs: &[DocumentId]) {
        {
            let mut state = self.state.borrow_mut();
            let now = now_ms();
            for doc in docs {
                state.engine.want(*doc, now);
            }
        }
        self.drive();
    }
}
