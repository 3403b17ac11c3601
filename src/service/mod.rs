//! The instruction's rules, over the database: what the JSON API and the pages call.
//! Every function here is synchronous (diesel) and runs on the blocking pool.

mod after_declaration;
mod auth;
mod certificate;
mod declaration;
mod documents;
mod enrolment;
mod error;
pub mod fee;
mod identity_check;
mod identity_login;
mod issue;
mod lock;
pub mod office;
mod pdf_access;
mod progress;
mod quiz;
mod quiz_answers;
mod resume;
mod retention;
mod revocation;
mod status;
mod tombstone;
pub mod wallet;

use std::sync::Arc;

pub use after_declaration::{Declared, Issued, PendingCheck};
pub use auth::authenticate;
pub use certificate::{
    CertificateView, Guardian, Lookup, StaffDetails, certificate_details, lookup_certificate,
};
pub use declaration::{
    DeclarationInput, DeclarationWording, GuardianInput, declare, is_minor, preview_declaration,
};
pub use documents::{
    PdfJob, SealedPdf, UploadVerdict, certificate_document, certificate_document_for_code,
    check_upload, pdf_job_for_code, pdf_job_for_enrolment, record_issued,
};
pub use enrolment::{EnrolmentInput, NewEnrolmentCreated, enrol};
pub use error::{Conflict, Error, FieldError, FieldReason, Refusal};
pub use identity_check::{CheckState, check_state};
pub use identity_login::{
    LoginHolder, LoginOutcome, LoginStarted, PendingLogin, VerifiedPerson, offered_methods,
    record_login, start_login, take_login_request, verified_person, verify_login,
};
pub(crate) use pdf_access::draw_pdf_code;
pub use pdf_access::{PdfRequested, check_pdf_code, request_pdf_code};
pub use progress::{
    FullWindows, ProgressInput, check_progress, refuse_known_flood, report_progress,
};
pub use quiz::{
    AttemptGraded, AttemptStarted, QuestionResult, ShownOption, ShownQuestion, grade_attempt,
    start_attempt,
};
pub use quiz_answers::{Answers, OpenAttempt, grade_saved, open_attempt, save_answer};
pub use resume::{
    LinkMail, ResumeLink, ResumeOutcome, create_resume_link, mail_own_resume_link,
    mail_resume_link, open_resume_link, resume_link_language,
};
pub use retention::{RetentionReport, run_retention};
pub use revocation::{Revocation, Scope, reissue, revoke};
pub use status::{EnrolmentStatus, EnrolmentView, LessonProgress, QuizProgress, enrolment_view};
pub use tombstone::DeletedCertificate;

use crate::certificate::CertificateAssets;
use crate::certificate::keystore::KeyStore;
use crate::clock::Clock;
use crate::course::Content;
use crate::metrics::Metrics;
use crate::payment::Platforms;
use crate::saml::ServiceProvider;
use crate::settings::{LearnerAccess, Settings, WatchRatio};

/// What the rules need besides the database.
pub struct Context {
    pub content: Arc<Content>,
    pub clock: Arc<dyn Clock>,
    pub watch_ratio: WatchRatio,
    /// Progress reports accepted per enrolment and minute.
    pub progress_reports_per_minute: u32,
    /// Enrolments this instance saw at that limit (see [`FullWindows`]).
    pub full_windows: FullWindows,
    pub keys: KeyStore,
    pub assets: Arc<CertificateAssets>,
    /// Base of absolute links (QR codes, e-mails), without a trailing slash.
    pub public_url: String,
    pub metrics: Arc<Metrics>,
    /// Wakes this instance's mail worker when a mail was queued.
    pub mail_queued: Arc<tokio::sync::Notify>,
    /// How long resume links, learner tokens and PDF codes stay valid.
    pub access: LearnerAccess,
    /// The login with the online ID card, where identity providers are configured.
    pub saml: Arc<ServiceProvider>,
    /// Each office's connection to its Land's payment platform, where it has one.
    pub payments: Arc<Platforms>,
    /// How soon an open payment is asked about again; failures back off from there.
    pub payment_check: std::time::Duration,
    /// Mails go out (an SMTP server is configured); otherwise they wait in the outbox, and
    /// what would go by mail only (a wallet offer's PIN) is shown instead.
    pub mails_go_out: bool,
}

impl Context {
    /// Loads and validates the content and the certificate's layout.
    pub fn load(
        settings: &Settings,
        clock: Arc<dyn Clock>,
        public_url: String,
    ) -> anyhow::Result<Self> {
        let content = Content::load_with_films(&settings.content_dir, Some(&settings.media_dir()))?;
        if !content.course.awaiting_videos.is_empty() {
            tracing::warn!(
                languages = %content.course.awaiting_videos.join(","),
                "these languages show the {} film with captions in their own language until their own films are built: content/build/build-videos --lang {}",
                content.course.source_language,
                content.course.awaiting_videos.join(","),
            );
        }
        let assets = CertificateAssets::load(&settings.certificates_dir)
            .map_err(|e| anyhow::anyhow!("{}: {e}", settings.certificates_dir.display()))?;
        let saml =
            ServiceProvider::load(&settings.data_dir, &public_url, &settings.saml_idp_metadata)?;
        let offices: Vec<&str> = content.tenants.iter().map(|t| t.id.as_str()).collect();
        let payments = Platforms::load(&settings.payment_platforms, &offices)?;
        for office in content.tenants.iter().filter(|t| t.fee.is_some()) {
            if payments.get(&office.id).is_none() {
                tracing::warn!(
                    tenant = %office.id,
                    "the office charges a fee but has no payment platform ({}): learners can settle it only with a voucher, a waiver or at the desk",
                    settings.payment_platforms.display()
                );
            }
        }
        Ok(Self {
            content: Arc::new(content),
            clock,
            watch_ratio: settings.required_watch_ratio,
            progress_reports_per_minute: settings.progress_reports_per_minute,
            full_windows: FullWindows::default(),
            keys: KeyStore::new(&settings.data_dir),
            assets: Arc::new(assets),
            public_url,
            metrics: Arc::new(Metrics::default()),
            mail_queued: Arc::new(tokio::sync::Notify::new()),
            access: settings.learner_access,
            saml: Arc::new(saml),
            payments: Arc::new(payments),
            payment_check: settings.payment_check,
            mails_go_out: settings.smtp_url.is_some(),
        })
    }
}
