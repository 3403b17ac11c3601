use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::AuditRow;
use crate::db::schema::{audit_head, audit_log};

/// The hash of an entry: SHA-256 over its fields and its predecessor's hash, encoded as
/// a JSON array so that no field can bleed into the next.
pub(super) fn entry_hash(row: &AuditRow) -> String {
    let canonical = serde_json::json!([
        row.seq,
        row.tenant,
        row.at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
        row.actor,
        row.action,
        row.subject,
        row.detail,
        row.prev_hash,
    ]);
    crate::secret::sha256_hex(canonical.to_string().as_bytes())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub entries: i64,
    /// The hash of the last entry: an operator who notes it outside the database can
    /// later prove that the log was not rewritten as a whole.
    pub head_hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("audit log broken at entry {seq}: {reason}")]
pub struct ChainBreak {
    pub seq: i64,
    pub reason: String,
}

const BATCH: i64 = 1000;

/// Walks the whole chain from the first entry to the head.
pub fn verify_chain(conn: &mut DbConnection) -> anyhow::Result<Result<ChainReport, ChainBreak>> {
    let mut expected_seq = 1_i64;
    let mut prev_hash = String::new();
    loop {
        let batch: Vec<AuditRow> = audit_log::table
            .filter(audit_log::seq.ge(expected_seq))
            .order(audit_log::seq)
            .limit(BATCH)
            .select(AuditRow::as_select())
            .load(conn)?;
        let done = (batch.len() as i64) < BATCH;
        for row in batch {
            let broken = |reason: &str| ChainBreak {
                seq: expected_seq,
                reason: reason.to_string(),
            };
            if row.seq != expected_seq {
                return Ok(Err(broken(&format!(
                    "missing (the next entry present is {})",
                    row.seq
                ))));
            }
            if row.prev_hash != prev_hash {
                return Ok(Err(broken("does not link to the entry before it")));
            }
            if entry_hash(&row) != row.hash {
                return Ok(Err(broken("its content was changed after it was written")));
            }
            prev_hash = row.hash;
            expected_seq += 1;
        }
        if done {
            break;
        }
    }
    let (head_seq, head_hash): (i64, String) = audit_head::table
        .find(1_i64)
        .select((audit_head::seq, audit_head::hash))
        .first(conn)?;
    let last = expected_seq - 1;
    if head_seq != last || head_hash != prev_hash {
        return Ok(Err(ChainBreak {
            seq: head_seq.max(last),
            reason: format!(
                "the log ends at entry {last}, but {head_seq} entries were written (entries at the end were deleted)"
            ),
        }));
    }
    Ok(Ok(ChainReport {
        entries: last,
        head_hash: prev_hash,
    }))
}
