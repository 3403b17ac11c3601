use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::AuditRow;
use crate::db::schema::audit_log;

/// The newest entries of one office, newest first.
pub fn entries_for_tenant(
    conn: &mut DbConnection,
    tenant: &str,
    limit: i64,
) -> diesel::QueryResult<Vec<AuditRow>> {
    audit_log::table
        .filter(audit_log::tenant.eq(tenant))
        .order(audit_log::seq.desc())
        .limit(limit)
        .select(AuditRow::as_select())
        .load(conn)
}

/// Every entry about one record of one office, oldest first.
pub fn entries_for_subject(
    conn: &mut DbConnection,
    tenant: &str,
    subject: &str,
) -> diesel::QueryResult<Vec<AuditRow>> {
    audit_log::table
        .filter(audit_log::tenant.eq(tenant))
        .filter(audit_log::subject.eq(subject))
        .order(audit_log::seq)
        .select(AuditRow::as_select())
        .load(conn)
}
