//! The check of an identity document by the office's staff (`identity = ["staff"]`):
//! opened by the declaration with a case number, closed when staff confirm it (the
//! certificate is issued then) or reject it. The document's number is never stored.

use diesel::prelude::*;

use super::{Context, Error};
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::EnrolmentRow;
use crate::db::schema::identity_checks;
use crate::domain::CaseNumber;

/// Where a learner's check stands, as their pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckState {
    /// Waiting for staff (with four eyes, also when one person has confirmed).
    Open {
        case_number: String,
    },
    Rejected {
        case_number: String,
    },
}

/// Opens the check for a declaration just recorded (part of its transaction).
pub(super) fn open(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<CaseNumber, Error> {
    // 40 random bits among the office's few open checks: a clash is unlikely, and the
    // unique index refuses one; then the learner declares again and gets another.
    let case_number = CaseNumber::generate();
    diesel::insert_into(identity_checks::table)
        .values((
            identity_checks::enrolment_id.eq(&enrolment.id),
            identity_checks::tenant.eq(&enrolment.tenant),
            identity_checks::case_number.eq(case_number.compact()),
            identity_checks::requested_at.eq(to_db(ctx.clock.now())),
        ))
        .execute(conn)?;
    tracing::info!(tenant = %enrolment.tenant, "identity check opened");
    Ok(case_number)
}

/// The learner's check, unless it was confirmed (then the certificate speaks).
pub fn check_state(
    conn: &mut DbConnection,
    enrolment_id: &str,
) -> Result<Option<CheckState>, Error> {
    let row: Option<(String, Option<String>)> = identity_checks::table
        .find(enrolment_id)
        .select((identity_checks::case_number, identity_checks::outcome))
        .get_result(conn)
        .optional()?;
    Ok(row.and_then(|(stored, outcome)| {
        let case_number = CaseNumber::parse(&stored)?.to_string();
        match outcome.as_deref() {
            None => Some(CheckState::Open { case_number }),
            Some(REJECTED) => Some(CheckState::Rejected { case_number }),
            Some(_) => None,
        }
    }))
}

pub(super) const CONFIRMED: &str = "confirmed";
pub(super) const REJECTED: &str = "rejected";
