//! Parsed input: once a value is one of these types it is valid, so the rest of the
//! program never checks it again.

mod birth_date;
mod case_number;
mod certificate_code;
mod client_addr;
mod email;
mod enrolment_id;
mod identity;
mod name_chars;
mod person_name;
mod postcode;
mod representative;
mod resume_secret;
mod revocation;

pub use birth_date::{BirthDate, BirthDateError, DateWriting};
pub use case_number::CaseNumber;
pub use certificate_code::{CertificateCode, CodeError};
pub use client_addr::{ClientAddr, ForwardedHeader, TrustedProxies};
pub use email::{Email, EmailError};
pub use enrolment_id::{EnrolmentId, EnrolmentIdError};
pub use identity::{
    AssuranceLevel, IdentityCheck, IdentityDocument, IdentityMethod, IdentityRejection,
};
pub use person_name::{PersonName, PersonNameError};
pub use postcode::{Postcode, PostcodeError};
pub use representative::RepresentativeRole;
pub use resume_secret::ResumeSecret;
pub use revocation::RevocationCategory;
