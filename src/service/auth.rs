use crate::domain::EnrolmentId;
use crate::secret::hash_token;
use diesel::prelude::*;

use super::{Context, Error};
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::models::EnrolmentRow;
use crate::db::schema::{certificates, enrolments, learner_sessions};

/// The enrolment `id`, if `token` is its bearer token or a session token that a resume
/// link opened for it, and the certificate (if any) was issued recently enough: a
/// token stops working [`crate::settings::LearnerAccess::token_after_certificate`]
/// after the issue, so that one that leaked later opens nothing.
pub fn authenticate(
    ctx: &Context,
    conn: &mut DbConnection,
    id: &EnrolmentId,
    token: Option<&str>,
) -> Result<EnrolmentRow, Error> {
    let enrolment = find_enrolment(conn, id)?;
    let token = token.ok_or(Error::Unauthenticated)?;
    let hash = hash_token(token);
    // Both sides are hashes of fixed length, so comparing them leaks nothing useful.
    let known = hash == enrolment.token_hash
        || learner_sessions::table
            .find(&hash)
            .filter(learner_sessions::enrolment_id.eq(&enrolment.id))
            .count()
            .get_result::<i64>(conn)?
            > 0;
    if !known {
        return Err(Error::Forbidden);
    }
    // One certificate per enrolment at most (a unique column): no LIMIT, which SQLite
    // would prepare anew on every call.
    let issued_at = certificates::table
        .filter(certificates::enrolment_id.eq(&enrolment.id))
        .select(certificates::issued_at)
        .get_result(conn)
        .optional()?;
    if let Some(issued_at) = issued_at
        && from_db(issued_at) + ctx.access.token_after_certificate <= ctx.clock.now()
    {
        return Err(Error::AccessEnded {
            language: enrolment.language,
        });
    }
    Ok(enrolment)
}

pub(super) fn find_enrolment(
    conn: &mut DbConnection,
    id: &EnrolmentId,
) -> Result<EnrolmentRow, Error> {
    enrolments::table
        .find(id.to_string())
        .select(EnrolmentRow::as_select())
        .get_result(conn)
        .optional()?
        .ok_or(Error::NotFound("enrolment"))
}
