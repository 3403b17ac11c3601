//! Settling the fee with a voucher: single use, also when two learners try the same
//! code at the same moment (the update that takes it is conditional on its being free).

use diesel::prelude::*;

use super::{due_fee, online, settle};
use crate::clock::to_db;
use crate::db::schema::{voucher_batches, vouchers};
use crate::db::{DbConnection, Writer};
use crate::domain::{Cents, EnrolmentId, SettlementKind, VoucherCode};
use crate::service::after_declaration::Declared;
use crate::service::{Context, Error, FieldError, FieldReason, Refusal};

/// Takes the voucher `raw` for the enrolment's fee. Unknown, used, expired and another
/// office's vouchers get one answer; a typo gets its own (the check character).
pub fn redeem_voucher(
    ctx: &Context,
    conn: &mut Writer<'_>,
    id: &EnrolmentId,
    raw: &str,
) -> Result<Option<(Declared, bool)>, Error> {
    let code = VoucherCode::parse(raw)
        .map_err(|_| Error::Invalid(vec![FieldError::new("code", FieldReason::VoucherTypo)]))?;
    let conn: &mut DbConnection = conn;
    let went_on = conn.transaction(|conn| {
        let enrolment = crate::service::lock::lock_enrolment(conn, id)?;
        let fee = due_fee(ctx, conn, &enrolment)?;
        if !fee.vouchers {
            return Err(Error::Refused(Refusal::NotOffered));
        }
        online::refuse_while_paying(ctx, conn, &enrolment.id)?;
        let today = ctx.clock.today_in_germany();
        let valid_batches = voucher_batches::table
            .filter(voucher_batches::tenant.eq(&enrolment.tenant))
            .filter(voucher_batches::expires_on.ge(today))
            .select(voucher_batches::id);
        let taken = diesel::update(
            vouchers::table
                .filter(vouchers::code.eq(code.compact()))
                .filter(vouchers::tenant.eq(&enrolment.tenant))
                .filter(vouchers::used_at.is_null())
                .filter(vouchers::batch_id.eq_any(valid_batches)),
        )
        .set((
            vouchers::used_by.eq(&enrolment.id),
            vouchers::used_at.eq(to_db(ctx.clock.now())),
        ))
        .execute(conn)?;
        if taken != 1 {
            return Err(Error::Refused(Refusal::VoucherInvalid));
        }
        tracing::info!(tenant = %enrolment.tenant, "voucher used");
        settle(
            ctx,
            conn,
            &enrolment,
            SettlementKind::Voucher,
            Cents::ZERO,
            &code.to_string(),
        )
    })?;
    if let Some((Declared::Issued(_), mail_queued)) = &went_on {
        crate::service::issue::after_commit(ctx, *mail_queued);
    }
    Ok(went_on)
}
