//! What staff do that the office's audit log records: each lookup and its entry in one
//! transaction under the write gate, so that nothing is shown that was not logged.

use chrono::NaiveDate;
use serde_json::json;

use super::{
    CertificateRecord, FigureRow, Found, PersonQuery, certificate_record, figures, find_by_person,
};
use crate::audit::{self, Actor};
use crate::db::Writer;
use crate::domain::CertificateCode;
use crate::service::{Context, Error};

/// A staff member of `tenant`, as the log names them.
#[derive(Debug, Clone)]
pub struct StaffActor {
    pub tenant: String,
    pub login: String,
}

impl StaffActor {
    pub(super) fn actor(&self) -> Actor {
        Actor::Staff(self.login.clone())
    }
}

/// One certificate of the staff member's office, the view logged.
pub fn view_certificate(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    code: &CertificateCode,
) -> Result<CertificateRecord, Error> {
    conn.transaction(|conn| {
        let record = certificate_record(ctx, conn, &who.tenant, code)?;
        let now = ctx.clock.now();
        audit::append(
            conn,
            now,
            &who.tenant,
            &who.actor(),
            "certificate.viewed",
            Some(code.compact()),
            json!({}),
        )?;
        Ok(record)
    })
}

/// An attempt at another office's certificate (or none at all), logged as refused.
pub fn note_refused(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    code: &CertificateCode,
    attempt: &'static str,
) -> Result<(), Error> {
    let detail = json!({"attempt": attempt, "reason": "not a certificate of this office"});
    audit::append(
        conn,
        ctx.clock.now(),
        &who.tenant,
        &who.actor(),
        "certificate.refused",
        Some(code.compact()),
        detail,
    )?;
    Ok(())
}

/// The office's certificates of one person; the log says who searched and how many
/// records it showed, never for whom.
pub fn search_person(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    query: &PersonQuery<'_>,
) -> Result<Vec<Found>, Error> {
    conn.transaction(|conn| {
        let found = find_by_person(conn, &who.tenant, query)?;
        let detail = json!({"by": "person", "results": found.len()});
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "certificate.searched",
            None,
            detail,
        )?;
        Ok(found)
    })
}

/// The office's figures for a period; an export is logged.
pub fn export_figures(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<FigureRow>, Error> {
    conn.transaction(|conn| {
        let rows = figures(conn, &who.tenant, from, to)?;
        let detail = json!({"from": from, "to": to});
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "figures.exported",
            None,
            detail,
        )?;
        Ok(rows)
    })
}

/// Ends a staff session and logs the logout.
pub fn log_out(
    ctx: &Context,
    conn: &mut Writer<'_>,
    who: &StaffActor,
    token: &str,
) -> Result<(), Error> {
    conn.transaction(|conn| {
        crate::staff::end_session(conn, token)?;
        let subject = Some(who.login.as_str());
        audit::append(
            conn,
            ctx.clock.now(),
            &who.tenant,
            &who.actor(),
            "staff.logout",
            subject,
            json!({}),
        )?;
        Ok(())
    })
}
