//! Reading PEM certificates and keys for TLS, with errors that name the file and what it should
//! hold. Members and clients share it.

use std::path::Path;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use crate::error::{Error, Result};

/// Every certificate in the PEM file at `path`; `what` names it in errors ("trusted CA").
pub fn read_certs(path: &Path, what: &str) -> Result<Vec<CertificateDer<'static>>> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(Error::io(&format!("read the {what}"), path, &e));
    }
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| {
            Error::new(
                format!("cannot read the {what} {}: {e}", path.display()),
                "pass a PEM file, e.g. one written by `ctl pki init`",
            )
        })?;
    if certs.is_empty() {
        return Err(Error::new(
            format!("{} holds no certificate", path.display()),
            format!("pass the PEM {what}"),
        ));
    }
    Ok(certs)
}

/// The private key in the PEM file at `path`; `belongs_to` names the certificate flag it pairs
/// with, for the hint.
pub fn read_key(path: &Path, belongs_to: &str) -> Result<PrivateKeyDer<'static>> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(Error::io("read the key", path, &e));
    }
    PrivateKeyDer::from_pem_file(path).map_err(|e| {
        Error::new(
            format!("cannot read the key {}: {e}", path.display()),
            format!("pass the PEM private key that belongs to {belongs_to}"),
        )
    })
}
