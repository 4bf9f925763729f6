//! The one error type of ctl: a cause and a hint, printed as two lines.

use std::fmt;
use std::path::Path;

/// An error an operator can act on: what went wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub cause: String,
    pub hint: String,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(cause: impl Into<String>, hint: impl Into<String>) -> Self {
        Error {
            cause: cause.into(),
            hint: hint.into(),
        }
    }

    /// Prefixes the cause with where it happened, e.g. a file name.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.cause = format!("{what}: {}", self.cause);
        self
    }

    /// A failed file-system operation on `path`, with a hint chosen by the kind of failure.
    pub fn io(action: &str, path: &Path, err: &std::io::Error) -> Self {
        use std::io::ErrorKind::*;
        let hint = match err.kind() {
            NotFound => "check the path; relative paths are taken from the current directory",
            PermissionDenied => {
                "check the file's owner and mode, or run as a user who may access it"
            }
            AlreadyExists => "remove the file first or choose another name",
            _ => "check the path and the file system",
        };
        Error::new(
            format!("cannot {action} {}: {}", path.display(), plain_io(err)),
            hint,
        )
    }
}

/// The OS message without Rust's " (os error N)" suffix.
fn plain_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.cause)
    }
}

impl std::error::Error for Error {}
