use chrono::{DateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::Error;
use crate::clock::from_db;
use crate::course::Content;
use crate::db::DbConnection;
use crate::db::models::{CertificateRow, DeclarationRow, EnrolmentRow};
use crate::db::schema::{certificates, declarations, enrolments};
use crate::domain::CertificateCode;

/// A certificate as the health office, an employer or an inspector sees it.
#[derive(Debug, Clone, Serialize)]
pub struct CertificateView {
    pub code: String,
    pub status: CertificateStatus,
    pub holder: Holder,
    pub instructed_at: DateTime<Utc>,
    pub declared_at: DateTime<Utc>,
    pub issuer: Issuer,
    pub course: CourseRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guardian: Option<Guardian>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
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

pub fn lookup_certificate(
    content: &Content,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<CertificateView, Error> {
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
    Ok(CertificateView {
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
        guardian,
        revoked_at: certificate.revoked_at.map(from_db),
        revocation_reason: certificate.revocation_reason,
    })
}
