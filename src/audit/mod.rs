//! The append-only audit log: who did what, when, to which record. Entries are chained by
//! SHA-256 hashes, so a changed, inserted or deleted entry breaks the chain and
//! `belehrung audit verify` names it. Entries carry codes and counts, never names or
//! birth dates: the log outlives the personal data it speaks of.

mod chain;
mod entry;
mod read;

pub use chain::{ChainBreak, ChainReport, verify_chain};
pub use entry::{Actor, append};
pub use read::{entries_for_subject, entries_for_tenant};
