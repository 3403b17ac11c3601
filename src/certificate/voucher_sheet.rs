//! A batch of vouchers as A4 pages to print and cut out: at the top of each page the
//! office, the batch's label and its expiry; below, a grid of cards, each with what it
//! is, its code set large and wide, until when it is valid and where it is redeemed.
//! Set in the certificate's fonts; the caller gives every word.

use printpdf::{FontId, Mm, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions};

use super::assets::CertificateAssets;
use super::canvas::{Canvas, Weight};
use super::render_error::RenderError;
use super::typeset::{printable, subset_tag, wrap};

/// What the sheet says.
#[derive(Debug, Clone)]
pub struct VoucherSheet {
    /// The document's title, in its metadata.
    pub title: String,
    /// The lines at the top of every page (the first in bold): the office, the batch's
    /// label, its expiry.
    pub header: Vec<String>,
    /// What each card says above its code.
    pub card_title: String,
    /// What each card says below its code: until when, where to redeem it.
    pub card_lines: Vec<String>,
    /// The codes, as learners type them.
    pub codes: Vec<String>,
}

const PAGE_WIDTH: f32 = 210.0;
const PAGE_HEIGHT: f32 = 297.0;
const MARGIN: f32 = 12.0;
const COLUMNS: usize = 2;
const ROWS: usize = 6;
/// Cards on one page.
pub const CARDS_PER_PAGE: usize = COLUMNS * ROWS;
const CARD_HEIGHT: f32 = 41.0;
const PADDING: f32 = 4.0;
const HEADER_SIZE: f32 = 10.0;
const TITLE_SIZE: f32 = 9.0;
const CODE_SIZE: f32 = 17.0;
/// Points between the code's characters (below a tenth of the size: one word still).
const CODE_SPACING: f32 = 1.2;
const LINE_SIZE: f32 = 8.0;
const LINE_HEIGHT: f32 = 1.3;

/// Renders the sheet: as many pages as the codes need, at least one.
pub fn render_voucher_sheet(
    sheet: &VoucherSheet,
    assets: &CertificateAssets,
) -> Result<Vec<u8>, RenderError> {
    let colours = &assets.layout.colours;
    let inner = PAGE_WIDTH - 2.0 * MARGIN;
    let card_width = inner / COLUMNS as f32;
    let mut pages = Vec::new();
    let chunks: Vec<&[String]> = if sheet.codes.is_empty() {
        vec![&[]]
    } else {
        sheet.codes.chunks(CARDS_PER_PAGE).collect()
    };
    for codes in chunks {
        let mut canvas = Canvas::new(PAGE_HEIGHT, &assets.regular, &assets.bold);
        let mut top = MARGIN;
        for (i, line) in sheet.header.iter().enumerate() {
            let weight = if i == 0 {
                Weight::Bold
            } else {
                Weight::Regular
            };
            for part in wrap(canvas.face(weight), &printable(line), HEADER_SIZE, inner) {
                canvas.text(weight, HEADER_SIZE, colours.text, MARGIN, top, &part);
                top += Canvas::line_mm(HEADER_SIZE, LINE_HEIGHT);
            }
        }
        let grid_top = top + 4.0;
        let rows = codes.len().div_ceil(COLUMNS).max(1);
        for (n, code) in codes.iter().enumerate() {
            let left = MARGIN + (n % COLUMNS) as f32 * card_width;
            let card_top = grid_top + (n / COLUMNS) as f32 * CARD_HEIGHT;
            card(&mut canvas, sheet, assets, code, left, card_top, card_width);
        }
        // Where to cut: around every card.
        let bottom = grid_top + rows as f32 * CARD_HEIGHT;
        for row in 0..=rows {
            let y = grid_top + row as f32 * CARD_HEIGHT;
            canvas.dashed_line(colours.rule, 0.2, (MARGIN, y), (MARGIN + inner, y));
        }
        for column in 0..=COLUMNS {
            let x = MARGIN + column as f32 * card_width;
            canvas.dashed_line(colours.rule, 0.2, (x, grid_top), (x, bottom));
        }
        pages.push(canvas);
    }
    // Subset tags follow from the glyphs used on all pages, so equal input gives equal
    // names.
    let regular: String = pages.iter().map(|p| p.regular_text.as_str()).collect();
    let bold: String = pages.iter().map(|p| p.bold_text.as_str()).collect();
    let regular_id = FontId(subset_tag(&format!("R{regular}")));
    let bold_id = FontId(subset_tag(&format!("B{bold}")));

    let mut document = PdfDocument::new(&sheet.title);
    let fonts = &mut document.resources.fonts.map;
    fonts.insert(
        regular_id.clone(),
        PdfFont::new(assets.regular.font.clone()),
    );
    fonts.insert(bold_id.clone(), PdfFont::new(assets.bold.font.clone()));
    document.pages = pages
        .into_iter()
        .map(|canvas| {
            PdfPage::new(
                Mm(PAGE_WIDTH),
                Mm(PAGE_HEIGHT),
                canvas.finish(&regular_id, &bold_id),
            )
        })
        .collect();
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
    Ok(bytes)
}

