//! An office's fee as its tenant file sets it (`[fee]`), checked against the limits of
//! the payment standard (XBezahldienste) when the content loads.

use serde::Deserialize;

use crate::domain::{Cents, FeeDue, WaiverCategory, WaiverConfirmation};

/// What the instruction costs at an office that charges; an office without `[fee]` is
/// free of charge.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, try_from = "toml::Value")]
pub struct Fee {
    pub amount: Cents,
    pub due: FeeDue,
    /// The booking text the payment platform passes on (at most 27 letters, digits,
    /// spaces, `-` and `_`: the standard's limit).
    pub purpose: String,
    /// Shown on the platform's pay page (at most 250 characters; letters, digits, spaces,
    /// `-`, `,`, `.` and Latin letters with accents).
    pub description: String,
    /// The office's Kassenzeichen or booking account, which the platform books to.
    pub cashier_reference: String,
    /// Whether learners may settle the fee with a voucher.
    pub vouchers: bool,
    /// The free categories the office grants.
    pub waivers: Vec<WaiverCategory>,
    pub waiver_confirmation: WaiverConfirmation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeeFile {
    amount_cents: u32,
    due: FeeDue,
    purpose: String,
    description: String,
    cashier_reference: String,
    #[serde(default)]
    vouchers: bool,
    #[serde(default)]
    waivers: Vec<WaiverCategory>,
    #[serde(default)]
    waiver_confirmation: WaiverConfirmation,
}

impl TryFrom<toml::Value> for Fee {
    type Error = String;

    fn try_from(value: toml::Value) -> Result<Self, String> {
        if value.is_str() {
            return Err(
                "fee is a table now: [fee] amount_cents, due, purpose, description, \
                 cashier_reference (docs/operating.md, \"Fees\"); leave it out for a free \
                 instruction"
                    .to_string(),
            );
        }
        let file = FeeFile::deserialize(value).map_err(|e| e.to_string())?;
        let amount = Cents::new(file.amount_cents)
            .filter(|c| c.get() > 0)
            .ok_or_else(|| {
                format!(
                    "fee.amount_cents must be from 1 to {} (leave [fee] out for a free instruction)",
                    Cents::MAX
                )
            })?;
        Ok(Self {
            amount,
            due: file.due,
            purpose: file.purpose,
            description: file.description,
            cashier_reference: file.cashier_reference,
            vouchers: file.vouchers,
            waivers: file.waivers,
            waiver_confirmation: file.waiver_confirmation,
        })
    }
}

/// The standard's `\w` is ASCII (its schemas are checked by JSON Schema's ECMA regexes).
fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

pub(super) fn purpose_fits(purpose: &str) -> bool {
    !purpose.trim().is_empty()
        && purpose.chars().count() <= 27
        && purpose.chars().all(|c| word(c) || c == ' ' || c == '-')
}

pub(super) fn description_fits(description: &str) -> bool {
    !description.trim().is_empty()
        && description.chars().count() <= 250
        && description
            .chars()
            .all(|c| word(c) || matches!(c, ' ' | '-' | ',' | '.' | '\u{C0}'..='\u{17F}'))
}

/// The standard's identifiers: 1 to 36 of `[A-Za-z0-9_-]`.
pub fn identifier_fits(id: &str) -> bool {
    (1..=36).contains(&id.len()) && id.chars().all(|c| word(c) || c == '-')
}

impl Fee {
    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !purpose_fits(&self.purpose) {
            problems.push(
                "fee.purpose must be 1 to 27 letters (A-Z, no umlauts), digits, spaces, - or _: the payment standard's limit"
                    .to_string(),
            );
        }
        if !description_fits(&self.description) {
            problems.push(
                "fee.description must be 1 to 250 letters, digits, spaces, - , or . (no §): the payment standard's limit"
                    .to_string(),
            );
        }
        if !identifier_fits(&self.cashier_reference) {
            problems
                .push("fee.cashier_reference must be 1 to 36 letters, digits, - or _".to_string());
        }
        for (i, waiver) in self.waivers.iter().enumerate() {
            if self.waivers[..i].contains(waiver) {
                problems.push(format!("fee.waivers lists {:?} twice", waiver.code()));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standards_limits_are_checked() {
        assert!(purpose_fits("Belehrung IfSG 43"));
        assert!(!purpose_fits("Gebühr Belehrung"), "no umlauts");
        assert!(!purpose_fits("Belehrung nach IfSG 43 Beispielkreis"), "28+");
        assert!(description_fits(
            "Belehrung nach 43 IfSG, Gesundheitsamt Köln."
        ));
        assert!(!description_fits("Belehrung nach § 43 IfSG"));
        assert!(identifier_fits("5.4100".replace('.', "-").as_str()));
        assert!(!identifier_fits("a/b"));
    }

    #[test]
    fn a_fee_as_words_is_refused_with_what_to_write() {
        #[derive(Deserialize, Debug)]
        struct Office {
            #[allow(dead_code)]
            fee: Fee,
        }
        let error = toml::from_str::<Office>("fee = \"20 Euro\"").expect_err("words");
        assert!(error.to_string().contains("amount_cents"), "{error}");
        let free = toml::from_str::<Office>(
            "[fee]\namount_cents = 0\ndue = \"before_course\"\npurpose = \"x\"\ndescription = \"x\"\ncashier_reference = \"x\"",
        )
        .expect_err("zero");
        assert!(free.to_string().contains("leave [fee] out"), "{free}");
    }
}
