//! The calls: an OAuth 2.0 token (client credentials, as the platforms issue them),
//! creating a transaction, reading one.

use std::time::{Duration, Instant};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::wire::{PaymentRequestWire, PaymentTransactionWire, ProblemWire, safe_id};
use super::{Transaction, TransactionRequest};

/// Why a call gave no transaction.
#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    /// Not reached, timed out, or a 5xx: worth trying again later.
    #[error("the payment platform is unavailable: {0}")]
    Unavailable(String),
    /// An answer that is not what the standard says.
    #[error("the payment platform answered malformed: {0}")]
    Malformed(&'static str),
    /// The request id is taken: the platform has this payment already (and may say
    /// under which transaction).
    #[error("the payment exists already")]
    PaymentExists { transaction_id: Option<String> },
    /// Refused for what was asked (the functional code): a configuration to fix.
    #[error("the payment platform refused the request: {0}")]
    Refused(String),
}

/// What an office's connection is made of (`payment.toml`, checked).
pub(super) struct Connection {
    pub url: String,
    pub token_url: String,
    pub originator_id: String,
    pub endpoint_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
    pub timeout: Duration,
    pub pay_origins: Vec<String>,
}

/// One office's connection.
pub struct Platform {
    url: String,
    token_url: String,
    originator_id: String,
    endpoint_id: String,
    client_id: String,
    client_secret: SecretString,
    http: reqwest::Client,
    token: tokio::sync::Mutex<Option<(SecretString, Instant)>>,
    /// The origins of the pay pages learners may be sent to.
    pay_origins: Vec<String>,
    /// Status answers of the last moments, by transaction: however often learners reload
    /// the fee's page, the platform is asked about a payment at most every
    /// [`FRESH`], and by at most [`ASKING`] requests at once.
    recent: std::sync::Mutex<std::collections::HashMap<String, (Instant, Transaction)>>,
    asking: tokio::sync::Semaphore,
}

/// How long a status answer is reused.
const FRESH: Duration = Duration::from_secs(2);
/// Status requests under way at once, per platform.
const ASKING: usize = 4;

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

/// The longest answer read: a transaction is a few hundred bytes.
const MAX_ANSWER: usize = 64 * 1024;

