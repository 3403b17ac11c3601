//! The certificate as a one-page A4 PDF: German first, the learner's language below it,
//! the code and its QR code at the foot of the page, the fonts embedded as subsets.
//!
//! The output depends only on the input: no clock, no random identifiers (the document
//! ID is a hash of the content). The PDF is not signed here; [`super::seal`] does that as
//! a separate step.

use lopdf::{Object, StringFormat};
use printpdf::{
    FontId, Mm, Op, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, XObject,
    XObjectId,
};
use qrcode::{EcLevel, QrCode};
use sha2::{Digest, Sha256};

use super::assets::CertificateAssets;
use super::canvas::{BASELINE, Canvas, Weight};
use super::layout::{Colour, Layout};
use super::logo::load_png;
use super::typeset::{PT_PER_MM, printable, subset_tag, wrap};
use super::{CertificateDocument, CertificateTexts};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the QR code cannot hold the payload ({0} bytes)")]
    QrCode(usize),
    #[error(
        "the certificate does not fit on one page: the text runs {0:.1} mm into the code block"
    )]
    Overflow(f32),
    #[error("writing the PDF: {0}")]
    Pdf(String),
}

/// The producer recorded in the PDF's document information.
const PRODUCER: &str = concat!(
    "belehrung ",
    env!("CARGO_PKG_VERSION"),
    " (printpdf 0.12.8)"
);

/// Font sizes tried in turn until the texts fit on the page (a long translation, a
/// guardian and a long name together can need a smaller body text).
const FIT_SCALES: [f32; 4] = [1.0, 0.93, 0.86, 0.8];

/// Renders the certificate. See the module documentation.
pub fn render(
    doc: &CertificateDocument,
    assets: &CertificateAssets,
) -> Result<Vec<u8>, RenderError> {
    let logo = doc
        .issuer
        .logo
        .as_deref()
        .and_then(|path| match load_png(path) {
            Ok(image) => Some(image),
            Err(error) => {
                tracing::warn!(%error, "certificate printed without the office's logo");
                None
            }
        });
    let logo_id = XObjectId("Logo".into());
    let logo_placement = logo
        .as_ref()
        .map(|image| (&logo_id, (image.width, image.height)));
    let mut ops = Err(RenderError::Overflow(0.0));
    for scale in FIT_SCALES {
        let layout = assets.layout.scaled(scale);
        ops = lay_out(doc, assets, &layout, logo_placement);
        if !matches!(ops, Err(RenderError::Overflow(_))) {
            break;
        }
    }
    let (ops, regular_id, bold_id) = ops?;

    let mut document = PdfDocument::new(&doc.primary.title);
    let fonts = &mut document.resources.fonts.map;
    fonts.insert(regular_id, PdfFont::new(assets.regular.font.clone()));
    fonts.insert(bold_id, PdfFont::new(assets.bold.font.clone()));
    if let Some(image) = logo {
        document
            .resources
            .xobjects
            .map
            .insert(logo_id, XObject::Image(image));
    }
    let page = &assets.layout.page;
    document.pages = vec![PdfPage::new(Mm(page.width), Mm(page.height), ops)];

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let bytes = document.save(&options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|w| matches!(w.severity, PdfParseErrorSeverity::Error))
    {
        return Err(RenderError::Pdf(error.msg.clone()));
    }
    finish(&bytes, doc)
}

/// The page's drawing operations and the resource names of its two fonts.
fn lay_out(
    doc: &CertificateDocument,
    assets: &CertificateAssets,
    layout: &Layout,
    logo: Option<(&XObjectId, (usize, usize))>,
) -> Result<(Vec<Op>, FontId, FontId), RenderError> {
    let mut page = Page {
        canvas: Canvas::new(layout.page.height, &assets.regular, &assets.bold),
        layout,
        de: &doc.primary,
        other: doc.secondary.as_ref(),
        cursor: layout.page.margin_top,
    };
    if doc.development_key {
        page.development_mark();
    }
    page.header(doc, logo);
    page.title();
    page.fields(doc);
    page.body(doc);
    page.verification(doc)?;
    // Subset tags follow from the glyphs used, so equal input gives equal names.
    let regular_id = FontId(subset_tag(&format!("R{}", page.canvas.regular_text)));
    let bold_id = FontId(subset_tag(&format!("B{}", page.canvas.bold_text)));
    let ops = page.canvas.finish(&regular_id, &bold_id);
    Ok((ops, regular_id, bold_id))
}

