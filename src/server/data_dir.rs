//! The data directory, laid out as etcd's (`member/wal/`, `member/snap/db`) plus ctl's record of
//! whose data it is, and the state a new cluster's members start from. `run` and `restore` both
//! make data directories here.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::server::ids;
use crate::server::proto::etcdserverpb::Member as MemberInfo;
use crate::server::raft::node;
use crate::server::raft::wal::Wal;
use crate::server::storage::mvcc::Store;

/// The data directory, laid out as etcd's: `member/wal/` and `member/snap/db`, plus ctl's record
/// of whose data it is.
pub struct DataDir {
    pub root: PathBuf,
}

/// Who a data directory belongs to, checked at every start.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct Identity {
    pub name: String,
    pub member_id: String,
    pub cluster_id: String,
    pub created_by: String,
}

impl DataDir {
    pub fn wal(&self) -> PathBuf {
        self.root.join("member").join("wal")
    }

    pub fn backend(&self) -> PathBuf {
        self.root.join("member").join("snap").join("db")
    }

    fn identity_path(&self) -> PathBuf {
        self.root.join("member").join("ctl-member.json")
    }

    /// Who this data directory belongs to, if it was ever used.
    pub fn identity(&self) -> Result<Option<Identity>> {
        let path = self.identity_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map(Some).map_err(|e| {
                Error::new(
                    format!("{} is damaged: {e}", path.display()),
                    "restore the data directory from a backup, or move it aside to start fresh",
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io("read", &path, &e)),
        }
    }

    /// A data directory without ctl's record must hold no data (e.g. etcd's).
    pub fn check_empty(&self) -> Result<()> {
        let wal_has_data = std::fs::read_dir(self.wal())
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
        if wal_has_data || self.backend().exists() {
            return Err(Error::new(
                format!(
                    "{} holds data but no ctl member record ({})",
                    self.root.display(),
                    self.identity_path().display()
                ),
                "ctl cannot adopt an etcd data directory; use an empty --data-dir",
            ));
        }
        Ok(())
    }

    /// Creates the layout (0700, as etcd does) and records whose data it is.
    pub fn create(&self, identity: &Identity) -> Result<()> {
        let io = |action: &str, path: &Path, e: std::io::Error| Error::io(action, path, &e);
        for dir in [self.wal(), self.backend().parent().unwrap().to_path_buf()] {
            std::fs::create_dir_all(&dir).map_err(|e| io("create", &dir, e))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for dir in [self.root.clone(), self.root.join("member")] {
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
                    .map_err(|e| io("set permissions on", &dir, e))?;
            }
        }
        let text = serde_json::to_string_pretty(identity).expect("identity serializes");
        let mut files = crate::output::FileSet::new();
        files.add(
            self.identity_path(),
            text.into_bytes(),
            crate::output::Access::Public,
        );
        files.write_all().map(|_| ())
    }
}

impl Identity {
    pub fn new(name: &str, member_id: u64, cluster_id: u64) -> Identity {
        Identity {
            name: name.to_string(),
            member_id: format!("{member_id:x}"),
            cluster_id: format!("{cluster_id:x}"),
            created_by: format!("ctl {}", env!("CARGO_PKG_VERSION")),
        }
    }

    fn parse(&self, value: &str) -> Result<u64> {
        u64::from_str_radix(value, 16).map_err(|_| {
            Error::new(
                format!("the member record holds a bad ID \"{value}\""),
                "restore the data directory from a backup",
            )
        })
    }

    pub fn member_id(&self) -> Result<u64> {
        self.parse(&self.member_id)
    }

    pub fn cluster_id(&self) -> Result<u64> {
        self.parse(&self.cluster_id)
    }
}

/// The members of --initial-cluster with the IDs etcd would give them, the cluster ID, and the
/// member IDs.
pub fn initial_members(
    initial_cluster: &[(String, Vec<crate::url::Url>)],
    token: &str,
) -> (Vec<MemberInfo>, u64, Vec<u64>) {
    let members: Vec<MemberInfo> = initial_cluster
        .iter()
        .map(|(name, urls)| {
            let urls: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
            MemberInfo {
                id: ids::member_id(&urls, token),
                name: name.clone(),
                peer_ur_ls: urls,
                client_ur_ls: Vec::new(),
                is_learner: false,
            }
        })
        .collect();
    let member_ids: Vec<u64> = members.iter().map(|m| m.id).collect();
    (members, ids::cluster_id(&member_ids), member_ids)
}

/// Every member of a new cluster starts from the same state: the membership at raft index 1,
/// term 1, in the backend and as the WAL's snapshot. (A member added later gets it in a snapshot
/// from the leader.) Returns that snapshot's metadata.
pub fn bootstrap(
    store: &Store,
    wal: &mut Wal,
    members: &[MemberInfo],
) -> std::result::Result<raft::eraftpb::SnapshotMetadata, String> {
    store
        .bootstrap(members, BOOTSTRAP_INDEX)
        .map_err(|e| e.to_string())?;
    bootstrap_wal(wal, members)
}

/// The raft index a new cluster's membership is at.
pub const BOOTSTRAP_INDEX: u64 = 1;

/// The WAL side of [`bootstrap`], for a backend that already holds the membership.
pub fn bootstrap_wal(
    wal: &mut Wal,
    members: &[MemberInfo],
) -> std::result::Result<raft::eraftpb::SnapshotMetadata, String> {
    let mut meta = raft::eraftpb::SnapshotMetadata {
        index: BOOTSTRAP_INDEX,
        term: 1,
        ..Default::default()
    };
    meta.set_conf_state(node::conf_state_of(members));
    let hard_state = raft::eraftpb::HardState {
        term: 1,
        ..Default::default()
    };
    wal.set_hard_state(&hard_state);
    wal.compact(&meta)
        .map_err(|e| format!("cannot write the WAL in {}: {e}", wal.dir().display()))?;
    Ok(meta)
}
