//! A small run of the sync load generator behind `cargo xtask bench sync` (the full benchmark
//! is not run in CI): against HubDesk, and against the reference JavaScript server when its npm
//! packages are installed (`cargo xtask test` installs them). Every document uploaded arrives
//! at a hub client whole, the probes time edits under the load and under one device's flood,
//! and the bytes on the wire stay within twice what in-process automerge sync needs.

use anyhow::Result;
use hubdesk_tests::load::{self, LoadReport, LoadSpec, LoadTarget, ReferenceServer};
use hubdesk_tests::{Backend, TestServer};

const SPEC: LoadSpec = LoadSpec {
    devices: 5,
    docs: 40,
    edits: 5,
    // The 40 uploaded, the flooding device's 40, and 20 more.
    stored: 100,
};

fn check(report: &LoadReport, spec: &LoadSpec) {
    assert_eq!(report.uploaded, spec.docs, "{report:?}");
    assert!(
        report.upload_secs > 0.0 && report.fetch_secs > 0.0,
        "{report:?}"
    );
    assert!(
        report.live_ms.len() >= load::PROBES,
        "each probe timed a live edit: {report:?}"
    );
    assert!(
        report.flood_ms.len() >= load::PROBES,
        "each probe timed an edit during the flood: {report:?}"
    );
    assert_eq!(report.flood_docs, spec.docs, "{report:?}");
    assert!(
        report.rss_peak.is_some() && report.flood_rss_peak.is_some(),
        "the server's peak memory read in both phases: {report:?}"
    );
    assert!(
        report.bytes_per_doc() <= 2.0 * report.automerge_bytes_per_doc as f64,
        "{} bytes per document on the wire, {} in process",
        report.bytes_per_doc(),
        report.automerge_bytes_per_doc
    );
}

#[tokio::test]
async fn the_load_generator_runs_against_hubdesk() -> Result<()> {
    let Some(server) = TestServer::start_with(Backend::Sqlite, &load::hubdesk_flags()).await?
    else {
        return Ok(());
    };
    let target = LoadTarget::hubdesk(&server, SPEC.devices).await?;
    let report = load::run(SPEC, &target).await?;
    check(&report, &SPEC);
    assert!(report.rss_after.is_some(), "the server's memory was read");
    assert!(
        report
            .upload_actor_schedstat
            .is_some_and(|(_, runs)| runs > 0),
        "the sync actor thread's scheduling was read: {report:?}"
    );
    assert!(
        report.cpu_ms_per_doc().is_some_and(|ms| ms > 0.0),
        "the server's CPU time was read: {report:?}"
    );
    assert_eq!(report.stored.map(|(n, _)| n), Some(SPEC.stored));
    // The hub saw every document as a request of its own.
    let agent = server.login("agent").await?;
    let found = agent.get("/api/requests?q=Load&per_page=1").await?;
    assert_eq!(found.body["total"], SPEC.stored, "{}", found.body);
    Ok(())
}

/// On PostgreSQL the live lane has a connection of its own: the probes' edits made while the
/// devices upload are committed alongside the bulk transactions, not after them, the bulk
/// transactions give way to them between statements, and every document still arrives whole.
#[tokio::test]
async fn on_postgres_live_edits_are_committed_alongside_the_upload() -> Result<()> {
    const ALONGSIDE: &str = "hubdesk_storage_live_writes_alongside_total";
    const GAVE_WAY: &str = "hubdesk_storage_bulk_gave_way_total";
    let Some(server) = TestServer::start_with(Backend::Postgres, &load::hubdesk_flags()).await?
    else {
        return Ok(());
    };
    let spec = LoadSpec {
        devices: 10,
        docs: 400,
        edits: 5,
        stored: 0,
    };
    let target = LoadTarget::hubdesk(&server, spec.devices).await?;
    let report = load::run(spec, &target).await?;
    check(&report, &spec);
    let alongside = server.metric(ALONGSIDE).await?;
    assert!(
        alongside > 0.0,
        "no live transaction was committed while a bulk one was written ({alongside})"
    );
    let gave_way = server.metric(GAVE_WAY).await?;
    assert!(
        gave_way > 0.0,
        "no bulk transaction waited for a live one written alongside ({gave_way})"
    );
    Ok(())
}

#[tokio::test]
async fn the_load_generator_runs_against_the_reference_server() -> Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/reference-server");
    if !dir.join("node_modules").exists() {
        hubdesk_tests::skip("the reference sync server's npm packages (bench/reference-server)");
        return Ok(());
    }
    let reference = ReferenceServer::start(&dir).await?;
    let target = LoadTarget::plain(&reference.url, SPEC.devices, reference.pid());
    let spec = LoadSpec { stored: 0, ..SPEC };
    let report = load::run(spec, &target).await?;
    check(&report, &spec);
    Ok(())
}
