//! The authentication request, sent with the HTTP-Redirect binding and signed over the
//! query (SAML bindings 3.4.4.1). It asks for the level of assurance the office requires
//! and, in AKDB's extension that BundID and the Länder's accounts read, for the
//! attributes the certificate prints.

use std::io::Write as _;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, SecondsFormat, Utc};
use flate2::Compression;
use flate2::write::DeflateEncoder;
use openssl::pkey::{PKey, Private};
use quick_xml::escape::escape;
use url::Url;

use super::REQUESTED;

pub struct AuthnRequest<'a> {
    pub id: &'a str,
    pub issued_at: DateTime<Utc>,
    pub entity_id: &'a str,
    pub acs_url: &'a str,
    pub destination: &'a str,
    /// `STORK-QAA-Level-3` or `-4`: the minimum the office accepts.
    pub class_ref: &'a str,
}

impl AuthnRequest<'_> {
    pub fn to_xml(&self) -> String {
        let attributes: String = REQUESTED
            .iter()
            .map(|name| {
                format!("<akdb:RequestedAttribute Name=\"{name}\" RequiredAttribute=\"true\"/>")
            })
            .collect();
        format!(
            concat!(
                r#"<saml2p:AuthnRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" "#,
                r#"xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="{id}" Version="2.0" "#,
                r#"IssueInstant="{instant}" Destination="{destination}" "#,
                r#"AssertionConsumerServiceURL="{acs}" "#,
                r#"ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" ForceAuthn="true">"#,
                r#"<saml2:Issuer>{entity}</saml2:Issuer>"#,
                r#"<saml2p:Extensions><akdb:AuthenticationRequest xmlns:akdb="https://www.akdb.de/request/2018/09" Version="2">"#,
                r#"<akdb:RequestedAttributes>{attributes}</akdb:RequestedAttributes>"#,
                r#"</akdb:AuthenticationRequest></saml2p:Extensions>"#,
                r#"<saml2p:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" AllowCreate="true"/>"#,
                r#"<saml2p:RequestedAuthnContext Comparison="minimum">"#,
                r#"<saml2:AuthnContextClassRef>{class_ref}</saml2:AuthnContextClassRef>"#,
                r#"</saml2p:RequestedAuthnContext></saml2p:AuthnRequest>"#
            ),
            id = escape(self.id),
            instant = self.issued_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            destination = escape(self.destination),
            acs = escape(self.acs_url),
            entity = escape(self.entity_id),
            attributes = attributes,
            class_ref = escape(self.class_ref),
        )
    }

    /// The identity provider's address with the deflated request, the relay state and
    /// the signature over both.
    pub fn signed_redirect(&self, relay_state: &str, key: &PKey<Private>) -> anyhow::Result<Url> {
        let mut deflated = Vec::new();
        {
            let mut encoder = DeflateEncoder::new(&mut deflated, Compression::default());
            encoder.write_all(self.to_xml().as_bytes())?;
            encoder.finish()?;
        }
        let mut url = Url::parse(self.destination)?;
        url.query_pairs_mut()
            .append_pair("SAMLRequest", &STANDARD.encode(&deflated))
            .append_pair("RelayState", relay_state);
        samael::crypto::sign_url(url, key)
            .map_err(|e| anyhow::anyhow!("cannot sign the request: {e}"))
    }
}
