//! Parsed input: once a value is one of these types it is valid, so the rest of the
//! program never checks it again.

mod birth_date;
mod case_number;
mod certificate_code;
mod client_addr;
mod email;
mod enrolment_id;
mod fee;
mod identity;
mod money;
mod name_chars;
mod person_name;
mod postcode;
mod representative;
mod resume_secret;
mod revocation;
mod voucher_code;

pub use birth_date::{BirthDate, BirthDateError, DateWriting};
pub use case_number::CaseNumber;
pub use certificate_code::{CertificateCode, CodeError};
pub use client_addr::{ClientAddr, ForwardedHeader, TrustedProxies};
pub use email::{Email, EmailError};
pub use enrolment_id::{EnrolmentId, EnrolmentIdError};
pub use fee::{FeeDue, SettlementKind, WaiverCategory, WaiverConfirmation};
pub use identity::{
    AssuranceLevel, IdentityCheck, IdentityDocument, IdentityMethod, IdentityRejection,
};
pub use money::Cents;
pub use person_name::{PersonName, PersonNameError};
pub use postcode::{Postcode, PostcodeError};
pub use representative::RepresentativeRole;
pub use resume_secret::ResumeSecret;
pub use revocation::RevocationCategory;
pub use voucher_code::{VoucherCode, VoucherCodeError};
