//! Voucher batches: an office that takes vouchers makes a batch of single-use codes for
//! an employer or a charity (a label, how many, until when), and hands them out as a
//! list or as a sheet of cards to cut out. Making a batch and every export are in the
//! office's audit log; another office's batch reads as not found.

use std::collections::HashMap;

use chrono::{DateTime, Months, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde_json::json;

use super::traced::StaffActor;
use crate::audit;
use crate::clock::{from_db, to_db};
use crate::db::models::VoucherBatchRow;
use crate::db::schema::{voucher_batches, vouchers};
use crate::db::{DbConnection, Writer};
use crate::domain::VoucherCode;
use crate::service::{Context, Error, Refusal};

/// The longest label: a name, not a letter.
pub const MAX_LABEL_CHARS: usize = 100;
/// The most codes one batch holds.
pub const MAX_VOUCHERS_PER_BATCH: u32 = 500;
/// The latest expiry, in months from today.
pub const MAX_VALIDITY_MONTHS: u32 = 36;

/// A batch as the office's list shows it.
#[derive(Debug, Clone)]
pub struct BatchSummary {
    /// Names the batch in the addresses of its exports.
    pub id: String,
    pub label: String,
    /// The last day its codes are taken.
    pub expires_on: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub total: u64,
    pub used: u64,
}

/// One code of a batch.
#[derive(Debug, Clone)]
pub struct VoucherEntry {
    /// `XXXX-XXXX-XXXX`, as learners type it.
    pub code: String,
    pub used_at: Option<DateTime<Utc>>,
}

/// A batch with its codes, for an export.
#[derive(Debug, Clone)]
pub struct BatchCodes {
    pub batch: BatchSummary,
    pub codes: Vec<VoucherEntry>,
}

/// What is wrong with a new batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchField {
    /// Empty, longer than [`MAX_LABEL_CHARS`], or with a control character.
    Label,
    /// Not from 1 to [`MAX_VOUCHERS_PER_BATCH`].
    Count,
    /// Before today or more than [`MAX_VALIDITY_MONTHS`] ahead.
    ExpiresOn,
}

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("the batch's fields are invalid")]
    Invalid(Vec<BatchField>),
    #[error(transparent)]
    Refused(#[from] Error),
}

/// The last expiry day a batch made on `today` may have.
pub fn latest_expiry(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_months(Months::new(MAX_VALIDITY_MONTHS))
        .unwrap_or(today)
}

/// Checks a new batch's fields; the label trimmed.
pub fn check_batch(
    label: &str,
    count: u32,
    expires_on: NaiveDate,
    today: NaiveDate,
) -> Result<String, Vec<BatchField>> {
    let label = label.trim();
    let mut wrong = Vec::new();
    let length = label.chars().count();
    if length == 0 || length > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        wrong.push(BatchField::Label);
    }
    if !(1..=MAX_VOUCHERS_PER_BATCH).contains(&count) {
        wrong.push(BatchField::Count);
    }
    if expires_on < today || expires_on > latest_expiry(today) {
        wrong.push(BatchField::ExpiresOn);
    }
    if wrong.is_empty() {
        Ok(label.to_string())
    } else {
        Err(wrong)
    }
}

/// Makes a batch of `count` new codes for the staff member's office, which must take
/// vouchers; returns it.
pub fn create_batch(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    label: &str,
    count: u32,
    expires_on: NaiveDate,
) -> Result<BatchSummary, BatchError> {
    let label = check_batch(label, count, expires_on, ctx.clock.today_in_germany())
        .map_err(BatchError::Invalid)?;
    let takes_vouchers = ctx
        .content
        .tenant(&who.tenant)
        .and_then(|t| t.fee.as_ref())
        .is_some_and(|f| f.vouchers);
    if !takes_vouchers {
        return Err(Error::Refused(Refusal::NotOffered).into());
    }
    let created = conn.transaction(|conn| {
        let conn: &mut DbConnection = conn;
        let now = ctx.clock.now();
        let row = VoucherBatchRow {
            id: uuid::Uuid::new_v4().to_string(),
            tenant: who.tenant.clone(),
            label: label.clone(),
            expires_on,
            created_at: to_db(now),
            created_by: who.login.clone(),
        };
        diesel::insert_into(voucher_batches::table)
            .values(&row)
            .execute(conn)?;
        let mut made = 0;
        while made < count {
            // 55 random bits: a code that exists already (of any office) is not to be
            // expected, and is simply drawn again.
            let code = VoucherCode::generate();
            let values = (
                vouchers::code.eq(code.compact()),
                vouchers::batch_id.eq(&row.id),
                vouchers::tenant.eq(&who.tenant),
            );
            let inserted = crate::on_backend!(conn, |c| diesel::insert_into(vouchers::table)
                .values(values)
                .on_conflict_do_nothing()
                .execute(c))?;
            made += u32::try_from(inserted).unwrap_or(0);
        }
        audit::append(
            conn,
            now,
            &who.tenant,
            &who.actor(),
            "voucher.batch_created",
            Some(&row.id),
            json!({"label": label, "count": count, "expires_on": expires_on}),
        )?;
        Ok::<_, Error>(BatchSummary {
            id: row.id,
            label: row.label,
            expires_on,
            created_at: from_db(row.created_at),
            created_by: row.created_by,
            total: u64::from(count),
            used: 0,
        })
    })?;
    tracing::info!(tenant = %who.tenant, count, "voucher batch created");
    Ok(created)
}

