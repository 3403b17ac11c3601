use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::Error;
use crate::db::DbConnection;
use crate::db::models::EnrolmentRow;
use crate::db::schema::enrolments;

/// Only this hash of a learner's token is stored: a copy of the database does not let
/// anyone act as the learner.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The enrolment `id`, if `token` is its bearer token.
pub fn authenticate(
    conn: &mut DbConnection,
    id: &str,
    token: Option<&str>,
) -> Result<EnrolmentRow, Error> {
    let enrolment = find_enrolment(conn, id)?;
    let token = token.ok_or(Error::Unauthenticated)?;
    // Both sides are hashes of fixed length, so comparing them leaks nothing useful.
    if hash_token(token) != enrolment.token_hash {
        return Err(Error::Forbidden);
    }
    Ok(enrolment)
}

pub(super) fn find_enrolment(conn: &mut DbConnection, id: &str) -> Result<EnrolmentRow, Error> {
    if uuid::Uuid::parse_str(id).is_err() {
        return Err(Error::NotFound("enrolment"));
    }
    enrolments::table
        .find(id)
        .select(EnrolmentRow::as_select())
        .get_result(conn)
        .optional()?
        .ok_or(Error::NotFound("enrolment"))
}
