use tracing_subscriber::EnvFilter;

/// Logs to standard error, filtered by `RUST_LOG` (default: info). Standard output is
/// kept for what commands print as their result.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
