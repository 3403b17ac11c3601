use tracing_subscriber::EnvFilter;

/// Logs to standard error, filtered by `RUST_LOG` (default: info). Standard output is
/// kept for what commands print as their result. The PDF reader stays quiet: it logs a
/// line for every broken object of a file someone hands over (a hostile upload could
/// fill the log), and the check's answer already says why a file was refused.
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn,lopdf=off"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
