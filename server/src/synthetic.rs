//! `hubdesk synthetic --requests N`: fills a database with made-up requests for benchmarks
//! (the CSV export's, say), quickly. Each is a real request document with its triage and notes
//! genesis, its projection row and its history, written in batches straight to storage as the
//! sync writer would; nothing in them is about a real person.

use automerge::{ActorId, Automerge};
use hubdesk_shared::commands;
use hubdesk_shared::engine::{Batch, Cause, DocWrite};
use hubdesk_shared::history::{Event, Recorded};
use hubdesk_shared::ids::{DocKind, RequestId, UserId};
use hubdesk_shared::model::Kind;
use hubdesk_shared::schema;
use hubdesk_shared::validate::{Origin, RequestDraft, Rules};

use crate::clock::now_ms;
use crate::store::Store;
use crate::users::{NewUser, add};

const PRACTITIONERS: usize = 50;
const BATCH: usize = 500;
const CATEGORIES: [&str; 7] = [
    "peer_learning",
    "capacity_building",
    "cooperation",
    "local_voices",
    "youth_engagement",
    "local_action_planning",
    "other",
];
const PLACES: [(&str, &str); 6] = [
    ("BD", "Dhaka"),
    ("IN", "Kolkata"),
    ("LK", "Colombo"),
    ("MV", "Male"),
    ("PK", "Karachi"),
    ("IN", "Mumbai"),
];

fn write(doc: &Automerge, id: RequestId, kind: DocKind, owner: &UserId) -> DocWrite {
    DocWrite {
        doc: id.document(kind),
        kind,
        owner: Some(owner.clone()),
        changes: doc.save(),
        snapshot: None,
        compact: false,
        history: Vec::new(),
        heads: doc.get_heads(),
        generation: 0,
        epoch: 0,
        first: true,
    }
}

/// Adds `count` synthetic requests, spread over the last `count` minutes, and returns how many
/// were written.
pub async fn fill(store: &Store, count: usize, rules: &Rules) -> anyhow::Result<usize> {
    let password = format!("synthetic-{:x}", rand::random::<u64>());
    let mut owners = Vec::new();
    for n in 0..PRACTITIONERS {
        let username = format!("synthetic-{n:02}");
        let (country, city) = PLACES[n % PLACES.len()];
        let row = match add(
            store,
            NewUser {
                username: &username,
                password: &password,
                role: "practitioner",
                country: Some(country),
                city: Some(city),
                countries: None,
            },
        )
        .await
        {
            Ok(row) => row,
            Err(crate::users::UserError::Exists(_)) => {
                crate::store::users::user_by_username(store.pool(), &username)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("{username} vanished"))?
            }
            Err(e) => return Err(e.into()),
        };
        owners.push(UserId::parse(&row.id)?);
    }
    let now = now_ms();
    let mut written = 0;
    let mut batch = Vec::with_capacity(BATCH * 3);
    for i in 0..count {
        let owner = &owners[i % owners.len()];
        let (country, city) = PLACES[i % PLACES.len()];
        let created = now - (count - i) as i64 * 60_000;
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&(i as u64).to_be_bytes());
        let draft = RequestDraft {
            kind: Kind::HelpDesk.as_str().into(),
            title: format!("Synthetic request {i}"),
            description: "A made-up request for benchmarks.".into(),
            category: CATEGORIES[i % CATEGORIES.len()].into(),
            country: country.into(),
            city: city.into(),
            ..Default::default()
        };
        let origin = Origin {
            requester: owner.clone(),
            fresh_id: RequestId::new(created as u64, random),
            now_ms: created,
            intake: None,
        };
        let (id, doc) = commands::new_request(draft, origin, rules, ActorId::random())
            .map_err(|e| anyhow::anyhow!("a synthetic request is invalid: {e:?}"))?;
        let mut request = write(&doc, id, DocKind::Request, owner);
        request.history.push(Recorded {
            actor: Some(owner.clone()),
            role: Some(hubdesk_shared::model::Role::Practitioner),
            server_at: created,
            device_at: Some(created),
            event: Event::Created,
        });
        batch.push(request);
        for kind in [DocKind::Triage, DocKind::Notes] {
            let genesis = schema::genesis(kind, id, created, Kind::HelpDesk)?;
            batch.push(write(&genesis, id, kind, owner));
        }
        if batch.len() >= BATCH * 3 || i + 1 == count {
            let docs = std::mem::take(&mut batch);
            written += docs.len() / 3;
            let batches = [Batch {
                write: written as u64,
                docs,
                cause: Cause::Engine,
            }];
            crate::store::write::write_batches(
                store,
                "synthetic",
                &batches,
                &rules.sla,
                now,
                &mut crate::store::mirror::Mirror::bulk(),
                &|| false,
                None,
            )
            .await?;
        }
    }
    Ok(written)
}
