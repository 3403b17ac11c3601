use std::time::Duration;

use chrono::TimeDelta;
use diesel::prelude::*;
use lettre::message::Mailbox;
use lettre::{SmtpTransport, Transport};

use crate::course::Direction;
use crate::course::mail_texts::{MailText, MailValues};
use crate::db::models::{EnrolmentRow, IssuedPdfRow, OutboxRow};
use crate::db::schema::{certificates, enrolments};
use crate::db::{Database, DbConnection, Writer};
use crate::domain::{CertificateCode, EnrolmentId};
use crate::mail::{Draft, MailKind, Section, claim_next, mark_failed, mark_sent};
use crate::service::{self, Context, Error};
use crate::settings::Settings;

/// How failed deliveries are retried: `first`, then doubling up to an hour; after
/// `max_attempts` the mail is marked failed (staff see it with the certificate).
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub first: Duration,
    pub max_attempts: i64,
}

impl RetryPolicy {
    fn delay_after(&self, attempts: i64) -> TimeDelta {
        let factor = 2_u32.saturating_pow(u32::try_from(attempts.max(0)).unwrap_or(u32::MAX));
        let delay = self
            .first
            .saturating_mul(factor)
            .min(Duration::from_secs(3600));
        TimeDelta::from_std(delay).unwrap_or(TimeDelta::hours(1))
    }
}

/// The SMTP connection and the sender; without `BELEHRUNG_SMTP_URL` mails stay queued.
pub struct Mailer {
    transport: Option<SmtpTransport>,
    from: Mailbox,
    retry: RetryPolicy,
}

/// How long an instance holds a claimed mail before another may take it over: far
/// more than one delivery takes (a PDF render and at most 20 s of SMTP).
const LEASE: TimeDelta = TimeDelta::minutes(5);
/// Mails delivered per call before the worker looks at its wake-up again.
const BATCH: usize = 20;

impl Mailer {
    pub fn new(settings: &Settings) -> anyhow::Result<Self> {
        let transport = settings
            .smtp_url
            .as_ref()
            .map(|url| {
                SmtpTransport::from_url(url.expose())
                    .map(|b| b.timeout(Some(Duration::from_secs(20))).build())
                    .map_err(|e| anyhow::anyhow!("BELEHRUNG_SMTP_URL: {e}"))
            })
            .transpose()?;
        Ok(Self {
            transport,
            from: settings.mail_from.clone(),
            retry: RetryPolicy {
                first: settings.mail_retry,
                max_attempts: 30,
            },
        })
    }

    pub fn is_configured(&self) -> bool {
        self.transport.is_some()
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
}

/// Sends what is due, one mail at a time: each is claimed with a lease of its own, and
/// no connection is held while a PDF is rendered or the SMTP server answers.
pub fn deliver_due(ctx: &Context, db: &Database, mailer: &Mailer) -> Result<DeliveryReport, Error> {
    let mut report = DeliveryReport::default();
    let Some(transport) = &mailer.transport else {
        return Ok(report);
    };
    for _ in 0..BATCH {
        let Some(mail) =
            db.write(|conn| Ok::<_, Error>(claim_next(conn, ctx.clock.now(), LEASE)?))?
        else {
            break;
        };
        // Bound first: a connection taken in the `match` itself would live to its end,
        // through the rendering and the SMTP exchange.
        let found = db.write(|conn| Ok::<_, Error>(particulars(ctx, conn, &mail)))?;
        let (outcome, issued) = match found {
            Ok((kind, found)) => send(ctx, mailer, transport, &mail, kind, found),
            Err(failure) => (Err(failure), None),
        };
        let now = ctx.clock.now();
        db.write(|conn| {
            if let Some(issued) = &issued {
                service::record_issued(conn, issued)?;
            }
            match &outcome {
                Ok(()) => mark_sent(conn, &mail.id, now)?,
                Err(failure) => {
                    let give_up =
                        failure.permanent || mail.attempts + 1 >= mailer.retry.max_attempts;
                    let delay = mailer.retry.delay_after(mail.attempts);
                    mark_failed(conn, &mail.id, now, delay, give_up, &failure.detail)?;
                }
            }
            Ok::<_, Error>(())
        })?;
        match outcome {
            Ok(()) => {
                ctx.metrics.mails_sent.inc();
                report.sent += 1;
                tracing::info!(mail = %mail.id, kind = %mail.kind, "mail sent");
            }
            Err(failure) => {
                let give_up = failure.permanent || mail.attempts + 1 >= mailer.retry.max_attempts;
                ctx.metrics.mail_failures.inc();
                report.failed += 1;
                // The SMTP answer may quote the address: only its category is logged.
                let (id, kind, reason) = (&mail.id, &mail.kind, failure.category);
                tracing::warn!(mail = %id, kind = %kind, give_up, reason, "mail not delivered");
            }
        }
    }
    Ok(report)
}

struct Failure {
    permanent: bool,
    category: &'static str,
    detail: String,
}

impl Failure {
    fn from_smtp(e: &lettre::transport::smtp::Error) -> Self {
        Self {
            permanent: e.is_permanent(),
            category: if e.is_permanent() {
                "rejected permanently"
            } else if e.is_transient() {
                "rejected for now"
            } else {
                "connection"
            },
            detail: e.to_string(),
        }
    }

