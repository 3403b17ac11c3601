//! The health offices' files: `content/tenants/<id>.toml` and the office's own texts in
//! `content/tenants/<id>/`.

use std::path::{Path, PathBuf};

use super::files::{Problems, is_slug, read_toml};
use super::model::{Course, ReviewStatus};
use super::sections::SectionedText;
use super::tenant::{Tenant, TenantPages};

pub(super) fn load_tenants(dir: &Path, course: &Course, problems: &mut Problems) -> Vec<Tenant> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            problems.add(dir, format!("cannot be read: {e}"));
            return Vec::new();
        }
    };
    paths.sort();
    let mut tenants: Vec<Tenant> = Vec::new();
    for path in paths {
        let Some(tenant) = read_toml::<Tenant>(&path, problems) else {
            continue;
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if tenant.id != stem || !is_slug(&tenant.id) {
            problems.add(
                &path,
                format!(
                    "id {:?} must be [a-z0-9-]+ and match the file name",
                    tenant.id
                ),
            );
        }
        let languages: Vec<(&str, ReviewStatus)> = course
            .languages
            .iter()
            .map(|l| (l.code.as_str(), l.review))
            .collect();
        for problem in tenant.problems(&languages) {
            problems.add(&path, problem);
        }
        if let Some(logo) = &tenant.logo {
            let logo_path = dir.join(logo);
            match std::fs::read(&logo_path) {
                Ok(bytes) if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => {}
                Ok(_) => problems.add(&logo_path, "the logo must be a PNG file"),
                Err(e) => problems.add(&logo_path, format!("missing logo ({e})")),
            }
        }
        let mut tenant = tenant;
        tenant.pages = load_tenant_pages(&dir.join(&tenant.id), problems);
        tenants.push(tenant);
    }
    if tenants.is_empty() {
        problems.add(dir, "defines no health office");
    }
    tenants
}

/// The office's own texts: accessibility statement, privacy notice, imprint (German
/// Markdown in `content/tenants/<id>/`).
fn load_tenant_pages(dir: &Path, problems: &mut Problems) -> TenantPages {
    let mut read = |name: &str| {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) if !text.trim().is_empty() => text,
            Ok(_) => {
                problems.add(&path, "is empty");
                String::new()
            }
            Err(e) => {
                problems.add(&path, format!("cannot be read: {e}"));
                String::new()
            }
        }
    };
    TenantPages {
        accessibility: read("accessibility.md"),
        privacy: SectionedText::parse(&read("privacy.md")),
        imprint: read("imprint.md"),
    }
}
