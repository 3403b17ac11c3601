//! Drawing primitives for the certificate page, in millimetres from the top-left corner
//! (the layout's coordinates), turned into printpdf operations (points from the
//! bottom-left corner).

use std::collections::BTreeMap;

use printpdf::{
    Color, DictItem, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, PdfFontHandle,
    Point, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder, XObjectId, XObjectTransform,
};

use super::layout::Colour;
use super::typeset::{Face, PT_PER_MM};

/// Which of the two embedded faces a text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// Placeholder resource names; replaced by subset tags once all text is known.
const REGULAR_ID: &str = "REGULAR";
const BOLD_ID: &str = "BOLD";

/// A baseline sits this far below the top of its line, as a fraction of the font size
/// (DejaVu Sans: ascent 0.93 em, capitals 0.73 em).
pub const BASELINE: f32 = 0.78;

pub struct Canvas<'a> {
    pub page_height: f32,
    pub regular: &'a Face,
    pub bold: &'a Face,
    ops: Vec<Op>,
    /// Everything set in each face, which determines the subset and its tag.
    pub regular_text: String,
    pub bold_text: String,
}

fn pt(mm: f32) -> Pt {
    Mm(mm).into()
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: c.r,
        g: c.g,
        b: c.b,
        icc_profile: None,
    })
}

impl<'a> Canvas<'a> {
    pub fn new(page_height: f32, regular: &'a Face, bold: &'a Face) -> Self {
        Self {
            page_height,
            regular,
            bold,
            ops: Vec::new(),
            regular_text: String::new(),
            bold_text: String::new(),
        }
    }