/// The office's batches, newest first, with how many of their codes were used.
pub fn batches(conn: &mut DbConnection, tenant: &str) -> Result<Vec<BatchSummary>, Error> {
    let rows: Vec<VoucherBatchRow> = voucher_batches::table
        .filter(voucher_batches::tenant.eq(tenant))
        .order((
            voucher_batches::created_at.desc(),
            voucher_batches::id.asc(),
        ))
        .select(VoucherBatchRow::as_select())
        .load(conn)?;
    let mut counts: HashMap<String, (u64, u64)> = HashMap::new();
    for (batch, used_at) in vouchers::table
        .filter(vouchers::tenant.eq(tenant))
        .select((vouchers::batch_id, vouchers::used_at))
        .load::<(String, Option<NaiveDateTime>)>(conn)?
    {
        let entry = counts.entry(batch).or_default();
        entry.0 += 1;
        entry.1 += u64::from(used_at.is_some());
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let (total, used) = counts.get(&row.id).copied().unwrap_or_default();
            summary(row, total, used)
        })
        .collect())
}

fn summary(row: VoucherBatchRow, total: u64, used: u64) -> BatchSummary {
    BatchSummary {
        id: row.id,
        label: row.label,
        expires_on: row.expires_on,
        created_at: from_db(row.created_at),
        created_by: row.created_by,
        total,
        used,
    }
}

/// The batch `batch_id` of `tenant` with its codes (in the order of the codes); another
/// office's is not found.
pub fn batch_codes(
    conn: &mut DbConnection,
    tenant: &str,
    batch_id: &str,
) -> Result<BatchCodes, Error> {
    let row: VoucherBatchRow = voucher_batches::table
        .find(batch_id)
        .filter(voucher_batches::tenant.eq(tenant))
        .select(VoucherBatchRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("voucher batch"))?;
    let codes: Vec<VoucherEntry> = vouchers::table
        .filter(vouchers::batch_id.eq(&row.id))
        .filter(vouchers::tenant.eq(tenant))
        .order(vouchers::code.asc())
        .select((vouchers::code, vouchers::used_at))
        .load::<(String, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(code, used_at)| VoucherEntry {
            code: VoucherCode::parse(&code).map_or(code, |c| c.to_string()),
            used_at: used_at.map(from_db),
        })
        .collect();
    let used = codes.iter().filter(|c| c.used_at.is_some()).count() as u64;
    Ok(BatchCodes {
        batch: summary(row, codes.len() as u64, used),
        codes,
    })
}

/// How a batch is exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Pdf,
}

impl ExportFormat {
    fn code(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Pdf => "pdf",
        }
    }
}

/// [`batch_codes`] for an export by a staff member, logged; an attempt at another
/// office's batch (or none) is logged as refused.
pub fn export_batch(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    batch_id: &str,
    format: ExportFormat,
) -> Result<BatchCodes, Error> {
    let exported = conn.transaction(|conn| {
        let codes = batch_codes(conn, &who.tenant, batch_id)?;
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "voucher.exported",
            Some(&codes.batch.id),
            json!({"format": format.code(), "codes": codes.codes.len()}),
        )?;
        Ok(codes)
    });
    if let Err(Error::NotFound(_)) = &exported {
        // Not the address asked for: it may be anything a client typed.
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "voucher.refused",
            None,
            json!({"attempt": format.code(), "reason": "not a batch of this office"}),
        )?;
    }
    exported
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(raw: &str) -> NaiveDate {
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn a_batch_is_checked_field_by_field() {
        let today = day("2026-11-23");
        assert_eq!(
            check_batch("  Tafel Beispielstadt e. V. ", 20, day("2027-06-30"), today),
            Ok("Tafel Beispielstadt e. V.".to_string())
        );
        assert_eq!(check_batch("x", 1, today, today), Ok("x".to_string()));
        assert_eq!(
            check_batch("x", 500, day("2029-11-23"), today),
            Ok("x".to_string())
        );
        assert_eq!(
            check_batch(" ", 0, day("2029-11-24"), today),
            Err(vec![
                BatchField::Label,
                BatchField::Count,
                BatchField::ExpiresOn
            ])
        );
        assert_eq!(
            check_batch(&"x".repeat(101), 501, day("2026-11-22"), today),
            Err(vec![
                BatchField::Label,
                BatchField::Count,
                BatchField::ExpiresOn
            ])
        );
        assert_eq!(
            check_batch("Zeile\nzwei", 5, today, today),
            Err(vec![BatchField::Label])
        );
    }
}
