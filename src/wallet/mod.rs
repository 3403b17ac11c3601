//! The certificate in the citizen's wallet: an SD-JWT VC (IETF SD-JWT, RFC 9901, and
//! SD-JWT-based Verifiable Credentials) issued over OpenID for Verifiable Credential
//! Issuance 1.0 with the pre-authorized code flow, and a Token Status List for
//! revocation. Signed with the office's key, the one that seals the PDF and the QR code.
//!
//! This module knows the formats; who gets what, and when, is `service::wallet`'s.

mod jwt;
mod metadata;
mod presentation;
mod proof;
mod sd_jwt;
mod status_list;

pub use jwt::{JwtError, Signer};
pub use metadata::{
    CONFIGURATION_ID, ClaimName, authorization_server_metadata, issuer_metadata, type_metadata,
};
pub use presentation::{PresentationError, Presented, checked_presentation};
pub use proof::{ProofError, checked_proof};
pub use sd_jwt::{Disclosed, issue_sd_jwt};
pub use status_list::status_list_jwt;
