//! Offices' logos as PDF images, prepared once per logo file.
//!
//! A logo is the same on every certificate of its office, and turning it into an image
//! (decoding the PNG, deflating the pixels) took about a third of a certificate's
//! render. The prepared image is kept per file; a file changed on disk (another size
//! or modification time) is prepared anew.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use printpdf::{
    DictItem, ExternalStream, ExternalXObject, Px, RawImage, RawImageData, RawImageFormat, XObject,
};

use super::logo::{LogoError, load_png};

/// A deployment's offices, with room for logos replaced while running.
const CAPACITY: usize = 256;

/// A logo ready to be placed: its size in pixels and its image XObject, deflated.
pub struct PreparedLogo {
    pub width: usize,
    pub height: usize,
    pub xobject: XObject,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct LogoFile {
    path: PathBuf,
    modified: Option<SystemTime>,
    len: u64,
}

/// Shared by every clone of the assets.
#[derive(Clone)]
pub struct LogoCache {
    prepared: Arc<quick_cache::sync::Cache<LogoFile, Arc<PreparedLogo>>>,
}

impl Default for LogoCache {
    fn default() -> Self {
        Self {
            prepared: Arc::new(quick_cache::sync::Cache::new(CAPACITY)),
        }
    }
}

impl std::fmt::Debug for LogoCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogoCache")
            .field("logos", &self.prepared.len())
            .finish()
    }
}

impl LogoCache {
    pub fn get(&self, path: &Path) -> Result<Arc<PreparedLogo>, LogoError> {
        let metadata = std::fs::metadata(path).map_err(|source| LogoError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let file = LogoFile {
            path: path.to_path_buf(),
            modified: metadata.modified().ok(),
            len: metadata.len(),
        };
        if let Some(prepared) = self.prepared.get(&file) {
            return Ok(prepared);
        }
        let prepared =
            Arc::new(
                prepare(&load_png(path)?).map_err(|reason| LogoError::Unsupported {
                    path: path.display().to_string(),
                    reason,
                })?,
            );
        self.prepared.insert(file, prepared.clone());
        Ok(prepared)
    }
}

/// The image XObject for `image`: its colour channels deflated at zlib's best level
/// (this happens once), and an alpha channel, where there is one, as its soft mask.
fn prepare(image: &RawImage) -> Result<PreparedLogo, String> {
    let RawImageData::U8(pixels) = &image.pixels else {
        return Err("pixels are not 8-bit".into());
    };
    let (colours, has_alpha, colour_space) = match image.data_format {
        RawImageFormat::R8 => (1, false, "DeviceGray"),
        RawImageFormat::RG8 => (1, true, "DeviceGray"),
        RawImageFormat::RGB8 => (3, false, "DeviceRGB"),
        RawImageFormat::RGBA8 => (3, true, "DeviceRGB"),
        other => return Err(format!("pixel format {other:?}")),
    };
    let stride = colours + usize::from(has_alpha);
    let (mut colour, mut alpha) = (Vec::new(), Vec::new());
    for pixel in pixels.chunks_exact(stride) {
        colour.extend_from_slice(&pixel[..colours]);
        if has_alpha {
            alpha.push(pixel[colours]);
        }
    }
    let image_dict = |colour_space: &str| {
        [
            ("Type", DictItem::Name(b"XObject".to_vec())),
            ("Subtype", DictItem::Name(b"Image".to_vec())),
            ("Width", DictItem::Int(dimension(image.width)?)),
            ("Height", DictItem::Int(dimension(image.height)?)),
            ("BitsPerComponent", DictItem::Int(8)),
            (
                "ColorSpace",
                DictItem::Name(colour_space.as_bytes().to_vec()),
            ),
            ("Filter", DictItem::Name(b"FlateDecode".to_vec())),
        ]
        .into_iter()
        .map(|(key, value)| Ok((key.to_string(), value)))
        .collect::<Result<std::collections::BTreeMap<_, _>, String>>()
    };
    let mut dict = image_dict(colour_space)?;
    if has_alpha {
        let mask = ExternalStream {
            dict: image_dict("DeviceGray")?,
            content: deflate(&alpha)?,
            compress: false,
        };
        // printpdf writes a stream nested in the dictionary as an object of its own.
        dict.insert("SMask".into(), DictItem::Stream { stream: mask });
    }
    Ok(PreparedLogo {
        width: image.width,
        height: image.height,
        xobject: XObject::External(ExternalXObject {
            stream: ExternalStream {
                dict,
                content: deflate(&colour)?,
                compress: false,
            },
            width: Some(Px(image.width)),
            height: Some(Px(image.height)),
            dpi: None,
        }),
    })
}

fn dimension(pixels: usize) -> Result<i64, String> {
    i64::try_from(pixels).map_err(|_| format!("{pixels} pixels"))
}

fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("deflating: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inflate(bytes: &[u8]) -> Vec<u8> {
        use std::io::Read as _;
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(bytes)
            .read_to_end(&mut out)
            .expect("inflate");
        out
    }

    #[test]
    fn an_alpha_channel_becomes_the_soft_mask() {
        let image = RawImage {
            pixels: RawImageData::U8(vec![10, 20, 30, 255, 40, 50, 60, 0]),
            width: 2,
            height: 1,
            data_format: RawImageFormat::RGBA8,
            tag: Vec::new(),
        };
        let prepared = prepare(&image).expect("prepared");
        let XObject::External(xobject) = prepared.xobject else {
            panic!("an external image stream");
        };
        assert_eq!(inflate(&xobject.stream.content), [10, 20, 30, 40, 50, 60]);
        assert!(matches!(
            xobject.stream.dict.get("ColorSpace"),
            Some(DictItem::Name(name)) if name == b"DeviceRGB"
        ));
        let Some(DictItem::Stream { stream: mask }) = xobject.stream.dict.get("SMask") else {
            panic!("a soft mask");
        };
        assert_eq!(inflate(&mask.content), [255, 0]);
        assert!(matches!(
            mask.dict.get("ColorSpace"),
            Some(DictItem::Name(name)) if name == b"DeviceGray"
        ));
    }

    #[test]
    fn an_opaque_logo_has_no_soft_mask() {
        let image = RawImage {
            pixels: RawImageData::U8(vec![1, 2, 3]),
            width: 1,
            height: 1,
            data_format: RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        let XObject::External(xobject) = prepare(&image).expect("prepared").xobject else {
            panic!("an external image stream");
        };
        assert!(!xobject.stream.dict.contains_key("SMask"));
        assert_eq!(inflate(&xobject.stream.content), [1, 2, 3]);
    }
}
