//! The issuing office's logo: a PNG file decoded into raw pixels for the PDF.
//!
//! printpdf is built without its image codecs (they would pull in the `image` crate), so
//! the PNG container is read here and its pixel data inflated and un-filtered by lopdf's
//! FlateDecode/PNG-predictor decoder. Supported: non-interlaced PNGs with 8 bits per
//! channel (grey, grey+alpha, RGB, RGBA, palette with optional transparency) and 16-bit
//! grey/RGB(A), which is reduced to 8 bits.

use std::path::Path;

use lopdf::{Dictionary, Object, Stream};
use printpdf::{RawImage, RawImageData, RawImageFormat};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
/// Logos larger than this are refused rather than inflated.
const MAX_PIXELS: usize = 4096 * 4096;

#[derive(Debug, thiserror::Error)]
pub enum LogoError {
    #[error("reading the logo {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the logo {path} is not a PNG this renderer supports: {reason}")]
    Unsupported { path: String, reason: String },
}

struct Header {
    width: usize,
    height: usize,
    bit_depth: u8,
    colour_type: u8,
}

pub fn load_png(path: &Path) -> Result<RawImage, LogoError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LogoError::Read {
        path: shown.clone(),
        source,
    })?;
    decode_png(&bytes).map_err(|reason| LogoError::Unsupported {
        path: shown,
        reason,
    })
}

fn decode_png(bytes: &[u8]) -> Result<RawImage, String> {
    let body = bytes.strip_prefix(SIGNATURE).ok_or("no PNG signature")?;
    let (header, palette, transparency, data) = read_chunks(body)?;
    let channels = match header.colour_type {
        0 | 3 => 1,
        4 => 2,
        2 => 3,
        6 => 4,
        other => return Err(format!("colour type {other}")),
    };
    let bytes_per_channel = match (header.bit_depth, header.colour_type) {
        (8, _) => 1,
        (16, 0 | 2 | 4 | 6) => 2,
        (depth, _) => return Err(format!("{depth} bits per channel")),
    };
    let pixels = header
        .width
        .checked_mul(header.height)
        .filter(|&n| n > 0 && n <= MAX_PIXELS)
        .ok_or("image too large or empty")?;
    let params = Dictionary::from_iter(vec![
        ("Predictor", Object::Integer(15)),
        ("Colors", Object::Integer(channels)),
        (
            "BitsPerComponent",
            Object::Integer(i64::from(header.bit_depth)),
        ),
        ("Columns", Object::Integer(header.width as i64)),
    ]);
    let dict = Dictionary::from_iter(vec![
        ("Filter", Object::Name(b"FlateDecode".to_vec())),
        ("DecodeParms", Object::Dictionary(params)),
    ]);
    let raw = Stream::new(dict, data)
        .decompressed_content()
        .map_err(|e| format!("pixel data: {e}"))?;
    let samples = pixels * channels as usize;
    if raw.len() != samples * bytes_per_channel {
        return Err("pixel data truncated".into());
    }
    // 16-bit samples are big-endian: keep the high byte.
    let raw: Vec<u8> = raw.iter().step_by(bytes_per_channel).copied().collect();
    let (pixels, format) = match header.colour_type {
        0 => (raw, RawImageFormat::R8),
        4 => (raw, RawImageFormat::RG8),
        2 => (raw, RawImageFormat::RGB8),
        6 => (raw, RawImageFormat::RGBA8),
        _ => expand_palette(&raw, &palette, &transparency)?,
    };
    Ok(RawImage {
        pixels: RawImageData::U8(pixels),
        width: header.width,
        height: header.height,
        data_format: format,
        tag: Vec::new(),
    })
}

type Chunks = (Header, Vec<u8>, Vec<u8>, Vec<u8>);

fn read_chunks(mut rest: &[u8]) -> Result<Chunks, String> {
    let mut header = None;
    let (mut palette, mut transparency, mut data) = (Vec::new(), Vec::new(), Vec::new());
    while rest.len() >= 12 {
        let length = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let kind = &rest[4..8];
        let chunk = rest
            .get(8..8 + length)
            .ok_or("chunk runs past the end of the file")?;
        match kind {
            b"IHDR" if chunk.len() == 13 => {
                let be = |i: usize| {
                    u32::from_be_bytes([chunk[i], chunk[i + 1], chunk[i + 2], chunk[i + 3]])
                        as usize
                };
                if chunk[12] != 0 {
                    return Err("interlaced".into());
                }
                header = Some(Header {
                    width: be(0),
                    height: be(4),
                    bit_depth: chunk[8],
                    colour_type: chunk[9],
                });
            }
            b"PLTE" => palette = chunk.to_vec(),
            b"tRNS" => transparency = chunk.to_vec(),
            b"IDAT" => data.extend_from_slice(chunk),
            b"IEND" => break,
            _ => {}
        }
        rest = rest.get(12 + length..).ok_or("truncated chunk")?;
    }
    let header = header.ok_or("no image header")?;
    Ok((header, palette, transparency, data))
}

fn expand_palette(
    indices: &[u8],
    palette: &[u8],
    transparency: &[u8],
) -> Result<(Vec<u8>, RawImageFormat), String> {
    let with_alpha = !transparency.is_empty();
    let mut out = Vec::with_capacity(indices.len() * if with_alpha { 4 } else { 3 });
    for &index in indices {
        let i = usize::from(index);
        let rgb = palette
            .get(3 * i..3 * i + 3)
            .ok_or("palette index out of range")?;
        out.extend_from_slice(rgb);
        if with_alpha {
            out.push(transparency.get(i).copied().unwrap_or(255));
        }
    }
    let format = if with_alpha {
        RawImageFormat::RGBA8
    } else {
        RawImageFormat::RGB8
    };
    Ok((out, format))
}
