//! Compact JWTs with ES256 (P-256, RFC 7518 §3.4): signing with the office's key,
//! checking with a key a JWT brings (a wallet's proof, a key binding).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use p256::ecdsa::signature::{Signer as _, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use serde_json::{Value, json};

/// The office's key, with what a verifier needs to find and trust it.
pub struct Signer<'a> {
    pub key: &'a SigningKey,
    pub kid: &'a str,
    /// DER of the key's X.509 certificate (the High Assurance Interoperability Profile
    /// wants it in `x5c`).
    pub certificate_der: &'a [u8],
}

impl Signer<'_> {
    /// A compact JWS of `payload` with header `typ`, `kid` and `x5c`.
    pub fn sign(&self, typ: &str, payload: &Value) -> String {
        let header = json!({
            "alg": "ES256",
            "typ": typ,
            "kid": self.kid,
            "x5c": [STANDARD.encode(self.certificate_der)],
        });
        sign_with(self.key, &header, payload)
    }
}

pub(super) fn sign_with(key: &SigningKey, header: &Value, payload: &Value) -> String {
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    let signature: Signature = key.sign(input.as_bytes());
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JwtError {
    #[error("not a compact JWT")]
    Malformed,
    #[error("the algorithm is not ES256")]
    Algorithm,
    #[error("the key is not a public P-256 key")]
    Key,
    #[error("the signature does not match")]
    Signature,
}

/// A JWT's header and payload, not yet checked, and what its signature covers.
pub(super) struct Parsed {
    pub header: Value,
    pub payload: Value,
    input: String,
    signature: Vec<u8>,
}

pub(super) fn parse(jwt: &str) -> Result<Parsed, JwtError> {
    let mut parts = jwt.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Malformed);
    };
    let decode = |part: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| JwtError::Malformed)
    };
    let json =
        |bytes: Vec<u8>| serde_json::from_slice::<Value>(&bytes).map_err(|_| JwtError::Malformed);
    let header = json(decode(h)?)?;
    let payload = json(decode(p)?)?;
    if !header.is_object() || !payload.is_object() {
        return Err(JwtError::Malformed);
    }
    Ok(Parsed {
        header,
        payload,
        input: format!("{h}.{p}"),
        signature: decode(s)?,
    })
}

impl Parsed {
    /// Checks the signature with `key` (ES256 only).
    pub fn verify(&self, key: &VerifyingKey) -> Result<(), JwtError> {
        if self.header["alg"] != "ES256" {
            return Err(JwtError::Algorithm);
        }
        let signature = Signature::from_slice(&self.signature).map_err(|_| JwtError::Signature)?;
        key.verify(self.input.as_bytes(), &signature)
            .map_err(|_| JwtError::Signature)
    }
}

/// The P-256 public key of a JWK (`kty` EC, `crv` P-256, `x`, `y`); a JWK with a
/// private part is refused, as is anything else.
pub(super) fn public_key(jwk: &Value) -> Result<VerifyingKey, JwtError> {
    let Some(object) = jwk.as_object() else {
        return Err(JwtError::Key);
    };
    if jwk["kty"] != "EC" || jwk["crv"] != "P-256" || object.contains_key("d") {
        return Err(JwtError::Key);
    }
    let coordinate = |name: &str| {
        jwk[name]
            .as_str()
            .and_then(|c| URL_SAFE_NO_PAD.decode(c).ok())
            .filter(|c| c.len() == 32)
            .ok_or(JwtError::Key)
    };
    let (x, y) = (coordinate("x")?, coordinate("y")?);
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(0x04);
    sec1.extend_from_slice(&x);
    sec1.extend_from_slice(&y);
    VerifyingKey::from_sec1_bytes(&sec1).map_err(|_| JwtError::Key)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn jwk_of(key: &SigningKey) -> Value {
        let point = key.verifying_key().to_encoded_point(false);
        json!({
            "kty": "EC", "crv": "P-256",
            "x": URL_SAFE_NO_PAD.encode(point.x().expect("x")),
            "y": URL_SAFE_NO_PAD.encode(point.y().expect("y")),
        })
    }

    #[test]
    fn a_signed_jwt_verifies_with_its_key_only() {
        let key = SigningKey::from_slice(&[3u8; 32]).expect("scalar");
        let other = SigningKey::from_slice(&[4u8; 32]).expect("scalar");
        let jwt = sign_with(&key, &json!({"alg": "ES256"}), &json!({"a": 1}));
        let parsed = parse(&jwt).expect("parses");
        let public = public_key(&jwk_of(&key)).expect("jwk");
        assert!(parsed.verify(&public).is_ok());
        let public_other = public_key(&jwk_of(&other)).expect("jwk");
        assert_eq!(parsed.verify(&public_other), Err(JwtError::Signature));
        let mut private = jwk_of(&key);
        private["d"] = json!("secret");
        assert_eq!(public_key(&private).err(), Some(JwtError::Key));
        let none = sign_with(&key, &json!({"alg": "none"}), &json!({}));
        assert_eq!(
            parse(&none).expect("parses").verify(&public),
            Err(JwtError::Algorithm)
        );
    }
}
