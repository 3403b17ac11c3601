//! Failed staff logins, counted per (account, client) and per client for any account.
//!
//! A lock never spans clients: whoever guesses at an account from one address locks
//! only that address out of it, and the account's holder logs in from elsewhere. The
//! counts live in the database, so they hold across every instance of a deployment.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;

use crate::clock::{from_db, to_db};
use crate::db::DbConnection;
use crate::db::models::NewLoginThrottle;
use crate::db::schema::login_throttle;
use crate::domain::ClientAddr;

/// The account key of the row that counts a client's failures for any account. No login
/// name can contain `*`.
const ANY_ACCOUNT: &str = "*";
/// Names that cannot be a login share one key: they cannot succeed, and a client must
/// not be able to fill the table with invented names.
const NO_ACCOUNT: &str = "?";

/// How many failures lock, and for how long.
#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    /// Failures of one client at one account before it is locked out of that account.
    pub per_account: i64,
    /// Failures of one client at any accounts before it is locked out of all of them.
    pub per_client: i64,
    /// The first lock; each further failure doubles it.
    pub first_lock: TimeDelta,
    pub longest_lock: TimeDelta,
    /// A count starts over after this long without a failure.
    pub memory: TimeDelta,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            per_account: 5,
            per_client: 20,
            first_lock: TimeDelta::minutes(1),
            longest_lock: TimeDelta::hours(1),
            memory: TimeDelta::days(1),
        }
    }
}

/// A login attempt's place in the counts, taken before its password is checked.
pub(super) struct Reservation {
    account: String,
    client: String,
}

/// One row as read under its lock.
#[derive(Clone, Copy)]
struct Count {
    failures: i64,
    last_failure_at: NaiveDateTime,
}

impl ThrottlePolicy {
    /// How long a row with `count` stays locked after `now`, given `limit`.
    fn lock_left(&self, count: Count, limit: i64, now: DateTime<Utc>) -> Option<TimeDelta> {
        if count.failures < limit {
            return None;
        }
        let doublings = u32::try_from(count.failures - limit)
            .unwrap_or(u32::MAX)
            .min(30);
        let lock = self
            .first_lock
            .checked_mul(1 << doublings)
            .map_or(self.longest_lock, |lock| lock.min(self.longest_lock));
        let left = from_db(count.last_failure_at) + lock - now;
        (left > TimeDelta::zero()).then_some(left)
    }

    fn forgotten(&self, count: Count, now: DateTime<Utc>) -> bool {
        from_db(count.last_failure_at) + self.memory <= now
    }

    /// Counts an attempt as failed before its password is checked, or says how long the
    /// client must wait. The rows are taken for update first, always the client's row
    /// before the account's, so that concurrent attempts queue here: of 40 at once, only
    /// as many as the limit allows get to test a password. A client locked out of all
    /// accounts adds no rows, whatever names it tries.
    pub(super) fn reserve(
        &self,
        conn: &mut DbConnection,
        now: DateTime<Utc>,
        login: &str,
        client: ClientAddr,
    ) -> diesel::QueryResult<Result<Reservation, TimeDelta>> {
        let account = account_key(login);
        let client = client.to_string();
        conn.transaction(|conn| {
            let mut counts = Vec::with_capacity(2);
            for (key, limit) in [
                (ANY_ACCOUNT, self.per_client),
                (account.as_str(), self.per_account),
            ] {
                let mut count = lock_row(conn, now, key, &client)?;
                if self.forgotten(count, now) {
                    count.failures = 0;
                }
                if let Some(wait) = self.lock_left(count, limit, now) {
                    return Ok(Err(wait));
                }
                counts.push((key, count));
            }
            for (key, count) in counts {
                diesel::update(login_throttle::table.find((key, &client)))
                    .set((
                        login_throttle::failures.eq(count.failures + 1),
                        login_throttle::last_failure_at.eq(to_db(now)),
                    ))
                    .execute(conn)?;
            }
            Ok(Ok(Reservation { account, client }))
        })
    }

