//! etcd 3.5's snapshot format: a bbolt database in etcd's bucket layout, followed (in a saved
//! snapshot) by the SHA-256 of the database bytes. ctl writes it from its own store and reads it
//! back (from ctl or from etcd) to restore, so snapshots move between ctl and etcd both ways with
//! every revision kept.
//!
//! Buckets (etcd's server/mvcc/buckets): `key` maps 8-byte big-endian main revision, `_`, 8-byte
//! sub revision (plus `t` for a tombstone) to an `mvccpb.KeyValue` (a tombstone holds only the
//! key); `meta` holds `consistent_index` and `term` (big-endian u64) and
//! `scheduledCompactRev`/`finishedCompactRev` (revision bytes); `lease` maps the big-endian ID to
//! a `leasepb.Lease`; `members` maps the hex ID to etcd's member JSON, `members_removed` the hex
//! ID to "removed"; `cluster` holds `clusterVersion`; `alarm` keys are `AlarmMember`s; `auth`
//! holds `authRevision` (and `authEnabled` once auth was ever switched).
//!
//! The bbolt pages are written by the `bbolt-rs` crate and read by `bbolt` (a checked reader of
//! our own: the crate cannot read etcd's files, which have no persisted freelist, and trusts
//! page numbers, so a damaged file could crash it).

use std::fs::File;
use std::io::Read;
use std::path::Path;

use bbolt_rs::{BucketRwApi, DbApi, DbRwAPI, TxRwRefApi};
use prost::Message as _;

use super::bbolt;
use super::mvcc::{auth_rows, Revision, StoreView};
use crate::server::proto::mvccpb::KeyValue;

/// The SHA-256 trailer of a saved snapshot.
pub const TRAILER_BYTES: u64 = 32;
/// etcd's API level, written as the cluster version.
const CLUSTER_VERSION: &str = "3.5.0";
/// Changes (and bytes) per bbolt write transaction: bounds the writer's memory whatever the
/// store's size.
const WRITE_BATCH: usize = 10_000;
const WRITE_BATCH_BYTES: usize = 4 * 1024 * 1024;

const KEY: &str = "key";
const META: &str = "meta";
const LEASE: &str = "lease";
const ALARM: &str = "alarm";
const CLUSTER: &str = "cluster";
const MEMBERS: &str = "members";
const MEMBERS_REMOVED: &str = "members_removed";
const AUTH: &str = "auth";
const AUTH_USERS: &str = "authUsers";
const AUTH_ROLES: &str = "authRoles";

/// etcd's leasepb.Lease.
#[derive(Clone, PartialEq, prost::Message)]
pub struct LeaseRecord {
    #[prost(int64, tag = "1")]
    pub id: i64,
    #[prost(int64, tag = "2")]
    pub ttl: i64,
    #[prost(int64, tag = "3")]
    pub remaining_ttl: i64,
}

/// A revision as etcd's `key` bucket spells it.
pub fn revision_bytes(revision: Revision, tombstone: bool) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(18);
    bytes.extend_from_slice(&(revision.main as u64).to_be_bytes());
    bytes.push(b'_');
    bytes.extend_from_slice(&(revision.sub as u64).to_be_bytes());
    if tombstone {
        bytes.push(b't');
    }
    bytes
}

/// The revision and tombstone mark of a `key` bucket key.
pub fn parse_revision(bytes: &[u8]) -> Option<(Revision, bool)> {
    let tombstone = match bytes.len() {
        17 => false,
        18 if bytes[17] == b't' => true,
        _ => return None,
    };
    if bytes[8] != b'_' {
        return None;
    }
    let main = u64::from_be_bytes(bytes[..8].try_into().ok()?) as i64;
    let sub = u64::from_be_bytes(bytes[9..17].try_into().ok()?) as i64;
    Some((Revision { main, sub }, tombstone))
}

