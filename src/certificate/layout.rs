//! The page layout of a certificate, read from `certificates/layout.toml`: positions and
//! lengths in millimetres, font sizes in points, colours as `#rrggbb`.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    pub page: PageLayout,
    pub fonts: FontFiles,
    pub colours: Colours,
    pub header: HeaderLayout,
    pub title: TitleLayout,
    pub fields: FieldsLayout,
    pub body: BodyLayout,
    pub verification: VerificationLayout,
    pub development_mark: DevelopmentMarkLayout,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageLayout {
    pub width: f32,
    pub height: f32,
    pub margin_left: f32,
    pub margin_right: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
}

/// Font files, relative to the `certificates/` folder.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontFiles {
    pub regular: String,
    pub bold: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    pub text: Colour,
    pub secondary: Colour,
    pub accent: Colour,
    pub rule: Colour,
    pub development_mark: Colour,
    pub development_banner: Colour,
    pub development_banner_text: Colour,
}

/// The issuing office, top of the page: the logo on the left, the address on the right.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderLayout {
    pub logo_max_width: f32,
    pub logo_max_height: f32,
    pub name_size: f32,
    pub size: f32,
    pub line_height: f32,
    /// Space between the header and the rule below it.
    pub rule_gap: f32,
    pub rule_thickness: f32,
    /// Space between the rule and the title.
    pub space_after: f32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleLayout {
    pub size: f32,
    pub subtitle_size: f32,
    pub secondary_size: f32,
    pub line_height: f32,
    pub space_after: f32,
}

/// Label/value rows: holder, birth date, date of instruction, issuer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldsLayout {
    /// Width of the label column.
    pub label_width: f32,
    pub label_size: f32,
    pub secondary_label_size: f32,
    pub value_size: f32,
    pub name_size: f32,
    /// A long name is set smaller, down to this size, to stay on one line.
    pub name_min_size: f32,
    pub line_height: f32,
    pub row_gap: f32,
    pub space_after: f32,
}

/// The statement, legal basis, guardian line and three-month rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyLayout {
    pub size: f32,
    pub secondary_size: f32,
    pub line_height: f32,
    /// Space between the German paragraph and its translation.
    pub translation_gap: f32,
    pub paragraph_gap: f32,
}

/// The QR code and the code, anchored at the bottom of the page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerificationLayout {
    /// Width of the QR code including its quiet zone.
    pub qr_size: f32,
    /// Modules of light margin around the code (4 per ISO/IEC 18004).
    pub quiet_zone: u32,
    /// Space between the QR code and the text beside it.
    pub gap: f32,
    pub label_size: f32,
    pub code_size: f32,
    pub verify_size: f32,
    pub secondary_size: f32,
    pub line_height: f32,
    /// Space kept free between the body and this block.
    pub space_before: f32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentMarkLayout {
    /// The diagonal mark across the page.
    pub size: f32,
    /// Counter-clockwise, in degrees.
    pub angle: f32,
    /// The banner at the top of the page.
    pub banner_height: f32,
    pub banner_size: f32,
}

/// An sRGB colour, written `#rrggbb` in the layout file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Colour::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a colour of the form #rrggbb"))
        })
    }
}

impl Colour {
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let channel = |i: usize| {
            u8::from_str_radix(&hex[i..i + 2], 16)
                .ok()
                .map(|v| f32::from(v) / 255.0)
        };
        Some(Self {
            r: channel(0)?,
            g: channel(2)?,
            b: channel(4)?,
        })
    }
}

impl Layout {
    /// The layout with the text of title, fields and body (sizes and gaps) scaled by
    /// `factor`, for texts that do not fit otherwise. Header and code block keep their size.
    pub fn scaled(&self, factor: f32) -> Self {
        let mut l = self.clone();
        let readable = |size: f32| (size * factor).max(6.0);
        let t = &mut l.title;
        (t.size, t.subtitle_size, t.secondary_size) = (
            t.size * factor,
            readable(t.subtitle_size),
            readable(t.secondary_size),
        );
        t.space_after *= factor;
        let f = &mut l.fields;
        f.label_size = readable(f.label_size);
        f.secondary_label_size = readable(f.secondary_label_size);
        f.value_size = readable(f.value_size);
        f.name_size *= factor;
        f.name_min_size = readable(f.name_min_size);
        f.row_gap *= factor;
        f.space_after *= factor;
        let b = &mut l.body;
        b.size = readable(b.size);
        b.secondary_size = readable(b.secondary_size);
        b.paragraph_gap *= factor;
        l
    }

    /// Lengths and sizes that would make the page unreadable or the code unscannable.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let p = &self.page;
        if p.margin_left + p.margin_right >= p.width - 60.0 {
            problems.push("page: the margins leave less than 60 mm of text width".into());
        }
        let v = &self.verification;
        if v.qr_size < 25.0 {
            problems.push("verification.qr_size: below 25 mm the code is hard to scan".into());
        }
        if v.quiet_zone < 4 {
            problems.push("verification.quiet_zone: ISO/IEC 18004 asks for 4 modules".into());
        }
        let sizes = [
            ("header.size", self.header.size),
            (
                "fields.secondary_label_size",
                self.fields.secondary_label_size,
            ),
            ("body.secondary_size", self.body.secondary_size),
            ("verification.secondary_size", v.secondary_size),
        ];
        for (name, size) in sizes {
            if size < 6.0 {
                problems.push(format!("{name}: {size} pt is too small to read"));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::Colour;

    #[test]
    fn colours_parse_from_hex() {
        let c = Colour::parse("#ff8000").expect("colour");
        assert_eq!((c.r, c.b), (1.0, 0.0));
        assert!((c.g - 128.0 / 255.0).abs() < 1e-6);
        assert!(Colour::parse("ff8000").is_none());
        assert!(Colour::parse("#ff80").is_none());
        assert!(Colour::parse("#ää0000").is_none());
    }
}
