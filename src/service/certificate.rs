use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::tombstone::{DeletedCertificate, deleted_certificate};
use super::{Context, Error};
use crate::certificate::keystore::DevelopmentKeys;
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::models::{CertificateRow, DeclarationRow, EnrolmentRow};
use crate::db::schema::{certificates, declarations, enrolments, issued_pdfs};
use crate::domain::{CertificateCode, IdentityCheck, RepresentativeRole, RevocationCategory};

/// A certificate as an employer or an inspector sees it, with a code and no login: what
/// the holder's paper shows anyway, and whether it still holds. Never the guardian's
/// name nor the office's own words about a revocation (they may name an illness): those
/// are in [`StaffDetails`].
#[derive(Debug, Clone, Serialize)]
pub struct CertificateView {
    pub code: String,
    pub status: CertificateStatus,
    pub holder: Holder,
    pub instructed_at: DateTime<Utc>,
    pub declared_at: DateTime<Utc>,
    pub issuer: Issuer,
    pub course: CourseRef,
    /// How the office made sure the holder is the person named: `none` means the
    /// certificate holds only together with an official photo ID.
    pub identity: IdentityCheck,
    /// A representative declared for the holder (§43 Abs. 6 IfSG).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub declared_by_guardian: bool,
    /// As what the representative declared: `parent`, `guardian` or `carer` (an adult's
    /// legal carer, who also sets `declared_by_guardian`); absent for declarations made
    /// before the role was asked. Never their name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub representative_role: Option<RepresentativeRole>,
    /// Signed with a development key: a test, not a valid certificate, whatever
    /// `status` says. True when the office signs with a development key now, or when
    /// a PDF of this certificate was ever sealed with one.
    pub development_key: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocation_category: Option<RevocationCategory>,
}

impl CertificateView {
    /// The last day on which the certificate may be shown for a first taking up of the
    /// work: three months after it was issued (§ 43 Abs. 1 IfSG), the months counted as
    /// § 188 Abs. 2 and 3 BGB counts them (a day the month lacks is its last day). After
    /// that first start it stays valid without a limit.
    pub fn first_work_deadline(&self) -> chrono::NaiveDate {
        three_months_after(
            self.declared_at
                .with_timezone(&chrono_tz::Europe::Berlin)
                .date_naive(),
        )
    }
}

fn three_months_after(day: chrono::NaiveDate) -> chrono::NaiveDate {
    day.checked_add_months(chrono::Months::new(3))
        .unwrap_or(day)
}

