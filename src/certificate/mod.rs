//! The certificate: what is printed, the keys that sign it, the PDF and its seal; and,
//! in the same fonts, the sheet of vouchers an office prints.

mod assets;
mod canvas;
pub mod claims;
mod document;
mod folder_cache;
mod identity;
pub mod jwk;
pub mod jws;
pub mod keystore;
mod layout;
mod logo;
mod logo_cache;
mod metadata;
mod page;
mod page_foot;
pub mod pdf;
pub mod qr_check;
mod render_error;
pub mod seal;
mod seal_check;
pub mod self_signed;
pub mod typeset;
mod voucher_sheet;

pub use assets::{AssetsError, CertificateAssets};
pub use document::{CertificateDocument, CertificateTexts, Issuer};
pub use identity::SigningIdentity;
pub use pdf::render;
pub use render_error::RenderError;
pub use seal::{SealError, seal};
pub use seal_check::{
    MAX_CERTIFICATE_BYTES, SealCheckError, SealedCertificate, check_seal, check_sealed, pdf_payload,
};
pub use self_signed::self_signed_identity;
pub use typeset::renders_correctly;
pub use voucher_sheet::{VoucherSheet, render_voucher_sheet};
