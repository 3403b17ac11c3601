//! Building, signing and sealing a certificate's PDF from its record.

use std::sync::Arc;

use crate::secret::sha256_hex;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Berlin;
use diesel::prelude::*;

use super::{Context, Error, Refusal};
use crate::certificate::claims::{CertificateClaims, qr_payload};
use crate::certificate::{self, CertificateDocument, Issuer, SigningIdentity, jws};
use crate::clock::{from_db, to_db};
use crate::db::models::{CertificateRow, DeclarationRow, EnrolmentRow, IssuedPdfRow};
use crate::db::schema::{certificates, declarations, enrolments, issued_pdfs};
use crate::db::{DbConnection, Writer};
use crate::domain::{CertificateCode, EnrolmentId, IdentityCheck, RepresentativeRole};

/// A rendered and sealed certificate.
pub struct SealedPdf {
    pub bytes: Vec<u8>,
    pub code: String,
}

type Record = (CertificateRow, EnrolmentRow, DeclarationRow);

fn record(
    conn: &mut DbConnection,
    filter_code: Option<&str>,
    enrolment_id: Option<&str>,
) -> Result<Record, Error> {
    let mut query = certificates::table
        .inner_join(enrolments::table)
        .inner_join(
            declarations::table.on(declarations::enrolment_id.eq(certificates::enrolment_id)),
        )
        .select((
            CertificateRow::as_select(),
            EnrolmentRow::as_select(),
            DeclarationRow::as_select(),
        ))
        .into_boxed();
    if let Some(code) = filter_code {
        query = query.filter(certificates::code.eq(code.to_string()));
    }
    if let Some(id) = enrolment_id {
        query = query.filter(certificates::enrolment_id.eq(id.to_string()));
    }
    query
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("certificate"))
}

