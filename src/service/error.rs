use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;

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
    #[error("{detail}")]
    Conflict { kind: &'static str, detail: String },
    /// The request is well-formed but the rules refuse it.
    #[error("{detail}")]
    Refused { kind: &'static str, detail: String },
    /// Too many requests of one kind from one enrolment; try again after this long.
    #[error("too many requests")]
    RateLimited { retry_after_s: u64 },
    #[error("the database is unavailable")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub detail: String,
    /// The cause where the detail alone is not enough to act on (a name with an
    /// invisible character, an address with a display name); the API names it by a
    /// stable string, the pages choose their words by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<FieldReason>,
}

/// Why a field was refused, as far as a client or a page needs to tell causes apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldReason {
    // A name (see `domain::PersonNameError`).
    Empty,
    TooLong,
    NoLetter,
    ForbiddenCharacter,
    ControlCharacter,
    InvisibleCharacter,
    DirectionControl,
    MisplacedJoiner,
    MixedScript,
    /// A name the certificate cannot print: the passport's Latin spelling is needed.
    NotLatin,
    // An e-mail address (see `domain::EmailError`).
    NotPlain,
    Quoted,
    DomainLiteral,
    NoDomainName,
    Invalid,
}

impl From<&crate::domain::PersonNameError> for FieldReason {
    fn from(error: &crate::domain::PersonNameError) -> Self {
        use crate::domain::PersonNameError as E;
        match error {
            E::Empty => Self::Empty,
            E::TooLong => Self::TooLong,
            E::NoLetter => Self::NoLetter,
            E::ForbiddenCharacter(_) => Self::ForbiddenCharacter,
            E::ControlCharacter(_) => Self::ControlCharacter,
            E::InvisibleCharacter(_) => Self::InvisibleCharacter,
            E::DirectionControl(_) => Self::DirectionControl,
            E::MisplacedJoiner(_) => Self::MisplacedJoiner,
            E::MixedScripts { .. } => Self::MixedScript,
        }
    }
}

impl From<&crate::domain::EmailError> for FieldReason {
    fn from(error: &crate::domain::EmailError) -> Self {
        use crate::domain::EmailError as E;
        match error {
            E::TooLong => Self::TooLong,
            E::ControlCharacter => Self::ControlCharacter,
            E::NotPlain => Self::NotPlain,
            E::Quoted => Self::Quoted,
            E::DomainLiteral => Self::DomainLiteral,
            E::NoDomainName => Self::NoDomainName,
            E::Invalid => Self::Invalid,
        }
    }
}

impl FieldError {
    pub fn new(field: &str, detail: impl ToString) -> Self {
        Self {
            field: field.to_string(),
            detail: detail.to_string(),
            reason: None,
        }
    }

    pub fn because(field: &str, detail: impl ToString, reason: FieldReason) -> Self {
        Self {
            reason: Some(reason),
            ..Self::new(field, detail)
        }
    }
}

impl From<(&str, crate::domain::PersonNameError)> for FieldError {
    fn from((field, error): (&str, crate::domain::PersonNameError)) -> Self {
        Self::because(field, &error, FieldReason::from(&error))
    }
}

impl From<(&str, crate::domain::EmailError)> for FieldError {
    fn from((field, error): (&str, crate::domain::EmailError)) -> Self {
        Self::because(field, &error, FieldReason::from(&error))
    }
}

impl Error {
    pub fn conflict(kind: &'static str, detail: impl Into<String>) -> Self {
        Self::Conflict {
            kind,
            detail: detail.into(),
        }
    }

    pub fn refused(kind: &'static str, detail: impl Into<String>) -> Self {
        Self::Refused {
            kind,
            detail: detail.into(),
        }
    }

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
