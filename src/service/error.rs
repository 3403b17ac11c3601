use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::course::quiz::AnswerError;
use crate::domain::{BirthDateError, EmailError, PersonNameError};

/// What can go wrong in a learner's request. The web layer maps each variant to one
/// HTTP status and problem type; nothing here carries personal data or SQL.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the input is invalid")]
    Invalid(Vec<FieldError>),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("a bearer token is required")]
    Unauthenticated,
    #[error("the token does not belong to this enrolment")]
    Forbidden,
    /// The token was right, but the certificate was issued long enough ago that the
    /// token no longer opens anything.
    #[error("the learner's access ended after the certificate was issued")]
    AccessEnded {
        /// The enrolment's language, to tell it on a page.
        language: String,
    },
    /// The request is valid but the enrolment is not in a state that allows it.
    #[error("conflict: {}", .0.code())]
    Conflict(Conflict),
    /// The request is well-formed but the rules refuse it.
    #[error("refused: {}", .0.code())]
    Refused(Refusal),
    /// Too many requests of one kind from one enrolment; try again after this long.
    #[error("too many requests")]
    RateLimited { retry_after_s: u64 },
    #[error("the database is unavailable")]
    Unavailable(String),
    /// The office's payment platform did not answer as it should: try again later.
    #[error("the payment platform is unavailable")]
    PaymentPlatform,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// A field the rules refuse, and why. The service names causes, never words: the API
/// and the pages each say them in their own texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub reason: FieldReason,
}

/// Why a field was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldReason {
    Name(PersonNameError),
    Email(EmailError),
    BirthDate(BirthDateError),
    Answer(AnswerError),
    /// A name the certificate cannot print: the passport's Latin spelling is needed.
    NotLatin,
    /// A name in another script came without its Latin spelling.
    LatinMissing,
    UnknownOffice(String),
    UnknownCourse(String),
    LanguageNotOffered(String),
    UnknownLesson(String),
    /// A watched span outside `0 ≤ from < to ≤ length`.
    SpanOutsideVideo {
        length_ms: i64,
    },
    UnknownRevocationCategory,
    NoteTooLong {
        max_chars: usize,
    },
    UnknownRepresentativeRole,
    /// The office does not offer this way of checking identity (or several, and none
    /// was chosen); `offered` lists the codes it does offer.
    IdentityMethodNotOffered {
        offered: String,
    },
    /// The office checks identity by a login with the online ID card, and there was
    /// none.
    LoginMissing,
    /// The login is over (used, or older than 30 minutes): log in again.
    LoginExpired,
    /// A voucher code with a typo (its check character does not match) or of the wrong
    /// length.
    VoucherTypo,
    /// A waiver's reason is empty or longer than `max_chars`.
    ReasonLength {
        max_chars: usize,
    },
    /// The office grants no such waiver.
    WaiverNotOffered,
}

impl FieldReason {
    /// The stable name the API gives the cause (an open list: clients must accept new
    /// ones).
    pub fn code(&self) -> &'static str {
        use crate::domain::{BirthDateError as B, EmailError as E, PersonNameError as N};
        match self {
            Self::Name(N::Empty) => "empty",
            Self::Name(N::TooLong) | Self::Email(E::TooLong) => "too-long",
            Self::Name(N::NoLetter) => "no-letter",
            Self::Name(N::ForbiddenCharacter(_)) => "forbidden-character",
            Self::Name(N::ControlCharacter(_)) | Self::Email(E::ControlCharacter) => {
                "control-character"
            }
            Self::Name(N::InvisibleCharacter(_)) => "invisible-character",
            Self::Name(N::DirectionControl(_)) => "direction-control",
            Self::Name(N::MisplacedJoiner(_)) => "misplaced-joiner",
            Self::Name(N::MixedScripts { .. }) => "mixed-script",
            Self::Email(E::NotPlain) => "not-plain",
            Self::Email(E::Quoted) => "quoted",
            Self::Email(E::DomainLiteral) => "domain-literal",
            Self::Email(E::NoDomainName) => "no-domain-name",
            Self::Email(E::Invalid) => "invalid",
            Self::BirthDate(B::Malformed) => "malformed-date",
            Self::BirthDate(B::NoSuchDay) => "no-such-day",
            Self::BirthDate(B::TwoDigitYear) => "two-digit-year",
            Self::BirthDate(B::InFuture) => "in-future",
            Self::BirthDate(B::TooYoung) => "too-young",
            Self::BirthDate(B::Implausible) => "implausible-date",
            Self::Answer(AnswerError::UnknownQuestion(_)) => "unknown-question",
            Self::Answer(AnswerError::UnknownOption { .. }) => "unknown-option",
            Self::NotLatin => "not-latin",
            Self::LatinMissing => "latin-missing",
            Self::UnknownOffice(_) => "unknown-office",
            Self::UnknownCourse(_) => "unknown-course",
            Self::LanguageNotOffered(_) => "language-not-offered",
            Self::UnknownLesson(_) => "unknown-lesson",
            Self::SpanOutsideVideo { .. } => "span-outside-video",
            Self::UnknownRevocationCategory => "unknown-category",
            Self::NoteTooLong { .. } => "note-too-long",
            Self::UnknownRepresentativeRole => "unknown-role",
            Self::IdentityMethodNotOffered { .. } => "identity-method-not-offered",
            Self::LoginMissing => "login-missing",
            Self::LoginExpired => "login-expired",
            Self::VoucherTypo => "voucher-typo",
            Self::ReasonLength { .. } => "reason-length",
            Self::WaiverNotOffered => "waiver-not-offered",
        }
    }
}

