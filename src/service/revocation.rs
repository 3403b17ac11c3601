use diesel::prelude::*;

use super::{Context, Error, FieldError};
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::schema::certificates;
use crate::domain::CertificateCode;

/// Revokes a certificate. The PDF stays cryptographically valid; every lookup says
/// "revoked" from now on, with the date and the reason.
pub fn revoke(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
    reason: &str,
) -> Result<(), Error> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(Error::Invalid(vec![FieldError::new(
            "reason",
            "give a reason of 1 to 500 characters",
        )]));
    }
    conn.transaction(|conn| {
        let revoked_at: Option<Option<chrono::NaiveDateTime>> = certificates::table
            .find(code.compact())
            .select(certificates::revoked_at)
            .first(conn)
            .optional()?;
        match revoked_at {
            None => Err(Error::NotFound("certificate")),
            Some(Some(_)) => Err(Error::conflict(
                "already-revoked",
                "the certificate is already revoked",
            )),
            Some(None) => {
                diesel::update(certificates::table.find(code.compact()))
                    .set((
                        certificates::revoked_at.eq(Some(to_db(ctx.clock.now()))),
                        certificates::revocation_reason.eq(Some(reason)),
                    ))
                    .execute(conn)?;
                tracing::info!("certificate revoked");
                Ok(())
            }
        }
    })
}