fn fail(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

/// etcd's member JSON (membership.Member).
fn member_json(member: &crate::server::proto::etcdserverpb::Member) -> Vec<u8> {
    let mut value = serde_json::Map::new();
    value.insert("id".into(), serde_json::json!(member.id));
    value.insert("peerURLs".into(), serde_json::json!(member.peer_ur_ls));
    if !member.name.is_empty() {
        value.insert("name".into(), serde_json::json!(member.name));
    }
    if !member.client_ur_ls.is_empty() {
        value.insert("clientURLs".into(), serde_json::json!(member.client_ur_ls));
    }
    if member.is_learner {
        value.insert("isLearner".into(), serde_json::json!(true));
    }
    serde_json::to_vec(&value).expect("member JSON")
}

/// Writes `view` at `path` (which must not exist) as an etcd 3.5 backend, without the trailer.
/// `term` is the raft term to record.
pub fn write(view: &StoreView, term: u64, path: &Path) -> Result<(), String> {
    let what = format!("cannot write the snapshot {}", path.display());
    // One sync at the end instead of one per transaction: the file is useless until complete.
    let options = bbolt_rs::BoltOptions::builder().no_sync().build();
    let mut db = options.open(path).map_err(|e| fail(&what, e))?;
    db.update(|mut tx| {
        for bucket in [
            KEY,
            META,
            LEASE,
            ALARM,
            CLUSTER,
            MEMBERS,
            MEMBERS_REMOVED,
            AUTH,
            AUTH_USERS,
            AUTH_ROLES,
        ] {
            tx.create_bucket_if_not_exists(bucket)?;
        }
        let mut meta = tx.bucket_mut(META).expect("created");
        meta.put("consistent_index", view.consistent_index.to_be_bytes())?;
        meta.put("term", term.to_be_bytes())?;
        if view.compact_revision > 0 {
            let compacted = revision_bytes(
                Revision {
                    main: view.compact_revision,
                    sub: 0,
                },
                false,
            );
            meta.put("scheduledCompactRev", &compacted)?;
            meta.put("finishedCompactRev", &compacted)?;
        }
        let mut lease = tx.bucket_mut(LEASE).expect("created");
        for &(id, ttl) in &view.leases {
            let record = LeaseRecord {
                id,
                ttl,
                remaining_ttl: 0,
            };
            lease.put(id.to_be_bytes(), record.encode_to_vec())?;
        }
        let mut members = tx.bucket_mut(MEMBERS).expect("created");
        for member in &view.members {
            members.put(format!("{:x}", member.id), member_json(member))?;
        }
        let mut removed = tx.bucket_mut(MEMBERS_REMOVED).expect("created");
        for id in &view.removed {
            removed.put(format!("{id:x}"), "removed")?;
        }
        let mut cluster = tx.bucket_mut(CLUSTER).expect("created");
        cluster.put("clusterVersion", CLUSTER_VERSION)?;
        let mut alarm = tx.bucket_mut(ALARM).expect("created");
        for member in &view.alarms {
            alarm.put(member.encode_to_vec(), [])?;
        }
        // etcd's auth buckets from the auth table's rows.
        let mut revision = 1u64.to_be_bytes().to_vec();
        let mut enabled = None;
        for (key, value) in &view.auth {
            if key == auth_rows::REVISION {
                revision = value.clone();
            } else if key == auth_rows::ENABLED {
                enabled = Some(value.clone());
            } else if let Some(name) = key.strip_prefix(auth_rows::USER) {
                tx.bucket_mut(AUTH_USERS)
                    .expect("created")
                    .put(name, value)?;
            } else if let Some(name) = key.strip_prefix(auth_rows::ROLE) {
                tx.bucket_mut(AUTH_ROLES)
                    .expect("created")
                    .put(name, value)?;
            }
        }
        let mut auth = tx.bucket_mut(AUTH).expect("created");
        auth.put("authRevision", revision)?;
        if let Some(enabled) = enabled {
            auth.put("authEnabled", enabled)?;
        }
        Ok(())
    })
    .map_err(|e| fail(&what, e))?;

    // The key bucket, a batch of changes per transaction, mostly full pages (revisions only
    // grow, so pages fill in order, as etcd's sequential puts do).
    let mut batch: Vec<(Vec<u8>, Vec<u8>)> = Vec::with_capacity(WRITE_BATCH);
    let mut batch_bytes = 0;
    let flush = |db: &mut bbolt_rs::Bolt, batch: &mut Vec<(Vec<u8>, Vec<u8>)>| {
        db.update(|mut tx| {
            let mut bucket = tx.bucket_mut(KEY).expect("created");
            bucket.set_fill_percent(0.9);
            for (key, value) in batch.iter() {
                bucket.put(key, value)?;
            }
            Ok(())
        })
        .map_err(|e| fail(&what, e))?;
        batch.clear();
        Ok::<(), String>(())
    };
    view.for_each_revision(|revision, kv| {
        let tombstone = kv.version == 0;
        let value = if tombstone {
            // etcd's tombstone holds only the key.
            KeyValue {
                key: kv.key,
                ..Default::default()
            }
            .encode_to_vec()
        } else {
            kv.encode_to_vec()
        };
        batch_bytes += value.len() + 18;
        batch.push((revision_bytes(revision, tombstone), value));
        if batch.len() >= WRITE_BATCH || batch_bytes >= WRITE_BATCH_BYTES {
            flush(&mut db, &mut batch)?;
            batch_bytes = 0;
        }
        Ok(())
    })?;
    flush(&mut db, &mut batch)?;
    db.sync().map_err(|e| fail(&what, e))?;
    db.close();
    Ok(())
}

/// What `etcdutl snapshot status` reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Status {
    pub hash: u32,
    pub revision: i64,
    #[serde(rename = "totalKey")]
    pub total_key: u64,
    #[serde(rename = "totalSize")]
    pub total_size: u64,
}