impl FieldError {
    pub fn new(field: &str, reason: FieldReason) -> Self {
        Self {
            field: field.to_string(),
            reason,
        }
    }
}

impl From<(&str, PersonNameError)> for FieldError {
    fn from((field, error): (&str, PersonNameError)) -> Self {
        Self::new(field, FieldReason::Name(error))
    }
}

impl From<(&str, EmailError)> for FieldError {
    fn from((field, error): (&str, EmailError)) -> Self {
        Self::new(field, FieldReason::Email(error))
    }
}

impl From<(&str, BirthDateError)> for FieldError {
    fn from((field, error): (&str, BirthDateError)) -> Self {
        Self::new(field, FieldReason::BirthDate(error))
    }
}

/// Why an enrolment's state does not allow the request (409).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    QuizPassed,
    /// The titles of the lessons not yet watched to the end.
    LessonsNotWatched(Vec<String>),
    AttemptGraded,
    QuizNotPassed,
    AlreadyRevoked,
    /// The identity check was confirmed or rejected already.
    IdentityCheckDecided,
    /// With four eyes, the person who proposed a confirmation cannot complete it.
    SecondPersonNeeded,
    /// With four eyes, the second person saw another kind of document than the first.
    DocumentDiffers,
    /// The office's fee is to be settled first.
    FeeDue,
    /// There is no fee to settle: the office charges nothing, or it is settled.
    FeeNotDue,
    /// An online payment is open: it is finished or cancelled on the pay page first.
    PaymentOpen,
    /// The waiver was decided already.
    WaiverDecided,
    /// A waiver claim waits for staff: no payment starts meanwhile.
    WaiverPending,
}

impl Conflict {
    pub fn code(&self) -> &'static str {
        match self {
            Self::QuizPassed => "quiz-passed",
            Self::LessonsNotWatched(_) => "lessons-not-watched",
            Self::AttemptGraded => "attempt-graded",
            Self::QuizNotPassed => "quiz-not-passed",
            Self::AlreadyRevoked => "already-revoked",
            Self::IdentityCheckDecided => "identity-check-decided",
            Self::SecondPersonNeeded => "second-person-needed",
            Self::DocumentDiffers => "document-differs",
            Self::FeeDue => "fee-due",
            Self::FeeNotDue => "fee-not-due",
            Self::PaymentOpen => "payment-open",
            Self::WaiverDecided => "waiver-decided",
            Self::WaiverPending => "waiver-pending",
        }
    }
}

/// Why the rules refuse a well-formed request (422).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A one-time code for the PDF that is wrong, used up or expired.
    OneTimeCodeInvalid,
    /// More separate watched stretches of one lesson than a round keeps.
    TooManyStretches { lesson: String, max: usize },
    /// The learner knows of facts that forbid the work (§ 42 IfSG).
    ObstacleKnown,
    /// The representative gave the holder's own name.
    GuardianIsHolder,
    /// A minor's declaration needs the person with custody (§ 43 Abs. 6 IfSG).
    GuardianRequired,
    /// The role does not fit the holder's age; `minor` says which roles would.
    GuardianNotApplicable { minor: bool },
    /// A certificate sealed with a development key is not issued again.
    DevelopmentCertificate,
    /// An upload that broke off.
    UploadBroken,
    /// A voucher that is unknown, used, expired or another office's: one answer for all,
    /// so that guessing learns nothing.
    VoucherInvalid,
    /// The office has no online payment (or no such waiver, or takes no vouchers).
    NotOffered,
}

impl Refusal {
    pub fn code(&self) -> &'static str {
        match self {
            Self::OneTimeCodeInvalid => "one-time-code-invalid",
            Self::TooManyStretches { .. } => "too-many-stretches",
            Self::ObstacleKnown => "obstacle-known",
            Self::GuardianIsHolder => "guardian-is-holder",
            Self::GuardianRequired => "guardian-required",
            Self::GuardianNotApplicable { .. } => "guardian-not-applicable",
            Self::DevelopmentCertificate => "development-certificate",
            Self::UploadBroken => "upload-broken",
            Self::VoucherInvalid => "voucher-invalid",
            Self::NotOffered => "not-offered",
        }
    }
}

impl Error {
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, Self::Internal(e) if matches!(
            e.downcast_ref::<DieselError>(),
            Some(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _))
        ))
    }
}

impl From<DieselError> for Error {
    fn from(error: DieselError) -> Self {
        match error {
            DieselError::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => Self::Unavailable(error.to_string()),
            // SQLite on a full disk: nothing was written, and writing works again once
            // there is space; the caller may retry later.
            DieselError::DatabaseError(_, ref info)
                if info.message().contains("database or disk is full") =>
            {
                Self::Unavailable(format!("storage full: {}", info.message()))
            }
            other => Self::Internal(anyhow::Error::new(other)),
        }
    }
}

impl From<diesel::r2d2::PoolError> for Error {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        Self::Unavailable(error.to_string())
    }
}

impl From<crate::db::ReadError> for Error {
    fn from(error: crate::db::ReadError) -> Self {
        match error {
            crate::db::ReadError::Pool(e) => e.into(),
            crate::db::ReadError::Query(e) => e.into(),
        }
    }
}
