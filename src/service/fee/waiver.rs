//! Claiming a free category the office grants (volunteers, pupils in an internship,
//! people on benefits) with a short reason: settled at once, or once staff grant it.

use diesel::prelude::*;
use serde::Deserialize;

use super::{due_fee, granted_category, online, settle};
use crate::clock::to_db;
use crate::db::models::WaiverRow;
use crate::db::schema::fee_waivers;
use crate::db::{DbConnection, Writer};
use crate::domain::{Cents, EnrolmentId, SettlementKind, WaiverConfirmation};
use crate::service::after_declaration::Declared;
use crate::service::{Conflict, Context, Error, FieldError, FieldReason};

/// The longest reason kept: a sentence, not a document.
pub const MAX_REASON_CHARS: usize = 300;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaiverInput {
    /// `volunteer`, `internship` or `benefits`, where the office grants it.
    pub category: String,
    /// In the learner's words, e.g. the club or the school.
    pub reason: String,
}

/// Claims the waiver. A claim refused by staff may be made again (with another
/// reason); an open or granted one may not.
pub fn claim_waiver(
    ctx: &Context,
    conn: &mut Writer<'_>,
    id: &EnrolmentId,
    input: &WaiverInput,
) -> Result<Option<(Declared, bool)>, Error> {
    let reason = input.reason.trim();
    let mut errors = Vec::new();
    let length = reason.chars().count();
    // Words staff read: something readable, without controls or direction overrides
    // that would reorder what the page shows.
    if length > MAX_REASON_CHARS
        || !reason.chars().any(char::is_alphanumeric)
        || reason.chars().any(|c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
        })
    {
        errors.push(FieldError::new(
            "reason",
            FieldReason::ReasonLength {
                max_chars: MAX_REASON_CHARS,
            },
        ));
    }
    let conn: &mut DbConnection = conn;
    let went_on = conn.transaction(|conn| {
        let enrolment = crate::service::lock::lock_enrolment(conn, id)?;
        let fee = due_fee(ctx, conn, &enrolment)?;
        let Some(category) = granted_category(fee, &input.category) else {
            errors.push(FieldError::new("category", FieldReason::WaiverNotOffered));
            return Err(Error::Invalid(std::mem::take(&mut errors)));
        };
        if !errors.is_empty() {
            return Err(Error::Invalid(std::mem::take(&mut errors)));
        }
        online::refuse_while_paying(ctx, conn, &enrolment.id)?;
        let earlier: Option<WaiverRow> = fee_waivers::table
            .find(&enrolment.id)
            .select(WaiverRow::as_select())
            .first(conn)
            .optional()?;
        match earlier.as_ref().map(|w| w.decision.as_deref()) {
            Some(None | Some("granted")) => return Err(Error::Conflict(Conflict::WaiverDecided)),
            Some(Some(_)) => {
                diesel::delete(fee_waivers::table.find(&enrolment.id)).execute(conn)?;
            }
            None => {}
        }
        let at_once = fee.waiver_confirmation == WaiverConfirmation::AtOnce;
        let now = to_db(ctx.clock.now());
        diesel::insert_into(fee_waivers::table)
            .values(WaiverRow {
                enrolment_id: enrolment.id.clone(),
                tenant: enrolment.tenant.clone(),
                category: category.code().to_string(),
                reason: reason.to_string(),
                requested_at: now,
                decision: at_once.then(|| "granted".to_string()),
                decided_by: at_once.then(|| "office rule".to_string()),
                decided_at: at_once.then_some(now),
            })
            .execute(conn)?;
        if !at_once {
            return Ok(None);
        }
        settle(
            ctx,
            conn,
            &enrolment,
            SettlementKind::Waiver,
            Cents::ZERO,
            category.code(),
        )
    })?;
    if let Some((Declared::Issued(_), mail_queued)) = &went_on {
        crate::service::issue::after_commit(ctx, *mail_queued);
    }
    Ok(went_on)
}