/// Why a file is not a usable snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Io(String),
    /// Not a bbolt database, or a damaged one.
    NotBbolt(String),
    /// Shorter than its meta page says.
    Truncated {
        expected: u64,
        actual: u64,
    },
    /// A bbolt database without etcd's buckets.
    NotEtcd(String),
    /// The bbolt consistency check failed.
    Damaged(Vec<String>),
    HashMismatch,
    MissingHash,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Io(e) => f.write_str(e),
            Refusal::NotBbolt(why) => write!(f, "not a bbolt database ({why})"),
            Refusal::Truncated { expected, actual } => write!(
                f,
                "truncated: the database says it is {expected} bytes long, the file holds {actual}"
            ),
            Refusal::NotEtcd(why) => write!(f, "a bbolt database, but not etcd's ({why})"),
            Refusal::Damaged(errors) => write!(
                f,
                "the database fails its integrity check ({} errors, first: {})",
                errors.len(),
                errors.first().map_or("", String::as_str)
            ),
            Refusal::HashMismatch => f.write_str("its SHA-256 trailer does not match its content"),
            Refusal::MissingHash => f.write_str("it has no SHA-256 trailer"),
        }
    }
}

/// A snapshot file whose header was checked: the database is its first `db_len` bytes.
pub struct SnapshotFile {
    path: std::path::PathBuf,
    reader: bbolt::Reader,
    /// The bytes before the trailer (the whole file without one).
    pub db_len: u64,
    /// The pages the database uses: its size as bbolt counts it (tx.Size()).
    pub used: u64,
    pub has_trailer: bool,
}

/// Checks that `path` holds a whole bbolt database (with or without etcd's SHA-256 trailer),
/// without trusting anything inside it yet.
pub fn open(path: &Path) -> Result<SnapshotFile, Refusal> {
    let io = |e: std::io::Error| Refusal::Io(format!("cannot read {}: {e}", path.display()));
    let len = std::fs::metadata(path).map_err(io)?.len();
    let has_trailer = len % 512 == TRAILER_BYTES;
    let db_len = if has_trailer {
        len - TRAILER_BYTES
    } else {
        len
    };
    let reader = bbolt::Reader::open(path, db_len).map_err(Refusal::from)?;
    Ok(SnapshotFile {
        path: path.to_path_buf(),
        db_len,
        used: reader.size,
        has_trailer,
        reader,
    })
}

impl From<bbolt::Error> for Refusal {
    fn from(e: bbolt::Error) -> Refusal {
        match e {
            bbolt::Error::Io(e) => Refusal::Io(e),
            bbolt::Error::NotBbolt(why) => Refusal::NotBbolt(why),
            bbolt::Error::Truncated { expected, actual } => Refusal::Truncated { expected, actual },
            bbolt::Error::Damaged(why) => Refusal::Damaged(vec![why]),
        }
    }
}

