//! Issuing an SD-JWT (RFC 9901): every claim about the person is a disclosure
//! (`[salt, name, value]`, base64url), the signed JWT carries only their SHA-256 digests
//! in `_sd`, so that the holder shows an inspector only what is needed.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::jwt::Signer;

/// A claim the holder may disclose or keep.
pub struct Disclosed {
    pub name: &'static str,
    pub value: Value,
}

fn disclosure(claim: &Disclosed) -> String {
    // 128 random bits of salt (RFC 9901 §4.2.1 recommends at least that).
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let array = json!([URL_SAFE_NO_PAD.encode(salt), claim.name, claim.value]);
    URL_SAFE_NO_PAD.encode(array.to_string())
}

fn digest(disclosure: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(disclosure.as_bytes()))
}

/// The SD-JWT `<issuer JWT>~<disclosure>~…~`: `always` in the clear (iss, iat, vct,
/// cnf, status), `disclosed` selectively. The digests are sorted, so their order says
/// nothing about the claims.
pub fn issue_sd_jwt(
    signer: &Signer<'_>,
    always: Map<String, Value>,
    disclosed: &[Disclosed],
) -> String {
    let disclosures: Vec<String> = disclosed.iter().map(disclosure).collect();
    let mut digests: Vec<String> = disclosures.iter().map(|d| digest(d)).collect();
    digests.sort();
    let mut payload = always;
    payload.insert("_sd".into(), json!(digests));
    payload.insert("_sd_alg".into(), json!("sha-256"));
    let jwt = signer.sign("dc+sd-jwt", &Value::Object(payload));
    let mut compact = jwt;
    compact.push('~');
    for d in disclosures {
        compact.push_str(&d);
        compact.push('~');
    }
    compact
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_disclosure_is_in_the_signed_digests_and_nothing_in_the_clear() {
        let key = p256::ecdsa::SigningKey::from_slice(&[5u8; 32]).expect("scalar");
        let signer = Signer {
            key: &key,
            kid: "k",
            certificate_der: b"cert",
        };
        let mut always = Map::new();
        always.insert("iss".into(), json!("https://x"));
        let sd = issue_sd_jwt(
            &signer,
            always,
            &[
                Disclosed {
                    name: "given_name",
                    value: json!("Şükrü"),
                },
                Disclosed {
                    name: "family_name",
                    value: json!("Öztürk"),
                },
            ],
        );
        let parts: Vec<&str> = sd.split('~').collect();
        assert_eq!(parts.len(), 4, "JWT, two disclosures, and the closing ~");
        let payload = super::super::jwt::parse(parts[0]).expect("jwt").payload;
        assert!(!payload.to_string().contains("Öztürk"));
        let digests = payload["_sd"].as_array().expect("_sd");
        for d in &parts[1..3] {
            assert!(digests.contains(&json!(digest(d))));
            let decoded: Value =
                serde_json::from_slice(&URL_SAFE_NO_PAD.decode(d).expect("b64")).expect("json");
            assert_eq!(decoded.as_array().map(Vec::len), Some(3));
        }
    }
}
