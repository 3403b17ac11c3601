//! Deleting personal data when the office's retention period ends (DSGVO Art. 5 Abs. 1
//! lit. e): unfinished enrolments after some days, certificates after some years. The
//! audit log keeps how many were deleted, not what; the lookup keeps a tombstone per
//! certificate (its code's hash, office and dates) so that it can say the certificate
//! was deleted, not that it never existed.

use chrono::{DateTime, Months, NaiveDateTime, TimeDelta, Utc};
use diesel::dsl::{exists, not};
use diesel::prelude::*;
use serde_json::json;

use super::{Context, Error};
use crate::audit::{self, Actor};
use crate::clock::to_db;
use crate::db::schema::{
    certificate_tombstones, certificates, declarations, enrolments, fee_settlements, fee_waivers,
    identity_checks, identity_logins, issued_pdfs, learner_sessions, outbox, payments,
    pdf_requests, progress_windows, quiz_attempts, resume_links, staff_sessions, vouchers,
    wallet_credentials, wallet_offers, wallet_tokens, watch_coverage,
};
use crate::db::{Database, DbConnection, Writer};
use crate::secret::sha256_hex;
use crate::staff::SESSION_ABSOLUTE_HOURS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionReport {
    pub tenant: String,
    pub unfinished_enrolments: usize,
    pub certificates: usize,
}

/// Deletes per office what is past its period, in one transaction per office, each
/// taking its own turn at the write gate: learners and staff write in between.
pub fn run_retention(
    ctx: &Context,
    db: &Database,
    actor: &Actor,
) -> Result<Vec<RetentionReport>, Error> {
    let now = ctx.clock.now();
    let mut reports = Vec::new();
    for tenant in &ctx.content.tenants {
        let unfinished_before = now - TimeDelta::days(i64::from(tenant.retention.unfinished_days));
        let certificates_before = now
            .checked_sub_months(Months::new(tenant.retention.certificate_years * 12))
            .unwrap_or(now);
        let report = db.write(|conn| {
            let conn: &mut DbConnection = conn;
            conn.transaction(|conn| {
                let unfinished = delete_unfinished(conn, &tenant.id, unfinished_before)?;
                let certificates = delete_certificates(conn, &tenant.id, certificates_before, now)?;
                if unfinished + certificates > 0 {
                    audit::append(
                        conn,
                        now,
                        &tenant.id,
                        actor,
                        "retention.deleted",
                        None,
                        json!({
                            "unfinished_enrolments": unfinished,
                            "certificates": certificates,
                            "unfinished_days": tenant.retention.unfinished_days,
                            "certificate_years": tenant.retention.certificate_years,
                        }),
                    )?;
                }
                Ok::<_, Error>(RetentionReport {
                    tenant: tenant.id.clone(),
                    unfinished_enrolments: unfinished,
                    certificates,
                })
            })
        })?;
        reports.push(report);
    }
    db.write(|conn| forget_logins(conn, now))?;
    db.write(|conn| super::identity_login::forget_saml_traces(conn, now))?;
    Ok(reports)
}

fn delete_unfinished(
    conn: &mut DbConnection,
    tenant: &str,
    before: DateTime<Utc>,
) -> Result<usize, Error> {
    let ids: Vec<String> = enrolments::table
        .filter(enrolments::tenant.eq(tenant))
        .filter(enrolments::created_at.lt(to_db(before)))
        .filter(not(exists(
            certificates::table.filter(certificates::enrolment_id.eq(enrolments::id)),
        )))
        .select(enrolments::id)
        .load(conn)?;
    delete_enrolments(conn, &ids)?;
    Ok(ids.len())
}

