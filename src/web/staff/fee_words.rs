//! The fee in the staff pages' words: how it was settled, the waiver categories, the
//! states of an online payment and of a waiver claim.

use chrono_tz::Europe::Berlin;

use super::texts::{text, text_with};
use crate::domain::{SettlementKind, WaiverCategory};
use crate::service::fee::SettlementView;

pub fn category_words(category: Option<WaiverCategory>) -> String {
    text(match category {
        Some(WaiverCategory::Volunteer) => "staff-waiver-volunteer",
        Some(WaiverCategory::Internship) => "staff-waiver-internship",
        Some(WaiverCategory::Benefits) => "staff-waiver-benefits",
        None => "staff-waiver-unknown",
    })
}

fn kind_words(kind: Option<SettlementKind>) -> String {
    text(match kind {
        Some(SettlementKind::Online) => "staff-fee-kind-online",
        Some(SettlementKind::Voucher) => "staff-fee-kind-voucher",
        Some(SettlementKind::Waiver) => "staff-fee-kind-waiver",
        Some(SettlementKind::Desk) | None => "staff-fee-kind-desk",
    })
}

/// How the fee was settled: the way, the amount, the day and what it refers to (the
/// platform's reference, the voucher's code, the waiver's category).
pub fn settled_words(settlement: &SettlementView) -> String {
    let kind = SettlementKind::parse(settlement.kind);
    let reference = match kind {
        Some(SettlementKind::Waiver) => {
            Some(category_words(WaiverCategory::parse(&settlement.reference)))
        }
        Some(SettlementKind::Desk) | None => None,
        Some(SettlementKind::Online | SettlementKind::Voucher) => {
            Some(settlement.reference.clone()).filter(|r| !r.is_empty())
        }
    };
    let day = settlement
        .settled_at
        .with_timezone(&Berlin)
        .format("%d.%m.%Y")
        .to_string();
    let (kind, amount) = (kind_words(kind), settlement.amount.to_string());
    match reference {
        Some(reference) => text_with(
            "staff-fee-settled-reference",
            &[
                ("kind", &kind),
                ("amount", &amount),
                ("day", &day),
                ("reference", &reference),
            ],
        ),
        None => text_with(
            "staff-fee-settled",
            &[("kind", &kind), ("amount", &amount), ("day", &day)],
        ),
    }
}

pub fn payment_words(state: &str, attempts: i32) -> String {
    let state = text(match state {
        "requested" => "staff-payment-requested",
        "open" => "staff-payment-open",
        "paid" => "staff-payment-paid",
        "cancelled" => "staff-payment-cancelled",
        _ => "staff-payment-failed",
    });
    text_with(
        "staff-payment-state",
        &[("state", &state), ("attempts", &attempts)],
    )
}

pub fn decision_words(decision: Option<&str>) -> String {
    text(match decision {
        None => "staff-waiver-decision-open",
        Some("granted") => "staff-waiver-decision-granted",
        Some(_) => "staff-waiver-decision-refused",
    })
}
