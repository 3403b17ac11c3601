//! What the service keeps on disk (the SQLite database with its -wal and -shm files,
//! the signing keys) holds personal data and secrets: it is readable by the service's
//! own user only, whatever the umask. Files get mode 0600, folders 0700, set explicitly
//! after creating them and tightened at start where an older version left them open.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

pub const FILE_MODE: u32 = 0o600;
pub const DIR_MODE: u32 = 0o700;

/// Creates `path` and any missing parent, each with mode 0700. Folders that exist
/// already are left as they are: they may be shared ones, such as the working directory.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut missing = Vec::new();
    let mut at = Some(path);
    while let Some(dir) = at {
        if dir.as_os_str().is_empty() || dir.exists() {
            break;
        }
        missing.push(dir);
        at = dir.parent();
    }
    for dir in missing.into_iter().rev() {
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, DIR_MODE);
        match builder.create(dir) {
            Ok(()) => set_mode(dir, DIR_MODE)?,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes `bytes` to `path`, readable by the owner only before anything is written.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    let mut file = options.open(path)?;
    // The mode above applies to a new file only (and through the umask).
    set_mode(path, FILE_MODE)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Creates an empty file with mode 0600 unless it exists; an existing one gets 0600.
///
/// An existing file is never opened: closing any descriptor of a file drops every POSIX
/// lock this process holds on it, and SQLite connections already open on the database
/// would lose theirs. Another process could then take the database for its last user
/// and delete the WAL and shared-memory files under them ("disk I/O error").
pub fn create_private_file(path: &Path) -> io::Result<()> {
    if fs::symlink_metadata(path).is_ok() {
        return set_mode(path, FILE_MODE);
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    match options.open(path) {
        Ok(_) => {}
        // Created by someone else in the meantime: it exists, which is all we need.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    set_mode(path, FILE_MODE)
}

/// Gives an existing file mode 0600; a missing one is fine.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => set_mode(path, FILE_MODE),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// The data dir: created 0700 if missing; it and everything under it tightened to 0700
/// (folders) and 0600 (files). Symbolic links are not followed.
pub fn secure_data_dir(root: &Path) -> io::Result<()> {
    create_private_dir(root)?;
    set_mode(root, DIR_MODE)?;
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                set_mode(&entry.path(), DIR_MODE)?;
                folders.push(entry.path());
            } else if kind.is_file() {
                set_mode(&entry.path(), FILE_MODE)?;
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = fs::symlink_metadata(path)?.permissions().mode() & 0o7777;
    if current != mode {
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o7777
    }

    #[test]
    fn created_and_existing_files_are_the_owners_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let nested = dir.path().join("a/b");
        create_private_dir(&nested).expect("created");
        assert_eq!(mode(&dir.path().join("a")), DIR_MODE);
        assert_eq!(mode(&nested), DIR_MODE);
        let key = nested.join("k.pem");
        write_private(&key, b"secret").expect("written");
        assert_eq!(mode(&key), FILE_MODE);

        let open = dir.path().join("open.txt");
        fs::write(&open, "x").expect("written");
        fs::set_permissions(&open, fs::Permissions::from_mode(0o644)).expect("chmod");
        fs::set_permissions(dir.path().join("a"), fs::Permissions::from_mode(0o755))
            .expect("chmod");
        secure_data_dir(dir.path()).expect("secured");
        assert_eq!(mode(&open), FILE_MODE);
        assert_eq!(mode(&dir.path().join("a")), DIR_MODE);
        assert_eq!(mode(dir.path()), DIR_MODE);
    }
}
