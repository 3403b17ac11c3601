//! One-time resume links: `/weiter/XXXX-XXXX-XXXX-XXXX` opens an enrolment in another
//! browser once. The link carries a short random secret, not the bearer token, so a
//! link that ends up in a proxy's log has been spent already; only its hash is stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use rand::RngCore;

use super::{Context, Error};
use crate::clock::{from_db, to_db};
use crate::db::models::EnrolmentRow;
use crate::db::schema::{enrolments, learner_sessions, outbox, resume_links};
use crate::db::{DbConnection, Writer};
use crate::domain::{EnrolmentId, ResumeSecret};
use crate::mail::{Addressed, MailKind};
use crate::secret::hash_token;

/// A link just made: shown once, then only its hash exists.
#[derive(Debug, Clone)]
pub struct ResumeLink {
    pub secret: ResumeSecret,
    pub expires_at: DateTime<Utc>,
}

impl ResumeLink {
    /// The path the link opens.
    pub fn path(&self) -> String {
        format!("/weiter/{}", self.secret)
    }
}

/// What opening a link did.
pub enum ResumeOutcome {
    /// The link was valid and is now void; the session token goes into the cookie.
    Opened {
        enrolment_id: String,
        session_token: String,
    },
    /// The link was used before or has expired: the learner may ask for a new one.
    Spent {
        language: String,
        /// Whether an e-mail address is on record to send a new link to.
        can_mail: bool,
    },
    /// No such link (mistyped, or deleted with its enrolment).
    Unknown,
}

fn secret_hash(secret: &ResumeSecret) -> String {
    hash_token(&format!("resume:{}", secret.compact()))
}

