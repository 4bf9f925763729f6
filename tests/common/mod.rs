//! Shared helpers for the integration tests: run the built `ctl`, and find the real tools the
//! tests compare against. A missing tool fails the test loudly; `scripts/test` installs them.

#![allow(dead_code)]

pub mod cluster;
pub mod etcd;
pub mod grpc;
pub mod serve;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `ctl` binary under test.
pub fn ctl() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ctl"))
}

/// Runs `ctl` with `args` in `dir` and returns its output.
pub fn run_ctl(dir: &Path, args: &[&str]) -> Output {
    ctl()
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("ctl runs")
}

/// Runs `ctl`, asserting success, and returns standard output.
pub fn ctl_ok(dir: &Path, args: &[&str]) -> String {
    let out = run_ctl(dir, args);
    assert!(
        out.status.success(),
        "ctl {} failed:\nstdout: {}\nstderr: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// The path of a required tool, or a panic telling how to install it.
pub fn tool(path: &str) -> PathBuf {
    let found = if path.contains('/') {
        Path::new(path).exists().then(|| PathBuf::from(path))
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(path))
                .find(|p| p.is_file())
        })
    };
    found.unwrap_or_else(|| panic!("required tool {path} is missing: run scripts/test, which installs the test dependencies"))
}

/// Debian's etcd 3.4 server.
pub fn etcd34() -> PathBuf {
    tool("/usr/bin/etcd")
}

/// Debian's etcdctl 3.4.
pub fn etcdctl34() -> PathBuf {
    tool("/usr/bin/etcdctl")
}

/// Runs a command, asserting success, and returns standard output.
pub fn run_ok(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Names of the entries of a directory, sorted.
pub fn dir_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}
