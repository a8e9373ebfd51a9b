//! The `hubdesk` binary: configuration, tracing, then the app.

use clap::Parser;
use hubdesk_server::config::{Cli, Command, UserCommand};
use hubdesk_server::{App, Config, users};
use tracing_subscriber::EnvFilter;

// jemalloc unless another allocator is asked for (see server/Cargo.toml).
#[cfg(all(feature = "jemalloc", not(feature = "mimalloc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("HUBDESK_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        // Logs go to stderr (as the README says); stdout carries only what the commands print.
        .with_writer(std::io::stderr)
        .init();
    match Cli::parse().command {
        Command::Serve(args) => {
            let app = App::build(Config::from_args(&args)).await?;
            println!("HubDesk is running at http://{}/", app.local_addr());
            if let Some(metrics) = app.metrics_addr() {
                println!("Metrics for operators at http://{metrics}/metrics");
            }
            if args.demo {
                println!("{}", hubdesk_server::demo::SIGN_INS);
            }
            app.run(hubdesk_server::shutdown_signal()).await
        }
        Command::Synthetic(args) => {
            let store = hubdesk_server::open_store(
                &args.storage.data_dir,
                args.storage.database_url.as_deref(),
            )
            .await?;
            let rules = hubdesk_shared::validate::Rules::default();
            let added = hubdesk_server::synthetic::fill(&store, args.requests, &rules).await?;
            println!("added {added} synthetic requests");
            Ok(())
        }
        Command::User {
            command: UserCommand::Add(args),
        } => {
            let user = users::add_from_cli(&args).await?;
            println!("added {} ({})", user.username, user.role);
            Ok(())
        }
        Command::User { command } => users::run_cli(command).await,
        Command::Data { command } => hubdesk_server::retention::run_cli(command).await,
    }
}