/// Replaces printpdf's document information (dates of 1970, random ID) with ours.
fn finish(bytes: &[u8], doc: &CertificateDocument) -> Result<Vec<u8>, RenderError> {
    let pdf_error = |e: lopdf::Error| RenderError::Pdf(e.to_string());
    let mut pdf = lopdf::Document::load_mem(bytes).map_err(pdf_error)?;
    let title = format!("{} – {}", doc.primary.title, doc.code);
    let info = lopdf::Dictionary::from_iter(vec![
        ("Title", text_string(&title)),
        ("Author", text_string(&doc.issuer.name)),
        ("Subject", text_string(&doc.primary.subtitle)),
        // What the QR code holds, for verifiers that read the file rather than the image.
        ("Keywords", text_string(&doc.qr_payload)),
        ("Creator", text_string("belehrung")),
        ("Producer", text_string(PRODUCER)),
    ]);
    let info_id = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info_id));
    pdf.trailer.remove(b"ID");
    // ETSI.CAdES.detached signatures belong to PDF 2.0 / 1.7 with extensions.
    pdf.version = "1.7".into();
    pdf.prune_objects();
    pdf.renumber_objects();
    let mut unidentified = Vec::new();
    pdf.save_to(&mut unidentified)
        .map_err(|e| RenderError::Pdf(e.to_string()))?;
    let id = Sha256::digest(&unidentified)[..16].to_vec();
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    let mut out = Vec::with_capacity(unidentified.len() + 64);
    pdf.save_to(&mut out)
        .map_err(|e| RenderError::Pdf(e.to_string()))?;
    Ok(out)
}

/// A PDF text string: ASCII as is, anything else as UTF-16BE with a byte order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xfe, 0xff];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// The page being laid out, top-down.
struct Page<'a> {
    canvas: Canvas<'a>,
    layout: &'a Layout,
    de: &'a CertificateTexts,
    other: Option<&'a CertificateTexts>,
    /// Top of the next line, in mm from the top of the page.
    cursor: f32,
}

