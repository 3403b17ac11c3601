//! Health-office staff: accounts, passwords, the optional second factor, sessions and
//! login throttling. Everything here is synchronous (diesel, argon2) and runs on the
//! blocking pool or in the command line.

mod accounts;
mod credentials;
mod login;
mod password;
mod role;
mod session;
mod throttle;
mod totp;

pub use accounts::{
    AccountError, Credentials, NewAccount, StaffAccount, add, disable, list, reset,
};
pub use credentials::{
    CredentialError, Duty, NewFactor, PasswordChange, begin_enrolment, change_password,
    confirm_enrolment, pending_enrolment, second_factor_enrolled,
};
pub use login::{LoginAttempt, LoginError, log_in};
pub use password::{MIN_LENGTH as PASSWORD_MIN_LENGTH, Password, PasswordError};
pub use role::Role;
pub use session::{SESSION_ABSOLUTE_HOURS, SessionPolicy, StaffSession, end_session, session};
pub use throttle::{ThrottlePolicy, forget_old_failures};
pub use totp::SecondFactor;
