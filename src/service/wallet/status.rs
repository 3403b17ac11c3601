//! The office's status list, and the revocation that flips a credential's bit.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::super::{Context, Error};
use super::issuer_of;
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::schema::wallet_credentials;
use crate::wallet::{Signer, status_list_jwt};

/// The office's signed status list: every credential's bit, 1 where its certificate
/// is revoked.
pub fn status_list(ctx: &Context, conn: &mut DbConnection, tenant: &str) -> Result<String, Error> {
    let office = ctx
        .content
        .tenant(tenant)
        .ok_or(Error::NotFound("office"))?;
    let rows: Vec<(i32, Option<chrono::NaiveDateTime>)> = wallet_credentials::table
        .filter(wallet_credentials::tenant.eq(tenant))
        .select((
            wallet_credentials::status_index,
            wallet_credentials::revoked_at,
        ))
        .load(conn)?;
    let entries = rows
        .iter()
        .map(|(i, _)| usize::try_from(*i).unwrap_or(0) + 1)
        .max()
        .unwrap_or(0);
    let revoked: Vec<usize> = rows
        .iter()
        .filter(|(_, revoked)| revoked.is_some())
        .filter_map(|(i, _)| usize::try_from(*i).ok())
        .collect();
    let identity = ctx.keys.ensure(&office.id, &office.name)?;
    let signer = Signer {
        key: &identity.signing_key,
        kid: &identity.kid,
        certificate_der: &identity.certificate_der,
    };
    let uri = format!("{}/status", issuer_of(ctx, tenant));
    Ok(status_list_jwt(
        &signer,
        &uri,
        &revoked,
        entries,
        ctx.clock.now(),
    ))
}

/// Flips the bits of the certificate's credentials (part of its revocation's write).
pub(in crate::service) fn revoke_credentials(
    conn: &mut DbConnection,
    code: &str,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    diesel::update(
        wallet_credentials::table
            .filter(wallet_credentials::certificate_code.eq(code))
            .filter(wallet_credentials::revoked_at.is_null()),
    )
    .set(wallet_credentials::revoked_at.eq(to_db(at)))
    .execute(conn)?;
    Ok(())
}
