//! `ctl snapshot restore`: a new member's data directory from an etcd 3.5 snapshot (taken from
//! etcd or from ctl), with etcdutl's flags and meaning. Every key keeps its create and mod
//! revisions and version, deletions keep their tombstones, leases their TTLs, the compaction
//! its revision, users and roles their permissions and passwords; the membership is the one the flags give, under a new cluster identity, as
//! a new cluster's bootstrap would make it. One snapshot restored into each member's data dir,
//! with the same flags but --name and the peer URLs, makes a cluster.
//!
//! Unlike etcdutl, nothing is left behind on a refusal: the directory is built beside the target
//! and renamed into place only when complete.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::server::config::check_bootstrap;
use crate::server::data_dir::{self, DataDir, Identity};
use crate::server::proto::mvccpb::KeyValue;
use crate::server::raft::wal::Wal;
use crate::server::storage::mvcc::{Loader, Revision};
use crate::server::storage::snapshot::{self, Refusal, Visitor};

/// etcdutl snapshot restore's flags.
#[derive(Debug, Clone)]
pub struct RestoreOptions {
    pub snapshot: PathBuf,
    pub data_dir: PathBuf,
    pub name: String,
    pub initial_cluster: Option<String>,
    pub initial_cluster_token: String,
    pub initial_advertise_peer_urls: String,
    pub skip_hash_check: bool,
    pub bump_revision: u64,
    pub mark_compacted: bool,
}

/// What was restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub revision: i64,
    pub compact_revision: i64,
    pub changes: u64,
    pub leases: u64,
    pub member_id: u64,
    pub cluster_id: u64,
}

fn refused(snapshot: &Path, refusal: Refusal) -> Error {
    let hint = match &refusal {
        Refusal::Io(_) => "check the path and permissions",
        Refusal::NotBbolt(_) => {
            "give a file from `etcdctl snapshot save` or `ctl snapshot save` (or a member's member/snap/db)"
        }
        Refusal::Truncated { .. } => {
            "the copy is incomplete: save the snapshot again, or copy all of it"
        }
        Refusal::NotEtcd(_) => "give a snapshot of an etcd or ctl member",
        Refusal::Damaged(_) => "take a new snapshot; this file is damaged",
        Refusal::HashMismatch => {
            "the file changed after it was saved: save it again (--skip-hash-check restores it anyway, at your risk)"
        }
        Refusal::MissingHash => {
            "a member's raw db file has no trailer: restore it with --skip-hash-check"
        }
    };
    Error::new(
        format!("cannot restore {}: {refusal}", snapshot.display()),
        hint,
    )
}

struct Copy {
    loader: Loader,
    last: i64,
    changes: u64,
    leases: u64,
}

impl Visitor for Copy {
    fn change(&mut self, revision: Revision, kv: KeyValue) -> std::result::Result<(), String> {
        self.last = revision.main;
        self.changes += 1;
        self.loader.put(revision, &kv)
    }

    fn lease(&mut self, id: i64, ttl: i64) -> std::result::Result<(), String> {
        self.leases += 1;
        self.loader.lease(id, ttl);
        Ok(())
    }

    fn auth_row(&mut self, key: String, value: Vec<u8>) -> std::result::Result<(), String> {
        self.loader.auth_row(key, value);
        Ok(())
    }
}

/// Restores `options.snapshot` into a new data directory.
pub fn restore(options: &RestoreOptions) -> Result<Restored> {
    if options.bump_revision > 0 && !options.mark_compacted {
        return Err(Error::new(
            "--bump-revision needs --mark-compacted",
            "mark the bumped revision compacted, so watchers from before the restore are told to resync: add --mark-compacted",
        ));
    }
    if options.mark_compacted && options.bump_revision == 0 {
        return Err(Error::new(
            "--mark-compacted needs --bump-revision",
            "give how far to move the revision on, e.g. --bump-revision 1000000000",
        ));
    }
    let (initial_cluster, _) = check_bootstrap(
        &options.name,
        options.initial_cluster.as_deref(),
        &options.initial_advertise_peer_urls,
    )?;
    let target = &options.data_dir;
    let occupied = match std::fs::read_dir(target) {
        Ok(mut entries) => entries.next().is_some(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(Error::io("read", target, &e)),
    };
    if occupied {
        return Err(Error::new(
            format!("the data dir {} exists and is not empty", target.display()),
            "restore into a new --data-dir (move the old one aside first if it is this member's)",
        ));
    }

    let snapshot_path = &options.snapshot;
    let file = snapshot::open(snapshot_path).map_err(|r| refused(snapshot_path, r))?;
    if !options.skip_hash_check {
        match file.hash_matches() {
            Ok(true) => {}
            Ok(false) => return Err(refused(snapshot_path, Refusal::HashMismatch)),
            Err(refusal) => return Err(refused(snapshot_path, refusal)),
        }
    }
    let meta = file.meta().map_err(|r| refused(snapshot_path, r))?;

    // Build beside the target, then rename: a failure leaves nothing at the target.
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, &e))?;
    let staging = tempfile::Builder::new()
        .prefix(".ctl-restore-")
        .tempdir_in(&parent)
        .map_err(|e| Error::io("create a directory in", &parent, &e))?;
    let data = DataDir {
        root: staging.path().join("data"),
    };
    let (members, cluster_id, _) =
        data_dir::initial_members(&initial_cluster, &options.initial_cluster_token);
    let member_id = members
        .iter()
        .find(|m| m.name == options.name)
        .map(|m| m.id)
        .expect("check_bootstrap found it");
    data.create(&Identity::new(&options.name, member_id, cluster_id))?;
    let storage =
        |e: String| Error::new(e, "check the disk and the space under the target's parent");
    let mut copy = Copy {
        loader: Loader::create(&data.backend()).map_err(storage)?,
        last: 0,
        changes: 0,
        leases: 0,
    };
    file.visit(&mut copy)
        .map_err(|e| refused(snapshot_path, Refusal::NotEtcd(e)))?;
    let Copy {
        loader,
        last,
        changes,
        leases,
    } = copy;
    let revision = last.max(meta.revision).max(meta.compact_revision).max(1);
    let (revision, compact_revision) = if options.bump_revision > 0 {
        // etcdutl's --bump-revision --mark-compacted: the revision moves on and everything
        // before is compacted, so a watcher resuming from before the restore is cancelled
        // with compact_revision instead of missing changes.
        let bumped = revision + options.bump_revision as i64;
        (bumped, bumped)
    } else {
        (revision, meta.compact_revision)
    };
    // The membership goes in with the data, so the key index is never built here: restore's
    // memory stays small whatever the snapshot's size.
    loader
        .finish(compact_revision, &members, data_dir::BOOTSTRAP_INDEX)
        .map_err(storage)?;
    let (mut wal, _) = Wal::open(&data.wal()).map_err(|e| storage(e.to_string()))?;
    data_dir::bootstrap_wal(&mut wal, &members).map_err(storage)?;
    wal.sync().map_err(|e| storage(e.to_string()))?;
    drop(wal);

    std::fs::rename(&data.root, target).map_err(|e| Error::io("create", target, &e))?;
    if let Ok(dir) = std::fs::File::open(&parent) {
        let _ = dir.sync_all();
    }
    Ok(Restored {
        revision,
        compact_revision,
        changes,
        leases,
        member_id,
        cluster_id,
    })
}