/// What a restore needs from a snapshot, visited in order.
pub trait Visitor {
    fn change(&mut self, revision: Revision, kv: KeyValue) -> Result<(), String>;
    fn lease(&mut self, id: i64, ttl: i64) -> Result<(), String>;
    /// One row of the auth table (see `mvcc::auth_rows`) from etcd's auth buckets.
    fn auth_row(&mut self, key: String, value: Vec<u8>) -> Result<(), String>;
}

/// What a snapshot's `meta` and `auth` buckets say.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub compact_revision: i64,
    pub auth_enabled: bool,
    /// The last revision in the `key` bucket.
    pub revision: i64,
    pub changes: u64,
}

impl SnapshotFile {
    /// Whether the trailer matches the database bytes.
    pub fn hash_matches(&self) -> Result<bool, Refusal> {
        if !self.has_trailer {
            return Err(Refusal::MissingHash);
        }
        let io =
            |e: std::io::Error| Refusal::Io(format!("cannot read {}: {e}", self.path.display()));
        let mut file = File::open(&self.path).map_err(io)?;
        let mut context = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
        let mut buffer = vec![0u8; 1024 * 1024];
        let mut left = self.db_len;
        while left > 0 {
            let n = (left as usize).min(buffer.len());
            file.read_exact(&mut buffer[..n]).map_err(io)?;
            context.update(&buffer[..n]);
            left -= n as u64;
        }
        let mut trailer = [0u8; 32];
        file.read_exact(&mut trailer).map_err(io)?;
        Ok(context.finish().as_ref() == trailer)
    }

    fn bucket(&self, name: &str) -> Result<Option<bbolt::Bucket>, Refusal> {
        Ok(self
            .reader
            .buckets()?
            .into_iter()
            .find(|(n, _)| n == name.as_bytes())
            .map(|(_, b)| b))
    }

