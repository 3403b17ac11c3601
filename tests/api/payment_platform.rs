//! The Land's payment platform for the fee tests: `tests/tools/xbezahldienste.py`, a
//! process of its own on loopback that speaks XBezahldienste 1.x (OAuth 2.0 client
//! credentials, PaymentRequest, the status model, a pay page that sends the learner
//! back), with controls to finish a payment behind the service's back and to misbehave.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::smtp::free_port;

pub const CLIENT_ID: &str = "belehrung-test";
pub const CLIENT_SECRET: &str = "s3cret-for-tests";
pub const ORIGINATOR: &str = "belehrung-ifsg43";

pub struct TestPlatform {
    pub base: String,
    port: u16,
    dir: tempfile::TempDir,
    child: Child,
    client: reqwest::Client,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/xbezahldienste.py")
}

impl TestPlatform {
    /// The platform with the example offices' endpoints; unpaid payments time out
    /// after `timeout_seconds`.
    pub fn start(timeout_seconds: u32) -> Self {
        Self::start_on(free_port(), timeout_seconds)
    }

    /// On a given port, as after a restart.
    pub fn start_on(port: u16, timeout_seconds: u32) -> Self {
        crate::helpers::tls();
        let client = reqwest::Client::new();
        let dir = tempfile::tempdir().expect("temp dir");
        let log = std::fs::File::create(dir.path().join("platform.log")).expect("log");
        let child = Command::new("python3")
            .arg(script())
            .args(["--port", &port.to_string(), "--originator", ORIGINATOR])
            .args(["--endpoint", "beispielkreis", "--endpoint", "beispielstadt"])
            .args(["--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET])
            .args(["--timeout-seconds", &timeout_seconds.to_string()])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("python3 tests/tools/xbezahldienste.py");
        // Owned at once: whatever fails from here on, Drop ends the process.
        let platform = Self {
            base: format!("http://127.0.0.1:{port}"),
            port,
            dir,
            child,
            client,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "the payment platform did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        platform
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `payment.toml` connecting both example offices that charge; the path for
    /// `BELEHRUNG_PAYMENT_PLATFORMS`.
    pub fn config_file(&self) -> String {
        let path = self.dir.path().join("payment.toml");
        let mut text = String::new();
        for office in ["beispielkreis", "beispielstadt"] {
            text.push_str(&format!(
                "[{office}]\nurl = \"{base}\"\ntoken_url = \"{base}/oauth/token\"\noriginator_id = \"{ORIGINATOR}\"\nendpoint_id = \"{office}\"\nclient_id = \"{CLIENT_ID}\"\nclient_secret = \"{CLIENT_SECRET}\"\ntimeout_seconds = 3\n\n",
                base = self.base
            ));
        }
        std::fs::write(&path, text).expect("payment.toml");
        path.display().to_string()
    }

    /// Every transaction the platform holds, with how often its request was sent.
    pub async fn transactions(&self) -> Vec<Value> {
        let answer = self
            .client
            .get(format!("{}/_control/transactions", self.base))
            .send()
            .await
            .expect("platform");
        answer.json().await.expect("transactions")
    }

    /// Finishes a payment on the platform without the learner coming back.
    pub async fn finish(&self, transaction_id: &str, status: &str) {
        let answer = self
            .client
            .post(format!(
                "{}/_control/transactions/{transaction_id}",
                self.base
            ))
            .json(&json!({ "status": status }))
            .send()
            .await
            .expect("platform");
        assert!(answer.status().is_success(), "{}", answer.status());
    }

    /// The next `count` API calls misbehave as `mode` says.
    pub async fn fault(&self, mode: &str, count: u32) {
        let answer = self
            .client
            .post(format!("{}/_control/faults", self.base))
            .json(&json!({ "mode": mode, "count": count, "seconds": 6 }))
            .send()
            .await
            .expect("platform");
        assert!(answer.status().is_success(), "{}", answer.status());
    }

    /// The learner's click on the pay page (`pay`, `cancel` or `fail`): the platform's
    /// answer, a redirect to the service's return address.
    pub async fn click(&self, pay_url: &str, action: &str) -> String {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let answer = client
            .post(pay_url)
            .form(&[("action", action)])
            .send()
            .await
            .expect("pay page");
        assert_eq!(answer.status(), 303, "the pay page sends the learner back");
        answer
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .expect("location")
            .to_string()
    }

    /// How often the service asked for a transaction's status (from the platform's log
    /// of requests).
    pub fn status_reads(&self) -> usize {
        std::fs::read_to_string(self.dir.path().join("platform.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| l.contains(" GET /paymenttransaction/"))
            .count()
    }

    /// Stops the platform, as an outage.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for TestPlatform {
    fn drop(&mut self) {
        self.stop();
    }
}