/// Makes a new link for the enrolment, valid for the configured time.
pub fn create_resume_link(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
) -> Result<ResumeLink, Error> {
    let conn: &mut DbConnection = conn;
    let now = ctx.clock.now();
    let link = ResumeLink {
        secret: ResumeSecret::generate(),
        expires_at: now + ctx.access.resume_link,
    };
    diesel::insert_into(resume_links::table)
        .values((
            resume_links::secret_hash.eq(secret_hash(&link.secret)),
            resume_links::enrolment_id.eq(enrolment_id.to_string()),
            resume_links::created_at.eq(to_db(now)),
            resume_links::expires_at.eq(to_db(link.expires_at)),
            resume_links::used_at.eq(None::<chrono::NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(link)
}

/// Opens a link: voids it and starts a session of its own for this browser. Of two
/// requests with the same link, the update's condition lets one through.
pub fn open_resume_link(
    ctx: &Context,
    conn: &mut Writer<'_>,
    secret: &ResumeSecret,
) -> Result<ResumeOutcome, Error> {
    let conn: &mut DbConnection = conn;
    let hash = secret_hash(secret);
    let Some((enrolment, expires_at)) = link_of(conn, &hash)? else {
        return Ok(ResumeOutcome::Unknown);
    };
    let now = ctx.clock.now();
    let spent = || ResumeOutcome::Spent {
        language: enrolment.language.clone(),
        can_mail: enrolment.email.is_some(),
    };
    if from_db(expires_at) <= now {
        return Ok(spent());
    }
    conn.transaction(|conn| {
        let taken = diesel::update(
            resume_links::table
                .find(&hash)
                .filter(resume_links::used_at.is_null()),
        )
        .set(resume_links::used_at.eq(Some(to_db(now))))
        .execute(conn)?;
        if taken != 1 {
            return Ok(spent());
        }
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let session_token = URL_SAFE_NO_PAD.encode(bytes);
        diesel::insert_into(learner_sessions::table)
            .values((
                learner_sessions::token_hash.eq(hash_token(&session_token)),
                learner_sessions::enrolment_id.eq(&enrolment.id),
                learner_sessions::created_at.eq(to_db(now)),
            ))
            .execute(conn)?;
        tracing::info!(tenant = %enrolment.tenant, "resume link opened");
        Ok(ResumeOutcome::Opened {
            enrolment_id: enrolment.id.clone(),
            session_token,
        })
    })
}

fn link_of(
    conn: &mut DbConnection,
    hash: &str,
) -> Result<Option<(EnrolmentRow, chrono::NaiveDateTime)>, Error> {
    Ok(resume_links::table
        .inner_join(enrolments::table)
        .filter(resume_links::secret_hash.eq(hash))
        .select((EnrolmentRow::as_select(), resume_links::expires_at))
        .first(conn)
        .optional()?)
}

/// What asking for a new link by e-mail did. The page says the same for "sent" and
/// "sent a moment ago", so that repeating the request does not flood the mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkMail {
    Queued,
    NoAddress,
    Unknown,
}

/// At most one new link by mail per enrolment in this time.
const MAIL_PAUSE: TimeDelta = TimeDelta::minutes(5);

/// Sends a new link to the address on record of the enrolment whose spent (used or
/// expired) link `secret` is. The old link is the proof of having been sent one; the
/// new link goes only to the address on record, so knowing an old link gives nothing.
pub fn mail_resume_link(
    ctx: &Context,
    conn: &mut Writer<'_>,
    secret: &ResumeSecret,
) -> Result<LinkMail, Error> {
    let conn: &mut DbConnection = conn;
    let Some((enrolment, _)) = link_of(conn, &secret_hash(secret))? else {
        return Ok(LinkMail::Unknown);
    };
    let id = EnrolmentId::parse(&enrolment.id).map_err(anyhow::Error::new)?;
    queue_link_mail(ctx, conn, &id)
}

/// Sends a new link to the enrolment's own address on record, asked for on the
/// learner's overview (to go on later on another device).
pub fn mail_own_resume_link(
    ctx: &Context,
    conn: &mut Writer<'_>,
    enrolment_id: &EnrolmentId,
) -> Result<LinkMail, Error> {
    queue_link_mail(ctx, conn, enrolment_id)
}

/// Queues a mail with a new link to the address on record, at most one in
/// [`MAIL_PAUSE`], so that the button cannot flood a mailbox: the enrolment's row is
/// locked first, so that requests at the same moment count one another's mail.
fn queue_link_mail(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment_id: &EnrolmentId,
) -> Result<LinkMail, Error> {
    conn.transaction(|conn| {
        let enrolment = super::lock::lock_enrolment(conn, enrolment_id)?;
        queue_if_quiet(ctx, conn, &enrolment)
    })
}

fn queue_if_quiet(
    ctx: &Context,
    conn: &mut DbConnection,
    enrolment: &EnrolmentRow,
) -> Result<LinkMail, Error> {
    let Some(address) = enrolment.email.as_deref() else {
        return Ok(LinkMail::NoAddress);
    };
    let now = ctx.clock.now();
    let recent: i64 = outbox::table
        .filter(outbox::enrolment_id.eq(&enrolment.id))
        .filter(outbox::kind.eq(MailKind::ResumeLink.as_str()))
        .filter(outbox::created_at.gt(to_db(now - MAIL_PAUSE)))
        .count()
        .get_result(conn)?;
    if recent == 0 {
        crate::mail::enqueue_resume_link(
            conn,
            now,
            Addressed {
                tenant: &enrolment.tenant,
                kind: MailKind::ResumeLink,
                recipient: address,
                language: &enrolment.language,
            },
            &enrolment.id,
        )?;
        ctx.mail_queued.notify_one();
        tracing::info!(tenant = %enrolment.tenant, "resume link queued for mail");
    }
    Ok(LinkMail::Queued)
}

/// The language of the enrolment a link belongs to, used or not.
pub fn resume_link_language(
    conn: &mut DbConnection,
    secret: &ResumeSecret,
) -> Result<Option<String>, Error> {
    Ok(link_of(conn, &secret_hash(secret))?.map(|(enrolment, _)| enrolment.language))
}
