use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde_json::Value;

use crate::clock::to_db;
use crate::db::DbConnection;
use crate::db::models::AuditRow;
use crate::db::schema::{audit_head, audit_log};

/// Who did it: a staff member by login, the command line, or the service itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Staff(String),
    CommandLine,
    System,
}

impl Actor {
    pub fn label(&self) -> String {
        match self {
            Self::Staff(login) => format!("staff:{login}"),
            Self::CommandLine => "cli".to_string(),
            Self::System => "system".to_string(),
        }
    }
}

/// Appends one entry. Call it inside the transaction of the action it records, so that
/// the action and its entry are committed together or not at all.
pub fn append(
    conn: &mut DbConnection,
    at: DateTime<Utc>,
    tenant: &str,
    actor: &Actor,
    action: &str,
    subject: Option<&str>,
    detail: Value,
) -> diesel::QueryResult<()> {
    conn.transaction(|conn| {
        // Writing the head first takes its lock: concurrent writers line up here, so
        // sequence numbers stay gapless and each entry links to its true predecessor.
        diesel::update(audit_head::table.find(1_i64))
            .set(audit_head::seq.eq(audit_head::seq + 1))
            .execute(conn)?;
        let (seq, prev_hash): (i64, String) = audit_head::table
            .find(1_i64)
            .select((audit_head::seq, audit_head::hash))
            .get_result(conn)?;
        let mut row = AuditRow {
            seq,
            tenant: tenant.to_string(),
            at: to_db(at),
            actor: actor.label(),
            action: action.to_string(),
            subject: subject.map(str::to_string),
            detail: detail.to_string(),
            prev_hash,
            hash: String::new(),
        };
        row.hash = super::chain::entry_hash(&row);
        diesel::insert_into(audit_log::table)
            .values(&row)
            .execute(conn)?;
        diesel::update(audit_head::table.find(1_i64))
            .set(audit_head::hash.eq(&row.hash))
            .execute(conn)?;
        Ok(())
    })
}