impl Page<'_> {
    fn text_width(&self) -> f32 {
        let p = &self.layout.page;
        p.width - p.margin_left - p.margin_right
    }

    /// Wrapped lines at the cursor; returns the height used.
    fn paragraph(
        &mut self,
        weight: Weight,
        size: f32,
        line_height: f32,
        fill: Colour,
        (x, width): (f32, f32),
        text: &str,
    ) -> f32 {
        let start = self.cursor;
        for line in wrap(self.canvas.face(weight), &printable(text), size, width) {
            self.canvas.text(weight, size, fill, x, self.cursor, &line);
            self.cursor += Canvas::line_mm(size, line_height);
        }
        self.cursor - start
    }

    fn development_mark(&mut self) {
        let l = self.layout;
        let mark = &l.development_mark;
        let mut text = self.de.development_mark.clone();
        if let Some(other) = self.other {
            text = format!("{text} · {}", other.development_mark);
        }
        let size = mark.banner_size;
        self.canvas.fill_rect(
            l.colours.development_banner,
            0.0,
            0.0,
            l.page.width,
            mark.banner_height,
        );
        let width = self.canvas.bold.width_mm(&text, size);
        let top = (mark.banner_height - Canvas::line_mm(size, 1.0)) / 2.0;
        let x = (l.page.width - width).max(0.0) / 2.0;
        let banner_text = l.colours.development_banner_text;
        self.canvas
            .text(Weight::Bold, size, banner_text, x, top, &text);
        let centre = (l.page.width / 2.0, l.page.height / 2.0);
        let diagonal = self.de.development_mark.clone();
        let colour = l.colours.development_mark;
        // Across the page, behind everything else, and not part of the text.
        self.canvas.begin_artifact();
        self.canvas.rotated_text(
            Weight::Bold,
            mark.size,
            colour,
            centre,
            mark.angle,
            &diagonal,
        );
        self.canvas.end_artifact();
    }

    fn header(&mut self, doc: &CertificateDocument, logo: Option<(&XObjectId, (usize, usize))>) {
        let l = self.layout;
        let h = &l.header;
        let right = l.page.width - l.page.margin_right;
        let top = self.cursor;
        let mut logo_bottom = top;
        let mut address_width = self.text_width();
        if let Some((id, (w, px_h))) = logo {
            let aspect = px_h as f32 / w.max(1) as f32;
            let width = h.logo_max_width.min(h.logo_max_height / aspect.max(0.01));
            self.canvas
                .image(id, (w, px_h), l.page.margin_left, top, width);
            logo_bottom = top + width * aspect;
            address_width -= width + 8.0;
        }
        let issuer = &doc.issuer;
        let lines = [
            (Weight::Bold, h.name_size, &issuer.name),
            (Weight::Regular, h.size, &issuer.street),
            (Weight::Regular, h.size, &issuer.postcode_city),
            (Weight::Regular, h.size, &issuer.contact),
        ];
        for (weight, size, text) in lines {
            let face = self.canvas.face(weight);
            for line in wrap(face, &printable(text), size, address_width) {
                let x = right - face.width_mm(&line, size);
                self.canvas
                    .text(weight, size, l.colours.text, x, self.cursor, &line);
                self.cursor += Canvas::line_mm(size, h.line_height);
            }
        }
        self.cursor = self.cursor.max(logo_bottom) + h.rule_gap;
        let width = self.text_width();
        self.canvas.fill_rect(
            l.colours.rule,
            l.page.margin_left,
            self.cursor,
            width,
            h.rule_thickness,
        );
        self.cursor += h.rule_thickness + h.space_after;
    }

    fn title(&mut self) {
        let l = self.layout;
        let t = &l.title;
        let column = (l.page.margin_left, self.text_width());
        let (de, other) = (self.de, self.other);
        self.paragraph(
            Weight::Bold,
            t.size,
            t.line_height,
            l.colours.accent,
            column,
            &de.title,
        );
        if let Some(other) = other {
            let size = t.secondary_size;
            let colour = l.colours.secondary;
            self.paragraph(
                Weight::Regular,
                size,
                t.line_height,
                colour,
                column,
                &other.title,
            );
        }
        self.cursor += 1.5;
        let size = t.subtitle_size;
        self.paragraph(
            Weight::Regular,
            size,
            t.line_height,
            l.colours.text,
            column,
            &de.subtitle,
        );
        if let Some(other) = other {
            let size = t.secondary_size;
            let colour = l.colours.secondary;
            self.paragraph(
                Weight::Regular,
                size,
                t.line_height,
                colour,
                column,
                &other.subtitle,
            );
        }
        self.cursor += t.space_after;
    }

    fn fields(&mut self, doc: &CertificateDocument) {
        let l = self.layout;
        let f = &l.fields;
        let (de, other) = (self.de, self.other);
        let rows = [
            (&de.holder, other.map(|o| &o.holder), &doc.holder_name, true),
            (
                &de.birth_date,
                other.map(|o| &o.birth_date),
                &doc.birth_date,
                false,
            ),
            (
                &de.instructed_at,
                other.map(|o| &o.instructed_at),
                &doc.instructed_at,
                false,
            ),
            (
                &de.issuer,
                other.map(|o| &o.issuer),
                &doc.issuer.name,
                false,
            ),
        ];
        let label_column = (l.page.margin_left, f.label_width - 3.0);
        let value_column = (
            l.page.margin_left + f.label_width,
            self.text_width() - f.label_width,
        );
        for (label, translation, value, is_name) in rows {
            let top = self.cursor;
            let colour = l.colours.text;
            self.paragraph(
                Weight::Regular,
                f.label_size,
                f.line_height,
                colour,
                label_column,
                label,
            );
            if let Some(translation) = translation {
                let (size, colour) = (f.secondary_label_size, l.colours.secondary);
                self.paragraph(
                    Weight::Regular,
                    size,
                    f.line_height,
                    colour,
                    label_column,
                    translation,
                );
            }
            let label_bottom = self.cursor;
            self.cursor = top;
            let (weight, size) = if is_name {
                // The name on one line if it fits at any size down to the minimum.
                let (text, width) = (printable(value), value_column.1);
                let mut size = f.name_size;
                while size > f.name_min_size && self.canvas.bold.width_mm(&text, size) > width {
                    size -= 0.5;
                }
                (Weight::Bold, size.max(f.name_min_size))
            } else {
                (Weight::Regular, f.value_size)
            };
            // Align the value's baseline with the label's.
            let shift = (f.label_size - size) / PT_PER_MM * BASELINE;
            self.cursor += shift;
            self.paragraph(weight, size, f.line_height, colour, value_column, value);
            self.cursor = self.cursor.max(label_bottom) + f.row_gap;
        }
        self.cursor += f.space_after;
    }

    fn body(&mut self, doc: &CertificateDocument) {
        let (de, other) = (self.de, self.other);
        let mut paragraphs: Vec<(String, Option<String>, Weight)> = Vec::new();
        if let Some(guardian) = &doc.guardian_name {
            let fill = |t: &CertificateTexts| t.guardian.replace("{name}", guardian);
            paragraphs.push((fill(de), other.map(fill), Weight::Regular));
        }
        paragraphs.push((
            de.statement.clone(),
            other.map(|o| o.statement.clone()),
            Weight::Regular,
        ));
        paragraphs.push((
            de.legal_basis.clone(),
            other.map(|o| o.legal_basis.clone()),
            Weight::Regular,
        ));
        paragraphs.push((
            de.three_months.clone(),
            other.map(|o| o.three_months.clone()),
            Weight::Bold,
        ));
        let l = self.layout;
        let b = &l.body;
        let column = (l.page.margin_left, self.text_width());
        for (german, translation, weight) in paragraphs {
            self.paragraph(
                weight,
                b.size,
                b.line_height,
                l.colours.text,
                column,
                &german,
            );
            if let Some(translation) = translation {
                self.cursor += b.translation_gap;
                let (size, colour) = (b.secondary_size, l.colours.secondary);
                self.paragraph(weight, size, b.line_height, colour, column, &translation);
            }
            self.cursor += b.paragraph_gap;
        }
    }

    /// The code block at the foot of the page: the QR code, the code, where to verify.
    fn verification(&mut self, doc: &CertificateDocument) -> Result<(), RenderError> {
        let l = self.layout;
        let v = &l.verification;
        let (de, other) = (self.de, self.other);
        let x = l.page.margin_left + v.qr_size + v.gap;
        let width = self.text_width() - v.qr_size - v.gap;
        let label = match other {
            Some(o) => format!("{} / {}", de.code, o.code),
            None => de.code.clone(),
        };
        let url = printable(&doc.verify_url);
        let mut lines: Vec<(Weight, f32, Colour, String)> = Vec::new();
        let mut add = |weight, size, colour, text: &str| {
            let face = if weight == Weight::Bold {
                self.canvas.bold
            } else {
                self.canvas.regular
            };
            for line in wrap(face, &printable(text), size, width) {
                lines.push((weight, size, colour, line));
            }
        };
        add(Weight::Regular, v.label_size, l.colours.secondary, &label);
        add(Weight::Bold, v.code_size, l.colours.text, &doc.code);
        add(
            Weight::Regular,
            v.verify_size,
            l.colours.text,
            &de.verify.replace("{url}", &url),
        );
        if let Some(o) = other {
            let text = o.verify.replace("{url}", &url);
            add(
                Weight::Regular,
                v.secondary_size,
                l.colours.secondary,
                &text,
            );
        }
        let text_height: f32 = lines
            .iter()
            .map(|(_, size, _, _)| Canvas::line_mm(*size, v.line_height))
            .sum();
        let height = v.qr_size.max(text_height);
        let top = l.page.height - l.page.margin_bottom - height;
        let overlap = self.cursor + v.space_before - top;
        if overlap > 0.0 {
            return Err(RenderError::Overflow(overlap));
        }
        self.qr_code(&doc.qr_payload, l.page.margin_left, top)?;
        let mut y = top + (height - text_height) / 2.0;
        for (weight, size, colour, line) in lines {
            self.canvas.text(weight, size, colour, x, y, &line);
            y += Canvas::line_mm(size, v.line_height);
        }
        Ok(())
    }

    /// The QR code as filled rectangles, one per run of dark modules in a row, on a white
    /// square that includes the quiet zone.
    fn qr_code(&mut self, payload: &str, left: f32, top: f32) -> Result<(), RenderError> {
        let v = &self.layout.verification;
        let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
            .map_err(|_| RenderError::QrCode(payload.len()))?;
        let modules = code.width();
        let quiet = v.quiet_zone as usize;
        let module = v.qr_size / (modules + 2 * quiet) as f32;
        let white = Colour {
            r: 1.0,
            g: 1.0,
            b: 1.0,
        };
        self.canvas
            .fill_rect(white, left, top, v.qr_size, v.qr_size);
        let colours = code.to_colors();
        let mut runs = Vec::new();
        for (row, cells) in colours.chunks(modules).enumerate() {
            let mut column = 0;
            while column < modules {
                if cells[column] != qrcode::Color::Dark {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < modules && cells[column] == qrcode::Color::Dark {
                    column += 1;
                }
                runs.push([
                    left + (quiet + start) as f32 * module,
                    top + (quiet + row) as f32 * module,
                    (column - start) as f32 * module,
                    module,
                ]);
            }
        }
        let black = Colour {
            r: 0.0,
            g: 0.0,
            b: 0.0,
        };
        self.canvas.fill_rects(black, runs);
        Ok(())
    }
}
