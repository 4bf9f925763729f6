//! Writing generated files all-or-nothing: every file goes to a temporary file beside its
//! target first, and only when all of them are written are they renamed into place, so a
//! failure never leaves a partial set behind. Private files are created 0600 from the start.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// 0644: certificates, CSRs, units.
    Public,
    /// 0600: private keys.
    Private,
}

impl Access {
    fn mode(self) -> u32 {
        match self {
            Access::Public => 0o644,
            Access::Private => 0o600,
        }
    }
}

#[derive(Debug)]
struct Planned {
    path: PathBuf,
    contents: Vec<u8>,
    access: Access,
}

/// A set of files to write together.
#[derive(Debug, Default)]
pub struct FileSet {
    files: Vec<Planned>,
}

impl FileSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>, access: Access) {
        self.files.push(Planned {
            path: path.into(),
            contents: contents.into(),
            access,
        });
    }

    /// The private files of the set that already exist.
    pub fn existing_private(&self) -> Vec<&Path> {
        self.files
            .iter()
            .filter(|f| f.access == Access::Private && f.path.exists())
            .map(|f| f.path.as_path())
            .collect()
    }

    /// Writes every file, creating missing parent directories; on any failure nothing new is
    /// left in place.
    pub fn write_all(self) -> Result<Vec<PathBuf>> {
        let mut staged = Vec::with_capacity(self.files.len());
        for file in &self.files {
            let dir = parent_dir(&file.path);
            if !dir.is_dir() {
                fs::create_dir_all(dir).map_err(|e| Error::io("create directory", dir, &e))?;
            }
            let mut temp = tempfile::Builder::new()
                .prefix(".ctl-")
                .tempfile_in(dir)
                .map_err(|e| Error::io("write into", dir, &e))?;
            // Set the mode before any secret byte is written.
            temp.as_file()
                .set_permissions(fs::Permissions::from_mode(file.access.mode()))
                .map_err(|e| Error::io("set the mode of a file in", dir, &e))?;
            temp.write_all(&file.contents)
                .and_then(|_| temp.as_file().sync_all())
                .map_err(|e| Error::io("write", &file.path, &e))?;
            staged.push(temp);
        }
        let mut written = Vec::with_capacity(staged.len());
        for (temp, file) in staged.into_iter().zip(&self.files) {
            temp.persist(&file.path)
                .map_err(|e| Error::io("write", &file.path, &e.error))?;
            written.push(file.path.clone());
        }
        let mut dirs: Vec<&Path> = self.files.iter().map(|f| parent_dir(&f.path)).collect();
        dirs.dedup();
        for dir in dirs {
            // Make the renames durable too; a failure here loses nothing already visible.
            if let Ok(handle) = fs::File::open(dir) {
                let _ = handle.sync_all();
            }
        }
        Ok(written)
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_files_are_0600_and_public_0644() {
        let dir = tempfile::tempdir().unwrap();
        let mut set = FileSet::new();
        set.add(dir.path().join("a-key.pem"), "secret", Access::Private);
        set.add(dir.path().join("sub/a.pem"), "public", Access::Public);
        set.write_all().unwrap();
        let mode = |p: &str| {
            fs::metadata(dir.path().join(p))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("a-key.pem"), 0o600);
        assert_eq!(mode("sub/a.pem"), 0o644);
    }

    #[test]
    fn a_failure_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("blocker");
        fs::write(&blocker, "a file, not a directory").unwrap();
        let mut set = FileSet::new();
        set.add(dir.path().join("ok.pem"), "x", Access::Public);
        set.add(blocker.join("inside.pem"), "x", Access::Public);
        assert!(set.write_all().is_err());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("blocker")]);
    }
}
