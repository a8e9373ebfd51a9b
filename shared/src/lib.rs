//! The one truth about HubDesk records, shared by the server and the browser client.
//!
//! Map of the crate:
//! - [`ids`]: document ids, request ids and how the triage and notes document ids derive from a
//!   request id.
//! - [`model`]: the records (help-desk requests, triage, internal notes) as plain Rust types.
//! - [`validate`]: the rules a request must satisfy, with typed errors naming the field.
//! - [`limits`]: how large a record and a sync message may grow.
//! - [`measure`]: what a sync message's changes would cost to apply (operations, inflated
//!   bytes), read from automerge's binary format without applying anything.
//! - [`schema`]: how records map onto Automerge documents (through autosurgeon).
//! - [`access`]: who may read or write which document, what each role may do, and what a write
//!   must preserve to be admitted.
//! - [`users`]: what a valid account is (username, password, role, country, city) and the
//!   one-time reset codes.
//! - [`devices`]: a signed-in device's name and platform.
//! - [`lock`]: the phone's lock: PIN rules, wrong tries, idle lock, and the lock after too long
//!   without reaching the hub.
//! - [`audit`]: what the audit log records (fixed codes, no personal data) and who reads it.
//! - [`workflow`]: statuses, the moves between them and who may make them; valid triage records.
//! - [`commands`]: every change a person makes to a request, as a typed command that checks the
//!   rules and writes the document; every shell calls it.
//! - [`sla`]: first-response and resolution targets per priority, paused while waiting.
//! - [`text`]: shortening what people wrote (previews) between user-perceived characters.
//! - [`money`]: amounts as integer minor units of a currency, read and shown one way.
//! - [`fund`]: fund rounds and decisions on applications.
//! - [`events`]: the hub's trainings, workshops, dialogues and exchange visits: a valid event,
//!   who runs them, and where a registration goes given the seats.
//! - [`attachments`]: files attached to requests: accepted types (decided from the bytes),
//!   limits and quotas, who attaches where, and the hub's record of a received file.
//! - [`library`]: items offered in several languages (guidance, canned responses): which
//!   version a reader is shown, and which other languages the item has.
//! - [`history`]: a request's timeline, derived from its documents before and after each write.
//! - [`notify`]: which events tell whom, people's choices and quiet hours, and what a push
//!   message may carry.
//! - [`wire`]: the automerge-repo websocket protocol messages and their CBOR encoding.
//! - [`engine`]: the sans-IO sync engine that speaks that protocol for server and client.
//! - `fuzzing` (tests and the `fuzzing` feature): the fuzz harnesses and their invariants.
//!
//! Invariants:
//! - This crate does no IO and reads no clock or random source: time and randomness are handed
//!   in, effects are handed back as data. It builds for `wasm32-unknown-unknown` and natively.
//! - Every rule about what a valid request is lives here, so the server and the client can never
//!   disagree about it.

pub mod access;
pub mod attachments;
pub mod audit;
pub mod calendar;
pub mod commands;
pub mod devices;
pub mod directory;
pub mod engine;
pub mod events;
pub mod feedback;
pub mod fund;
#[cfg(any(test, feature = "fuzzing"))]
pub mod fuzzing;
pub mod handover;
pub mod history;
pub mod ids;
pub mod intake;
pub mod library;
pub mod limits;
pub mod lock;
pub mod measure;
pub mod model;
pub mod money;
pub mod needs;
pub mod notify;
pub mod practice;
pub mod referral;
pub mod retention;
pub mod schema;
pub mod sla;
pub mod text;
pub mod users;
pub mod validate;
pub mod wire;
pub mod workflow;