    fn preparing(detail: impl ToString) -> Self {
        Self {
            permanent: true,
            category: "cannot be composed",
            detail: detail.to_string(),
        }
    }
}

/// What a mail says besides its texts: the certificate it is about and its PDF, a
/// new resume link, or a one-time code.
struct Particulars {
    enrolment: EnrolmentRow,
    code: String,
    link: String,
    one_time_code: String,
    /// The certificate to attach: read while the connection is held, rendered and
    /// sealed after it is given back.
    pdf_job: Option<service::PdfJob>,
    /// How the fee was settled, for the certificate mail.
    fee: Option<service::fee::SettlementView>,
}

/// Renders and seals the attachment (if any), composes the mail and sends it, without a
/// database connection. The sealed file comes back to be recorded, so that an upload of
/// it is recognised, also when the sending failed.
fn send(
    ctx: &Context,
    mailer: &Mailer,
    transport: &SmtpTransport,
    mail: &OutboxRow,
    kind: MailKind,
    mut found: Particulars,
) -> (Result<(), Failure>, Option<IssuedPdfRow>) {
    let mut issued = None;
    let mut attempt = || {
        let pdf = match found.pdf_job.take() {
            Some(job) => {
                let (pdf, row) = job.seal(ctx).map_err(Failure::preparing)?;
                issued = Some(row);
                Some(pdf)
            }
            None => None,
        };
        let message = compose(ctx, mailer, mail, kind, &found, pdf)?;
        transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| Failure::from_smtp(&e))
    };
    let outcome = attempt();
    (outcome, issued)
}

/// What a mail needs, read — and for a resume link made — under the write gate.
fn particulars(
    ctx: &Context,
    conn: &mut Writer<'_>,
    mail: &OutboxRow,
) -> Result<(MailKind, Particulars), Failure> {
    let kind = MailKind::parse(&mail.kind).ok_or_else(|| Failure::preparing("unknown kind"))?;
    let certificate = || {
        let raw = mail
            .certificate_code
            .as_deref()
            .ok_or_else(|| Failure::preparing("no certificate"))?;
        CertificateCode::parse(raw).map_err(Failure::preparing)
    };
    let holder = |conn: &mut DbConnection, code: &CertificateCode| {
        certificates::table
            .inner_join(enrolments::table)
            .filter(certificates::code.eq(code.compact()))
            .select(EnrolmentRow::as_select())
            .first(conn)
            .map_err(Failure::preparing)
    };
    match kind {
        MailKind::Certificate | MailKind::Reissue => {
            let code = certificate()?;
            let enrolment = holder(conn, &code)?;
            let job = service::pdf_job_for_code(ctx, conn, &code).map_err(Failure::preparing)?;
            let fee = match kind {
                MailKind::Certificate => {
                    service::fee::settlement_of(conn, &enrolment.id).map_err(Failure::preparing)?
                }
                _ => None,
            };
            Ok((
                kind,
                Particulars {
                    enrolment,
                    code: code.to_string(),
                    link: String::new(),
                    one_time_code: String::new(),
                    pdf_job: Some(job),
                    fee,
                },
            ))
        }
        MailKind::ResumeLink => {
            let id = mail
                .enrolment_id
                .as_deref()
                .ok_or_else(|| Failure::preparing("no enrolment"))?;
            let enrolment: EnrolmentRow = enrolments::table
                .find(id)
                .select(EnrolmentRow::as_select())
                .first(&mut **conn)
                .map_err(Failure::preparing)?;
            // Made now, so that the secret exists only in the mail; a retry makes
            // another, and an unsent one expires unused.
            let id = EnrolmentId::parse(id).map_err(Failure::preparing)?;
            let link = service::create_resume_link(ctx, conn, &id).map_err(Failure::preparing)?;
            Ok((
                kind,
                Particulars {
                    enrolment,
                    code: String::new(),
                    link: format!("{}{}", ctx.public_url, link.path()),
                    one_time_code: String::new(),
                    pdf_job: None,
                    fee: None,
                },
            ))
        }
        MailKind::WalletPin => {
            let code = certificate()?;
            let enrolment = holder(conn, &code)?;
            let offer = mail
                .reference
                .as_deref()
                .ok_or_else(|| Failure::preparing("no offer"))?;
            let pin = service::wallet::draw_offer_pin(ctx, conn, offer)
                .map_err(Failure::preparing)?
                .ok_or_else(|| Failure::preparing("the offer is used or has expired"))?;
            Ok((
                kind,
                Particulars {
                    enrolment,
                    code: code.to_string(),
                    link: String::new(),
                    one_time_code: pin,
                    pdf_job: None,
                    fee: None,
                },
            ))
        }
        MailKind::PdfCode => {
            let code = certificate()?;
            let enrolment = holder(conn, &code)?;
            let request = mail
                .reference
                .as_deref()
                .ok_or_else(|| Failure::preparing("no request"))?;
            let one_time_code = service::draw_pdf_code(ctx, conn, request)
                .map_err(Failure::preparing)?
                .ok_or_else(|| Failure::preparing("the request has expired"))?;
            Ok((
                kind,
                Particulars {
                    enrolment,
                    code: code.to_string(),
                    link: format!("{}/bescheinigung", ctx.public_url),
                    one_time_code,
                    pdf_job: None,
                    fee: None,
                },
            ))
        }
    }
}