/// A new PDF for an existing certificate (a lost one is reissued): same record, new file.
/// Part of a write (see `revocation::reissue`).
pub(super) fn pdf_for_code(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<SealedPdf, Error> {
    let record = record(conn, Some(code.compact()), None)?;
    let job = job(ctx, conn, record)?;
    issue(ctx, conn, job)
}

fn issue(ctx: &Context, conn: &mut DbConnection, job: PdfJob) -> Result<SealedPdf, Error> {
    let (pdf, issued) = job.seal(ctx)?;
    insert_issued(conn, &issued)?;
    Ok(pdf)
}

/// What an enrolment's PDF (the learner's download) is made from, read from the database: rendering and sealing
/// it ([`PdfJob::seal`]) needs no connection, and the file is recorded afterwards
/// ([`record_issued`]).
pub fn pdf_job_for_enrolment(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
) -> Result<PdfJob, Error> {
    let record = record(conn, None, Some(&enrolment_id.to_string()))?;
    job(ctx, conn, record)
}

/// What the learner's certificate says, for its accessible HTML view: the same record
/// and wording as the PDF.
pub fn certificate_document(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
) -> Result<CertificateDocument, Error> {
    let record = record(conn, None, Some(&enrolment_id.to_string()))?;
    page_document(ctx, conn, record)
}

/// [`certificate_document`] by the certificate's code (a view with a one-time code).
pub fn certificate_document_for_code(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<CertificateDocument, Error> {
    let record = record(conn, Some(code.compact()), None)?;
    page_document(ctx, conn, record)
}

fn page_document(
    ctx: &Context,
    conn: &mut DbConnection,
    record: Record,
) -> Result<CertificateDocument, Error> {
    let language = record.1.language.clone();
    let mut document = job(ctx, conn, record)?.document;
    // A page sets every script: the learner's own language where the PDF needed another.
    if document.secondary.is_some()
        && let Some(own) = ctx.assets.page_texts(&language)
    {
        document.secondary = Some(own.clone());
    }
    Ok(document)
}

/// [`pdf_job_for_enrolment`] by the certificate's code (a download with a one-time code).
pub fn pdf_job_for_code(
    ctx: &Context,
    conn: &mut DbConnection,
    code: &CertificateCode,
) -> Result<PdfJob, Error> {
    let record = record(conn, Some(code.compact()), None)?;
    job(ctx, conn, record)
}

/// The job for `record`, unless the certificate is a test: one whose PDF was ever sealed
/// with a development key stays one, and the office's real key, imported since, must not
/// vouch for it in a new file (the lookup keeps calling it a development certificate).
fn job(ctx: &Context, conn: &mut DbConnection, record: Record) -> Result<PdfJob, Error> {
    let (tenant, compact) = (record.0.tenant.clone(), record.0.code.clone());
    let job = PdfJob::new(ctx, record)?;
    if !job.document.development_key
        && super::certificate::sealed_with_development_key(
            conn,
            &*ctx.keys.development_keys(&tenant)?,
            &compact,
        )?
    {
        return Err(Error::Refused(Refusal::DevelopmentCertificate));
    }
    Ok(job)
}

pub struct PdfJob {
    document: CertificateDocument,
    identity: Arc<SigningIdentity>,
    code: String,
    compact_code: String,
}

impl PdfJob {
    fn new(ctx: &Context, (certificate, enrolment, declaration): Record) -> Result<Self, Error> {
        let tenant = ctx.content.tenant(&certificate.tenant).ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "tenant {} is no longer configured",
                certificate.tenant
            ))
        })?;
        let identity = ctx.keys.ensure(&tenant.id, &tenant.name)?;
        let code = CertificateCode::parse(&certificate.code)
            .map(|c| c.to_string())
            .unwrap_or(certificate.code.clone());
        let document = document(
            ctx,
            &identity,
            &code,
            &certificate,
            &enrolment,
            &declaration,
        )?;
        Ok(Self {
            document,
            identity,
            code,
            compact_code: certificate.code,
        })
    }

    /// Renders and seals the PDF: CPU work only, a few milliseconds.
    pub fn seal(self, ctx: &Context) -> Result<(SealedPdf, IssuedPdfRow), Error> {
        let rendered = certificate::render(&self.document, &ctx.assets)
            .map_err(|e| Error::Internal(anyhow::anyhow!("rendering: {e}")))?;
        let now = ctx.clock.now();
        let sealed = certificate::seal(&rendered, &self.identity, now)
            .map_err(|e| Error::Internal(anyhow::anyhow!("sealing: {e}")))?;
        let issued = IssuedPdfRow {
            sha256: sha256_hex(&sealed),
            code: self.compact_code,
            kid: self.identity.kid.clone(),
            issued_at: to_db(now),
        };
        Ok((
            SealedPdf {
                bytes: sealed,
                code: self.code,
            },
            issued,
        ))
    }
}

/// Records an issued file, so that an uploaded copy can be recognised. The signature
/// is deterministic (RFC 6979): the same record sealed in the same second gives the
/// same file, which is recorded once, also when two downloads of it race.
pub fn record_issued(conn: &mut Writer<'_>, issued: &IssuedPdfRow) -> Result<(), Error> {
    insert_issued(conn, issued)
}

fn insert_issued(conn: &mut DbConnection, issued: &IssuedPdfRow) -> Result<(), Error> {
    crate::on_backend!(conn, |c| diesel::insert_into(issued_pdfs::table)
        .values(issued)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(())
}

/// What an uploaded file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadVerdict {
    /// Byte for byte a file that was issued for the code.
    Issued,
    /// A PDF, but not one that was issued so (changed, another code, a seal that does not
    /// hold by the rules of the offline check).
    NotIssued,
    /// Nothing that can be read as a certificate (too large, not a PDF a reader can parse).
    Unreadable,
}

/// Whether an uploaded file is exactly a PDF that was issued for `code`. The seal is
/// checked first by the same rules as `belehrung verify`, so a file is read by one set
/// of rules everywhere; the issued files are known by their hash.
pub fn check_upload(
    conn: &mut DbConnection,
    code: &CertificateCode,
    bytes: &[u8],
) -> Result<UploadVerdict, Error> {
    if let Err(refusal) = certificate::check_sealed(bytes) {
        return Ok(if refusal.is_unreadable() {
            UploadVerdict::Unreadable
        } else {
            UploadVerdict::NotIssued
        });
    }
    let found: Option<String> = issued_pdfs::table
        .filter(issued_pdfs::sha256.eq(sha256_hex(bytes)))
        .filter(issued_pdfs::code.eq(code.compact()))
        .select(issued_pdfs::code)
        .get_result(conn)
        .optional()?;
    Ok(if found.is_some() {
        UploadVerdict::Issued
    } else {
        UploadVerdict::NotIssued
    })
}

