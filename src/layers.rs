//! The import rule, checked over the source: a folder (or top-level file) of `src/`
//! uses only folders of a lower layer, so no two of them depend on each other and no
//! rule can reach up into the pages or the jobs that call it; and inside a folder, no
//! two files depend on each other, however indirectly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Lowest first. A module may use the modules of the layers below its own.
const LAYERS: &[&[&str]] = &[
    &[
        "domain",
        "clock",
        "secret",
        "data_dir",
        "metrics",
        "telemetry",
    ],
    &["db", "course", "certificate", "saml", "payment", "wallet"],
    &["audit", "settings"],
    &["staff", "mail"],
    &["service"],
    &["jobs", "web"],
    &["startup"],
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The modules a file names as `crate::<module>`, outside its test module.
fn used_modules(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut used = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        used.insert(name);
    }
    used
}

fn files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_module_uses_one_of_its_own_or_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in all {
        let relative = path.strip_prefix(&src).expect("under src");
        let first = relative
            .components()
            .next()
            .expect("a component")
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if matches!(first.as_str(), "lib" | "main" | "layers") {
            continue;
        }
        let own = layer_of(&first)
            .unwrap_or_else(|| panic!("src/{first} is in no layer of src/layers.rs"));
        let text = std::fs::read_to_string(&path).expect("source");
        for used in used_modules(&text) {
            if used == first {
                continue;
            }
            // Macros exported at the crate's root (`crate::on_backend!`) are no module.
            let Some(theirs) = layer_of(&used) else {
                assert!(
                    text.contains(&format!("crate::{used}!")),
                    "{}: crate::{used} is in no layer",
                    relative.display()
                );
                continue;
            };
            if theirs >= own {
                wrong.push(format!("{} uses crate::{used}", relative.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

/// The sibling modules a file names as `super::<module>` or in `super::{…}`.
fn used_siblings(text: &str, siblings: &BTreeSet<String>) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut used = BTreeSet::new();
    for (at, _) in code.match_indices("super::") {
        let rest = &code[at + "super::".len()..];
        let names: Vec<String> = match rest.strip_prefix('{') {
            Some(group) => group
                .split('}')
                .next()
                .unwrap_or_default()
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map(str::to_string)
                .collect(),
            None => vec![
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect(),
            ],
        };
        used.extend(names.into_iter().filter(|n| siblings.contains(n)));
    }
    used
}

fn folders(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    found.push(folder.to_path_buf());
    for entry in std::fs::read_dir(folder).expect("folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            folders(&path, found);
        }
    }
}

#[test]
fn no_two_files_of_a_folder_depend_on_each_other() {
    let mut all = Vec::new();
    folders(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut all);
    let mut cycles = Vec::new();
    for folder in all {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            let name = path
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .to_string();
            if path.is_dir() {
                files.insert(name, None);
            } else if path.extension().is_some_and(|e| e == "rs") && name != "mod" {
                files.insert(name, Some(std::fs::read_to_string(&path).expect("source")));
            }
        }
        let siblings: BTreeSet<String> = files.keys().cloned().collect();
        let uses: BTreeMap<&String, BTreeSet<String>> = files
            .iter()
            .filter_map(|(name, text)| {
                let mut used = used_siblings(text.as_deref()?, &siblings);
                used.remove(name);
                Some((name, used))
            })
            .collect();
        for (name, direct) in &uses {
            // Everything `name` reaches; reaching itself is a cycle.
            let mut reached = BTreeSet::new();
            let mut next: Vec<&String> = direct.iter().collect();
            while let Some(other) = next.pop() {
                if reached.insert(other.clone()) {
                    next.extend(uses.get(other).into_iter().flatten());
                }
            }
            if reached.contains(*name) {
                cycles.push(format!("{}/{name}.rs", folder.display()));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "files that depend on themselves through their siblings:\n{}",
        cycles.join("\n")
    );
}

/// The pages and the API change state and write the audit log only through `service`:
/// neither the account rules (`staff`) nor the audit log is theirs to call.
#[test]
fn the_web_reaches_accounts_and_the_audit_log_only_through_the_service() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut all = Vec::new();
    files(&web, &mut all);
    let wrong: Vec<String> = all
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).expect("source");
            used_modules(&text)
                .into_iter()
                .filter(|used| used == "staff" || used == "audit")
                .map(|used| format!("{} uses crate::{used}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
