//! A certificate's PDF after the learner's token has ended: the certificate code and
//! the birth date ask for a one-time code, which goes to the e-mail address on record;
//! that code fetches the PDF once. The answer to the request is the same whether or
//! not a certificate matched, so it reveals nothing beyond the public lookup.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use diesel::prelude::*;
use rand::Rng;

use super::{Context, Error, Refusal};
use crate::clock::to_db;
use crate::db::models::EnrolmentRow;
use crate::db::schema::{certificates, enrolments, pdf_requests};
use crate::db::{DbConnection, Writer};
use crate::domain::{CertificateCode, ClientAddr};
use crate::mail::{Addressed, MailKind};
use crate::secret::hash_token;

/// Wrong codes a request survives; then it is void.
pub const MAX_TRIES: i64 = 5;
/// Requests (and so mails) per certificate and client within [`REQUEST_WINDOW`]; beyond,
/// the answer is the same but no mail goes out. Counted per client, so that someone who
/// knows a code (and, from the lookup, the birth date) cannot use up the holder's.
const MAX_REQUESTS_PER_CLIENT: i64 = 3;
/// Requests per certificate from all clients within [`REQUEST_WINDOW`]: what bounds the
/// mails its holder can be sent.
const MAX_REQUESTS: i64 = 10;
const REQUEST_WINDOW: TimeDelta = TimeDelta::hours(1);
/// Digits of the one-time code.
pub const CODE_DIGITS: usize = 8;

/// The answer to a request: an id to send the code with, and until when it counts.
#[derive(Debug, Clone)]
pub struct PdfRequested {
    pub id: String,
    pub expires_at: DateTime<Utc>,
}

/// Asks for a one-time code. A mail goes out only if a certificate with this code
/// exists, the birth date is the holder's, an address is on record and not too many
/// codes were asked for lately; the answer is the same in every case.
pub fn request_pdf_code(
    ctx: &Context,
    conn: &mut Writer<'_>,
    code: &CertificateCode,
    birth_date: NaiveDate,
    client: ClientAddr,
) -> Result<PdfRequested, Error> {
    let conn: &mut DbConnection = conn;
    let now = ctx.clock.now();
    let requested = PdfRequested {
        id: uuid::Uuid::new_v4().to_string(),
        expires_at: now + ctx.access.pdf_code,
    };
    let found: Option<EnrolmentRow> = certificates::table
        .inner_join(enrolments::table)
        .filter(certificates::code.eq(code.compact()))
        .filter(certificates::revoked_at.is_null())
        .select(EnrolmentRow::as_select())
        .first(conn)
        .optional()?;
    let Some(enrolment) = found.filter(|e| e.birth_date == birth_date) else {
        return Ok(requested);
    };
    let Some(address) = enrolment.email.as_deref() else {
        return Ok(requested);
    };
    let client = client.to_string();
    let queued = conn.transaction(|conn| {
        // A write first: SQLite takes its write lock at once (a read first could not
        // be upgraded once the mail worker has written), and PostgreSQL locks the
        // certificate's row, so that concurrent requests count one after the other.
        diesel::update(certificates::table.find(code.compact()))
            .set(certificates::code.eq(certificates::code))
            .execute(conn)?;
        let recent = || {
            pdf_requests::table
                .filter(pdf_requests::certificate_code.eq(code.compact()))
                .filter(pdf_requests::created_at.gt(to_db(now - REQUEST_WINDOW)))
        };
        let by_client: i64 = recent()
            .filter(pdf_requests::client.eq(&client))
            .count()
            .get_result(conn)?;
        let by_all: i64 = recent().count().get_result(conn)?;
        if by_client >= MAX_REQUESTS_PER_CLIENT || by_all >= MAX_REQUESTS {
            return Ok::<_, Error>(false);
        }
        diesel::insert_into(pdf_requests::table)
            .values((
                pdf_requests::id.eq(&requested.id),
                pdf_requests::certificate_code.eq(code.compact()),
                pdf_requests::code_hash.eq(None::<String>),
                pdf_requests::created_at.eq(to_db(now)),
                pdf_requests::expires_at.eq(to_db(requested.expires_at)),
                pdf_requests::tries.eq(0_i64),
                pdf_requests::used_at.eq(None::<chrono::NaiveDateTime>),
                pdf_requests::client.eq(&client),
            ))
            .execute(conn)?;
        crate::mail::enqueue_pdf_code(
            conn,
            now,
            Addressed {
                tenant: &enrolment.tenant,
                kind: MailKind::PdfCode,
                recipient: address,
                language: &enrolment.language,
            },
            code.compact(),
            &requested.id,
        )?;
        Ok(true)
    })?;
    if queued {
        ctx.mail_queued.notify_one();
        tracing::info!(tenant = %enrolment.tenant, "one-time code for the PDF queued");
    }
    Ok(requested)
}