fn delete_certificates(
    conn: &mut DbConnection,
    tenant: &str,
    before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let rows: Vec<(String, String, NaiveDateTime, Option<NaiveDateTime>)> = certificates::table
        .filter(certificates::tenant.eq(tenant))
        .filter(certificates::issued_at.lt(to_db(before)))
        .select((
            certificates::code,
            certificates::enrolment_id,
            certificates::issued_at,
            certificates::revoked_at,
        ))
        .load(conn)?;
    for chunk in rows.chunks(500) {
        let codes: Vec<&str> = chunk.iter().map(|(code, ..)| code.as_str()).collect();
        let enrolment_ids: Vec<String> = chunk.iter().map(|(_, id, ..)| id.clone()).collect();
        // What the lookup keeps: no personal data, the code only as its hash.
        // Another instance running retention at the same moment may have written the
        // same tombstone: one is enough.
        for (code, _, issued_at, revoked_at) in chunk {
            let tombstone = (
                certificate_tombstones::code_hash.eq(sha256_hex(code.as_bytes())),
                certificate_tombstones::tenant.eq(tenant),
                certificate_tombstones::issued_at.eq(*issued_at),
                certificate_tombstones::revoked_at.eq(*revoked_at),
                certificate_tombstones::deleted_at.eq(to_db(now)),
            );
            crate::on_backend!(conn, |c| diesel::insert_into(certificate_tombstones::table)
                .values(tombstone)
                .on_conflict_do_nothing()
                .execute(c))?;
        }
        diesel::delete(outbox::table.filter(outbox::certificate_code.eq_any(&codes)))
            .execute(conn)?;
        diesel::delete(issued_pdfs::table.filter(issued_pdfs::code.eq_any(&codes)))
            .execute(conn)?;
        diesel::delete(pdf_requests::table.filter(pdf_requests::certificate_code.eq_any(&codes)))
            .execute(conn)?;
        // Offers and tokens go with the certificate; a credential's place in the status
        // list stays (without the code), so that a revoked one never reads as valid.
        diesel::delete(wallet_offers::table.filter(wallet_offers::certificate_code.eq_any(&codes)))
            .execute(conn)?;
        diesel::delete(wallet_tokens::table.filter(wallet_tokens::certificate_code.eq_any(&codes)))
            .execute(conn)?;
        diesel::update(
            wallet_credentials::table.filter(wallet_credentials::certificate_code.eq_any(&codes)),
        )
        .set(wallet_credentials::certificate_code.eq(None::<String>))
        .execute(conn)?;
        diesel::delete(certificates::table.filter(certificates::code.eq_any(&codes)))
            .execute(conn)?;
        delete_enrolments(conn, &enrolment_ids)?;
    }
    Ok(rows.len())
}

fn delete_enrolments(conn: &mut DbConnection, ids: &[String]) -> Result<(), Error> {
    for chunk in ids.chunks(500) {
        diesel::delete(watch_coverage::table.filter(watch_coverage::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(
            progress_windows::table.filter(progress_windows::enrolment_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(quiz_attempts::table.filter(quiz_attempts::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(declarations::table.filter(declarations::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        // An open identity check goes with its unfinished enrolment: it expires.
        diesel::delete(identity_checks::table.filter(identity_checks::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(identity_logins::table.filter(identity_logins::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        // Payments and settlements go with the person; the platform keeps its bookings.
        // A used voucher stays used (used_at), without naming whom it served.
        diesel::delete(fee_settlements::table.filter(fee_settlements::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(payments::table.filter(payments::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(fee_waivers::table.filter(fee_waivers::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::update(vouchers::table.filter(vouchers::used_by.eq_any(chunk)))
            .set(vouchers::used_by.eq(None::<String>))
            .execute(conn)?;
        diesel::delete(outbox::table.filter(outbox::enrolment_id.eq_any(chunk))).execute(conn)?;
        diesel::delete(resume_links::table.filter(resume_links::enrolment_id.eq_any(chunk)))
            .execute(conn)?;
        diesel::delete(
            learner_sessions::table.filter(learner_sessions::enrolment_id.eq_any(chunk)),
        )
        .execute(conn)?;
        diesel::delete(enrolments::table.filter(enrolments::id.eq_any(chunk))).execute(conn)?;
    }
    Ok(())
}

/// Failed logins are kept as long as the throttle remembers them (a day); sessions past
/// their absolute end are gone; resume links and PDF codes a day after they expired.
fn forget_logins(conn: &mut Writer<'_>, now: DateTime<Utc>) -> Result<(), Error> {
    let conn: &mut DbConnection = conn;
    let a_day_ago = to_db(now - TimeDelta::days(1));
    diesel::delete(resume_links::table.filter(resume_links::expires_at.lt(a_day_ago)))
        .execute(conn)?;
    diesel::delete(pdf_requests::table.filter(pdf_requests::expires_at.lt(a_day_ago)))
        .execute(conn)?;
    crate::staff::forget_old_failures(conn, now, &crate::staff::ThrottlePolicy::default())?;
    diesel::delete(staff_sessions::table.filter(
        staff_sessions::created_at.lt(to_db(now - TimeDelta::hours(SESSION_ABSOLUTE_HOURS))),
    ))
    .execute(conn)?;
    Ok(())
}
