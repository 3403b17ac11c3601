//! Recent certificate lookups, kept for a moment.
//!
//! Inspectors and employers check the same codes again and again, and a lookup is a
//! public route: without this, every one of them is a database round trip, and a
//! crowd of them (or someone guessing codes) competes with the learners for the
//! connections. An answer, found or not found, is reused for
//! `BELEHRUNG_LOOKUP_CACHE_SECONDS` (1 by default, 0 turns it off).
//!
//! A revocation made through this instance is seen at once by every lookup that starts
//! after it (the entry is dropped).
//! One made elsewhere, on another instance or from the command line, shows after at
//! most that many seconds. "Not found" is safe to reuse: codes are random, so nobody
//! asks for one before it is issued.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::domain::CertificateCode;
use crate::service::CertificateView;

/// Enough for every code a Land's inspectors check in a busy minute; guessed codes
/// cannot push out the others for long (the cache evicts rarely used entries first).
const CAPACITY: usize = 10_000;

/// What the database said about a code, and when.
#[derive(Clone)]
struct Answer {
    at: Instant,
    view: Option<Arc<CertificateView>>,
}

#[derive(Clone)]
pub struct LookupCache {
    answers: Option<Arc<quick_cache::sync::Cache<CertificateCode, Answer>>>,
    fresh_for: Duration,
}

/// The cached answer for a code: found, not found, or not known here.
pub enum Cached {
    Found(Arc<CertificateView>),
    NotFound,
    Unknown,
}

impl LookupCache {
    pub fn new(fresh_for: Duration) -> Self {
        Self {
            answers: (!fresh_for.is_zero())
                .then(|| Arc::new(quick_cache::sync::Cache::new(CAPACITY))),
            fresh_for,
        }
    }

    pub fn get(&self, code: &CertificateCode) -> Cached {
        let Some(answers) = &self.answers else {
            return Cached::Unknown;
        };
        match answers.get(code) {
            Some(answer) if answer.at.elapsed() < self.fresh_for => match answer.view {
                Some(view) => Cached::Found(view),
                None => Cached::NotFound,
            },
            _ => Cached::Unknown,
        }
    }

    /// Remembers an answer read at `at`, taken before the database was asked: an
    /// answer is never thought younger than it is.
    pub fn put(&self, code: &CertificateCode, at: Instant, view: Option<Arc<CertificateView>>) {
        if let Some(answers) = &self.answers {
            answers.insert(code.clone(), Answer { at, view });
        }
    }

    /// Drops a code's answer after it changed here (a revocation).
    pub fn forget(&self, code: &CertificateCode) {
        if let Some(answers) = &self.answers {
            answers.remove(code);
        }
    }
}
