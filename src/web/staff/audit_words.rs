//! What an audit entry says in words: the log keeps stable keys (`certificate.revoked`),
//! the office's staff read "Bescheinigung ABCD-… für ungültig erklärt".

use super::texts::{text, text_with};
use crate::domain::CertificateCode;

/// The entry's action and subject as a sentence; an action without words of its own
/// shows its key and its subject.
pub fn action_words(action: &str, subject: &str) -> String {
    let subject =
        CertificateCode::parse(subject).map_or_else(|_| subject.to_string(), |c| c.to_string());
    let with_subject = |id: &str| text_with(id, &[("subject", &subject)]);
    // A settled fee names the certificate it led to or the identity check it opened,
    // where there is one.
    let with_record = |id: &str| {
        if subject.is_empty() {
            text(id)
        } else {
            format!("{} ({subject})", text(id))
        }
    };
    match action {
        "certificate.viewed" => with_subject("staff-audit-certificate-viewed"),
        "certificate.revoked" => with_subject("staff-audit-certificate-revoked"),
        "certificate.reissued" => with_subject("staff-audit-certificate-reissued"),
        "certificate.refused" => with_subject("staff-audit-certificate-refused"),
        "certificate.searched" => text("staff-audit-certificate-searched"),
        "figures.exported" => text("staff-audit-figures-exported"),
        "identity.listed" => text("staff-audit-identity-listed"),
        "identity.proposed" => with_subject("staff-audit-identity-proposed"),
        "identity.confirmed" => with_subject("staff-audit-identity-confirmed"),
        "identity.rejected" => with_subject("staff-audit-identity-rejected"),
        "identity.refused" => with_subject("staff-audit-identity-refused"),
        "fee.listed" => text("staff-audit-fee-listed"),
        "fee.searched" => text("staff-audit-fee-searched"),
        "fee.waiver_granted" => with_record("staff-audit-fee-waiver-granted"),
        "fee.waiver_refused" => text("staff-audit-fee-waiver-refused"),
        "fee.desk_payment" => with_record("staff-audit-fee-desk-payment"),
        "fee.refused" => text("staff-audit-fee-refused"),
        "voucher.batch_created" => text("staff-audit-voucher-batch-created"),
        "voucher.exported" => text("staff-audit-voucher-exported"),
        "voucher.refused" => text("staff-audit-voucher-refused"),
        "wallet.offer_made" => with_subject("staff-audit-wallet-offer-made"),
        "fee.refund_due" => text("staff-audit-fee-refund-due"),
        "retention.deleted" => text("staff-audit-retention-deleted"),
        "staff.added" => with_subject("staff-audit-staff-added"),
        "staff.disabled" => with_subject("staff-audit-staff-disabled"),
        "staff.reset" => with_subject("staff-audit-staff-reset"),
        "staff.login" => text("staff-audit-staff-login"),
        "staff.logout" => text("staff-audit-staff-logout"),
        "staff.password_changed" => text("staff-audit-staff-password-changed"),
        "staff.second_factor_enrolled" => text("staff-audit-staff-second-factor-enrolled"),
        other if subject.is_empty() => other.to_string(),
        other => format!("{other} ({subject})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_in_words() {
        let code = CertificateCode::generate();
        assert_eq!(
            action_words("certificate.revoked", code.compact()),
            format!("Bescheinigung {code} für ungültig erklärt")
        );
        assert_eq!(action_words("staff.login", ""), "Angemeldet");
        assert_eq!(
            action_words("fee.desk_payment", code.compact()),
            format!("Zahlung am Schalter eingetragen ({code})")
        );
        assert_eq!(
            action_words("fee.desk_payment", ""),
            "Zahlung am Schalter eingetragen"
        );
        assert_eq!(action_words("something.new", ""), "something.new");
        assert_eq!(action_words("something.new", "x"), "something.new (x)");
    }
}
