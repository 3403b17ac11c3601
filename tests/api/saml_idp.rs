//! A real SAML identity provider for the login tests: pysaml2 (`tests/tools/saml_idp.py`,
//! signatures and encryption by the xmlsec1 program) with its own keys and two test
//! people, started for one test and killed when it ends, panics included.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::smtp::free_port;

pub struct TestIdp {
    pub base: String,
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/saml_idp.py")
}

impl TestIdp {
    /// Keys and metadata made, not serving yet: the service is configured with the
    /// metadata before the provider can read the service's.
    pub fn prepared() -> Self {
        let port = free_port();
        let dir = tempfile::tempdir().expect("temp dir");
        let base = format!("http://127.0.0.1:{port}");
        let status = Command::new("python3")
            .arg(script())
            .args(["prepare", "--dir"])
            .arg(dir.path())
            .args(["--base", &base])
            .stderr(Stdio::null())
            .status()
            .expect("python3 with pysaml2 (tests/run installs it)");
        assert!(
            status.success(),
            "the identity provider's keys were not made"
        );
        Self {
            base,
            port,
            dir,
            child: None,
        }
    }

    /// The file `BELEHRUNG_SAML_IDP_METADATA` names.
    pub fn metadata(&self) -> String {
        self.dir
            .path()
            .join("idp-metadata.xml")
            .display()
            .to_string()
    }

    /// Serves logins for the service provider with metadata `sp_metadata` (the XML);
    /// the login form also takes a forgery to make.
    pub fn serve(&mut self, sp_metadata: &str) {
        let sp_file = self.dir.path().join("sp-given.xml");
        std::fs::write(&sp_file, sp_metadata).expect("sp metadata");
        let sp_metadata = sp_file.display().to_string();
        let log_path = self.dir.path().join("idp.log");
        let log = std::fs::File::create(&log_path).expect("log file");
        let child = Command::new("python3")
            .arg(script())
            .args(["serve", "--forgeries", "--dir"])
            .arg(self.dir.path())
            .args(["--base", &self.base, "--sp-metadata", &sp_metadata])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("python3 tests/tools/saml_idp.py");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "the identity provider did not start: {}",
                std::fs::read_to_string(&log_path).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for TestIdp {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
