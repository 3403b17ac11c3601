//! What the lookup says of a certificate deleted after its office's retention period
//! (see `retention`): that it existed, when it was issued, whether it had been revoked.
//! No personal data is kept, the code only as its SHA-256.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::{Context, Error};
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::schema::certificate_tombstones;
use crate::domain::CertificateCode;
use crate::secret::sha256_hex;

#[derive(Debug, Clone, Serialize)]
pub struct DeletedCertificate {
    pub code: String,
    pub tenant: String,
    /// The office's name, as the content names it today.
    pub issuer_name: String,
    pub issued_at: DateTime<Utc>,
    pub deleted_at: DateTime<Utc>,
    /// Revoked before it was deleted: it does not hold.
    pub revoked: bool,
}

impl DeletedCertificate {
    /// A certificate has no end date: deleting the record does not end it.
    pub fn still_valid(&self) -> bool {
        !self.revoked
    }
}

/// The tombstone of a deleted certificate, if `code` belonged to one.
pub fn deleted_certificate(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<Option<DeletedCertificate>, Error> {
    let row: Option<(
        String,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
        chrono::NaiveDateTime,
    )> = certificate_tombstones::table
        .filter(certificate_tombstones::code_hash.eq(sha256_hex(code.compact().as_bytes())))
        .select((
            certificate_tombstones::tenant,
            certificate_tombstones::issued_at,
            certificate_tombstones::revoked_at,
            certificate_tombstones::deleted_at,
        ))
        .get_result(conn)
        .optional()?;
    Ok(row.map(
        |(tenant, issued_at, revoked_at, deleted_at)| DeletedCertificate {
            code: code.to_string(),
            issuer_name: ctx
                .content
                .tenant(&tenant)
                .map_or_else(|| tenant.clone(), |t| t.name.clone()),
            tenant,
            issued_at: from_db(issued_at),
            deleted_at: from_db(deleted_at),
            revoked: revoked_at.is_some(),
        },
    ))
}
