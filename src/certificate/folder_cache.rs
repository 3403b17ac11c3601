//! What was read from an office's key folder, kept while the folder stays as it was:
//! every change to a key (a new one, a retirement) renames a file into the folder and so
//! moves its modification time. The lookup and every PDF ask for the keys; reading and
//! parsing the PEM files each time cost a PDF a third of a millisecond.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// A folder changed this recently may change again within the file system's
/// timestamp granularity, unseen: its answer is not kept.
const SETTLED: Duration = Duration::from_secs(1);

/// An answer is read again after this long in any case: a change that moves no
/// modification time (a file edited in place, a network file system's attribute cache,
/// a clock running ahead of the file server's) shows within it.
const AT_MOST: Duration = Duration::from_secs(30);

#[derive(Debug)]
pub(super) struct FolderCache<T> {
    seen: Mutex<HashMap<String, Seen<T>>>,
}

#[derive(Debug)]
struct Seen<T> {
    modified: SystemTime,
    read_at: Instant,
    value: T,
}

impl<T> Default for FolderCache<T> {
    fn default() -> Self {
        Self {
            seen: Mutex::new(HashMap::new()),
        }
    }
}

impl<T: Clone> FolderCache<T> {
    /// The value kept for `folder`, or `read`'s answer, kept if the folder has settled.
    pub fn get_or_read(
        &self,
        folder: &Path,
        read: impl FnOnce() -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let key = folder.to_string_lossy().to_string();
        // The time is taken before the folder is looked at: a change within the same
        // timestamp tick as the read below must be younger than SETTLED measured from
        // here, or the answer is not kept.
        let asked = SystemTime::now();
        let read_at = Instant::now();
        let modified = std::fs::metadata(folder).and_then(|m| m.modified()).ok();
        let seen = || self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if let (Some(modified), Some(kept)) = (modified, seen().get(&key))
            && modified == kept.modified
            && kept.read_at.elapsed() < AT_MOST
        {
            return Ok(kept.value.clone());
        }
        let value = read()?;
        if let Some(modified) = modified
            && asked
                .duration_since(modified)
                .is_ok_and(|age| age > SETTLED)
        {
            seen().insert(
                key,
                Seen {
                    modified,
                    read_at,
                    value: value.clone(),
                },
            );
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settled_folder_is_read_once_and_a_changed_one_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("office");
        std::fs::create_dir(&folder).expect("folder");
        let old = SystemTime::now() - Duration::from_secs(60);
        let set_time = |t: SystemTime| {
            std::fs::File::open(&folder)
                .and_then(|f| f.set_modified(t))
                .expect("set time");
        };
        set_time(old);
        let cache = FolderCache::default();
        let reads = std::cell::Cell::new(0);
        let read = || {
            reads.set(reads.get() + 1);
            Ok(reads.get())
        };
        assert_eq!(cache.get_or_read(&folder, read).expect("read"), 1);
        assert_eq!(cache.get_or_read(&folder, read).expect("kept"), 1);
        set_time(old + Duration::from_secs(1));
        assert_eq!(cache.get_or_read(&folder, read).expect("read again"), 2);
        // Changed just now: read every time until it has settled.
        set_time(SystemTime::now());
        assert_eq!(cache.get_or_read(&folder, read).expect("read"), 3);
        assert_eq!(cache.get_or_read(&folder, read).expect("read"), 4);
    }
}
