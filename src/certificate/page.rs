//! The sections of the certificate page, laid out top-down.

use printpdf::{FontId, Op, XObjectId};

use super::assets::CertificateAssets;
use super::canvas::{BASELINE, Canvas, Weight};
use super::layout::{Colour, Layout};
use super::render_error::RenderError;
use super::typeset::{PT_PER_MM, printable, subset_tag, wrap};
use super::{CertificateDocument, CertificateTexts};

/// The page's drawing operations and the resource names of its two fonts.
pub(super) fn lay_out(
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

/// The page being laid out, top-down.
pub(super) struct Page<'a> {
    pub(super) canvas: Canvas<'a>,
    pub(super) layout: &'a Layout,
    pub(super) de: &'a CertificateTexts,
    pub(super) other: Option<&'a CertificateTexts>,
    /// Top of the next line, in mm from the top of the page.
    pub(super) cursor: f32,
}

impl Page<'_> {
    pub(super) fn text_width(&self) -> f32 {
        let p = &self.layout.page;
        p.width - p.margin_left - p.margin_right
    }

    /// Wrapped lines at the cursor; returns the height used.
    pub(super) fn paragraph(
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
        let (de, other) = (self.de, self.other);
        self.with_second_language(
            Weight::Bold,
            t.size,
            l.colours.accent,
            &de.title,
            other.map(|o| o.title.as_str()),
        );
        self.cursor += 1.5;
        self.with_second_language(
            Weight::Regular,
            t.subtitle_size,
            l.colours.text,
            &de.subtitle,
            other.map(|o| o.subtitle.as_str()),
        );
        self.cursor += t.space_after;
    }

    /// A German heading line in its own style, the learner's language below it in the
    /// smaller secondary style.
    fn with_second_language(
        &mut self,
        weight: Weight,
        size: f32,
        colour: Colour,
        german: &str,
        other: Option<&str>,
    ) {
        let l = self.layout;
        let t = &l.title;
        let column = (l.page.margin_left, self.text_width());
        self.paragraph(weight, size, t.line_height, colour, column, german);
        if let Some(other) = other {
            let secondary = l.colours.secondary;
            self.paragraph(
                Weight::Regular,
                t.secondary_size,
                t.line_height,
                secondary,
                column,
                other,
            );
        }
    }

    fn fields(&mut self, doc: &CertificateDocument) {
        let l = self.layout;
        let f = &l.fields;
        let (de, other) = (self.de, self.other);
        // The check in German, and in the second language where there is one.
        let identity = match other {
            Some(o) => format!(
                "{} · {}",
                de.identity_line(doc.identity),
                o.identity_line(doc.identity)
            ),
            None => de.identity_line(doc.identity),
        };
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
                &de.issued_at,
                other.map(|o| &o.issued_at),
                &doc.issued_at,
                false,
            ),
            (
                &de.issuer,
                other.map(|o| &o.issuer),
                &doc.issuer.name,
                false,
            ),
            (&de.identity, other.map(|o| &o.identity), &identity, false),
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
        let date = |t: &CertificateTexts| t.statement.replace("{date}", &doc.instructed_on);
        paragraphs.push((date(de), other.map(date), Weight::Regular));
        let declared = |t: &CertificateTexts| t.declaration_line(doc.representative.as_ref());
        paragraphs.push((declared(de), other.map(declared), Weight::Regular));

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
        let seal = |t: &CertificateTexts| format!("{} {}", t.sealed, t.authoritative);
        paragraphs.push((seal(de), other.map(seal), Weight::Regular));
        // The declaration is cited in German only, that wording being authoritative, in
        // the small style of the translations.
        let citation = doc
            .declaration_de
            .as_ref()
            .map(|text| format!("{}: „{}“", de.declaration_heading, text));
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
        if let Some(citation) = citation {
            let (size, colour) = (b.secondary_size, l.colours.secondary);
            self.paragraph(
                Weight::Regular,
                size,
                b.line_height,
                colour,
                column,
                &citation,
            );
        }
    }
}
