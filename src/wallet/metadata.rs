//! What wallets read before they ask: the credential issuer's metadata (OpenID4VCI 1.0
//! §12.2), the authorization server's (RFC 8414, as the issuer is its own), and the
//! credential type's (SD-JWT VC type metadata), with names in the course languages.

use serde_json::{Value, json};

/// The one credential configuration: the § 43 certificate as an SD-JWT VC.
pub const CONFIGURATION_ID: &str = "ifsg43";

/// A claim and its name in each language (`locale`, name).
pub struct ClaimName {
    pub claim: &'static str,
    pub names: Vec<(String, String)>,
}

fn display(names: &[(String, String)]) -> Value {
    names
        .iter()
        .map(|(locale, name)| json!({"locale": locale, "name": name}))
        .collect()
}

fn claims(names: &[ClaimName]) -> Value {
    names
        .iter()
        .map(|c| json!({"path": [c.claim], "display": display(&c.names)}))
        .collect()
}

/// `endpoint(path)` gives an absolute address under the issuer.
pub fn issuer_metadata(
    issuer: &str,
    vct: &str,
    office: &[(String, String)],
    credential: &[(String, String)],
    claim_names: &[ClaimName],
) -> Value {
    json!({
        "credential_issuer": issuer,
        "credential_endpoint": format!("{issuer}/credential"),
        "nonce_endpoint": format!("{issuer}/nonce"),
        "display": display(office),
        "credential_configurations_supported": {
            CONFIGURATION_ID: {
                "format": "dc+sd-jwt",
                "vct": vct,
                "scope": CONFIGURATION_ID,
                "cryptographic_binding_methods_supported": ["jwk"],
                "credential_signing_alg_values_supported": ["ES256"],
                "proof_types_supported": {
                    "jwt": {"proof_signing_alg_values_supported": ["ES256"]}
                },
                "credential_metadata": {
                    "display": display(credential),
                    "claims": claims(claim_names),
                },
            }
        },
    })
}

pub fn authorization_server_metadata(issuer: &str) -> Value {
    json!({
        "issuer": issuer,
        "token_endpoint": format!("{issuer}/token"),
        "grant_types_supported": ["urn:ietf:params:oauth:grant-type:pre-authorized_code"],
        "pre-authorized_grant_anonymous_access_supported": true,
        "response_types_supported": [],
    })
}

pub fn type_metadata(
    vct: &str,
    credential: &[(String, String)],
    claim_names: &[ClaimName],
) -> Value {
    json!({
        "vct": vct,
        "name": credential.first().map(|(_, name)| name.clone()).unwrap_or_default(),
        "display": display(credential),
        "claims": claims(claim_names),
    })
}