    fn checked(&self) -> Result<(), Refusal> {
        let errors = self.reader.check();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Refusal::Damaged(errors))
        }
    }

    /// etcdutl's `snapshot status`: bbolt's consistency check, then a CRC-32C over every
    /// bucket's name, keys and values in order, the key bucket's last revision, the number of
    /// pairs in all buckets and the database size.
    pub fn status(&self) -> Result<Status, Refusal> {
        self.checked()?;
        let mut hash = 0u32;
        let mut status = Status {
            hash: 0,
            revision: 0,
            total_key: 0,
            total_size: self.used,
        };
        for (name, bucket) in self.reader.buckets()? {
            hash = crc32c::crc32c_append(hash, &name);
            let is_key = name == KEY.as_bytes();
            self.reader.for_each(&bucket, &mut |key, value| {
                hash = crc32c::crc32c_append(hash, key);
                hash = crc32c::crc32c_append(hash, value);
                if is_key {
                    if let Some((revision, _)) = parse_revision(key) {
                        status.revision = revision.main;
                    }
                }
                status.total_key += 1;
                Ok(())
            })?;
        }
        status.hash = hash;
        Ok(status)
    }

    /// Checks the database and reads its meta and auth state; it must have etcd's buckets.
    pub fn meta(&self) -> Result<Meta, Refusal> {
        self.checked()?;
        let (Some(key), Some(meta)) = (self.bucket(KEY)?, self.bucket(META)?) else {
            return Err(Refusal::NotEtcd(
                "it has no `key` and `meta` buckets".into(),
            ));
        };
        let mut values = std::collections::HashMap::new();
        self.reader.for_each(&meta, &mut |k, v| {
            values.insert(k.to_vec(), v.to_vec());
            Ok(())
        })?;
        let main_of = |name: &str| {
            values
                .get(name.as_bytes())
                .and_then(|b| b.get(..8))
                .map_or(0, |b| {
                    u64::from_be_bytes(b.try_into().expect("8 bytes")) as i64
                })
        };
        let mut found = Meta {
            // A compaction scheduled but not finished is as good as done: etcd finishes it at
            // start-up.
            compact_revision: main_of("finishedCompactRev").max(main_of("scheduledCompactRev")),
            ..Default::default()
        };
        if let Some(auth) = self.bucket(AUTH)? {
            self.reader.for_each(&auth, &mut |k, v| {
                if k == b"authEnabled" {
                    found.auth_enabled = v == [1];
                }
                Ok(())
            })?;
        }
        let mut bad = None;
        self.reader.for_each(&key, &mut |k, _| {
            match parse_revision(k) {
                Some((revision, _)) => found.revision = revision.main,
                None if bad.is_none() => bad = Some(k.to_vec()),
                None => {}
            }
            found.changes += 1;
            Ok(())
        })?;
        if let Some(k) = bad {
            return Err(Refusal::NotEtcd(format!(
                "a key bucket entry {k:02x?} is not a revision"
            )));
        }
        Ok(found)
    }

    /// Visits every change (in revision order) and every lease.
    pub fn visit(&self, visitor: &mut dyn Visitor) -> Result<(), String> {
        let fail = |e: Refusal| e.to_string();
        let key = self.bucket(KEY).map_err(fail)?.ok_or("no key bucket")?;
        let mut outcome = Ok(());
        self.reader
            .for_each(&key, &mut |k, v| {
                let step = (|| {
                    let (revision, tombstone) =
                        parse_revision(k).ok_or_else(|| format!("bad revision {k:02x?}"))?;
                    if v.is_empty() {
                        // etcdutl's --bump-revision marker: a revision without a change.
                        return Ok(());
                    }
                    let mut kv = KeyValue::decode(v)
                        .map_err(|e| format!("revision {}: bad value: {e}", revision.main))?;
                    if tombstone {
                        kv = KeyValue {
                            key: kv.key,
                            mod_revision: revision.main,
                            ..Default::default()
                        };
                    }
                    visitor.change(revision, kv)
                })();
                if let Err(e) = step {
                    outcome = Err(e);
                    return Err(bbolt::Error::Damaged("stopped".into()));
                }
                Ok(())
            })
            .or_else(|e| {
                if outcome.is_err() {
                    Ok(())
                } else {
                    Err(fail(e.into()))
                }
            })?;
        outcome?;
        if let Some(lease) = self.bucket(LEASE).map_err(fail)? {
            let mut outcome = Ok(());
            self.reader
                .for_each(&lease, &mut |_, v| {
                    let step = LeaseRecord::decode(v)
                        .map_err(|e| format!("bad lease record: {e}"))
                        .and_then(|r| visitor.lease(r.id, r.ttl));
                    if let Err(e) = step {
                        outcome = Err(e);
                        return Err(bbolt::Error::Damaged("stopped".into()));
                    }
                    Ok(())
                })
                .or_else(|e| {
                    if outcome.is_err() {
                        Ok(())
                    } else {
                        Err(fail(e.into()))
                    }
                })?;
            outcome?;
        }
        // The auth buckets become the auth table's rows.
        let mut rows = Vec::new();
        if let Some(auth) = self.bucket(AUTH).map_err(fail)? {
            self.reader
                .for_each(&auth, &mut |k, v| {
                    if k == b"authEnabled" {
                        rows.push((auth_rows::ENABLED.to_string(), v.to_vec()));
                    } else if k == b"authRevision" {
                        rows.push((auth_rows::REVISION.to_string(), v.to_vec()));
                    }
                    Ok(())
                })
                .map_err(|e| fail(e.into()))?;
        }
        for (bucket, prefix) in [(AUTH_USERS, auth_rows::USER), (AUTH_ROLES, auth_rows::ROLE)] {
            if let Some(found) = self.bucket(bucket).map_err(fail)? {
                self.reader
                    .for_each(&found, &mut |k, v| {
                        rows.push((
                            format!("{prefix}{}", String::from_utf8_lossy(k)),
                            v.to_vec(),
                        ));
                        Ok(())
                    })
                    .map_err(|e| fail(e.into()))?;
            }
        }
        for (key, value) in rows {
            visitor.auth_row(key, value)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::proto::etcdserverpb::{DeleteRangeRequest, PutRequest};
    use crate::server::storage::mvcc::Store;

    struct Collect(Vec<(Revision, KeyValue)>, Vec<(i64, i64)>);

    impl Visitor for Collect {
        fn change(&mut self, revision: Revision, kv: KeyValue) -> Result<(), String> {
            self.0.push((revision, kv));
            Ok(())
        }
        fn lease(&mut self, id: i64, ttl: i64) -> Result<(), String> {
            self.1.push((id, ttl));
            Ok(())
        }
        fn auth_row(&mut self, _: String, _: Vec<u8>) -> Result<(), String> {
            Ok(())
        }
    }

    /// A store with puts, an overwrite, a delete, a lease and a compaction, exported.
    fn exported(dir: &Path, keys: usize) -> (std::path::PathBuf, Vec<(Revision, KeyValue)>) {
        let store = Store::open(&dir.join("db")).unwrap().store;
        store
            .write(2, |w| {
                w.begin();
                w.grant_lease(7, 60).unwrap();
                w.end();
                for i in 0..keys {
                    w.begin();
                    let put = PutRequest {
                        key: format!("key-{i:05}").into_bytes(),
                        value: vec![i as u8; 100],
                        lease: if i == 0 { 7 } else { 0 },
                        ..Default::default()
                    };
                    w.put(put).unwrap();
                    w.end();
                }
                w.begin();
                w.delete_range(&DeleteRangeRequest {
                    key: b"key-00001".to_vec(),
                    ..Default::default()
                })
                .unwrap();
                w.end();
                w.begin();
                w.compact(3).unwrap();
                w.end();
            })
            .unwrap();
        let view = store.view().unwrap();
        let mut stored = Vec::new();
        view.for_each_revision(|r, kv| {
            stored.push((r, kv));
            Ok(())
        })
        .unwrap();
        let path = dir.join("snapshot.db");
        write(&view, 5, &path).unwrap();
        (path, stored)
    }

    #[test]
    fn a_written_snapshot_reads_back_with_every_change_lease_and_the_compaction() {
        let dir = tempfile::tempdir().unwrap();
        let (path, stored) = exported(dir.path(), 3000);
        let file = open(&path).unwrap();
        assert!(!file.has_trailer);
        let meta = file.meta().unwrap();
        assert_eq!(meta.compact_revision, 3);
        assert!(!meta.auth_enabled);
        let mut read = Collect(Vec::new(), Vec::new());
        file.visit(&mut read).unwrap();
        assert_eq!(
            read.0, stored,
            "every change, tombstones included, in order"
        );
        assert_eq!(read.1, vec![(7, 60)]);
        let status = file.status().unwrap();
        assert_eq!(status.revision, stored.last().unwrap().0.main);
        assert_eq!(status.total_size, file.used);
    }

    #[test]
    fn damaged_files_are_refused_and_never_crash_the_reader() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = exported(dir.path(), 3000);
        let good = std::fs::read(&path).unwrap();
        // Deterministic "random" damage: many single-byte changes across the file, each
        // read back in full. Every outcome must be an answer, not a crash.
        let mut seed: u64 = 0x5eed;
        let mut refused = 0;
        for round in 0..300 {
            let mut bytes = good.clone();
            for _ in 0..1 + round % 4 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let at = (seed >> 33) as usize % bytes.len();
                bytes[at] ^= 1 << ((seed >> 20) % 8);
            }
            let damaged = dir.path().join("damaged.db");
            std::fs::write(&damaged, &bytes).unwrap();
            let outcome = open(&damaged).and_then(|f| {
                f.status()?;
                f.meta()?;
                let mut read = Collect(Vec::new(), Vec::new());
                f.visit(&mut read).map_err(Refusal::NotEtcd)
            });
            if outcome.is_err() {
                refused += 1;
            }
        }
        assert!(refused > 0, "no damage was noticed in 300 rounds");
        // Cut anywhere before its last page in use: refused as truncated (or not bbolt).
        let used = open(&path).unwrap().used as usize;
        for cut in [0, 100, 4096, 8192, used / 2, used - 1] {
            let cut_file = dir.path().join("cut.db");
            std::fs::write(&cut_file, &good[..cut]).unwrap();
            assert!(
                matches!(
                    open(&cut_file),
                    Err(Refusal::Truncated { .. } | Refusal::NotBbolt(_))
                ),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn revision_keys_are_etcds() {
        let revision = Revision { main: 5, sub: 2 };
        let key = revision_bytes(revision, false);
        assert_eq!(key, b"\0\0\0\0\0\0\0\x05_\0\0\0\0\0\0\0\x02");
        assert_eq!(parse_revision(&key), Some((revision, false)));
        let tombstone = revision_bytes(revision, true);
        assert_eq!(tombstone.len(), 18);
        assert_eq!(parse_revision(&tombstone), Some((revision, true)));
        assert_eq!(parse_revision(b"short"), None);
    }
}