fn code_hash(request_id: &str, code: &str) -> String {
    hash_token(&format!("pdf-code:{request_id}:{code}"))
}

/// Draws the one-time code of a pending request and keeps its hash; called when its
/// mail is composed. `None` if the request is no longer pending.
pub(crate) fn draw_pdf_code(
    ctx: &Context,
    conn: &mut DbConnection,
    request_id: &str,
) -> Result<Option<String>, Error> {
    let code: String = {
        let mut rng = rand::rng();
        (0..CODE_DIGITS)
            .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
            .collect()
    };
    let set = diesel::update(
        pdf_requests::table
            .find(request_id)
            .filter(pdf_requests::used_at.is_null())
            .filter(pdf_requests::expires_at.gt(to_db(ctx.clock.now()))),
    )
    .set(pdf_requests::code_hash.eq(Some(code_hash(request_id, &code))))
    .execute(conn)?;
    Ok((set == 1).then_some(code))
}

fn invalid() -> Error {
    Error::Refused(Refusal::OneTimeCodeInvalid)
}

/// The certificate whose PDF the one-time `code` of request `request_id` opens. Every
/// try counts, right or wrong; after [`MAX_TRIES`], after use or after expiry the
/// request is void. Unknown requests get the same answer as wrong codes.
pub fn check_pdf_code(
    ctx: &Context,
    conn: &mut Writer<'_>,
    request_id: &str,
    code: &str,
) -> Result<CertificateCode, Error> {
    let conn: &mut DbConnection = conn;
    if uuid::Uuid::parse_str(request_id).is_err() {
        return Err(invalid());
    }
    let now = to_db(ctx.clock.now());
    let pending = || {
        pdf_requests::table
            .find(request_id)
            .filter(pdf_requests::used_at.is_null())
            .filter(pdf_requests::expires_at.gt(now))
            .filter(pdf_requests::code_hash.is_not_null())
    };
    // Counting the try first, in its own statement, keeps the count even when the
    // code is wrong.
    let counted = diesel::update(pending().filter(pdf_requests::tries.lt(MAX_TRIES)))
        .set(pdf_requests::tries.eq(pdf_requests::tries + 1))
        .execute(conn)?;
    if counted != 1 {
        return Err(invalid());
    }
    let digits: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let taken = diesel::update(
        pending().filter(pdf_requests::code_hash.eq(code_hash(request_id, &digits))),
    )
    .set(pdf_requests::used_at.eq(Some(now)))
    .execute(conn)?;
    if taken != 1 {
        return Err(invalid());
    }
    // A certificate revoked since the code was mailed is not handed out any more.
    let certificate: Option<String> = pdf_requests::table
        .inner_join(certificates::table)
        .filter(pdf_requests::id.eq(request_id))
        .filter(certificates::revoked_at.is_null())
        .select(pdf_requests::certificate_code)
        .first(conn)
        .optional()?;
    let Some(certificate) = certificate else {
        return Err(invalid());
    };
    CertificateCode::parse(&certificate)
        .map_err(|e| Error::Internal(anyhow::anyhow!("stored certificate code: {e}")))
}
