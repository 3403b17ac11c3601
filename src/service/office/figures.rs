use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use diesel::prelude::*;

use super::super::Error;
use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::schema::{certificates, enrolments, fee_settlements, quiz_attempts};
use crate::domain::{IdentityMethod, SettlementKind};

/// The figures of one day (in Germany) and one course language. Each enrolment counts
/// on the day it began; "watched" means the quiz was opened (which needs every video).
/// The fees count on the day they were settled, in the language of their enrolment.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub day: NaiveDate,
    pub language: String,
    pub enrolled: u64,
    pub watched: u64,
    pub passed: u64,
    pub certified: u64,
    /// Of `certified`: how many with each way of checking identity.
    pub unchecked: u64,
    pub checked_by_staff: u64,
    pub logged_in_with_id_card: u64,
    /// Median minutes from enrolment to certificate, of those certified.
    pub median_minutes: Option<f64>,
    /// Fees paid on the payment platform, in cents.
    pub paid_online_cents: u64,
    /// Fees staff received at the desk, in cents.
    pub paid_at_desk_cents: u64,
    pub vouchers_used: u64,
    pub waivers_granted: u64,
}

impl FigureRow {
    fn empty(day: NaiveDate, language: &str) -> Self {
        Self {
            day,
            language: language.to_string(),
            enrolled: 0,
            watched: 0,
            passed: 0,
            certified: 0,
            unchecked: 0,
            checked_by_staff: 0,
            logged_in_with_id_card: 0,
            median_minutes: None,
            paid_online_cents: 0,
            paid_at_desk_cents: 0,
            vouchers_used: 0,
            waivers_granted: 0,
        }
    }
}

fn day_in_germany(at: &NaiveDateTime) -> NaiveDate {
    Utc.from_utc_datetime(at)
        .with_timezone(&Berlin)
        .date_naive()
}

fn start_of(day: NaiveDate) -> NaiveDateTime {
    let local = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    let utc = Berlin
        .from_local_datetime(&local)
        .earliest()
        .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc));
    to_db(utc)
}

/// Figures for the days `from..=to` (inclusive).
pub fn figures(
    conn: &mut DbConnection,
    tenant: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<FigureRow>, Error> {
    let begin = start_of(from);
    let end = start_of(to.succ_opt().unwrap_or(to));
    let enrolled: Vec<(String, String, NaiveDateTime)> = enrolments::table
        .filter(enrolments::tenant.eq(tenant))
        .filter(enrolments::created_at.ge(begin))
        .filter(enrolments::created_at.lt(end))
        .select((enrolments::id, enrolments::language, enrolments::created_at))
        .load(conn)?;
    let ids: Vec<&str> = enrolled.iter().map(|(id, ..)| id.as_str()).collect();
    let mut watched = HashSet::new();
    let mut passed = HashSet::new();
    let mut certified = HashMap::new();
    for chunk in ids.chunks(500) {
        for (id, ok) in quiz_attempts::table
            .filter(quiz_attempts::enrolment_id.eq_any(chunk))
            .select((quiz_attempts::enrolment_id, quiz_attempts::passed))
            .load::<(String, Option<bool>)>(conn)?
        {
            if ok == Some(true) {
                passed.insert(id.clone());
            }
            watched.insert(id);
        }
        for (id, issued_at, method) in certificates::table
            .filter(certificates::enrolment_id.eq_any(chunk))
            .select((
                certificates::enrolment_id,
                certificates::issued_at,
                certificates::identity_method,
            ))
            .load::<(String, NaiveDateTime, String)>(conn)?
        {
            certified.insert(id, (issued_at, IdentityMethod::from_stored(&method)));
        }
    }
    let mut groups: BTreeMap<(NaiveDate, String), (FigureRow, Vec<f64>)> = BTreeMap::new();
    for (id, language, created_at) in &enrolled {
        let day = day_in_germany(created_at);
        let (row, minutes) = groups
            .entry((day, language.clone()))
            .or_insert_with(|| (FigureRow::empty(day, language), Vec::new()));
        row.enrolled += 1;
        row.watched += u64::from(watched.contains(id));
        row.passed += u64::from(passed.contains(id));
        if let Some((issued_at, method)) = certified.get(id) {
            row.certified += 1;
            match method {
                IdentityMethod::None => row.unchecked += 1,
                IdentityMethod::Staff => row.checked_by_staff += 1,
                IdentityMethod::Bundid => row.logged_in_with_id_card += 1,
            }
            minutes.push((*issued_at - *created_at).num_seconds() as f64 / 60.0);
        }
    }
    let settled: Vec<(String, String, i64, NaiveDateTime)> = fee_settlements::table
        .inner_join(enrolments::table)
        .filter(fee_settlements::tenant.eq(tenant))
        .filter(fee_settlements::settled_at.ge(begin))
        .filter(fee_settlements::settled_at.lt(end))
        .select((
            enrolments::language,
            fee_settlements::kind,
            fee_settlements::amount_cents,
            fee_settlements::settled_at,
        ))
        .load(conn)?;
    for (language, kind, cents, settled_at) in &settled {
        let day = day_in_germany(settled_at);
        let (row, _) = groups
            .entry((day, language.clone()))
            .or_insert_with(|| (FigureRow::empty(day, language), Vec::new()));
        let cents = u64::try_from(*cents).unwrap_or(0);
        match SettlementKind::parse(kind) {
            Some(SettlementKind::Online) => row.paid_online_cents += cents,
            Some(SettlementKind::Desk) => row.paid_at_desk_cents += cents,
            Some(SettlementKind::Voucher) => row.vouchers_used += 1,
            Some(SettlementKind::Waiver) => row.waivers_granted += 1,
            None => {}
        }
    }
    Ok(groups
        .into_values()
        .map(|(mut row, mut minutes)| {
            row.median_minutes = median(&mut minutes);
            row
        })
        .collect())
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }
}
