//! QR codes drawn as SVG, without a script: a staff member's second factor, a wallet offer.

/// The QR code of `text` as an SVG path in module units with a quiet zone of four.
pub fn qr_svg_path(text: &str) -> Option<(String, usize)> {
    let code = fast_qr::qr::QRBuilder::new(text.as_bytes())
        .ecl(fast_qr::ECL::M)
        .build()
        .ok()?;
    let size = code.size;
    let mut path = String::new();
    for (row, cells) in code.data[..size * size].chunks(size).enumerate() {
        for (column, module) in cells.iter().enumerate() {
            if module.value() {
                path.push_str(&format!("M{} {}h1v1h-1z", column + 4, row + 4));
            }
        }
    }
    Some((path, size + 8))
}

#[cfg(test)]
mod tests {
    use super::qr_svg_path;

    #[test]
    fn the_qr_code_is_a_path_of_squares_with_a_quiet_zone() {
        let (path, size) =
            qr_svg_path("otpauth://totp/Amt:anna?secret=JBSWY3DPEHPK3PXP").expect("encodes");
        assert!(size >= 21 + 8);
        assert!(path.starts_with('M') && path.contains("h1v1h-1z"));
    }
}
