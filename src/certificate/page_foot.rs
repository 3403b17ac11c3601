//! The foot of the certificate page: the code in large type, the QR code, where to verify.

use fast_qr::ECL;
use fast_qr::qr::QRBuilder;

use super::CertificateDocument;
use super::canvas::{Canvas, Weight};
use super::layout::Colour;
use super::page::Page;
use super::render_error::RenderError;
use super::typeset::{printable, wrap};

impl Page<'_> {
    /// The code block at the foot of the page: the QR code, the code, where to verify.
    pub(super) fn verification(&mut self, doc: &CertificateDocument) -> Result<(), RenderError> {
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
        // Medium error correction (15 %), the mask chosen by the standard's penalty rules.
        let code = QRBuilder::new(payload.as_bytes())
            .ecl(ECL::M)
            .build()
            .map_err(|_| RenderError::QrCode(payload.len()))?;
        let modules = code.size;
        let quiet = v.quiet_zone as usize;
        let module = v.qr_size / (modules + 2 * quiet) as f32;
        let white = Colour {
            r: 1.0,
            g: 1.0,
            b: 1.0,
        };
        self.canvas
            .fill_rect(white, left, top, v.qr_size, v.qr_size);
        let dark: Vec<bool> = code.data[..modules * modules]
            .iter()
            .map(|m| m.value())
            .collect();
        let mut runs = Vec::new();
        for (row, cells) in dark.chunks(modules).enumerate() {
            let mut column = 0;
            while column < modules {
                if !cells[column] {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < modules && cells[column] {
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
