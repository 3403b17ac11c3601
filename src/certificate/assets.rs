//! What the renderer needs besides the certificate's data, read once at start-up from the
//! repository's `certificates/` folder:
//!
//! ```text
//! certificates/layout.toml        positions, sizes, colours, font files
//! certificates/fonts/*.ttf        the embedded fonts (DejaVu Sans, see fonts/LICENSE)
//! certificates/texts/<lang>.toml  the wording per language (de is required)
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use printpdf::ParsedFont;

use super::CertificateTexts;
use super::layout::Layout;
use super::typeset::{Face, printable, renders_correctly};

#[derive(Debug, thiserror::Error)]
pub enum AssetsError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Parse {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("{path}: {problem}")]
    Invalid { path: PathBuf, problem: String },
    #[error("{path}: not a font this renderer can use")]
    Font { path: PathBuf },
}

/// Layout, fonts and wording of the certificate. Cheap to share: load once, render many.
#[derive(Debug, Clone)]
pub struct CertificateAssets {
    pub(crate) layout: Layout,
    pub(crate) regular: Face,
    pub(crate) bold: Face,
    texts: BTreeMap<String, CertificateTexts>,
    /// Languages whose wording is in a script the renderer cannot set (no shaping, no
    /// bidi): their certificates carry English as the second language instead.
    /// The wording of the languages the PDF cannot print, for pages.
    page_only: BTreeMap<String, CertificateTexts>,
    unprintable: Vec<String>,
    /// The offices' logos, prepared once.
    pub(crate) logos: super::logo_cache::LogoCache,
}

impl CertificateAssets {
    /// Reads `dir` (the `certificates/` folder).
    pub fn load(dir: &Path) -> Result<Self, AssetsError> {
        let layout_path = dir.join("layout.toml");
        let layout: Layout = parse_toml(&layout_path)?;
        if let Some(problem) = layout.problems().into_iter().next() {
            return Err(AssetsError::Invalid {
                path: layout_path,
                problem,
            });
        }
        let regular = load_face(&dir.join(&layout.fonts.regular))?;
        let bold = load_face(&dir.join(&layout.fonts.bold))?;
        let mut texts = load_texts(&dir.join("texts"))?;
        let unprintable: Vec<String> = texts
            .iter()
            .filter(|(_, t)| !t.all().iter().all(|text| renders_correctly(text)))
            .map(|(lang, _)| lang.clone())
            .collect();
        // The PDF cannot set these scripts; a page can, so they are kept for the
        // certificate's HTML view.
        let page_only = unprintable
            .iter()
            .filter_map(|lang| texts.remove_entry(lang))
            .collect();
        let assets = Self {
            layout,
            regular,
            bold,
            texts,
            page_only,
            unprintable,
            logos: Default::default(),
        };
        for (lang, texts) in &assets.texts {
            if let Some(problem) = assets.text_problem(texts) {
                return Err(AssetsError::Invalid {
                    path: dir.join("texts").join(format!("{lang}.toml")),
                    problem,
                });
            }
        }
        Ok(assets)
    }

    /// The wording in `lang` (an ISO 639-1 code such as `de`), if there is a file for it.
    pub fn texts(&self, lang: &str) -> Option<&CertificateTexts> {
        self.texts.get(lang)
    }

    /// The languages with wording, in alphabetical order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    /// The wording in `lang` for a page, which sets every script: also the languages
    /// the PDF cannot print.
    pub fn page_texts(&self, lang: &str) -> Option<&CertificateTexts> {
        self.texts.get(lang).or_else(|| self.page_only.get(lang))
    }

    /// Languages with wording in a script the renderer cannot set correctly.
    pub fn unprintable_languages(&self) -> &[String] {
        &self.unprintable
    }

    /// Whether `text` comes out right on the certificate: only scripts set without
    /// shaping (see [`renders_correctly`]) and a glyph for every character in both fonts.
    pub fn can_render(&self, text: &str) -> bool {
        renders_correctly(text)
            && printable(text)
                .chars()
                .all(|c| self.regular.has_glyph(c) && self.bold.has_glyph(c))
    }

