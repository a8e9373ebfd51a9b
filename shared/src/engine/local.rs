//! Local operations: documents created and edited on behalf of a caller on this node.

#[allow(unused_imports)]
use super::*;

impl Engine {
    // ----- local operations ---------------------------------------------------------------

    /// Creates a document on behalf of `by` (server side; `None` on the client). The outcome
    /// arrives as [`Effect::Finished`] once the document is durable.
    pub fn create(
        &mut self,
        doc: DocumentId,
        content: Automerge,
        by: Option<Principal>,
        ticket: Ticket,
        now: i64,
    ) {
        let op = LocalOp::Create {
            doc: Box::new(content),
            by,
            owner: None,
            ticket,
        };
        self.local(doc, op, now);
    }

    /// Changes an existing document on behalf of `by`.
    pub fn edit(
        &mut self,
        doc: DocumentId,
        edit: Edit,
        by: Option<Principal>,
        ticket: Ticket,
        now: i64,
    ) {
        self.local(doc, LocalOp::Edit { edit, by, ticket }, now);
    }

    /// Queues a local operation on a HubDesk document; any other id is not found.
    pub(super) fn local(&mut self, doc: DocumentId, op: LocalOp, now: i64) {
        if doc.kind().is_none() {
            let (LocalOp::Create { ticket, .. } | LocalOp::Edit { ticket, .. }) = op;
            self.effects.push(Effect::Finished {
                ticket,
                result: Err(Rejection::NotFound),
            });
            return;
        }
        self.when_loaded(doc, Queued::Local(op), now);
    }

    pub(super) fn apply_local(&mut self, doc_id: DocumentId, op: LocalOp, now: i64) {
        let rules = self.server_rules();
        let Some(Slot::Ready(loaded)) = self.docs.get_mut(&doc_id) else {
            return;
        };
        loaded.last_used = now;
        let request_id = loaded.request_id(doc_id);
        let before = loaded.doc.get_heads();
        let (candidate, by, ticket) = match op {
            LocalOp::Create {
                doc,
                by,
                owner,
                ticket,
            } => {
                if loaded.exists {
                    let same_owner = match (schema::read_request(&doc), &loaded.owner) {
                        (Ok(r), Some(owner)) => r.requester.as_str() == owner.as_str(),
                        _ => false,
                    };
                    let sees_it = by.as_ref().is_none_or(|principal| {
                        access::access(principal, loaded.facts()) != Access::None
                    });
                    let result = if same_owner {
                        Ok(Outcome::AlreadyExisted)
                    } else if !sees_it {
                        // As for any id the caller cannot see: nothing says it is taken.
                        Err(Rejection::NotFound)
                    } else {
                        Err(Rejection::Conflict(
                            "a document with this id already exists".into(),
                        ))
                    };
                    self.effects.push(Effect::Finished { ticket, result });
                    return;
                }
                if owner.is_some() {
                    loaded.owner = owner;
                }
                if rules.is_none() {
                    // A client made it: no server has any of it yet.
                    self.hub_heads.insert(doc_id, Vec::new());
                }
                (*doc, by, ticket)
            }
            LocalOp::Edit { edit, by, ticket } => {
                if !loaded.exists {
                    self.docs.remove(&doc_id);
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::NotFound),
                    });
                    return;
                }
                let refusal = match by.as_ref().map(|p| access::access(p, loaded.facts())) {
                    // What the person cannot see does not exist for them.
                    Some(Access::None) => Some(Rejection::NotFound),
                    Some(Access::ReadOnly) => Some(Rejection::Forbidden),
                    Some(Access::ReadWrite) | None => None,
                };
                if let Some(rejection) = refusal {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(rejection),
                    });
                    return;
                }
                let mut candidate = loaded.doc.clone();
                if let Err(rejection) = edit(&mut candidate) {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(rejection),
                    });
                    return;
                }
                (candidate, by, ticket)
            }
        };
        let previous = loaded.exists.then_some(&loaded.doc);
        let events = match rules {
            Some(_) => history::diff(loaded.kind, previous, &candidate),
            None => Vec::new(),
        };
        if let (Some(principal), Some(rules)) = (&by, rules) {
            let checks = access::Checks {
                rules: &rules,
                rounds: &self.rounds,
                arrived_at: Some(now),
            };
            match access::admit(
                principal,
                loaded.kind,
                &request_id,
                previous,
                &candidate,
                checks,
            ) {
                Ok(owner) => {
                    if owner.is_some() {
                        loaded.owner = owner;
                    }
                }
                Err(errors) => {
                    self.effects.push(Effect::Finished {
                        ticket,
                        result: Err(Rejection::Invalid(errors)),
                    });
                    if !loaded.exists {
                        self.docs.remove(&doc_id);
                    }
                    return;
                }
            }
        }
        if !loaded.exists {
            // A new document merges in rather than replacing, so any actor history is kept.
            let mut candidate = candidate;
            if let Err(e) = loaded.doc.merge(&mut candidate) {
                self.effects.push(Effect::Finished {
                    ticket,
                    result: Err(Rejection::Conflict(e.to_string())),
                });
                return;
            }
        } else {
            loaded.doc = candidate;
        }
        if loaded.doc.get_heads() == before {
            self.effects.push(Effect::Finished {
                ticket,
                result: Ok(Outcome::Done),
            });
            return;
        }
        let created = !loaded.exists;
        loaded.exists = true;
        let device_at = history::device_time(&loaded.doc, &before);
        let follow_up = self.record(doc_id, by.as_ref(), events, device_at, now);
        let mut writes = vec![(doc_id, before)];
        if created && self.is_server() {
            writes.extend(self.genesis_for(doc_id, now));
        }
        let cause = if ticket == INTERNAL_TICKET {
            Cause::Engine
        } else {
            Cause::Local
        };
        // Owner and reach first, so what is persisted names the requester the write left.
        self.spread_reach(doc_id);
        self.persist(writes, Some(ticket), cause);
        self.follow_up(follow_up, now);
    }
}
