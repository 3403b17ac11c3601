//! The Land's payment platform, spoken to in XBezahldienste 1.x, the FITKO standard
//! through which ePayBL, pmPayment and the other platforms of the Länder take payments
//! for online services: create a payment transaction, send the learner to its pay page,
//! read its status when they return (the return itself says nothing).
//!
//! This module knows the wire and the connection; what a status means for a learner
//! is `service::fee`'s.

mod client;
mod config;
mod wire;

pub use client::{Platform, PlatformError};
pub use config::Platforms;
pub use wire::{ItemRequest, PaymentStatus, Transaction, TransactionRequest};