/// One card whose top-left corner is at (`left`, `top`).
fn card(
    canvas: &mut Canvas<'_>,
    sheet: &VoucherSheet,
    assets: &CertificateAssets,
    code: &str,
    left: f32,
    top: f32,
    width: f32,
) {
    let colours = &assets.layout.colours;
    let x = left + PADDING;
    let text_width = width - 2.0 * PADDING;
    let mut y = top + PADDING;
    for line in wrap(
        canvas.face(Weight::Bold),
        &printable(&sheet.card_title),
        TITLE_SIZE,
        text_width,
    ) {
        canvas.text(Weight::Bold, TITLE_SIZE, colours.accent, x, y, &line);
        y += Canvas::line_mm(TITLE_SIZE, LINE_HEIGHT);
    }
    y += 1.5;
    // The code as large as fits the card, set wide.
    let spacing_mm = |size: f32| {
        CODE_SPACING * size / CODE_SIZE * code.chars().count() as f32 / super::typeset::PT_PER_MM
    };
    let natural = canvas.face(Weight::Bold).width_mm(code, CODE_SIZE) + spacing_mm(CODE_SIZE);
    let size = if natural > text_width {
        CODE_SIZE * text_width / natural
    } else {
        CODE_SIZE
    };
    canvas.spaced_text(
        Weight::Bold,
        size,
        CODE_SPACING * size / CODE_SIZE,
        colours.text,
        x,
        y,
        code,
    );
    y += Canvas::line_mm(size, 1.2) + 1.5;
    for text in &sheet.card_lines {
        for line in wrap(
            canvas.face(Weight::Regular),
            &printable(text),
            LINE_SIZE,
            text_width,
        ) {
            canvas.text(Weight::Regular, LINE_SIZE, colours.secondary, x, y, &line);
            y += Canvas::line_mm(LINE_SIZE, LINE_HEIGHT);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn a_sheet_has_a_page_for_every_twelve_codes() {
        let assets =
            CertificateAssets::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates"))
                .expect("assets");
        let codes: Vec<String> = (0..13)
            .map(|_| crate::domain::VoucherCode::generate().to_string())
            .collect();
        let sheet = VoucherSheet {
            title: "Gutscheine".to_string(),
            header: vec!["Gesundheitsamt".to_string(), "Tafel".to_string()],
            card_title: "Gutschein für die Belehrung nach § 43 IfSG".to_string(),
            card_lines: vec!["gültig bis 31.12.2027".to_string()],
            codes,
        };
        let pdf = render_voucher_sheet(&sheet, &assets).expect("rendered");
        assert!(pdf.starts_with(b"%PDF"));
        let document = lopdf::Document::load_mem(&pdf).expect("a PDF");
        assert_eq!(document.get_pages().len(), 2);
    }
}
