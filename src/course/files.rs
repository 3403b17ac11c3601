//! Reading the content's files: the list of problems found, TOML files read into it,
//! and the rule for ids. Every loader of `course/` uses these; they use none of them.

use std::fmt;
use std::path::Path;

/// Every problem found in the content, each naming its file; all are reported at once.
#[derive(Default)]
pub(super) struct Problems(pub(super) Vec<String>);

impl Problems {
    pub(super) fn add(&mut self, file: &Path, message: impl fmt::Display) {
        self.0.push(format!("{}: {message}", file.display()));
    }
}

pub(super) fn read_toml<T: serde::de::DeserializeOwned>(
    path: &Path,
    problems: &mut Problems,
) -> Option<T> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            problems.add(path, format!("cannot be read: {e}"));
            return None;
        }
    };
    toml::from_str(&text)
        .map_err(|e| problems.add(path, e.to_string().replace('\n', " ")))
        .ok()
}

/// An id that is safe in a path and a URL: lower-case ASCII letters, digits and '-'.
pub(super) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
