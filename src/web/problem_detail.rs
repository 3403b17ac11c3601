//! The API's words for the causes the service names: each refused field, conflict and
//! refusal gets its `detail` here, from `problems.ftl`.

use serde::Serialize;

use crate::course::PageTexts;
use crate::domain::RevocationCategory;
use crate::service::{Conflict, FieldError, FieldReason, Refusal};

/// The problem details' words (`problems.ftl`), compiled in like the staff pages'.
static TEXTS: std::sync::LazyLock<PageTexts> = std::sync::LazyLock::new(|| {
    PageTexts::parse("en", include_str!("problems.ftl").to_string())
        .unwrap_or_else(|errors| panic!("src/web/problems.ftl: {}", errors.join("; ")))
});

fn text(id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<_> = args
        .iter()
        .map(|(name, value)| (*name, fluent_bundle::FluentValue::from(value.clone())))
        .collect();
    TEXTS.text(id, &args)
}

/// A refused field as the API shows it: the field, why in words, and the cause's
/// stable name.
#[derive(Debug, Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub detail: String,
    pub reason: &'static str,
}

impl From<&FieldError> for FieldProblem {
    fn from(error: &FieldError) -> Self {
        Self {
            field: error.field.clone(),
            detail: field_detail(&error.reason),
            reason: error.reason.code(),
        }
    }
}

/// Why a field was refused, in the API's words.
pub fn field_detail(reason: &FieldReason) -> String {
    let value = |v: &String| vec![("value", v.clone())];
    match reason {
        FieldReason::Name(e) => e.to_string(),
        FieldReason::Email(e) => e.to_string(),
        FieldReason::BirthDate(e) => e.to_string(),
        FieldReason::Answer(e) => e.to_string(),
        FieldReason::NotLatin => text("field-not-latin", &[]),
        FieldReason::LatinMissing => text("field-latin-missing", &[]),
        FieldReason::UnknownOffice(v) => text("field-unknown-office", &value(v)),
        FieldReason::UnknownCourse(v) => text("field-unknown-course", &value(v)),
        FieldReason::LanguageNotOffered(v) => text("field-language-not-offered", &value(v)),
        FieldReason::UnknownLesson(v) => text("field-unknown-lesson", &value(v)),
        FieldReason::SpanOutsideVideo { length_ms } => text(
            "field-span-outside-video",
            &[("seconds", format!("{:.1}", *length_ms as f64 / 1000.0))],
        ),
        FieldReason::UnknownRevocationCategory => text(
            "field-unknown-category",
            &[(
                "categories",
                RevocationCategory::ALL
                    .map(RevocationCategory::code)
                    .join(", "),
            )],
        ),
        FieldReason::NoteTooLong { max_chars } => {
            text("field-note-too-long", &[("max", max_chars.to_string())])
        }
        FieldReason::UnknownRepresentativeRole => text("field-unknown-role", &[]),
        FieldReason::IdentityMethodNotOffered { offered } => text(
            "field-identity-method-not-offered",
            &[("methods", offered.clone())],
        ),
        FieldReason::LoginMissing => text("field-login-missing", &[]),
        FieldReason::LoginExpired => text("field-login-expired", &[]),
        FieldReason::VoucherTypo => text("field-voucher-typo", &[]),
        FieldReason::ReasonLength { max_chars } => {
            text("field-reason-length", &[("max", max_chars.to_string())])
        }
        FieldReason::WaiverNotOffered => text("field-waiver-not-offered", &[]),
    }
}