fn full_name(given: &str, family: &str) -> String {
    format!("{given} {family}")
}

fn document(
    ctx: &Context,
    identity: &SigningIdentity,
    code: &str,
    certificate: &CertificateRow,
    enrolment: &EnrolmentRow,
    declaration: &DeclarationRow,
) -> Result<CertificateDocument, Error> {
    let tenant = ctx
        .content
        .tenant(&certificate.tenant)
        .ok_or(Error::NotFound("tenant"))?;
    let instructed_at: DateTime<Utc> = from_db(certificate.instructed_at);
    // A name the PDF cannot print faithfully is printed in its passport spelling.
    let (given, family) = match (&enrolment.given_name_latin, &enrolment.family_name_latin) {
        (Some(g), Some(f)) => (g.as_str(), f.as_str()),
        _ => (
            enrolment.given_name.as_str(),
            enrolment.family_name.as_str(),
        ),
    };
    let guardian = match (
        &declaration.guardian_given_name,
        &declaration.guardian_family_name,
    ) {
        (Some(g), Some(f)) => Some(full_name(g, f)),
        _ => None,
    };
    let identity_check = IdentityCheck::from_stored(
        &certificate.identity_method,
        certificate.identity_checked_on,
        certificate.identity_level.as_deref(),
    );
    let claims = CertificateClaims {
        code: code.to_string(),
        iss: tenant.id.clone(),
        gn: given.to_string(),
        family: family.to_string(),
        bd: enrolment.birth_date.format("%Y-%m-%d").to_string(),
        at: instructed_at.timestamp(),
        gd: guardian.clone(),
        id: identity_check,
    };
    let jws = jws::sign(&identity.signing_key, &identity.kid, &claims.to_json());
    let primary =
        ctx.assets.texts("de").cloned().ok_or_else(|| {
            Error::Internal(anyhow::anyhow!("certificates/texts/de.toml is missing"))
        })?;
    let secondary = second_language(ctx, &declaration.language);
    Ok(CertificateDocument {
        code: code.to_string(),
        holder_name: full_name(given, family),
        birth_date: enrolment.birth_date.format("%d.%m.%Y").to_string(),
        instructed_at: instructed_at
            .with_timezone(&Berlin)
            .format("%d.%m.%Y, %H:%M Uhr")
            .to_string(),
        instructed_on: instructed_at
            .with_timezone(&Berlin)
            .format("%d.%m.%Y")
            .to_string(),
        issued_at: from_db(certificate.issued_at)
            .with_timezone(&Berlin)
            .format("%d.%m.%Y")
            .to_string(),
        representative: guardian.map(|name| {
            let role = declaration.guardian_role.as_deref();
            (name, role.and_then(RepresentativeRole::parse))
        }),
        declaration_de: declaration.declaration_text_de.clone(),
        issuer: Issuer {
            name: tenant.name.clone(),
            street: tenant.address.street.clone(),
            postcode_city: format!("{} {}", tenant.address.postcode, tenant.address.city),
            contact: [
                Some(tenant.contact.email.clone()),
                tenant.contact.phone.clone(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            logo: tenant
                .logo
                .as_ref()
                .map(|logo| ctx.content.root.join("tenants").join(logo)),
        },
        primary,
        secondary,
        qr_payload: qr_payload(&ctx.public_url, code, &jws),
        verify_url: format!("{}/v/", ctx.public_url),
        development_key: identity.development,
        identity: identity_check,
    })
}

/// The learner's language as the certificate's second language; English where that
/// language's texts are missing or its script would not print correctly (the assets
/// leave those out). German variants such as Leichte Sprache need no second language.
fn second_language(ctx: &Context, language: &str) -> Option<crate::certificate::CertificateTexts> {
    if language.split('-').next() == Some("de") {
        return None;
    }
    ctx.assets
        .texts(language)
        .or_else(|| ctx.assets.texts("en"))
        .cloned()
}
