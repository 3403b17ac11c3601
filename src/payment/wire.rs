//! The JSON of XBezahldienste 1.x: the PaymentRequest sent, the PaymentTransaction read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::Cents;

/// A payment as the service asks for it: one item, the fee, booked to the office's
/// cashier reference.
#[derive(Debug, Clone)]
pub struct TransactionRequest {
    /// 1 to 36 of `[A-Za-z0-9_-]`, derived from the enrolment and the attempt, so that a
    /// repeated request names the same payment.
    pub request_id: String,
    pub amount: Cents,
    pub purpose: String,
    pub description: String,
    pub redirect_url: String,
    pub item: ItemRequest,
}

#[derive(Debug, Clone)]
pub struct ItemRequest {
    pub id: String,
    pub reference: String,
    pub description: String,
}

/// The platform's status of a transaction (the standard's Statusmodell): INITIAL while
/// the payer is busy, then one final state. A timeout is reported as FAILED.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentStatus {
    Initial,
    Payed,
    Canceled,
    Failed,
}

impl PaymentStatus {
    fn parse(raw: &str) -> Option<Self> {
        match raw {
            "INITIAL" => Some(Self::Initial),
            "PAYED" => Some(Self::Payed),
            "CANCELED" => Some(Self::Canceled),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// A transaction as the platform reports it, checked for shape (not yet against the
/// payment it should be: that is the service's).
#[derive(Debug, Clone)]
pub struct Transaction {
    pub id: String,
    pub status: PaymentStatus,
    /// The pay page, while the status is INITIAL.
    pub pay_url: Option<String>,
    /// The platform's booking reference, once paid (or from the start).
    pub reference: Option<String>,
    /// The request id the platform has for it, where it repeats it.
    pub request_id: Option<String>,
    /// The amount the platform has for it, where it repeats it.
    pub amount: Option<Cents>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PaymentRequestWire<'a> {
    request_id: &'a str,
    request_timestamp: String,
    currency: &'static str,
    gros_amount: f64,
    purpose: &'a str,
    description: &'a str,
    redirect_url: &'a str,
    items: [PaymentItemWire<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PaymentItemWire<'a> {
    id: &'a str,
    reference: &'a str,
    description: &'a str,
    tax_rate: u32,
    quantity: u32,
    single_net_amount: f64,
    single_tax_amount: f64,
    total_net_amount: f64,
    total_tax_amount: f64,
    booking_data: BTreeMap<&'static str, &'a str>,
}

/// Euros as a JSON number: cents over 100 is the nearest double, which serde_json
/// writes in its shortest form (`20.5`), the exact decimal.
fn euros(amount: Cents) -> f64 {
    f64::from(amount.get()) / 100.0
}

impl<'a> PaymentRequestWire<'a> {
    pub(super) fn new(request: &'a TransactionRequest, now: chrono::DateTime<chrono::Utc>) -> Self {
        let amount = euros(request.amount);
        Self {
            request_id: &request.request_id,
            request_timestamp: now.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
            currency: "EUR",
            gros_amount: amount,
            purpose: &request.purpose,
            description: &request.description,
            redirect_url: &request.redirect_url,
            items: [PaymentItemWire {
                id: &request.item.id,
                reference: &request.item.reference,
                description: &request.item.description,
                // Fees of public bodies carry no VAT (§ 2b UStG).
                tax_rate: 0,
                quantity: 1,
                single_net_amount: amount,
                single_tax_amount: 0.0,
                total_net_amount: amount,
                total_tax_amount: 0.0,
                booking_data: BTreeMap::from([("kassenzeichen", request.item.reference.as_str())]),
            }],
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PaymentTransactionWire {
    payment_information: PaymentInformationWire,
    #[serde(default)]
    payment_request: Option<PaymentRequestEcho>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PaymentInformationWire {
    transaction_id: String,
    status: String,
    #[serde(default)]
    transaction_redirect_url: Option<String>,
    #[serde(default)]
    transaction_reference: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PaymentRequestEcho {
    #[serde(default)]
    request_id: Option<String>,
    #[serde(default)]
    gros_amount: Option<serde_json::Number>,
}

/// A problem (RFC 9457) with the standard's functional code.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(super) struct ProblemWire {
    #[serde(default)]
    pub functional_code: Option<String>,
    /// Where a platform names the transaction a repeated request id already has.
    #[serde(default)]
    pub transaction_id: Option<String>,
}

/// The identifiers that go into a path: what the standard allows, and short.
pub(super) fn safe_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A reference shown to the learner and staff: printable and short.
fn printable(reference: &str) -> bool {
    (1..=64).contains(&reference.chars().count())
        && reference
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
}

impl PaymentTransactionWire {
    /// The transaction, or why the answer is not one.
    pub(super) fn check(self) -> Result<Transaction, &'static str> {
        let info = self.payment_information;
        if !safe_id(&info.transaction_id) {
            return Err("transactionId is not an identifier");
        }
        let status = PaymentStatus::parse(&info.status).ok_or("unknown status")?;
        let pay_url = match info.transaction_redirect_url {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => Some(url),
            Some(_) => return Err("transactionRedirectUrl is not a web address"),
            None => None,
        };
        if status == PaymentStatus::Initial && pay_url.is_none() {
            return Err("an INITIAL transaction without transactionRedirectUrl");
        }
        let reference = match info.transaction_reference {
            Some(r) if printable(&r) => Some(r),
            Some(_) => return Err("transactionReference is not printable"),
            None => None,
        };
        let (request_id, amount) = match self.payment_request {
            Some(echo) => {
                let amount = match echo.gros_amount {
                    Some(n) => Some(Cents::parse_euros(&n.to_string()).ok_or("grosAmount")?),
                    None => None,
                };
                (echo.request_id, amount)
            }
            None => (None, None),
        };
        Ok(Transaction {
            id: info.transaction_id,
            status,
            pay_url,
            reference,
            request_id,
            amount,
        })
    }
}

/// `scheme://host[:port]` of an absolute http(s) address, lower-cased; `None` for
/// anything else (credentials in the address included).
pub(super) fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty()
        || authority.contains('@')
        || !authority
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    {
        return None;
    }
    Some(format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        assert_eq!(
            origin_of("https://Pay.Example.de/seite?x=1").as_deref(),
            Some("https://pay.example.de")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8555/pay/t").as_deref(),
            Some("http://127.0.0.1:8555")
        );
        assert_eq!(origin_of("https://user:pw@evil.example/"), None);
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("https://"), None);
        assert_eq!(origin_of("https://a b/"), None);
    }

    fn request() -> TransactionRequest {
        TransactionRequest {
            request_id: "abc-1".into(),
            amount: Cents::new(2050).expect("cents"),
            purpose: "Belehrung IfSG 43".into(),
            description: "Belehrung".into(),
            redirect_url: "https://example.org/zurueck".into(),
            item: ItemRequest {
                id: "ifsg43".into(),
                reference: "KZ-1".into(),
                description: "Belehrung".into(),
            },
        }
    }

    #[test]
    fn the_request_carries_euros_exactly_and_one_item() {
        let r = request();
        let json =
            serde_json::to_value(PaymentRequestWire::new(&r, chrono::Utc::now())).expect("json");
        assert_eq!(json["grosAmount"].to_string(), "20.5");
        assert_eq!(json["items"][0]["totalNetAmount"].to_string(), "20.5");
        assert_eq!(json["currency"], "EUR");
        assert_eq!(json["requestId"], "abc-1");
    }

    #[test]
    fn an_answer_is_checked_for_shape() {
        let parse = |v: serde_json::Value| {
            serde_json::from_value::<PaymentTransactionWire>(v)
                .expect("wire")
                .check()
        };
        let ok = parse(serde_json::json!({
            "paymentInformation": {"transactionId": "t-1", "status": "INITIAL",
                "transactionRedirectUrl": "https://pay.example/t-1"},
            "paymentRequest": {"requestId": "abc-1", "grosAmount": 20.5}
        }))
        .expect("fine");
        assert_eq!(ok.amount, Cents::new(2050));
        assert!(
            parse(serde_json::json!({
                "paymentInformation": {"transactionId": "t-1", "status": "INITIAL"}
            }))
            .is_err()
        );
        assert!(
            parse(serde_json::json!({
                "paymentInformation": {"transactionId": "../x", "status": "PAYED"}
            }))
            .is_err()
        );
        assert!(
            parse(serde_json::json!({
                "paymentInformation": {"transactionId": "t", "status": "PAID"}
            }))
            .is_err()
        );
        assert!(
            parse(serde_json::json!({
                "paymentInformation": {"transactionId": "t", "status": "INITIAL",
                    "transactionRedirectUrl": "javascript:alert(1)"}
            }))
            .is_err()
        );
    }
}