/// Every refused field, `field: detail; …`.
pub fn fields_detail(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.field, field_detail(&e.reason)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A message of the API's words without values.
pub fn api_text(id: &str) -> String {
    text(id, &[])
}

/// What to do after a graded attempt, in the API's words.
pub fn graded_message(graded: &crate::service::AttemptGraded) -> String {
    if graded.passed {
        text("quiz-passed", &[])
    } else if graded.must_rewatch {
        text("quiz-rewatch", &[("max", graded.max_attempts.to_string())])
    } else {
        text("quiz-retry", &[("left", graded.attempts_left.to_string())])
    }
}

pub fn conflict_detail(conflict: &Conflict) -> String {
    match conflict {
        Conflict::QuizPassed => text("conflict-quiz-passed", &[]),
        Conflict::LessonsNotWatched(lessons) => text(
            "conflict-lessons-not-watched",
            &[("lessons", lessons.join(", "))],
        ),
        Conflict::AttemptGraded => text("conflict-attempt-graded", &[]),
        Conflict::QuizNotPassed => text("conflict-quiz-not-passed", &[]),
        Conflict::AlreadyRevoked => text("conflict-already-revoked", &[]),
        Conflict::IdentityCheckDecided => text("conflict-identity-check-decided", &[]),
        Conflict::SecondPersonNeeded => text("conflict-second-person-needed", &[]),
        Conflict::DocumentDiffers => text("conflict-document-differs", &[]),
        Conflict::FeeDue => text("conflict-fee-due", &[]),
        Conflict::FeeNotDue => text("conflict-fee-not-due", &[]),
        Conflict::PaymentOpen => text("conflict-payment-open", &[]),
        Conflict::WaiverDecided => text("conflict-waiver-decided", &[]),
        Conflict::WaiverPending => text("conflict-waiver-pending", &[]),
    }
}

pub fn refusal_detail(refusal: &Refusal) -> String {
    match refusal {
        Refusal::OneTimeCodeInvalid => text("refused-one-time-code-invalid", &[]),
        Refusal::TooManyStretches { lesson, max } => text(
            "refused-too-many-stretches",
            &[("lesson", lesson.clone()), ("max", max.to_string())],
        ),
        Refusal::ObstacleKnown => text("refused-obstacle-known", &[]),
        Refusal::GuardianIsHolder => text("refused-guardian-is-holder", &[]),
        Refusal::GuardianRequired => text("refused-guardian-required", &[]),
        Refusal::GuardianNotApplicable { minor: true } => {
            text("refused-guardian-not-applicable-minor", &[])
        }
        Refusal::GuardianNotApplicable { minor: false } => {
            text("refused-guardian-not-applicable-adult", &[])
        }
        Refusal::DevelopmentCertificate => text("refused-development-certificate", &[]),
        Refusal::VoucherInvalid => text("refused-voucher-invalid", &[]),
        Refusal::NotOffered => text("refused-not-offered", &[]),
        Refusal::UploadBroken => text("refused-upload-broken", &[]),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::course::quiz::AnswerError;
    use crate::domain::{BirthDateError, EmailError, PersonNameError};

    /// Every cause has words of its own (a missing message would show its id), and
    /// every message of `problems.ftl` is one of them.
    #[test]
    fn every_cause_has_its_words_and_every_message_a_cause() {
        let fields = [
            FieldReason::Name(PersonNameError::Empty),
            FieldReason::Email(EmailError::Invalid),
            FieldReason::BirthDate(BirthDateError::InFuture),
            FieldReason::Answer(AnswerError::UnknownQuestion("q".into())),
            FieldReason::NotLatin,
            FieldReason::LatinMissing,
            FieldReason::UnknownOffice("x".into()),
            FieldReason::UnknownCourse("x".into()),
            FieldReason::LanguageNotOffered("x".into()),
            FieldReason::UnknownLesson("x".into()),
            FieldReason::SpanOutsideVideo { length_ms: 61_500 },
            FieldReason::UnknownRevocationCategory,
            FieldReason::NoteTooLong { max_chars: 500 },
            FieldReason::UnknownRepresentativeRole,
            FieldReason::IdentityMethodNotOffered {
                offered: "none".into(),
            },
            FieldReason::LoginMissing,
            FieldReason::LoginExpired,
            FieldReason::VoucherTypo,
            FieldReason::ReasonLength { max_chars: 300 },
            FieldReason::WaiverNotOffered,
        ];
        let conflicts = [
            Conflict::QuizPassed,
            Conflict::LessonsNotWatched(vec!["Händewaschen".into()]),
            Conflict::AttemptGraded,
            Conflict::QuizNotPassed,
            Conflict::AlreadyRevoked,
            Conflict::IdentityCheckDecided,
            Conflict::SecondPersonNeeded,
            Conflict::DocumentDiffers,
            Conflict::FeeDue,
            Conflict::FeeNotDue,
            Conflict::PaymentOpen,
            Conflict::WaiverDecided,
            Conflict::WaiverPending,
        ];
        let refusals = [
            Refusal::OneTimeCodeInvalid,
            Refusal::TooManyStretches {
                lesson: "x".into(),
                max: 200,
            },
            Refusal::ObstacleKnown,
            Refusal::GuardianIsHolder,
            Refusal::GuardianRequired,
            Refusal::GuardianNotApplicable { minor: true },
            Refusal::GuardianNotApplicable { minor: false },
            Refusal::DevelopmentCertificate,
            Refusal::UploadBroken,
            Refusal::VoucherInvalid,
            Refusal::NotOffered,
        ];
        let graded = |passed, must_rewatch| crate::service::AttemptGraded {
            passed,
            score: 0.5,
            correct: 4,
            total: 8,
            results: Vec::new(),
            attempts_left: 2,
            must_rewatch,
            max_attempts: 3,
        };
        let quiz = [
            graded(true, false),
            graded(false, true),
            graded(false, false),
        ];
        let texts: Vec<String> = fields
            .iter()
            .map(field_detail)
            .chain(conflicts.iter().map(conflict_detail))
            .chain(refusals.iter().map(refusal_detail))
            .chain(quiz.iter().map(graded_message))
            .chain(
                [
                    "access-ended",
                    "code-typo",
                    "invalid-postcode",
                    "payment-unavailable",
                ]
                .map(api_text),
            )
            .collect();
        let ids: BTreeSet<&String> = TEXTS.ids().iter().collect();
        for text in &texts {
            assert!(!ids.contains(text), "no words for {text}");
            assert!(!text.contains('{'), "a value was not filled: {text}");
        }
        let distinct: BTreeSet<&String> = texts.iter().collect();
        assert_eq!(distinct.len(), texts.len(), "two causes share words");
        // Four of the field causes describe themselves; the rest use one message each.
        assert_eq!(ids.len(), texts.len() - 4);
        assert!(
            texts.contains(
                &"a span needs 0 ≤ from_s < to_s ≤ the video's length (61.5 s)".to_string()
            )
        );
    }
}
