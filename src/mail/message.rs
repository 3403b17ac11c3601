use askama::Template;
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};

/// One language's part of a mail: German first, then the learner's language.
pub(crate) struct Section {
    pub lang: String,
    pub rtl: bool,
    /// Paragraphs, each a list of lines.
    pub paragraphs: Vec<Vec<String>>,
}

impl Section {
    pub fn new(lang: &str, rtl: bool, texts: &[String]) -> Self {
        let paragraphs = texts
            .iter()
            .flat_map(|text| text.split("\n\n"))
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .map(|p| p.lines().map(str::to_string).collect())
            .collect();
        Self {
            lang: lang.to_string(),
            rtl,
            paragraphs,
        }
    }

    fn plain(&self) -> String {
        self.paragraphs
            .iter()
            .map(|lines| lines.join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

#[derive(Template)]
#[template(path = "mail/message.html", config = "src/web/askama.toml")]
struct HtmlMail<'a> {
    subject: &'a str,
    sections: &'a [Section],
}

pub(crate) struct Draft<'a> {
    pub message_id: &'a str,
    pub from: &'a Mailbox,
    pub reply_to: Option<Mailbox>,
    pub to: &'a str,
    pub subject: String,
    pub sections: Vec<Section>,
    /// The certificate's PDF (file name, bytes); mails with a link or a code have none.
    pub attachment: Option<(String, Vec<u8>)>,
}

impl Draft<'_> {
    /// A multipart mail: text and HTML alternatives, and the PDF attached if there is one.
    pub fn build(self) -> anyhow::Result<Message> {
        let text = self
            .sections
            .iter()
            .map(Section::plain)
            .collect::<Vec<_>>()
            .join("\n\n────────────────────\n\n");
        let html = HtmlMail {
            subject: &self.subject,
            sections: &self.sections,
        }
        .render()?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(self.to.parse()?)
            .subject(self.subject)
            // A stable id per outbox entry: should a mail ever be delivered twice, the
            // recipient's client shows it once.
            .message_id(Some(format!("<{}@belehrung>", self.message_id)));
        if let Some(reply_to) = self.reply_to {
            builder = builder.reply_to(reply_to);
        }
        let body = MultiPart::alternative_plain_html(text, html);
        let Some((name, pdf)) = self.attachment else {
            return Ok(builder.multipart(body)?);
        };
        let pdf = Attachment::new(name).body(pdf, ContentType::parse("application/pdf")?);
        Ok(builder.multipart(MultiPart::mixed().multipart(body).singlepart(pdf))?)
    }
}
