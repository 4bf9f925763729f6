//! The committed completions/ and man/ files must match the command tree. Regenerate them with
//! `scripts/regenerate-assets` (which runs this test with CTL_REGENERATE=1).

use std::path::Path;

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let regenerate = std::env::var_os("CTL_REGENERATE").is_some();
    let expected = ctl::cli::assets::generated_files();
    let mut stale = Vec::new();
    for (path, contents) in &expected {
        let full = root.join(path);
        if regenerate {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, contents).unwrap();
        } else if std::fs::read(&full).ok().as_deref() != Some(contents.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    // Pages of commands that no longer exist are stale too.
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten() {
            let path = Path::new(dir).join(entry.unwrap().file_name());
            if !expected.iter().any(|(p, _)| *p == path) {
                if regenerate {
                    std::fs::remove_file(root.join(&path)).unwrap();
                } else {
                    stale.push(format!("{} (no longer generated)", path.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}; run scripts/regenerate-assets",
        stale.join(", ")
    );
    assert!(expected
        .iter()
        .any(|(p, _)| p == Path::new("man/ctl-pki-gencert.1")));
}