/// What only the office's staff see of a certificate.
#[derive(Debug, Clone)]
pub struct StaffDetails {
    pub guardian: Option<Guardian>,
    pub revocation_note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateStatus {
    Valid,
    Revoked,
}

#[derive(Debug, Clone, Serialize)]
pub struct Holder {
    pub given_name: String,
    pub family_name: String,
    pub birth_date: chrono::NaiveDate,
    /// The passport's Latin spelling, which the PDF and the QR code carry, for a name
    /// written in a script the certificate does not print (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latin: Option<LatinName>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LatinName {
    pub given_name: String,
    pub family_name: String,
}

/// The Latin spelling of an enrolment's name, if it has one.
fn latin_name(given: Option<String>, family: Option<String>) -> Option<LatinName> {
    given
        .zip(family)
        .map(|(given_name, family_name)| LatinName {
            given_name,
            family_name,
        })
}

#[derive(Debug, Clone, Serialize)]
pub struct Guardian {
    pub given_name: String,
    pub family_name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Issuer {
    pub tenant: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CourseRef {
    pub id: String,
    pub version: String,
    pub language: String,
    pub declaration_version: String,
}

/// What the public lookup knows of a code.
#[derive(Debug, Clone)]
pub enum Lookup {
    Certificate(Box<CertificateView>),
    /// Deleted after its office's retention period (see `tombstone`).
    Deleted(DeletedCertificate),
}

/// The public view of a certificate, or what is left of a deleted one; `NotFound` for a
/// code never issued.
pub fn lookup_certificate(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<Lookup, Error> {
    match certificate_details(ctx, conn, code) {
        Ok((view, _)) => Ok(Lookup::Certificate(Box::new(view))),
        Err(Error::NotFound(what)) => deleted_certificate(ctx, conn, code)?
            .map(Lookup::Deleted)
            .ok_or(Error::NotFound(what)),
        Err(e) => Err(e),
    }
}

/// The public view and what only staff see. Callers check the staff member's office.
pub fn certificate_details(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<(CertificateView, StaffDetails), Error> {
    let content = &ctx.content;
    let compact = code.compact();
    let (certificate, enrolment, declaration): (CertificateRow, EnrolmentRow, DeclarationRow) =
        crate::on_backend!(conn, |c| certificates::table
            .inner_join(enrolments::table)
            .inner_join(
                declarations::table.on(declarations::enrolment_id.eq(certificates::enrolment_id)),
            )
            .filter(certificates::code.eq(&compact))
            .select((
                CertificateRow::as_select(),
                EnrolmentRow::as_select(),
                DeclarationRow::as_select(),
            ))
            // `code` is unique: no LIMIT. SQLite re-prepares a statement whose LIMIT is a
            // bound parameter every time it is bound, as `first` would do.
            .get_result(c)
            .optional())?
        .ok_or(Error::NotFound("certificate"))?;
    let issuer_name = content
        .tenant(&certificate.tenant)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| certificate.tenant.clone());
    let guardian = match (
        declaration.guardian_given_name,
        declaration.guardian_family_name,
    ) {
        (Some(given_name), Some(family_name)) => Some(Guardian {
            given_name,
            family_name,
        }),
        _ => None,
    };
    let development_keys = ctx.keys.development_keys(&certificate.tenant)?;
    let development_key =
        development_keys.current || sealed_with_development_key(conn, &development_keys, compact)?;
    let category = certificate
        .revocation_reason
        .as_deref()
        .map(RevocationCategory::from_stored);
    let view = CertificateView {
        code: code.to_string(),
        status: if certificate.revoked_at.is_some() {
            CertificateStatus::Revoked
        } else {
            CertificateStatus::Valid
        },
        holder: Holder {
            given_name: enrolment.given_name,
            family_name: enrolment.family_name,
            birth_date: enrolment.birth_date,
            latin: latin_name(enrolment.given_name_latin, enrolment.family_name_latin),
        },
        instructed_at: from_db(certificate.instructed_at),
        declared_at: from_db(declaration.declared_at),
        issuer: Issuer {
            tenant: certificate.tenant,
            name: issuer_name,
        },
        course: CourseRef {
            id: enrolment.course,
            version: declaration.course_version,
            language: declaration.language,
            declaration_version: declaration.text_version,
        },
        identity: IdentityCheck::from_stored(
            &certificate.identity_method,
            certificate.identity_checked_on,
            certificate.identity_level.as_deref(),
        ),
        declared_by_guardian: guardian.is_some(),
        representative_role: declaration
            .guardian_role
            .as_deref()
            .and_then(RepresentativeRole::parse),
        development_key,
        revoked_at: certificate.revoked_at.map(from_db),
        revocation_category: category,
    };
    Ok((
        view,
        StaffDetails {
            guardian,
            revocation_note: certificate.revocation_note,
        },
    ))
}

/// Whether a PDF of certificate `compact` was ever sealed with one of its office's
/// `development_keys`. The files sealed for it are asked about only when the office has
/// development keys at all.
pub(super) fn sealed_with_development_key(
    conn: &mut DbConnection,
    development_keys: &DevelopmentKeys,
    compact: &str,
) -> Result<bool, Error> {
    if development_keys.kids.is_empty() {
        return Ok(false);
    }
    let sealed_with: Vec<String> = issued_pdfs::table
        .filter(issued_pdfs::code.eq(compact))
        .select(issued_pdfs::kid)
        .distinct()
        .load(conn)?;
    Ok(sealed_with
        .iter()
        .any(|kid| development_keys.kids.contains(kid)))
}

#[cfg(test)]
mod deadline_tests {
    use chrono::NaiveDate;

    use super::three_months_after;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn three_months_end_on_the_same_day_or_the_last_of_the_month() {
        assert_eq!(three_months_after(day(2026, 1, 15)), day(2026, 4, 15));
        assert_eq!(three_months_after(day(2026, 11, 30)), day(2027, 2, 28));
        assert_eq!(three_months_after(day(2027, 11, 30)), day(2028, 2, 29));
        assert_eq!(three_months_after(day(2026, 12, 4)), day(2027, 3, 4));
    }
}
