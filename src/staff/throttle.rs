use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;

use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::NewLoginFailure;
use crate::db::schema::login_failures;

/// How many failed logins lock further attempts, per account and per client address.
/// Kept in the database, so the limit holds across every instance of a deployment.
#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    pub window: TimeDelta,
    pub per_account: i64,
    pub per_client: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            window: TimeDelta::minutes(15),
            per_account: 5,
            per_client: 20,
        }
    }
}

impl ThrottlePolicy {
    pub(super) fn is_locked(
        &self,
        conn: &mut DbConnection,
        now: DateTime<Utc>,
        login: &str,
        client: &str,
    ) -> diesel::QueryResult<bool> {
        let since = to_db(now - self.window);
        let by_account: i64 = login_failures::table
            .filter(login_failures::login.eq(login))
            .filter(login_failures::failed_at.gt(since))
            .count()
            .get_result(conn)?;
        if by_account >= self.per_account {
            return Ok(true);
        }
        let by_client: i64 = login_failures::table
            .filter(login_failures::client.eq(client))
            .filter(login_failures::failed_at.gt(since))
            .count()
            .get_result(conn)?;
        Ok(by_client >= self.per_client)
    }

    pub(super) fn record_failure(
        &self,
        conn: &mut DbConnection,
        now: DateTime<Utc>,
        login: &str,
        client: &str,
    ) -> diesel::QueryResult<()> {
        diesel::insert_into(login_failures::table)
            .values(NewLoginFailure {
                id: uuid::Uuid::new_v4().to_string(),
                login: login.to_string(),
                client: client.to_string(),
                failed_at: to_db(now),
            })
            .execute(conn)?;
        Ok(())
    }

    pub(super) fn forget_account(
        &self,
        conn: &mut DbConnection,
        login: &str,
    ) -> diesel::QueryResult<()> {
        diesel::delete(login_failures::table.filter(login_failures::login.eq(login)))
            .execute(conn)?;
        Ok(())
    }
}
