//! Staff accounts and sessions as the office's pages reach them. The account rules
//! (passwords, second factor, throttling, sessions) and their audit entries live in
//! `crate::staff`, one layer down, where the command line uses them too; the pages
//! reach them only through here, so that every state change and every audit entry the
//! office's pages cause has its one door in `service`.

pub use crate::audit::{Actor, entries_for_tenant};
pub use crate::staff::{
    AccountError, CredentialError, Duty, LoginAttempt, LoginError, NewFactor, PASSWORD_MIN_LENGTH,
    PasswordChange, PasswordError, Role, SessionPolicy, StaffAccount, StaffSession, ThrottlePolicy,
    begin_enrolment, change_password, confirm_enrolment, disable, end_session, list, log_in,
    pending_enrolment, second_factor_enrolled, session,
};