    fn text_problem(&self, texts: &CertificateTexts) -> Option<String> {
        let placeholders = [
            (&texts.statement, "statement", "{date}"),
            (&texts.declared_by, "declared_by", "{name}"),
            (&texts.declared_by, "declared_by", "{role}"),
        ];
        if let Some((_, key, placeholder)) = placeholders.iter().find(|(t, _, p)| !t.contains(p)) {
            return Some(format!("{key} must contain {placeholder}"));
        }
        let roles = [
            &texts.role_parent,
            &texts.role_guardian,
            &texts.role_carer,
            &texts.role_custody,
        ];
        if roles.iter().any(|r| r.contains(['{', '}'])) {
            return Some("the role_* texts take no placeholder".into());
        }
        if !["original", "reviewed", "machine", "draft"].contains(&texts.review.as_str()) {
            return Some(format!(
                "review {:?} must be original, reviewed, machine or draft",
                texts.review
            ));
        }
        if !texts.verify.contains("{url}") {
            return Some("verify must contain {url}".into());
        }
        texts
            .all()
            .into_iter()
            .find(|text| text.trim().is_empty() || !self.can_render(text))
            .map(|text| format!("{text:?} is empty or cannot be set with the certificate font"))
    }
}

fn read(path: &Path) -> Result<Vec<u8>, AssetsError> {
    std::fs::read(path).map_err(|source| AssetsError::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, AssetsError> {
    let bytes = read(path)?;
    let text = String::from_utf8(bytes).map_err(|_| AssetsError::Invalid {
        path: path.to_path_buf(),
        problem: "not UTF-8".into(),
    })?;
    toml::from_str(&text).map_err(|source| AssetsError::Parse {
        path: path.to_path_buf(),
        source,
    })
}

fn load_face(path: &Path) -> Result<Face, AssetsError> {
    let bytes = read(path)?;
    let mut warnings = Vec::new();
    let font =
        ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| AssetsError::Font {
            path: path.to_path_buf(),
        })?;
    if !font.has_source_bytes() || font.lookup_glyph_index(u32::from('A')).is_none() {
        return Err(AssetsError::Font {
            path: path.to_path_buf(),
        });
    }
    Ok(Face::new(font))
}

fn load_texts(dir: &Path) -> Result<BTreeMap<String, CertificateTexts>, AssetsError> {
    let entries = std::fs::read_dir(dir).map_err(|source| AssetsError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut texts = BTreeMap::new();
    for entry in entries {
        let path = entry
            .map_err(|source| AssetsError::Read {
                path: dir.to_path_buf(),
                source,
            })?
            .path();
        let Some(lang) = path
            .extension()
            .filter(|ext| *ext == "toml")
            .and_then(|_| path.file_stem())
            .and_then(|stem| stem.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let parsed: CertificateTexts = parse_toml(&path)?;
        if parsed.language != lang {
            return Err(AssetsError::Invalid {
                path,
                problem: format!(
                    "language is {:?}, the file name says {lang:?}",
                    parsed.language
                ),
            });
        }
        texts.insert(lang, parsed);
    }
    if !texts.contains_key("de") {
        return Err(AssetsError::Invalid {
            path: dir.join("de.toml"),
            problem: "the German wording is required".into(),
        });
    }
    Ok(texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_of_certificates() -> tempfile::TempDir {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates");
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["", "fonts", "texts"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
            for entry in std::fs::read_dir(source.join(sub)).expect("read").flatten() {
                if entry.path().is_file() {
                    std::fs::copy(entry.path(), dir.path().join(sub).join(entry.file_name()))
                        .expect("copy");
                }
            }
        }
        dir
    }

    #[test]
    fn wording_in_a_script_without_shaping_is_left_out_not_printed_wrongly() {
        let dir = copy_of_certificates();
        let english = std::fs::read_to_string(dir.path().join("texts/en.toml")).expect("en");
        let arabic = english
            .replace("language = \"en\"", "language = \"ar\"")
            .replace("Certificate code", "رمز الشهادة");
        std::fs::write(dir.path().join("texts/ar.toml"), arabic).expect("write");
        let assets = CertificateAssets::load(dir.path()).expect("loads");
        assert!(assets.texts("ar").is_none());
        assert!(assets.unprintable_languages().contains(&"ar".to_string()));
        assert!(assets.texts("en").is_some());
    }

    #[test]
    fn the_shipped_wording_prints_in_every_script_the_renderer_can_set() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("certificates");
        let assets = CertificateAssets::load(&dir).expect("loads");
        let mut unprintable = assets.unprintable_languages().to_vec();
        unprintable.sort();
        assert_eq!(unprintable, ["ar", "fa", "hi", "zh"]);
        for lang in [
            "de", "en", "tr", "pl", "ru", "uk", "el", "sr", "vi", "so", "ku",
        ] {
            assert!(assets.texts(lang).is_some(), "{lang}");
        }
    }
}
