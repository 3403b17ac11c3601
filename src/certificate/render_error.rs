//! Why a certificate could not be rendered; shared by the layout and the PDF writer.

/// Why a certificate could not be rendered.
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
