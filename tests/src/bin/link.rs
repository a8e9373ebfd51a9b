//! The link emulator by hand: `link --upstream HOST:PORT [--listen HOST:PORT] [--rtt-ms N]
//! [--kbps N] [--cut-every-secs N] [--outage-ms N]` puts a slow, flaky link (2G field
//! conditions by default: 600 ms, 250 kbit/s, a cut every 20 s or so) in front of a running
//! server, for trying the app as a practitioner in the field would see it. Stops on Ctrl-C.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use hubdesk_tests::link::{Link, LinkConfig};

#[tokio::main]
async fn main() -> Result<()> {
    let mut config = LinkConfig::field_2g();
    let mut upstream = None;
    let mut listen = "127.0.0.1:8081".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        let number = || -> Result<u64> {
            value
                .parse()
                .with_context(|| format!("{flag} must be a whole number, not {value:?}"))
        };
        match flag.as_str() {
            "--upstream" => upstream = Some(value.clone()),
            "--listen" => listen = value.clone(),
            "--rtt-ms" => config.rtt = Duration::from_millis(number()?),
            "--kbps" => config.bits_per_sec = number()? * 1000,
            "--cut-every-secs" => {
                let secs = number()?;
                config.cut_every = (secs > 0).then(|| Duration::from_secs(secs));
            }
            "--outage-ms" => config.outage = Duration::from_millis(number()?),
            other => bail!("unknown argument {other:?}"),
        }
    }
    let upstream = upstream.context("--upstream HOST:PORT is required")?;
    let address = tokio::net::lookup_host(&upstream)
        .await?
        .next()
        .with_context(|| format!("no address for {upstream}"))?;
    let link = Link::start_on(&listen, address, config).await?;
    eprintln!(
        "{} -> {upstream} as {config:?}; Ctrl-C stops",
        link.base_url()
    );
    tokio::signal::ctrl_c().await?;
    eprintln!("{:?}", link.stats());
    Ok(())
}
