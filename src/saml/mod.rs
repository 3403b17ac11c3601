//! Login with the online ID card: a SAML 2.0 service provider (Web Browser SSO) for
//! BundID and the Länder's citizen accounts, which speak the same protocol.
//!
//! The XML signatures and the encryption are libxmlsec1's, through `samael`; this module
//! only decides what to ask for and what to accept. It needs the system libraries that
//! libxmlsec1 builds against, so it is a cargo feature (`saml`): a build without it has
//! no identity provider and refuses to start if one is configured.

#[cfg(feature = "saml")]
mod keys;
#[cfg(feature = "saml")]
mod metadata;
mod provider;
#[cfg(feature = "saml")]
mod request;
#[cfg(feature = "saml")]
mod response;
#[cfg(feature = "saml")]
mod shape;

pub use provider::{LoginRefused, ServiceProvider, StartedLogin, VerifiedLogin};

/// The attributes asked for, by the names BundID and the Länder's accounts use (`urn:oid:`
/// of X.520 and RFC 3739): what the certificate prints, nothing more.
#[cfg(feature = "saml")]
const GIVEN_NAME: &str = "urn:oid:2.5.4.42";
#[cfg(feature = "saml")]
const FAMILY_NAME: &str = "urn:oid:2.5.4.4";
#[cfg(feature = "saml")]
const BIRTH_DATE: &str = "urn:oid:1.3.6.1.5.5.7.9.1";
/// The level of assurance reached, as an attribute (BundID's `TrustLevel`, in addition to
/// the authentication context of the assertion).
#[cfg(feature = "saml")]
const TRUST_LEVEL: &str = "urn:oid:1.3.6.1.4.1.25484.494450.3";
#[cfg(feature = "saml")]
const REQUESTED: [&str; 4] = [GIVEN_NAME, FAMILY_NAME, BIRTH_DATE, TRUST_LEVEL];
