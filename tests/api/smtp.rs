//! A real SMTP server for the mail tests: Python's aiosmtpd, storing what it receives
//! in a maildir, read back with `tests/tools/mail_parts.py`.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub struct SmtpSink {
    pub port: u16,
    maildir: PathBuf,
    out_dir: PathBuf,
    child: Option<Child>,
    _dir: tempfile::TempDir,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl SmtpSink {
    /// A sink on a free port, not started yet (as an SMTP server that is down).
    pub fn stopped() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let maildir = dir.path().join("maildir");
        let out_dir = dir.path().join("parts");
        std::fs::create_dir_all(&out_dir).expect("parts dir");
        Self {
            port: free_port(),
            maildir,
            out_dir,
            child: None,
            _dir: dir,
        }
    }

    pub fn started() -> Self {
        let mut sink = Self::stopped();
        sink.start();
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn start(&mut self) {
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (pip install aiosmtpd)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "the SMTP server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every mail received so far, parsed.
    pub fn mails(&self) -> Vec<Value> {
        if !self.maildir.exists() {
            return Vec::new();
        }
        let output = Command::new("python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/mail_parts.py"))
            .arg(&self.maildir)
            .arg(&self.out_dir)
            .output()
            .expect("mail_parts.py");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let parsed: Value = serde_json::from_slice(&output.stdout).expect("json");
        parsed.as_array().cloned().unwrap_or_default()
    }

    /// Waits (at most `limit`) until `count` mails arrived; returns them.
    pub async fn wait_for(&self, count: usize, limit: Duration) -> Vec<Value> {
        let deadline = Instant::now() + limit;
        loop {
            let mails = self.mails();
            if mails.len() >= count || Instant::now() > deadline {
                return mails;
            }
            actix_web::rt::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}
