//! The certificate as a one-page A4 PDF: German first, the learner's language below it,
//! the code and its QR code at the foot of the page, the fonts embedded as subsets.
//!
//! The output depends only on the input: no clock, no random identifiers (the document
//! ID is a hash of the content). The PDF is not signed here; [`super::seal`] does that as
//! a separate step.

use lopdf::{Object, StringFormat};
use printpdf::{
    Mm, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, XObjectId,
};
use sha2::{Digest, Sha256};

use super::CertificateDocument;
use super::assets::CertificateAssets;
use super::page::lay_out;
use super::render_error::RenderError;

/// The producer recorded in the PDF's document information.
const PRODUCER: &str = concat!(
    "belehrung ",
    env!("CARGO_PKG_VERSION"),
    " (printpdf 0.12.8)"
);

/// Font sizes tried in turn until the texts fit on the page (a long translation, a
/// guardian and a long name together can need a smaller body text; names at their
/// limit with a carer and a long second language need the last).
const FIT_SCALES: [f32; 5] = [1.0, 0.93, 0.86, 0.8, 0.74];

/// Renders the certificate. See the module documentation.
pub fn render(
    doc: &CertificateDocument,
    assets: &CertificateAssets,
) -> Result<Vec<u8>, RenderError> {
    let logo = doc
        .issuer
        .logo
        .as_deref()
        .and_then(|path| match assets.logos.get(path) {
            Ok(logo) => Some(logo),
            Err(error) => {
                tracing::warn!(%error, "certificate printed without the office's logo");
                None
            }
        });
    let logo_id = XObjectId("Logo".into());
    let logo_placement = logo
        .as_ref()
        .map(|logo| (&logo_id, (logo.width, logo.height)));
    let fit = |doc: &CertificateDocument| {
        let mut ops = Err(RenderError::Overflow(0.0));
        for scale in FIT_SCALES {
            let layout = assets.layout.scaled(scale);
            ops = lay_out(doc, assets, &layout, logo_placement);
            if !matches!(ops, Err(RenderError::Overflow(_))) {
                break;
            }
        }
        ops
    };
    let mut ops = fit(doc);
    // The cited wording of the declaration is the one thing a page may do without (the
    // record keeps it): rather a certificate without it than none.
    if matches!(ops, Err(RenderError::Overflow(_))) && doc.declaration_de.is_some() {
        let uncited = CertificateDocument {
            declaration_de: None,
            ..doc.clone()
        };
        ops = fit(&uncited);
    }
    let (ops, regular_id, bold_id) = ops?;

    let mut document = PdfDocument::new(&doc.primary.title);
    let fonts = &mut document.resources.fonts.map;
    fonts.insert(regular_id, PdfFont::new(assets.regular.font.clone()));
    fonts.insert(bold_id, PdfFont::new(assets.bold.font.clone()));
    if let Some(logo) = logo {
        document
            .resources
            .xobjects
            .map
            .insert(logo_id, logo.xobject.clone());
    }
    let page = &assets.layout.page;
    document.pages = vec![PdfPage::new(Mm(page.width), Mm(page.height), ops)];

    let options = PdfSaveOptions {
        // printpdf compresses at zlib's best level, which took a third of the render
        // time for a few bytes; `finish` compresses at the fastest level instead.
        optimize: false,
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
    for object in pdf.objects.values_mut() {
        if let Object::Stream(stream) = object {
            compress(stream).map_err(|e| RenderError::Pdf(format!("compressing a stream: {e}")))?;
        }
    }
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

/// Deflates a stream that has no filter yet (what printpdf's `optimize` would do, at
/// zlib's fastest level: a few per cent larger than its best, at a fraction of the time).
fn compress(stream: &mut lopdf::Stream) -> std::io::Result<()> {
    use std::io::Write as _;
    if stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(&stream.content)?;
    let compressed = encoder.finish()?;
    if compressed.len() < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    Ok(())
}
