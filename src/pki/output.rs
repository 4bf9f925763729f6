//! How issued material leaves ctl: cfssljson's bare files, or cfssl's JSON response.

use std::path::Path;

use serde_json::{Map, Value};

use super::issue::Issued;
use crate::output::{Access, FileSet};

/// Adds `NAME.pem`, `NAME-key.pem` (0600) and `NAME.csr` to `files`, as `cfssljson -bare NAME`
/// writes them, for the parts `issued` has.
pub fn bare_files(files: &mut FileSet, dir: &Path, name: &str, issued: &Issued) {
    if let Some(cert) = &issued.cert {
        files.add(
            dir.join(format!("{name}.pem")),
            cert.as_bytes(),
            Access::Public,
        );
    }
    if let Some(key) = &issued.key {
        files.add(
            dir.join(format!("{name}-key.pem")),
            key.as_bytes(),
            Access::Private,
        );
    }
    if let Some(csr) = &issued.csr {
        files.add(
            dir.join(format!("{name}.csr")),
            csr.as_bytes(),
            Access::Public,
        );
    }
}

/// cfssl's response JSON (`{"cert","csr","key"}`), which the real cfssljson reads.
pub fn cfssl_json(issued: &Issued) -> String {
    let mut map = Map::new();
    for (field, value) in [
        ("cert", &issued.cert),
        ("csr", &issued.csr),
        ("key", &issued.key),
    ] {
        if let Some(v) = value {
            map.insert(field.into(), Value::String(v.clone()));
        }
    }
    serde_json::to_string(&Value::Object(map)).expect("strings serialize")
}