    pub fn face(&self, weight: Weight) -> &'a Face {
        match weight {
            Weight::Regular => self.regular,
            Weight::Bold => self.bold,
        }
    }

    /// Height of one line of text at `size` points, in millimetres.
    pub fn line_mm(size: f32, line_height: f32) -> f32 {
        size / PT_PER_MM * line_height
    }

    /// One line of text whose line box starts `top` mm below the top of the page.
    pub fn text(&mut self, weight: Weight, size: f32, fill: Colour, x: f32, top: f32, text: &str) {
        let baseline = self.page_height - top - size / PT_PER_MM * BASELINE;
        self.text_at(
            weight,
            size,
            fill,
            TextMatrix::Translate(pt(x), pt(baseline)),
            text,
        );
    }

    /// One line of text rotated counter-clockwise by `angle` degrees about its centre,
    /// which is placed at (`cx`, `cy`) from the top-left corner.
    pub fn rotated_text(
        &mut self,
        weight: Weight,
        size: f32,
        fill: Colour,
        (cx, cy): (f32, f32),
        angle: f32,
        text: &str,
    ) {
        let half_width = self.face(weight).width_mm(text, size) / 2.0;
        // From the centre back along the baseline, and down by a third of the size.
        let drop = size / PT_PER_MM * 0.35;
        let (sin, cos) = angle.to_radians().sin_cos();
        let x = cx - half_width * cos + drop * sin;
        let y = (self.page_height - cy) - half_width * sin - drop * cos;
        self.text_at(
            weight,
            size,
            fill,
            TextMatrix::TranslateRotate(pt(x), pt(y), angle),
            text,
        );
    }

    /// Begins content that is decoration only: tagged as a watermark artifact, with an
    /// empty replacement text so that text extraction and screen readers skip it.
    pub fn begin_artifact(&mut self) {
        let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
        let artifact = BTreeMap::from([
            ("Type".to_string(), name("Pagination")),
            ("Subtype".to_string(), name("Watermark")),
        ]);
        let no_text = BTreeMap::from([(
            "ActualText".to_string(),
            DictItem::String {
                data: Vec::new(),
                literal: true,
            },
        )]);
        self.ops.extend([
            Op::BeginMarkedContentWithProperties {
                tag: "Artifact".into(),
                properties: DictItem::Dict { map: artifact },
            },
            Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: DictItem::Dict { map: no_text },
            },
        ]);
    }

    pub fn end_artifact(&mut self) {
        self.ops
            .extend([Op::EndMarkedContent, Op::EndMarkedContent]);
    }

    /// [`Canvas::text`] with `spacing` points between its characters (a code set wide
    /// for reading aloud and typing; small enough that text extraction keeps it one word).
    #[allow(clippy::too_many_arguments)]
    pub fn spaced_text(
        &mut self,
        weight: Weight,
        size: f32,
        spacing: f32,
        fill: Colour,
        x: f32,
        top: f32,
        text: &str,
    ) {
        self.ops.push(Op::SetCharacterSpacing {
            multiplier: spacing,
        });
        self.text(weight, size, fill, x, top, text);
        // The spacing is part of the graphics state: back to none for what follows.
        self.ops.push(Op::SetCharacterSpacing { multiplier: 0.0 });
    }

    /// A dashed line `width` mm thick from `from` to `to` (mm from the top-left corner):
    /// where to cut.
    pub fn dashed_line(&mut self, stroke: Colour, width: f32, from: (f32, f32), to: (f32, f32)) {
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point {
                x: pt(x),
                y: pt(self.page_height - y),
            },
            bezier: false,
        };
        let line = Line {
            points: vec![point(from), point(to)],
            is_closed: false,
        };
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor {
                col: colour(stroke),
            },
            Op::SetOutlineThickness { pt: pt(width) },
            Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[pt(3.0).0, pt(2.0).0]),
            },
            Op::DrawLine { line },
            Op::RestoreGraphicsState,
        ]);
    }

    fn text_at(&mut self, weight: Weight, size: f32, fill: Colour, at: TextMatrix, text: &str) {
        let (id, used) = match weight {
            Weight::Regular => (REGULAR_ID, &mut self.regular_text),
            Weight::Bold => (BOLD_ID, &mut self.bold_text),
        };
        used.push_str(text);
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(FontId(id.into())),
                size: Pt(size),
            },
            Op::SetFillColor { col: colour(fill) },
            Op::SetTextMatrix { matrix: at },
            Op::ShowText {
                items: vec![TextItem::Text(text.into())],
            },
            Op::EndTextSection,
        ]);
    }

    /// A filled rectangle; `top` and `left` from the top-left corner.
    pub fn fill_rect(&mut self, fill: Colour, left: f32, top: f32, width: f32, height: f32) {
        self.ops.push(Op::SetFillColor { col: colour(fill) });
        self.rect(left, top, width, height);
    }

    /// Many filled rectangles in one colour (the QR code's modules).
    pub fn fill_rects(&mut self, fill: Colour, rects: impl IntoIterator<Item = [f32; 4]>) {
        self.ops.push(Op::SetFillColor { col: colour(fill) });
        for [left, top, width, height] in rects {
            self.rect(left, top, width, height);
        }
    }

    fn rect(&mut self, left: f32, top: f32, width: f32, height: f32) {
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: pt(left),
                y: pt(self.page_height - top - height),
                width: pt(width),
                height: pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// An image `width` mm wide whose top-left corner is at (`left`, `top`).
    pub fn image(
        &mut self,
        id: &XObjectId,
        pixels: (usize, usize),
        left: f32,
        top: f32,
        width: f32,
    ) {
        let (w, h) = pixels;
        let height = width * h as f32 / w.max(1) as f32;
        self.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(pt(left)),
                translate_y: Some(pt(self.page_height - top - height)),
                // The image is placed at its pixel size at this resolution.
                dpi: Some(w as f32 * 25.4 / width),
                ..XObjectTransform::default()
            },
        });
    }

    /// The page's operations, with the fonts' placeholder names replaced.
    pub fn finish(self, regular: &FontId, bold: &FontId) -> Vec<Op> {
        self.ops
            .into_iter()
            .map(|op| match op {
                Op::SetFont {
                    font: PdfFontHandle::External(FontId(id)),
                    size,
                } => {
                    let font = if id == BOLD_ID { bold } else { regular };
                    Op::SetFont {
                        font: PdfFontHandle::External(font.clone()),
                        size,
                    }
                }
                other => other,
            })
            .collect()
    }
}
