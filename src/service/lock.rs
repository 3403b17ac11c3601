use diesel::prelude::*;

use super::Error;
use super::auth::find_enrolment;
use crate::db::DbConnection;
use crate::db::models::EnrolmentRow;
use crate::db::schema::enrolments;
use crate::domain::EnrolmentId;

/// Takes the enrolment's write lock at the start of a transaction and reads it fresh.
///
/// A write as the first statement makes SQLite take its write lock at once (instead of
/// failing to upgrade a read lock later) and makes PostgreSQL lock the row, so two
/// requests of one learner never decide on the same stale state.
pub fn lock_enrolment(conn: &mut DbConnection, id: &EnrolmentId) -> Result<EnrolmentRow, Error> {
    diesel::update(enrolments::table.find(id.to_string()))
        .set(enrolments::watch_round.eq(enrolments::watch_round))
        .execute(conn)?;
    find_enrolment(conn, id)
}
