//! Reading the QR payload back from a certificate PDF's document information, so that
//! a PDF can be checked offline without decoding the QR image.

use lopdf_reader::{Document, Object};

/// The QR payload in a document that is already read.
pub(super) fn payload_of(document: &Document) -> Option<String> {
    let info = match document.trailer.get(b"Info").ok()? {
        Object::Reference(id) => document.get_dictionary(*id).ok()?,
        Object::Dictionary(dict) => dict,
        _ => return None,
    };
    info.iter()
        .filter_map(|(_, value)| text_string(value))
        .find(|text| text.contains("/v/") && text.contains('#'))
}

/// A PDF text string: UTF-16BE with a byte order mark, or (for ASCII) PDFDocEncoding.
fn text_string(value: &Object) -> Option<String> {
    let Object::String(bytes, _) = value else {
        return None;
    };
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        None => String::from_utf8(bytes.clone()).ok(),
    }
}
