use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use diesel::prelude::*;

use crate::clock::to_db;
use crate::db::models::OutboxRow;
use crate::db::schema::outbox;
use crate::db::{DbConnection, Writer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// The certificate, right after the declaration.
    Certificate,
    /// A new copy of a lost certificate, sent by the health office.
    Reissue,
    /// A new one-time link to go on with the instruction, asked for by the learner.
    ResumeLink,
    /// A one-time code that fetches a certificate's PDF (see `service::request_pdf_code`).
    PdfCode,
    /// The PIN of a wallet offer, apart from the offer's QR code and link.
    WalletPin,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Certificate => "certificate",
            Self::Reissue => "reissue",
            Self::ResumeLink => "resume-link",
            Self::PdfCode => "pdf-code",
            Self::WalletPin => "wallet-pin",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "certificate" => Some(Self::Certificate),
            "reissue" => Some(Self::Reissue),
            "resume-link" => Some(Self::ResumeLink),
            "pdf-code" => Some(Self::PdfCode),
            "wallet-pin" => Some(Self::WalletPin),
            _ => None,
        }
    }
}

/// Queues a mail. Call it inside the transaction of what the mail reports, so that a
/// certificate is never issued without its mail, nor a mail queued for a certificate
/// that was rolled back.
pub fn enqueue(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    tenant: &str,
    kind: MailKind,
    certificate_code: &str,
    recipient: &str,
    language: &str,
) -> diesel::QueryResult<String> {
    insert(
        conn,
        now,
        Addressed {
            tenant,
            kind,
            recipient,
            language,
        },
        Some(certificate_code),
        None,
        None,
    )
}

/// Who gets a mail, in which language, from which office.
pub struct Addressed<'a> {
    pub tenant: &'a str,
    pub kind: MailKind,
    pub recipient: &'a str,
    pub language: &'a str,
}

/// Queues a mail with a new resume link for `enrolment_id`. The link itself is made
/// when the mail is composed, so that its secret is never stored in the clear.
pub fn enqueue_resume_link(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    to: Addressed<'_>,
    enrolment_id: &str,
) -> diesel::QueryResult<String> {
    insert(conn, now, to, None, Some(enrolment_id), None)
}

/// Queues a mail with a one-time code for the PDF request `request_id`; the code is
/// drawn when the mail is composed, and only its hash is kept.
pub fn enqueue_pdf_code(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    to: Addressed<'_>,
    certificate_code: &str,
    request_id: &str,
) -> diesel::QueryResult<String> {
    insert(
        conn,
        now,
        to,
        Some(certificate_code),
        None,
        Some(request_id),
    )
}

/// Queues the PIN of the wallet offer `offer` (its stored hash); the PIN is drawn when
/// the mail is composed.
pub fn enqueue_wallet_pin(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    to: Addressed<'_>,
    certificate_code: &str,
    offer: &str,
) -> diesel::QueryResult<String> {
    insert(conn, now, to, Some(certificate_code), None, Some(offer))
}

fn insert(
    conn: &mut DbConnection,
    now: DateTime<Utc>,
    to: Addressed<'_>,
    certificate_code: Option<&str>,
    enrolment_id: Option<&str>,
    reference: Option<&str>,
) -> diesel::QueryResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(outbox::table)
        .values(OutboxRow {
            id: id.clone(),
            tenant: to.tenant.to_string(),
            kind: to.kind.as_str().to_string(),
            certificate_code: certificate_code.map(str::to_string),
            recipient: to.recipient.to_string(),
            language: to.language.to_string(),
            created_at: to_db(now),
            attempts: 0,
            next_attempt_at: to_db(now),
            claimed_until: None,
            sent_at: None,
            failed_at: None,
            last_error: None,
            enrolment_id: enrolment_id.map(str::to_string),
            reference: reference.map(str::to_string),
        })
        .execute(conn)?;
    Ok(id)
}

/// Mails neither sent nor given up.
pub fn queued_count(conn: &mut DbConnection) -> diesel::QueryResult<i64> {
    outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::failed_at.is_null())
        .count()
        .get_result(conn)
}

/// Due mails looked at per claim: when another instance took the first, the next is
/// tried.
const CANDIDATES: i64 = 8;

/// Takes the next due mail for this instance until `now + lease`. The update's
/// condition makes the claim atomic: of two instances, one gets each mail. One mail per
/// claim, so that a lease covers one delivery, not a batch that could outlive it.
pub(crate) fn claim_next(
    conn: &mut Writer<'_>,
    now: DateTime<Utc>,
    lease: TimeDelta,
) -> diesel::QueryResult<Option<OutboxRow>> {
    let conn: &mut DbConnection = conn;
    let now_db = to_db(now);
    let free = || {
        outbox::claimed_until
            .is_null()
            .or(outbox::claimed_until.lt(now_db))
    };
    let candidates: Vec<String> = outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::failed_at.is_null())
        .filter(outbox::next_attempt_at.le(now_db))
        .filter(free())
        .order(outbox::next_attempt_at)
        .limit(CANDIDATES)
        .select(outbox::id)
        .load(conn)?;
    for id in candidates {
        let taken = diesel::update(
            outbox::table
                .find(&id)
                .filter(outbox::sent_at.is_null())
                .filter(free()),
        )
        .set(outbox::claimed_until.eq(Some(to_db(now + lease))))
        .execute(conn)?;
        if taken == 1 {
            return outbox::table
                .find(&id)
                .select(OutboxRow::as_select())
                .first(conn)
                .map(Some);
        }
    }
    Ok(None)
}

pub(crate) fn mark_sent(
    conn: &mut Writer<'_>,
    id: &str,
    now: DateTime<Utc>,
) -> diesel::QueryResult<()> {
    let conn: &mut DbConnection = conn;
    diesel::update(outbox::table.find(id))
        .set((
            outbox::sent_at.eq(Some(to_db(now))),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::attempts.eq(outbox::attempts + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: the next one waits `delay`; `give_up` ends the retries.
pub(crate) fn mark_failed(
    conn: &mut Writer<'_>,
    id: &str,
    now: DateTime<Utc>,
    delay: TimeDelta,
    give_up: bool,
    error: &str,
) -> diesel::QueryResult<()> {
    let conn: &mut DbConnection = conn;
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::next_attempt_at.eq(to_db(now + delay)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::failed_at.eq(give_up.then(|| to_db(now))),
            outbox::last_error.eq(Some(error.chars().take(500).collect::<String>())),
        ))
        .execute(conn)?;
    Ok(())
}
