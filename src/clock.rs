//! The one source of "now". Production reads the system clock; tests and simulations
//! move a manual clock so that rules about real time can be checked without waiting.

use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Timelike, Utc};
use chrono_tz::Europe::Berlin;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// Today's date where the health offices are.
    fn today_in_germany(&self) -> NaiveDate {
        self.now().with_timezone(&Berlin).date_naive()
    }
}

#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to, or, once set running, also with the
/// machine's time (for checks against a program outside that reads the real clock).
#[derive(Debug)]
pub struct ManualClock(Mutex<Hands>);

#[derive(Debug)]
struct Hands {
    at: DateTime<Utc>,
    /// Since when it runs: `now` is `at` plus the time passed since then.
    running_since: Option<std::time::Instant>,
}

impl Hands {
    fn now(&self) -> DateTime<Utc> {
        let run = self
            .running_since
            .map(|since| TimeDelta::from_std(since.elapsed()).unwrap_or(TimeDelta::MAX))
            .unwrap_or_default();
        self.at + run
    }
}

impl ManualClock {
    pub fn starting_at(now: DateTime<Utc>) -> Self {
        Self(Mutex::new(Hands {
            at: now,
            running_since: None,
        }))
    }

    fn hands(&self) -> std::sync::MutexGuard<'_, Hands> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn advance(&self, by: TimeDelta) {
        self.hands().at += by;
    }

    /// Lets the clock run from the time it shows, as a real one does (so that retries a
    /// second away come due); `advance` still moves it on.
    pub fn run(&self) {
        let mut hands = self.hands();
        hands.at = hands.now();
        hands.running_since = Some(std::time::Instant::now());
    }

    /// Sets the clock to the machine's time and lets it run from there.
    pub fn run_with_the_machine(&self) {
        let mut hands = self.hands();
        hands.at = Utc::now();
        hands.running_since = Some(std::time::Instant::now());
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.hands().now()
    }
}

/// A UTC instant as stored: microseconds, the precision both databases keep, so that
/// what was written compares equal to what is read back.
pub fn to_db(t: DateTime<Utc>) -> NaiveDateTime {
    let naive = t.naive_utc();
    naive
        .with_nanosecond(naive.nanosecond() / 1_000 * 1_000)
        .unwrap_or(naive)
}

pub fn from_db(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}
