//! Hostile input from the OpenAPI description: schemathesis generates requests for
//! every operation of `/api/v1/openapi.json` (valid, invalid, malformed) against the real
//! binary, and no answer may be a server error.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The server under test, killed when the test ends, by a failed assertion too.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn no_generated_request_gets_a_server_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut server = Server(
        Command::new(env!("CARGO_BIN_EXE_belehrung"))
            .arg("serve")
            .current_dir(dir.path())
            .env("BELEHRUNG_BIND", "127.0.0.1:0")
            .env(
                "BELEHRUNG_DATABASE_URL",
                format!("sqlite://{}", dir.path().join("s.db").display()),
            )
            .env("BELEHRUNG_CONTENT_DIR", root().join("content"))
            .env("BELEHRUNG_CERTIFICATES_DIR", root().join("certificates"))
            .env("BELEHRUNG_DATA_DIR", dir.path())
            .env("BELEHRUNG_REQUIRED_WATCH_RATIO", "0")
            .env("BELEHRUNG_LOOKUP_RATE_PER_MINUTE", "1000000")
            .env("BELEHRUNG_LOOKUP_BURST", "1000000")
            .env("BELEHRUNG_ENROLMENT_RATE_PER_HOUR", "1000000")
            .env("BELEHRUNG_ENROLMENT_BURST", "1000000")
            .env("RUST_LOG", "error")
            .stdout(Stdio::piped())
            .spawn()
            .expect("start belehrung"),
    );
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("address");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("address printed")
        .to_string();
    let output = Command::new("schemathesis")
        .arg("run")
        .arg(format!("{base}/api/v1/openapi.json"))
        .args(["--url", &base])
        .args(["--checks", "not_a_server_error"])
        // One worker: CPython 3.11 keeps the AST constructor's recursion depth in state
        // shared by all threads, so two workers describing strategies at once can fail
        // with "AST constructor recursion depth mismatch".
        .args(["--max-examples", "40", "--seed", "43", "--workers", "1"])
        .env("SCHEMATHESIS_HOOKS", "")
        .output()
        .expect("schemathesis (tests/run installs it)");
    drop(server);
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(
        output.status.success(),
        "schemathesis found server errors:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