    /// After a successful login: the attempt no longer counts against the client, and
    /// the client's count at this account is cleared (rows in the same order as in
    /// [`ThrottlePolicy::reserve`]). Its failures at other accounts stay.
    pub(super) fn succeeded(
        &self,
        conn: &mut DbConnection,
        reservation: &Reservation,
    ) -> diesel::QueryResult<()> {
        diesel::update(
            login_throttle::table
                .find((ANY_ACCOUNT, &reservation.client))
                .filter(login_throttle::failures.gt(0)),
        )
        .set(login_throttle::failures.eq(login_throttle::failures - 1))
        .execute(conn)?;
        diesel::delete(login_throttle::table.find((&reservation.account, &reservation.client)))
            .execute(conn)?;
        Ok(())
    }
}

fn account_key(login: &str) -> String {
    let valid = (2..=64).contains(&login.len())
        && login
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if valid {
        login.to_string()
    } else {
        NO_ACCOUNT.to_string()
    }
}

/// The row of (`account`, `client`), created empty if missing, locked for the rest of
/// the transaction: the upsert's write takes PostgreSQL's row lock and SQLite's write
/// lock before anything is read.
fn lock_row(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    account: &str,
    client: &str,
) -> diesel::QueryResult<Count> {
    let fresh = NewLoginThrottle {
        login: account,
        client,
        failures: 0,
        last_failure_at: to_db(now),
    };
    let (failures, last_failure_at) =
        crate::on_backend!(conn, |c| diesel::insert_into(login_throttle::table)
            .values(&fresh)
            .on_conflict((login_throttle::login, login_throttle::client))
            .do_update()
            .set(login_throttle::failures.eq(login_throttle::failures))
            .returning((login_throttle::failures, login_throttle::last_failure_at))
            .get_result::<(i64, NaiveDateTime)>(c))?;
    Ok(Count {
        failures,
        last_failure_at,
    })
}

/// Rows whose last failure is older than the policy's memory (the retention job).
pub fn forget_old_failures(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    policy: &ThrottlePolicy,
) -> diesel::QueryResult<usize> {
    diesel::delete(
        login_throttle::table
            .filter(login_throttle::last_failure_at.lt(to_db(now - policy.memory))),
    )
    .execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0)
            .single()
            .expect("instant")
            + TimeDelta::seconds(seconds)
    }

    fn count(failures: i64, last: i64) -> Count {
        Count {
            failures,
            last_failure_at: to_db(at(last)),
        }
    }

    #[test]
    fn locks_start_at_the_limit_and_double_up_to_the_longest() {
        let policy = ThrottlePolicy::default();
        assert_eq!(policy.lock_left(count(4, 0), 5, at(0)), None);
        assert_eq!(
            policy.lock_left(count(5, 0), 5, at(0)),
            Some(TimeDelta::minutes(1))
        );
        assert_eq!(policy.lock_left(count(5, 0), 5, at(60)), None);
        assert_eq!(
            policy.lock_left(count(6, 0), 5, at(0)),
            Some(TimeDelta::minutes(2))
        );
        assert_eq!(
            policy.lock_left(count(8, 0), 5, at(0)),
            Some(TimeDelta::minutes(8))
        );
        assert_eq!(
            policy.lock_left(count(12, 0), 5, at(0)),
            Some(TimeDelta::hours(1))
        );
        assert_eq!(
            policy.lock_left(count(i64::MAX, 0), 5, at(0)),
            Some(TimeDelta::hours(1))
        );
        assert!(policy.forgotten(count(9, 0), at(86_400)));
        assert!(!policy.forgotten(count(9, 0), at(86_399)));
    }

    #[test]
    fn names_that_cannot_be_logins_share_one_key() {
        assert_eq!(account_key("anna"), "anna");
        assert_eq!(account_key("x".repeat(5000).as_str()), NO_ACCOUNT);
        assert_eq!(account_key("ANNA"), NO_ACCOUNT);
        assert_eq!(account_key(""), NO_ACCOUNT);
        assert_ne!(account_key("*"), ANY_ACCOUNT);
    }
}