impl Platform {
    pub(super) fn new(connection: Connection) -> Result<Self, reqwest::Error> {
        let Connection {
            url,
            token_url,
            originator_id,
            endpoint_id,
            client_id,
            client_secret,
            timeout,
            pay_origins,
        } = connection;
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            // The platform answers; it never sends us elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            url,
            token_url,
            originator_id,
            endpoint_id,
            client_id,
            client_secret,
            http,
            token: tokio::sync::Mutex::new(None),
            pay_origins,
            recent: std::sync::Mutex::new(std::collections::HashMap::new()),
            asking: tokio::sync::Semaphore::new(ASKING),
        })
    }

    /// Where the platform's pay pages are: the only places learners are sent to.
    pub fn pay_origins(&self) -> &[String] {
        &self.pay_origins
    }

    fn transactions_url(&self) -> String {
        format!(
            "{}/paymenttransaction/{}/{}",
            self.url, self.originator_id, self.endpoint_id
        )
    }

    /// A token, reused until shortly before it expires.
    async fn token(&self, fresh: bool) -> Result<SecretString, PlatformError> {
        let mut held = self.token.lock().await;
        if !fresh
            && let Some((token, until)) = held.as_ref()
            && Instant::now() < *until
        {
            return Ok(token.clone());
        }
        let answer = self
            .http
            .post(&self.token_url)
            .form(&[
                ("grant_type", "client_credentials"),
                ("client_id", self.client_id.as_str()),
                ("client_secret", self.client_secret.expose_secret()),
            ])
            .send()
            .await
            .map_err(unavailable)?;
        let status = answer.status();
        if status.is_server_error() {
            return Err(PlatformError::Unavailable(format!("token: {status}")));
        }
        if !status.is_success() {
            return Err(PlatformError::Refused(format!("token: {status}")));
        }
        let body = read(answer).await?;
        let token: TokenAnswer =
            serde_json::from_slice(&body).map_err(|_| PlatformError::Malformed("token answer"))?;
        let lifetime = Duration::from_secs(token.expires_in.unwrap_or(300).saturating_sub(30));
        let token_secret = SecretString::from(token.access_token);
        *held = Some((token_secret.clone(), Instant::now() + lifetime));
        Ok(token_secret)
    }

    /// Creates the transaction for `request`.
    pub async fn create(&self, request: &TransactionRequest) -> Result<Transaction, PlatformError> {
        let body = PaymentRequestWire::new(request, chrono::Utc::now());
        let url = self.transactions_url();
        self.call(|token| self.http.post(&url).bearer_auth(token).json(&body))
            .await
    }

    /// Reads the transaction's current state (an answer of the last [`FRESH`] is reused).
    pub async fn status(&self, transaction_id: &str) -> Result<Transaction, PlatformError> {
        if !safe_id(transaction_id) {
            return Err(PlatformError::Malformed("transactionId"));
        }
        if let Some(known) = self.recent_answer(transaction_id) {
            return Ok(known);
        }
        let _turn = self
            .asking
            .acquire()
            .await
            .map_err(|_| PlatformError::Unavailable("closing".into()))?;
        // Asked while this request waited for its turn.
        if let Some(known) = self.recent_answer(transaction_id) {
            return Ok(known);
        }
        let url = format!("{}/{transaction_id}", self.transactions_url());
        let answer = self
            .call(|token| self.http.get(&url).bearer_auth(token))
            .await?;
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        if recent.len() > 1024 {
            recent.retain(|_, (at, _)| at.elapsed() < FRESH);
        }
        recent.insert(transaction_id.to_string(), (Instant::now(), answer.clone()));
        Ok(answer)
    }

    fn recent_answer(&self, transaction_id: &str) -> Option<Transaction> {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent
            .get(transaction_id)
            .filter(|(at, _)| at.elapsed() < FRESH)
            .map(|(_, answer)| answer.clone())
    }

    /// Sends with a token; a token the platform no longer takes is renewed once.
    async fn call(
        &self,
        build: impl Fn(&str) -> reqwest::RequestBuilder,
    ) -> Result<Transaction, PlatformError> {
        let mut fresh = false;
        loop {
            let token = self.token(fresh).await?;
            let answer = build(token.expose_secret())
                .header(reqwest::header::ACCEPT, "application/json")
                .send()
                .await
                .map_err(unavailable)?;
            let status = answer.status();
            if status == reqwest::StatusCode::UNAUTHORIZED && !fresh {
                fresh = true;
                continue;
            }
            let body = read(answer).await?;
            if status.is_server_error() {
                return Err(PlatformError::Unavailable(status.to_string()));
            }
            if !status.is_success() {
                let problem: ProblemWire = serde_json::from_slice(&body).unwrap_or_default();
                let code = problem
                    .functional_code
                    .unwrap_or_else(|| status.as_u16().to_string());
                return Err(if code == "PAYMENT_EXISTS" {
                    PlatformError::PaymentExists {
                        transaction_id: problem.transaction_id.filter(|id| safe_id(id)),
                    }
                } else {
                    PlatformError::Refused(code)
                });
            }
            let wire: PaymentTransactionWire = serde_json::from_slice(&body)
                .map_err(|_| PlatformError::Malformed("not a PaymentTransaction"))?;
            let transaction = wire.check().map_err(PlatformError::Malformed)?;
            // The learner is sent to the pay page: only to the platform's own.
            if let Some(url) = &transaction.pay_url
                && !super::wire::origin_of(url).is_some_and(|o| self.pay_origins.contains(&o))
            {
                return Err(PlatformError::Malformed("a pay page on an unexpected host"));
            }
            return Ok(transaction);
        }
    }
}

fn unavailable(error: reqwest::Error) -> PlatformError {
    // Without the URL: it names the transaction, and logs keep to the kind of failure.
    PlatformError::Unavailable(error.without_url().to_string())
}

async fn read(mut answer: reqwest::Response) -> Result<Vec<u8>, PlatformError> {
    let mut body = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(unavailable)? {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(PlatformError::Malformed("answer too long"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
