use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::certificates;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = certificates)]
pub struct CertificateRow {
    pub code: String,
    pub enrolment_id: String,
    pub tenant: String,
    pub instructed_at: NaiveDateTime,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    /// The category code (`RevocationCategory`), set with `revoked_at`.
    pub revocation_reason: Option<String>,
    /// The office's own words about the revocation: for staff only.
    pub revocation_note: Option<String>,
    /// `IdentityMethod`; with `staff`, the day of the check (the kind of document is
    /// in `identity_checks`, for the office only).
    pub identity_method: String,
    pub identity_checked_on: Option<NaiveDate>,
    /// `AssuranceLevel`, with `bundid`.
    pub identity_level: Option<String>,
}

pub type NewCertificate = CertificateRow;