fn compose(
    ctx: &Context,
    mailer: &Mailer,
    mail: &OutboxRow,
    kind: MailKind,
    found: &Particulars,
    pdf: Option<service::SealedPdf>,
) -> Result<lettre::Message, Failure> {
    let tenant = ctx
        .content
        .tenant(&mail.tenant)
        .ok_or_else(|| Failure::preparing("the office is no longer configured"))?;
    let enrolment = &found.enrolment;
    // The name as entered, with the passport's Latin spelling (the one on the PDF)
    // beside it where there is one.
    let name = match (&enrolment.given_name_latin, &enrolment.family_name_latin) {
        (Some(g), Some(f)) => format!(
            "{} {} ({g} {f})",
            enrolment.given_name, enrolment.family_name
        ),
        _ => format!("{} {}", enrolment.given_name, enrolment.family_name),
    };
    let verify_url = format!("{}/v/{}", ctx.public_url, found.code);
    // The certificate as an accessible page: the one-time code page with the code
    // filled in, in the learner's language.
    let view_url = format!(
        "{}/bescheinigung?code={}&lang={}",
        ctx.public_url, found.code, mail.language
    );
    let values = MailValues {
        name: &name,
        office: &tenant.name,
        code: &found.code,
        verify_url: &verify_url,
        view_url: &view_url,
        contact: &tenant.contact.email,
        link: &found.link,
        one_time_code: &found.one_time_code,
    };
    let source = ctx.content.course.source_language.clone();
    let mut languages = vec![source.clone()];
    if mail.language != source {
        languages.push(mail.language.clone());
    }
    let mut subjects = Vec::new();
    let sections = languages
        .iter()
        .map(|code| {
            let which = match kind {
                MailKind::Certificate => MailText::Certificate,
                MailKind::Reissue => MailText::Reissue,
                MailKind::ResumeLink => MailText::Resume,
                MailKind::PdfCode => MailText::PdfCode,
                MailKind::WalletPin => MailText::WalletPin,
            };
            let mail = ctx.content.mail(code).compose(which, &values);
            subjects.push(mail.subject);
            let rtl = ctx
                .content
                .course
                .language(code)
                .is_some_and(|l| l.direction == Direction::Rtl);
            let texts = ctx.content.mail(code);
            let fee = found.fee.as_ref().map(|settled| {
                let day = settled
                    .settled_at
                    .with_timezone(&chrono_tz::Europe::Berlin)
                    .format("%d.%m.%Y")
                    .to_string();
                texts.fee_line(
                    settled.kind,
                    &settled.amount.to_string(),
                    &day,
                    &settled.reference,
                )
            });
            let body = match fee {
                Some(line) => format!("{}\n\n{line}", mail.body),
                None => mail.body,
            };
            Section::new(code, rtl, &[body, mail.footer])
        })
        .collect();
    subjects.dedup();
    Draft {
        message_id: &mail.id,
        from: &mailer.from,
        reply_to: tenant
            .contact
            .email
            .parse()
            .ok()
            .map(|email| Mailbox::new(Some(tenant.name.clone()), email)),
        to: &mail.recipient,
        subject: subjects.join(" / "),
        sections,
        attachment: pdf.map(|pdf| (format!("Bescheinigung-{}.pdf", pdf.code), pdf.bytes)),
    }
    .build()
    .map_err(Failure::preparing)
}
