//! Recent certificate lookups, kept for a moment.
//!
//! Inspectors and employers check the same codes again and again, and a lookup is a
//! public route: without this, every one of them is a database round trip, and a
//! crowd of them (or someone guessing codes) competes with the learners for the
//! connections. An answer — a certificate, a deleted one's tombstone, or not found — is
//! reused for
//! `BELEHRUNG_LOOKUP_CACHE_SECONDS` (1 by default, 0 turns it off).
//!
//! A revocation made through this instance is seen at once by every lookup that starts
//! after it (the entry is dropped).
//! One made elsewhere, on another instance or from the command line, shows after at
//! most that many seconds. "Not found" is safe to reuse: codes are random, so nobody
//! asks for one before it is issued.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use crate::domain::CertificateCode;
use crate::service::Lookup;

/// Enough for every code a Land's inspectors check in a busy minute; guessed codes
/// cannot push out the others for long (the cache evicts rarely used entries first).
const CAPACITY: usize = 10_000;

/// What the database said about a code, and when.
#[derive(Clone)]
struct Answer {
    at: Instant,
    found: Option<Arc<Lookup>>,
}

#[derive(Clone)]
pub struct LookupCache {
    answers: Option<Arc<quick_cache::sync::Cache<CertificateCode, Answer>>>,
    fresh_for: Duration,
    /// The database questions under way, one per code: when an answer expires, the
    /// crowd asking for that code waits for one query instead of sending one each.
    flights: Arc<Mutex<HashMap<CertificateCode, Arc<Flight>>>>,
    /// When a code's answer was last dropped here (a revocation): an answer asked
    /// before that is not stored, however late its query finishes.
    forgotten: Arc<Mutex<HashMap<CertificateCode, Instant>>>,
}

/// One database question about a code, shared by everyone who asks meanwhile: the
/// answer, or why the query failed.
pub type Flight = OnceCell<Result<Option<Arc<Lookup>>, FlightError>>;

/// A failed shared query, told to every asker as the leader was told.
#[derive(Debug, Clone)]
pub enum FlightError {
    Unavailable(String),
    Internal(String),
}

/// The cached answer for a code: found (a certificate, or a deleted one's tombstone),
/// not found, or not known here.
pub enum Cached {
    Found(Arc<Lookup>),
    NotFound,
    Unknown,
}

impl LookupCache {
    pub fn new(fresh_for: Duration) -> Self {
        Self {
            answers: (!fresh_for.is_zero())
                .then(|| Arc::new(quick_cache::sync::Cache::new(CAPACITY))),
            fresh_for,
            flights: Arc::default(),
            forgotten: Arc::default(),
        }
    }

    /// The question about `code` under way, or a new one.
    pub fn flight(&self, code: &CertificateCode) -> Arc<Flight> {
        let mut flights = self.flights.lock().unwrap_or_else(PoisonError::into_inner);
        flights.entry(code.clone()).or_default().clone()
    }

    /// The question has its answer: later askers use the cache (or ask anew).
    pub fn landed(&self, code: &CertificateCode, flight: &Arc<Flight>) {
        let mut flights = self.flights.lock().unwrap_or_else(PoisonError::into_inner);
        if flights.get(code).is_some_and(|f| Arc::ptr_eq(f, flight)) {
            flights.remove(code);
        }
    }

    pub fn get(&self, code: &CertificateCode) -> Cached {
        let Some(answers) = &self.answers else {
            return Cached::Unknown;
        };
        match answers.get(code) {
            Some(answer) if answer.at.elapsed() < self.fresh_for => match answer.found {
                Some(found) => Cached::Found(found),
                None => Cached::NotFound,
            },
            _ => Cached::Unknown,
        }
    }

    /// Remembers an answer read at `at`, taken before the database was asked: an
    /// answer is never thought younger than it is.
    pub fn put(&self, code: &CertificateCode, at: Instant, found: Option<Arc<Lookup>>) {
        let Some(answers) = &self.answers else {
            return;
        };
        // Under the lock that `forget` takes: a revocation lands before or after this.
        let forgotten = self
            .forgotten
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if forgotten.get(code).is_some_and(|dropped| at <= *dropped) {
            return;
        }
        answers.insert(code.clone(), Answer { at, found });
    }

    /// Drops a code's answer after it changed here (a revocation): a lookup that
    /// starts afterwards asks the database, not a question asked before.
    pub fn forget(&self, code: &CertificateCode) {
        let now = Instant::now();
        let mut forgotten = self
            .forgotten
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // An answer older than the cache time is never served: neither is its mark.
        forgotten.retain(|_, dropped| now.duration_since(*dropped) < self.fresh_for);
        forgotten.insert(code.clone(), now);
        if let Some(answers) = &self.answers {
            answers.remove(code);
        }
        drop(forgotten);
        let mut flights = self.flights.lock().unwrap_or_else(PoisonError::into_inner);
        flights.remove(code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_question_per_code_until_it_lands_or_the_code_changes() {
        let cache = LookupCache::new(Duration::from_secs(1));
        let code = CertificateCode::generate();
        let other = CertificateCode::generate();
        let first = cache.flight(&code);
        assert!(
            Arc::ptr_eq(&first, &cache.flight(&code)),
            "askers meanwhile share it"
        );
        assert!(
            !Arc::ptr_eq(&first, &cache.flight(&other)),
            "another code asks apart"
        );
        cache.landed(&code, &first);
        let second = cache.flight(&code);
        assert!(
            !Arc::ptr_eq(&first, &second),
            "after landing, a new question"
        );
        // A revocation here: who asks afterwards does not join a question asked before.
        cache.forget(&code);
        assert!(!Arc::ptr_eq(&second, &cache.flight(&code)));
        // An older question landing late leaves the newer one in place.
        let newest = cache.flight(&code);
        cache.landed(&code, &second);
        assert!(Arc::ptr_eq(&newest, &cache.flight(&code)));
    }

    #[test]
    fn an_answer_asked_before_a_revocation_is_not_stored_after_it() {
        let cache = LookupCache::new(Duration::from_secs(60));
        let code = CertificateCode::generate();
        let asked = Instant::now();
        // The revocation lands while the query that started before it is still running.
        cache.forget(&code);
        cache.put(&code, asked, None);
        assert!(
            matches!(cache.get(&code), Cached::Unknown),
            "the stale answer is dropped"
        );
        // An answer asked afterwards is kept.
        cache.put(&code, Instant::now(), None);
        assert!(matches!(cache.get(&code), Cached::NotFound));
    }
}
