//! The MVCC key-value store, as etcd keeps it: every change gets a revision (main, sub); a key's
//! history is a list of revisions ending, when deleted, in a tombstone; create revision, mod
//! revision and version live in each stored `KeyValue`; compaction drops history below a revision
//! but keeps each key's value as of that revision.
//!
//! On disk (redb): `kv` maps a revision to the encoded `mvccpb::KeyValue` (a tombstone has version
//! 0); `meta` holds the raft index the store has applied (the consistent index) and the compacted
//! revision; `leases` and `alarms` hold the lease and alarm state. In memory: the key index
//! (key → revisions) and the lease → keys map, rebuilt from `kv` at start.
//!
//! One writer (the raft apply loop) at a time; it holds the state lock for a whole applied batch
//! and writes it into one redb transaction together with the consistent index, so the index and
//! the data can never disagree. As etcd's backend does, consecutive batches share that
//! transaction until it holds enough (see `Batch`): a redb commit per one-key put cost more than
//! the put. Reads see the uncommitted revisions through the batch's own copy of them. Commits
//! skip the fsync: the WAL is the durability point, and `persist` (a durable commit) bounds how
//! much WAL start-up must replay.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{RwLock, RwLockReadGuard};

use prost::Message as _;
use redb::{Database, Durability, ReadableDatabase, ReadableTable, TableDefinition};

use crate::server::errors::{ApiError, ApiResult};
use crate::server::proto::etcdserverpb::{
    compare, range_request, AlarmMember, Compare, DeleteRangeRequest, DeleteRangeResponse, Member,
    PutRequest, PutResponse, RangeRequest, RangeResponse,
};
use crate::server::proto::mvccpb::{event, Event, KeyValue};

const KV: TableDefinition<u128, &[u8]> = TableDefinition::new("kv");
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
const LEASES: TableDefinition<i64, i64> = TableDefinition::new("leases");
const ALARMS: TableDefinition<(u64, i32), ()> = TableDefinition::new("alarms");
const MEMBERS: TableDefinition<u64, &[u8]> = TableDefinition::new("members");
const REMOVED: TableDefinition<u64, ()> = TableDefinition::new("removed_members");
/// Rows the auth store keeps (users, roles, its revision and switch), opaque to the store.
const AUTH: TableDefinition<&str, &[u8]> = TableDefinition::new("auth");

/// The auth table's row names: the switch (one byte, 1 on), the revision (big-endian u64), and
/// a row per user and role (their authpb messages), as etcd's auth buckets hold them.
pub mod auth_rows {
    pub const ENABLED: &str = "enabled";
    pub const REVISION: &str = "revision";
    pub const USER: &str = "user/";
    pub const ROLE: &str = "role/";
}

const CONSISTENT_INDEX: &str = "consistent_index";
const COMPACT_REVISION: &str = "compact_revision";

/// A revision: `main` counts write transactions, `sub` the changes within one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Revision {
    pub main: i64,
    pub sub: i64,
}

impl Revision {
    pub fn key(self) -> u128 {
        ((self.main as u128) << 64) | self.sub as u128
    }

    pub fn from_key(key: u128) -> Revision {
        Revision {
            main: (key >> 64) as i64,
            sub: key as u64 as i64,
        }
    }
}

/// How often the write path refreshes the backend size for the quota check.
const SIZE_CHECK_MS: u64 = 10;

/// redb's page cache (its default is 1 GiB). Misses are reads from the OS page cache. 6 MiB
/// rather than 8 takes 2.5 MiB off a member's peak RSS after put 256 with no change in CPU
/// per request.
const BACKEND_CACHE_BYTES: usize = 6 * 1024 * 1024;

/// One key's history: revisions in order, each marking a put or a tombstone; plus the live
/// generation's create revision, version and lease so a put needs no read.
#[derive(Debug, Default)]
struct KeyHistory {
    revisions: Vec<(Revision, bool)>,
    create_revision: i64,
    version: i64,
    lease: i64,
}

impl KeyHistory {
    /// Adds a revision. Most keys have one or two, so capacity starts at one and doubles
    /// (Vec's own growth starts at four), which keeps the index small.
    fn record(&mut self, revision: Revision, tombstone: bool) {
        let len = self.revisions.len();
        if len == self.revisions.capacity() {
            self.revisions.reserve_exact(len.max(1));
        }
        self.revisions.push((revision, tombstone));
    }

    fn live(&self) -> bool {
        self.revisions
            .last()
            .is_some_and(|(_, tombstone)| !tombstone)
    }

    /// The revision holding the key's value at `at` (a main revision), if it existed then.
    fn visible_at(&self, at: i64) -> Option<Revision> {
        let position = self.revisions.partition_point(|(rev, _)| rev.main <= at);
        match position.checked_sub(1).map(|i| self.revisions[i]) {
            Some((rev, false)) => Some(rev),
            _ => None,
        }
    }
}

/// A lease as the store keeps it: its TTL and the keys attached to it.
#[derive(Debug, Default, Clone)]
pub struct LeaseRecord {
    pub ttl: i64,
    pub keys: BTreeSet<Vec<u8>>,
}

#[derive(Default)]
struct State {
    index: BTreeMap<Vec<u8>, KeyHistory>,
    revision: i64,
    compact_revision: i64,
    consistent_index: u64,
    leases: HashMap<i64, LeaseRecord>,
    alarms: BTreeSet<(u64, i32)>,
    members: BTreeMap<u64, Member>,
    removed: BTreeSet<u64>,
}

struct Inner {
    /// The kv table as of the last commit, shared by every read: opening a read transaction
    /// and its table per request cost more than the lookup. Replaced under the write lock in
    /// the same critical section as each commit, so it never lags `state`; `None` only while
    /// the backend is compacted (or if reopening it failed: reads then open their own).
    /// Declared first so it is dropped before the database it reads.
    kv: Option<KvTable>,
    /// Applied batches not committed yet; declared before the database it writes.
    batch: Option<Batch>,
    db: Database,
    state: State,
}

/// Applied batches that share one open write transaction. Only key-value changes wait in it:
/// a batch touching anything else (members, leases, alarms, auth, a compaction) commits at once,
/// so every other table a read transaction sees is current.
struct Batch {
    txn: redb::WriteTransaction,
    /// The stored bytes of every revision written into `txn`, for reads, which see only
    /// committed data in redb. Revisions only grow, so these are all newer than any committed.
    revisions: BTreeMap<u128, Vec<u8>>,
    bytes: usize,
    applies: u32,
    opened: std::time::Instant,
}

/// A batch commits once it holds this many bytes of revisions, this many applied batches, or
/// has been open this long, whichever comes first (checked at each write; an idle member's
/// batch commits with the next `persist`, within seconds). The bytes bound memory (the copy
/// above and redb's dirty pages), and larger transactions measured slower per put here; the
/// count and age keep redb's file close to the applied state. etcd's backend commits every
/// 100 ms or 10,000 changes.
const BATCH_BYTES: usize = 64 * 1024;
const BATCH_APPLIES: u32 = 256;
const BATCH_AGE: std::time::Duration = std::time::Duration::from_millis(100);

impl Batch {
    fn begin(db: &Database) -> ApiResult<Batch> {
        let mut txn = db.begin_write()?;
        txn.set_durability(Durability::None)
            .map_err(|e| ApiError::internal(format!("backend: {e}")))?;
        Ok(Batch {
            txn,
            revisions: BTreeMap::new(),
            bytes: 0,
            applies: 0,
            opened: std::time::Instant::now(),
        })
    }

    fn full(&self) -> bool {
        self.bytes >= BATCH_BYTES
            || self.applies >= BATCH_APPLIES
            || self.opened.elapsed() >= BATCH_AGE
    }
}

/// Where reads find a revision's stored `KeyValue`.
trait Revisions {
    fn load(&self, key: u128) -> ApiResult<Option<KeyValue>>;
}

/// The writer reads its own transaction, batch and all.
impl Revisions for redb::Table<'_, u128, &'static [u8]> {
    fn load(&self, key: u128) -> ApiResult<Option<KeyValue>> {
        load_from(self, key)
    }
}

fn load_from(
    table: &impl ReadableTable<u128, &'static [u8]>,
    key: u128,
) -> ApiResult<Option<KeyValue>> {
    table.get(key)?.map(|v| decode(v.value())).transpose()
}

/// The kv table as a reader sees it: the last commit, then the batch written after it.
struct KvRead<'a> {
    committed: KvView<'a>,
    batch: Option<&'a BTreeMap<u128, Vec<u8>>>,
}

impl Revisions for KvRead<'_> {
    fn load(&self, key: u128) -> ApiResult<Option<KeyValue>> {
        if let Some(bytes) = self.batch.and_then(|b| b.get(&key)) {
            return decode(bytes).map(Some);
        }
        load_from(&*self.committed, key)
    }
}

impl KvRead<'_> {
    /// Visits the stored revisions in `range` in order, while `visit` returns true.
    fn scan(
        &self,
        range: (Bound<u128>, Bound<u128>),
        mut visit: impl FnMut(u128, &[u8]) -> ApiResult<bool>,
    ) -> ApiResult<()> {
        for item in self.committed.range(range)? {
            let (key, value) = item?;
            if !visit(key.value(), value.value())? {
                return Ok(());
            }
        }
        for (&key, value) in self.batch.into_iter().flat_map(|b| b.range(range)) {
            if !visit(key, value)? {
                return Ok(());
            }
        }
        Ok(())
    }
}

type KvTable = redb::ReadOnlyTable<u128, &'static [u8]>;

/// The kv table a read uses: the shared one, or its own when there is none.
enum KvView<'a> {
    Shared(&'a KvTable),
    Own(KvTable),
}

impl std::ops::Deref for KvView<'_> {
    type Target = KvTable;

    fn deref(&self) -> &KvTable {
        match self {
            KvView::Shared(table) => table,
            KvView::Own(table) => table,
        }
    }
}

impl Inner {
    fn new(db: Database, state: State) -> Inner {
        let mut inner = Inner {
            batch: None,
            db,
            state,
            kv: None,
        };
        inner.reopen_kv();
        inner
    }

    /// Takes a new shared view of the kv table, after a commit. A failure leaves none, and
    /// each read opens its own (as it would without the shared view) until the next commit.
    fn reopen_kv(&mut self) {
        self.kv = None;
        let opened = (|| -> ApiResult<KvTable> { Ok(self.db.begin_read()?.open_table(KV)?) })();
        self.kv = opened
            .map_err(|e| tracing::warn!("backend: cannot open a read view: {e}"))
            .ok();
    }

    /// The kv table as of the last commit.
    fn kv(&self) -> ApiResult<KvView<'_>> {
        match &self.kv {
            Some(table) => Ok(KvView::Shared(table)),
            None => Ok(KvView::Own(self.db.begin_read()?.open_table(KV)?)),
        }
    }

    /// The kv table with the open batch's revisions: what a read sees.
    fn read_kv(&self) -> ApiResult<KvRead<'_>> {
        Ok(KvRead {
            committed: self.kv()?,
            batch: self.batch.as_ref().map(|b| &b.revisions),
        })
    }

    /// Commits the open batch, if any, and renews the shared read view.
    fn commit_batch(&mut self, durability: Durability) -> ApiResult<()> {
        let Some(Batch { mut txn, .. }) = self.batch.take() else {
            return Ok(());
        };
        txn.set_durability(durability)
            .map_err(|e| ApiError::internal(format!("backend: {e}")))?;
        txn.commit()?;
        self.reopen_kv();
        Ok(())
    }

    /// Makes every commit durable with one fsync: the open batch's, or an empty one's.
    fn commit_durably(&mut self) -> ApiResult<()> {
        if self.batch.is_some() {
            self.commit_batch(Durability::Immediate)
        } else {
            Ok(self.db.begin_write()?.commit()?)
        }
    }
}

pub struct Store {
    path: PathBuf,
    inner: RwLock<Inner>,
    /// The backend file's size, refreshed after each commit: the quota check reads it per write.
    size: AtomicU64,
    /// When the write path last refreshed `size`, in milliseconds since `opened`.
    opened: std::time::Instant,
    size_checked_ms: AtomicU64,
    /// Bumped whenever the membership changes, so readers can cache what they derive from it.
    membership_version: AtomicU64,
    /// Where commit durations go (etcd_disk_backend_commit_duration_seconds), once set.
    metrics: std::sync::OnceLock<std::sync::Arc<crate::server::metrics::Metrics>>,
    /// Copies of what per-request checks read, refreshed when a batch commits, so a peer
    /// message or a write's quota check never waits behind a batch being applied.
    published: Published,
}

#[derive(Default)]
struct Published {
    revision: AtomicI64,
    /// Bit `t` is set while an alarm of type `t` is raised on any member.
    alarm_types: AtomicU64,
    /// Written only when the membership changes.
    removed: RwLock<BTreeSet<u64>>,
}

impl Published {
    fn revision_and_alarms(&self, state: &State) {
        self.revision.store(state.revision, Ordering::Release);
        let mask = state
            .alarms
            .iter()
            .fold(0u64, |mask, &(_, alarm)| mask | alarm_bit(alarm));
        self.alarm_types.store(mask, Ordering::Release);
    }

    fn removed(&self, state: &State) {
        *self.removed.write().unwrap_or_else(|e| e.into_inner()) = state.removed.clone();
    }

    fn all(&self, state: &State) {
        self.revision_and_alarms(state);
        self.removed(state);
    }
}

/// An alarm type's bit in `Published::alarm_types` (etcd's types are 0-2).
fn alarm_bit(alarm: i32) -> u64 {
    1u64.checked_shl(alarm as u32).unwrap_or(0)
}

fn decode(bytes: &[u8]) -> ApiResult<KeyValue> {
    KeyValue::decode(bytes).map_err(|e| ApiError::internal(format!("stored value: {e}")))
}

/// The end of a range request, decoded as bounds borrowed from the request: one key (`range_end`
/// empty), up to an end key, or everything from the key (`[0]`).
fn key_range<'a>(key: &'a [u8], range_end: &'a [u8]) -> (Bound<&'a [u8]>, Bound<&'a [u8]>) {
    let start = Bound::Included(key);
    if range_end.is_empty() {
        (start, start)
    } else if range_end == [0] {
        (start, Bound::Unbounded)
    } else {
        (start, Bound::Excluded(range_end))
    }
}

fn range_is_empty(key: &[u8], range_end: &[u8]) -> bool {
    !range_end.is_empty() && range_end != [0] && range_end <= key
}

impl State {
    /// The index entries in etcd's key range, ascending; no allocation (a range is read per
    /// get and per txn compare).
    fn keys_in<'a>(
        &'a self,
        key: &[u8],
        range_end: &[u8],
    ) -> impl Iterator<Item = (&'a Vec<u8>, &'a KeyHistory)> + 'a {
        let range = (!range_is_empty(key, range_end))
            .then(|| self.index.range::<[u8], _>(key_range(key, range_end)));
        range.into_iter().flatten()
    }

    fn check_revision(&self, revision: i64) -> ApiResult<i64> {
        if revision <= 0 {
            Ok(self.revision)
        } else if revision > self.revision {
            Err(ApiError::FutureRevision)
        } else if revision < self.compact_revision {
            Err(ApiError::Compacted)
        } else {
            Ok(revision)
        }
    }

    fn range(
        &self,
        kv: &impl Revisions,
        request: &RangeRequest,
        pending_revision: i64,
    ) -> ApiResult<RangeResponse> {
        let at = match self.check_revision(request.revision)? {
            at if request.revision <= 0 => at.max(pending_revision),
            at => at,
        };
        let filtered = request.min_mod_revision > 0
            || request.max_mod_revision > 0
            || request.min_create_revision > 0
            || request.max_create_revision > 0;
        let sort_order = range_request::SortOrder::try_from(request.sort_order)
            .unwrap_or(range_request::SortOrder::None);
        let sort_target = range_request::SortTarget::try_from(request.sort_target)
            .unwrap_or(range_request::SortTarget::Key);
        // Keys come out of the index ascending; any other order needs a sort.
        let already_ordered = matches!(sort_order, range_request::SortOrder::None)
            || (matches!(sort_target, range_request::SortTarget::Key)
                && matches!(sort_order, range_request::SortOrder::Ascend));
        let sorted = !already_ordered;
        // Fetch one more than the limit to know whether there is more, unless all must be read
        // to sort or filter.
        let fetch_limit = if request.limit > 0 && !sorted && !filtered {
            request.limit as usize + 1
        } else {
            usize::MAX
        };

        let mut count = 0i64;
        let mut kvs = Vec::new();
        for (_, history) in self.keys_in(&request.key, &request.range_end) {
            let Some(revision) = history.visible_at(at) else {
                continue;
            };
            count += 1;
            if request.count_only || kvs.len() >= fetch_limit {
                continue;
            }
            let mut value = kv
                .load(revision.key())?
                .ok_or_else(|| ApiError::internal("key index points at a missing revision"))?;
            if filtered && !passes_filters(request, &value) {
                continue;
            }
            if request.keys_only {
                value.value.clear();
            }
            kvs.push(value);
        }

        if sorted {
            sort_kvs(&mut kvs, sort_target, sort_order);
        }
        let mut more = false;
        if request.limit > 0 && kvs.len() > request.limit as usize {
            kvs.truncate(request.limit as usize);
            more = true;
        }
        Ok(RangeResponse {
            header: None,
            kvs,
            more,
            count,
        })
    }
}

fn passes_filters(request: &RangeRequest, kv: &KeyValue) -> bool {
    (request.min_mod_revision == 0 || kv.mod_revision >= request.min_mod_revision)
        && (request.max_mod_revision == 0 || kv.mod_revision <= request.max_mod_revision)
        && (request.min_create_revision == 0 || kv.create_revision >= request.min_create_revision)
        && (request.max_create_revision == 0 || kv.create_revision <= request.max_create_revision)
}

fn sort_kvs(
    kvs: &mut [KeyValue],
    target: range_request::SortTarget,
    order: range_request::SortOrder,
) {
    use range_request::SortTarget::*;
    match target {
        Key => kvs.sort_by(|a, b| a.key.cmp(&b.key)),
        Version => kvs.sort_by_key(|kv| kv.version),
        Create => kvs.sort_by_key(|kv| kv.create_revision),
        Mod => kvs.sort_by_key(|kv| kv.mod_revision),
        Value => kvs.sort_by(|a, b| a.value.cmp(&b.value)),
    }
    if matches!(order, range_request::SortOrder::Descend) {
        kvs.reverse();
    }
}

/// What a store looks like when opened: enough for the lessor and the node to resume.
pub struct Opened {
    pub store: Store,
    pub leases: Vec<(i64, i64)>,
}

impl Store {
    /// Opens or creates the backend at `path` and rebuilds the key index from it.
    pub fn open(path: &Path) -> Result<Opened, String> {
        let Loaded { db, state, leases } = load(path)?;
        let store = Store {
            path: path.to_path_buf(),
            inner: RwLock::new(Inner::new(db, state)),
            size: AtomicU64::new(0),
            opened: std::time::Instant::now(),
            size_checked_ms: AtomicU64::new(0),
            membership_version: AtomicU64::new(0),
            metrics: std::sync::OnceLock::new(),
            published: Published::default(),
        };
        store.published.all(&store.read_inner().state);
        store.refresh_size();
        Ok(Opened { store, leases })
    }

    /// Replaces the whole store with a backend received from the leader (a raft snapshot).
    /// Returns the leases it holds.
    pub fn replace(&self, backend: &[u8]) -> Result<Vec<(i64, i64)>, String> {
        let incoming = self.path.with_extension("incoming");
        let write = || -> std::io::Result<()> {
            let mut file = std::fs::File::create(&incoming)?;
            std::io::Write::write_all(&mut file, backend)?;
            file.sync_all()
        };
        write().map_err(|e| format!("cannot write {}: {e}", incoming.display()))?;
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        // What the old backend had not committed is superseded by the snapshot.
        guard.batch = None;
        std::fs::rename(&incoming, &self.path)
            .map_err(|e| format!("cannot replace {}: {e}", self.path.display()))?;
        let Loaded { db, state, leases } = load(&self.path)?;
        self.published.all(&state);
        *guard = Inner::new(db, state);
        self.refresh_size();
        self.membership_version.fetch_add(1, Ordering::Release);
        Ok(leases)
    }

    /// Records the bootstrap membership of a new cluster at raft index `index`, durably.
    pub fn bootstrap(&self, members: &[Member], index: u64) -> ApiResult<()> {
        self.write(index, |writer| {
            for member in members {
                writer.put_member(member.clone())?;
            }
            Ok::<(), ApiError>(())
        })??;
        self.persist()?;
        Ok(())
    }

    /// Every member, by ID.
    pub fn members(&self) -> Vec<Member> {
        self.read_inner().state.members.values().cloned().collect()
    }

    /// Whether `id` was a member and has been removed.
    pub fn is_removed(&self, id: u64) -> bool {
        self.published
            .removed
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&id)
    }

    fn read_inner(&self) -> RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The current revision.
    pub fn revision(&self) -> i64 {
        self.published.revision.load(Ordering::Acquire)
    }

    pub fn compact_revision(&self) -> i64 {
        self.read_inner().state.compact_revision
    }

    pub fn consistent_index(&self) -> u64 {
        self.read_inner().state.consistent_index
    }

    /// The backend file's size in bytes (as of the last commit).
    pub fn size(&self) -> u64 {
        self.size.load(Ordering::Acquire)
    }

    /// Sends commit durations to `metrics` from now on.
    pub fn set_metrics(&self, metrics: std::sync::Arc<crate::server::metrics::Metrics>) {
        let _ = self.metrics.set(metrics);
    }

    /// How many keys exist now (tombstoned ones left out).
    pub fn key_count(&self) -> u64 {
        let inner = self.read_inner();
        inner
            .state
            .index
            .values()
            .filter(|h| h.revisions.last().is_some_and(|&(_, tombstone)| !tombstone))
            .count() as u64
    }

    fn refresh_size(&self) {
        let size = std::fs::metadata(&self.path).map_or(0, |m| m.len());
        self.size.store(size, Ordering::Release);
    }

    /// Changes whenever the membership does.
    pub fn membership_version(&self) -> u64 {
        self.membership_version.load(Ordering::Acquire)
    }

    /// Whether an alarm of this type is raised on any member.
    pub fn has_alarm(&self, alarm: i32) -> bool {
        self.published.alarm_types.load(Ordering::Acquire) & alarm_bit(alarm) != 0
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A range read at a revision (0: the current one).
    pub fn range(&self, request: &RangeRequest) -> ApiResult<(RangeResponse, i64)> {
        let inner = self.read_inner();
        let kv = inner.read_kv()?;
        let response = inner.state.range(&kv, request, 0)?;
        Ok((response, inner.state.revision))
    }

    /// The keys attached to a lease, and its TTL, if it exists.
    pub fn lease(&self, id: i64) -> Option<LeaseRecord> {
        self.read_inner().state.leases.get(&id).cloned()
    }

    pub fn lease_ids(&self) -> Vec<i64> {
        let mut ids: Vec<i64> = self.read_inner().state.leases.keys().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn alarms(&self) -> Vec<AlarmMember> {
        self.read_inner()
            .state
            .alarms
            .iter()
            .map(|&(member_id, alarm)| AlarmMember { member_id, alarm })
            .collect()
    }

    /// The stored changes of revisions `from..=to`, in order, for watchers catching up: whole
    /// revisions only, stopping after about `max_bytes`. Returns them and the last revision
    /// they cover completely (`to` unless the budget ran out first). Each event carries the
    /// previous value when `prev_kv` is set and that value is still in the history.
    pub fn events_between(
        &self,
        from: i64,
        to: i64,
        prev_kv: bool,
        max_bytes: usize,
    ) -> ApiResult<(Vec<Event>, i64)> {
        let inner = self.read_inner();
        if from < inner.state.compact_revision {
            return Err(ApiError::Compacted);
        }
        let kv = inner.read_kv()?;
        let start = Revision { main: from, sub: 0 };
        let end = Revision {
            main: to + 1,
            sub: 0,
        };
        let mut events = Vec::new();
        let mut bytes = 0;
        let mut covered = to;
        let range = (Bound::Included(start.key()), Bound::Excluded(end.key()));
        kv.scan(range, |key, value| {
            let revision = Revision::from_key(key);
            let last_main = events
                .last()
                .map(|e: &Event| e.kv.as_ref().map_or(0, |kv| kv.mod_revision));
            if bytes >= max_bytes && last_main.is_some_and(|m| m < revision.main) {
                covered = revision.main - 1;
                return Ok(false);
            }
            bytes += value.len();
            let stored = decode(value)?;
            let previous = if prev_kv {
                let history = inner.state.index.get(&stored.key);
                match history.and_then(|h| h.visible_at(stored.mod_revision - 1)) {
                    Some(rev) => kv.load(rev.key())?,
                    None => None,
                }
            } else {
                None
            };
            if let Some(previous) = &previous {
                bytes += previous.encoded_len();
            }
            events.push(to_event(stored, previous));
            Ok(true)
        })?;
        Ok((events, covered))
    }

    /// etcd's hash of the key space up to `revision` (0: current): CRC-32C of "key", then of
    /// every stored revision in order as etcd's `key` bucket holds it (the revision key, with
    /// `t` for a tombstone, and the marshalled `KeyValue`; a tombstone's holds only the key).
    /// Members of ctl and of etcd with the same uncompacted history give the same hash (after a
    /// compaction etcd 3.4 leaves out revisions it still keeps, so hashes then differ). Returns
    /// (hash, compact revision, hashed revision).
    pub fn hash_kv(&self, revision: i64) -> ApiResult<(u32, i64, i64)> {
        use crate::server::storage::snapshot::revision_bytes;
        let inner = self.read_inner();
        let at = inner.state.check_revision(revision)?;
        let kv = inner.read_kv()?;
        let mut hash = crc32c::crc32c(b"key");
        let end = Revision {
            main: at + 1,
            sub: 0,
        };
        kv.scan(
            (Bound::Unbounded, Bound::Excluded(end.key())),
            |key, value| {
                let stored = decode(value)?;
                let tombstone = stored.version == 0;
                let revision = Revision::from_key(key);
                hash = crc32c::crc32c_append(hash, &revision_bytes(revision, tombstone));
                if tombstone {
                    // etcd's tombstone holds only the key.
                    let bare = KeyValue {
                        key: stored.key,
                        ..Default::default()
                    };
                    hash = crc32c::crc32c_append(hash, &bare.encode_to_vec());
                } else {
                    // Stored as the marshalled KeyValue already, byte for byte what etcd holds.
                    hash = crc32c::crc32c_append(hash, value);
                }
                Ok(true)
            },
        )?;
        Ok((hash, inner.state.compact_revision, at))
    }

    /// Applies one batch of raft entries in the open backend transaction (see `Batch`), which
    /// also records `consistent_index`. `apply` runs each request through the `Writer`.
    pub fn write<R>(
        &self,
        consistent_index: u64,
        apply: impl FnOnce(&mut Writer<'_, '_>) -> R,
    ) -> ApiResult<R> {
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let Inner {
            db, state, batch, ..
        } = &mut *guard;
        let mut batch = match batch.take() {
            Some(batch) => batch,
            None => Batch::begin(db)?,
        };
        let (result, members_changed, commit_now) = {
            let Batch {
                txn,
                revisions,
                bytes,
                ..
            } = &mut batch;
            let mut writer = Writer {
                state,
                kv: txn.open_table(KV)?,
                written: revisions,
                written_bytes: bytes,
                leases: LazyTable::new(txn, LEASES),
                alarms: LazyTable::new(txn, ALARMS),
                members: LazyTable::new(txn, MEMBERS),
                removed: LazyTable::new(txn, REMOVED),
                auth: LazyTable::new(txn, AUTH),
                meta: txn.open_table(META)?,
                request_revision: 0,
                sub: 0,
                events: Vec::new(),
                events_with_prev: false,
                pending_compaction: None,
                members_changed: false,
            };
            let result = apply(&mut writer);
            let compacted = writer.pending_compaction.is_some();
            writer.finish_compaction()?;
            writer.meta.insert(CONSISTENT_INDEX, consistent_index)?;
            writer.state.consistent_index = consistent_index;
            if writer.members_changed {
                self.membership_version.fetch_add(1, Ordering::Release);
            }
            let only_kv = writer.leases.table.is_none()
                && writer.alarms.table.is_none()
                && writer.members.table.is_none()
                && writer.removed.table.is_none()
                && writer.auth.table.is_none();
            (result, writer.members_changed, compacted || !only_kv)
        };
        batch.applies += 1;
        self.published.revision_and_alarms(state);
        if members_changed {
            self.published.removed(state);
        }
        let commit = commit_now || batch.full();
        guard.batch = Some(batch);
        if commit {
            let committing = std::time::Instant::now();
            guard.commit_batch(Durability::None)?;
            if let Some(metrics) = self.metrics.get() {
                metrics.backend_commit(committing.elapsed());
            }
        }
        drop(guard);
        // A stat per batch costs as much as the put; the quota check can lag a few milliseconds.
        let now = self.opened.elapsed().as_millis() as u64;
        if now >= self.size_checked_ms.load(Ordering::Relaxed) + SIZE_CHECK_MS {
            self.size_checked_ms.store(now, Ordering::Relaxed);
            self.refresh_size();
        }
        Ok(result)
    }

    /// Makes every applied batch durable (one fsync of the backend), so the WAL before the
    /// consistent index is no longer needed. Returns that index.
    pub fn persist(&self) -> ApiResult<u64> {
        // Under the write lock, so no batch can open between the commit and the index read
        // (reads wait out one fsync every few seconds).
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        guard.commit_durably()?;
        let index = guard.state.consistent_index;
        drop(guard);
        self.refresh_size();
        Ok(index)
    }

    /// Rewrites the backend file without free pages (etcd's defragment).
    pub fn defragment(&self) -> ApiResult<()> {
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        guard.commit_durably()?;
        // redb compacts only with no read transaction open, the shared view's included.
        guard.kv = None;
        let compacted = guard.db.compact();
        guard.reopen_kv();
        compacted.map_err(|e| ApiError::internal(format!("defragment: {e}")))?;
        self.refresh_size();
        Ok(())
    }

    /// The auth store's rows, in key order.
    pub fn auth_rows(&self) -> ApiResult<Vec<(String, Vec<u8>)>> {
        let inner = self.read_inner();
        let txn = inner.db.begin_read()?;
        let table = txn.open_table(AUTH)?;
        let mut rows = Vec::new();
        for item in table.iter()? {
            let (key, value) = item?;
            rows.push((key.value().to_string(), value.value().to_vec()));
        }
        Ok(rows)
    }

    /// A consistent view of everything, for exporting the store (Maintenance.Snapshot).
    pub fn view(&self) -> ApiResult<StoreView> {
        // The write lock: the open batch commits first, and none opens while the view is taken.
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        inner.commit_batch(Durability::None)?;
        let txn = inner.db.begin_read()?;
        let state = &inner.state;
        let mut auth = Vec::new();
        for item in txn.open_table(AUTH)?.iter()? {
            let (key, value) = item?;
            auth.push((key.value().to_string(), value.value().to_vec()));
        }
        Ok(StoreView {
            txn,
            auth,
            revision: state.revision,
            compact_revision: state.compact_revision,
            consistent_index: state.consistent_index,
            leases: state.leases.iter().map(|(&id, l)| (id, l.ttl)).collect(),
            members: state.members.values().cloned().collect(),
            removed: state.removed.iter().copied().collect(),
            alarms: state
                .alarms
                .iter()
                .map(|&(member_id, alarm)| AlarmMember { member_id, alarm })
                .collect(),
        })
    }

    /// A consistent copy of the backend file, for Maintenance.Snapshot.
    pub fn snapshot_bytes(&self) -> ApiResult<Vec<u8>> {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        inner.commit_durably()?;
        std::fs::read(&self.path).map_err(|e| ApiError::internal(format!("snapshot: {e}")))
    }
}

/// A consistent view of the whole store, for exporting it: the redb read transaction pins the
/// data as of the moment it was taken while writers go on; the small in-memory parts are
/// copied.
pub struct StoreView {
    txn: redb::ReadTransaction,
    /// The auth table's rows.
    pub auth: Vec<(String, Vec<u8>)>,
    pub revision: i64,
    pub compact_revision: i64,
    pub consistent_index: u64,
    pub leases: Vec<(i64, i64)>,
    pub members: Vec<Member>,
    pub removed: Vec<u64>,
    pub alarms: Vec<AlarmMember>,
}

impl StoreView {
    /// Every stored change in revision order: its revision and the stored `KeyValue` (a
    /// tombstone has version 0).
    pub fn for_each_revision(
        &self,
        mut visit: impl FnMut(Revision, KeyValue) -> Result<(), String>,
    ) -> Result<(), String> {
        let fail = |e: ApiError| e.to_string();
        let kv = self.txn.open_table(KV).map_err(|e| fail(e.into()))?;
        for item in kv.iter().map_err(|e| fail(e.into()))? {
            let (key, value) = item.map_err(|e| fail(e.into()))?;
            visit(
                Revision::from_key(key.value()),
                decode(value.value()).map_err(fail)?,
            )?;
        }
        Ok(())
    }
}

/// Builds a new backend from outside data (a restored snapshot), a batch at a time so memory
/// stays bounded whatever its size.
pub struct Loader {
    db: Database,
    path: PathBuf,
    batch: Vec<(u128, Vec<u8>)>,
    batch_bytes: usize,
    leases: Vec<(i64, i64)>,
    auth: Vec<(String, Vec<u8>)>,
}

/// How much a restore buffers before writing a batch.
const LOAD_BATCH_BYTES: usize = 8 * 1024 * 1024;

impl Loader {
    /// Creates the backend file at `path`, which must not exist.
    pub fn create(path: &Path) -> Result<Loader, String> {
        if path.exists() {
            return Err(format!("{} already exists", path.display()));
        }
        let db = Database::builder()
            .set_cache_size(BACKEND_CACHE_BYTES)
            .create(path)
            .map_err(|e| format!("cannot create the backend {}: {e}", path.display()))?;
        Ok(Loader {
            db,
            path: path.to_path_buf(),
            batch: Vec::new(),
            batch_bytes: 0,
            leases: Vec::new(),
            auth: Vec::new(),
        })
    }

    fn fail(&self, e: impl Into<ApiError>) -> String {
        format!(
            "cannot write the backend {}: {}",
            self.path.display(),
            e.into()
        )
    }

    /// Adds one stored change; a tombstone is a `KeyValue` with version 0.
    pub fn put(&mut self, revision: Revision, kv: &KeyValue) -> Result<(), String> {
        let bytes = kv.encode_to_vec();
        self.batch_bytes += bytes.len() + 16;
        self.batch.push((revision.key(), bytes));
        if self.batch_bytes >= LOAD_BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    pub fn lease(&mut self, id: i64, ttl: i64) {
        self.leases.push((id, ttl));
    }

    /// One of the auth table's rows.
    pub fn auth_row(&mut self, key: String, value: Vec<u8>) {
        self.auth.push((key, value));
    }

    fn flush(&mut self) -> Result<(), String> {
        let mut txn = self.db.begin_write().map_err(|e| self.fail(e))?;
        txn.set_durability(Durability::None)
            .map_err(|e| format!("backend: {e}"))?;
        {
            let mut kv = txn.open_table(KV).map_err(|e| self.fail(e))?;
            for (key, value) in self.batch.drain(..) {
                kv.insert(key, value.as_slice())
                    .map_err(|e| format!("cannot write the backend: {e}"))?;
            }
        }
        txn.commit().map_err(|e| self.fail(e))?;
        self.batch_bytes = 0;
        Ok(())
    }

    /// Writes what is left, the leases, the compaction revision and a new cluster's membership
    /// at raft index `consistent_index` (as `Store::bootstrap` would), durably.
    pub fn finish(
        mut self,
        compact_revision: i64,
        members: &[Member],
        consistent_index: u64,
    ) -> Result<(), String> {
        self.flush()?;
        let txn = self.db.begin_write().map_err(|e| self.fail(e))?;
        {
            let mut table = txn.open_table(MEMBERS).map_err(|e| self.fail(e))?;
            for member in members {
                table
                    .insert(member.id, member.encode_to_vec().as_slice())
                    .map_err(|e| format!("cannot write the backend: {e}"))?;
            }
            let mut meta = txn.open_table(META).map_err(|e| self.fail(e))?;
            meta.insert(CONSISTENT_INDEX, consistent_index)
                .map_err(|e| format!("cannot write the backend: {e}"))?;
            let mut auth = txn.open_table(AUTH).map_err(|e| self.fail(e))?;
            for (key, value) in &self.auth {
                auth.insert(key.as_str(), value.as_slice())
                    .map_err(|e| format!("cannot write the backend: {e}"))?;
            }
        }
        {
            let mut leases = txn.open_table(LEASES).map_err(|e| self.fail(e))?;
            for &(id, ttl) in &self.leases {
                leases
                    .insert(id, ttl)
                    .map_err(|e| format!("cannot write the backend: {e}"))?;
            }
            let mut meta = txn.open_table(META).map_err(|e| self.fail(e))?;
            meta.insert(COMPACT_REVISION, compact_revision.max(0) as u64)
                .map_err(|e| format!("cannot write the backend: {e}"))?;
        }
        txn.commit().map_err(|e| self.fail(e))?;
        Ok(())
    }
}

/// A backend file opened and read into memory.
struct Loaded {
    db: Database,
    state: State,
    leases: Vec<(i64, i64)>,
}

/// Opens the backend file and rebuilds the in-memory state from it.
fn load(path: &Path) -> Result<Loaded, String> {
    // A small page cache: the OS page cache holds the file anyway, and a large one made puts no
    // faster here (measured with ctl bench; see BENCHMARKS.md) while tripling resident memory.
    let db = Database::builder()
        .set_cache_size(BACKEND_CACHE_BYTES)
        .create(path)
        .map_err(|e| {
            let hint = if matches!(e, redb::DatabaseError::DatabaseAlreadyOpen) {
                " (another ctl serve uses this --data-dir)"
            } else {
                ""
            };
            format!("cannot open the backend {}: {e}{hint}", path.display())
        })?;
    let mut state = State::default();
    let fail = |e: ApiError| format!("cannot read the backend {}: {e}", path.display());
    {
        let txn = db.begin_write().map_err(|e| fail(e.into()))?;
        // Create the tables so readers never meet a missing one.
        txn.open_table(KV).map_err(|e| fail(e.into()))?;
        txn.open_table(META).map_err(|e| fail(e.into()))?;
        txn.open_table(LEASES).map_err(|e| fail(e.into()))?;
        txn.open_table(ALARMS).map_err(|e| fail(e.into()))?;
        txn.open_table(MEMBERS).map_err(|e| fail(e.into()))?;
        txn.open_table(REMOVED).map_err(|e| fail(e.into()))?;
        txn.open_table(AUTH).map_err(|e| fail(e.into()))?;
        txn.commit().map_err(|e| fail(e.into()))?;
    }
    let read = db.begin_read().map_err(|e| fail(e.into()))?;
    let meta = read.open_table(META).map_err(|e| fail(e.into()))?;
    let get_meta = |name: &str| -> Result<u64, String> {
        Ok(meta
            .get(name)
            .map_err(|e| fail(e.into()))?
            .map_or(0, |v| v.value()))
    };
    state.consistent_index = get_meta(CONSISTENT_INDEX)?;
    state.compact_revision = get_meta(COMPACT_REVISION)? as i64;
    // An empty etcd store is at revision 1; the first write makes revision 2.
    state.revision = state.compact_revision.max(1);

    let kv = read.open_table(KV).map_err(|e| fail(e.into()))?;
    for item in kv.iter().map_err(|e| fail(e.into()))? {
        let (key, value) = item.map_err(|e| fail(e.into()))?;
        let revision = Revision::from_key(key.value());
        let stored = decode(value.value()).map_err(fail)?;
        state.revision = state.revision.max(revision.main);
        let history = state.index.entry(stored.key.clone()).or_default();
        if stored.version == 0 {
            history.record(revision, true);
            history.version = 0;
            history.lease = 0;
        } else {
            history.record(revision, false);
            history.create_revision = stored.create_revision;
            history.version = stored.version;
            history.lease = stored.lease;
        }
    }
    let leases_table = read.open_table(LEASES).map_err(|e| fail(e.into()))?;
    let mut leases = Vec::new();
    for item in leases_table.iter().map_err(|e| fail(e.into()))? {
        let (id, ttl) = item.map_err(|e| fail(e.into()))?;
        leases.push((id.value(), ttl.value()));
        state.leases.insert(
            id.value(),
            LeaseRecord {
                ttl: ttl.value(),
                keys: BTreeSet::new(),
            },
        );
    }
    for (key, history) in &state.index {
        if history.live() && history.lease != 0 {
            if let Some(lease) = state.leases.get_mut(&history.lease) {
                lease.keys.insert(key.clone());
            }
        }
    }
    let alarms = read.open_table(ALARMS).map_err(|e| fail(e.into()))?;
    for item in alarms.iter().map_err(|e| fail(e.into()))? {
        let (key, _) = item.map_err(|e| fail(e.into()))?;
        state.alarms.insert(key.value());
    }
    let members = read.open_table(MEMBERS).map_err(|e| fail(e.into()))?;
    for item in members.iter().map_err(|e| fail(e.into()))? {
        let (id, value) = item.map_err(|e| fail(e.into()))?;
        let member = Member::decode(value.value())
            .map_err(|e| fail(ApiError::internal(format!("stored member: {e}"))))?;
        state.members.insert(id.value(), member);
    }
    let removed = read.open_table(REMOVED).map_err(|e| fail(e.into()))?;
    for item in removed.iter().map_err(|e| fail(e.into()))? {
        let (id, _) = item.map_err(|e| fail(e.into()))?;
        state.removed.insert(id.value());
    }
    drop((meta, kv, leases_table, alarms, members, removed, read));
    Ok(Loaded { db, state, leases })
}

fn to_event(kv: KeyValue, prev_kv: Option<KeyValue>) -> Event {
    let kind = if kv.version == 0 {
        event::EventType::Delete
    } else {
        event::EventType::Put
    };
    Event {
        r#type: kind as i32,
        kv: Some(kv),
        prev_kv,
    }
}

/// Changes one batch. Each client request (a put, a delete, a txn) is bracketed by `begin` and
/// `end`: its changes share one main revision.
/// A table opened on first use: most batches touch only the key-value and meta tables, and
/// opening a table costs as much as a small put.
struct LazyTable<'t, K: redb::Key + 'static, V: redb::Value + 'static> {
    txn: &'t redb::WriteTransaction,
    definition: TableDefinition<'static, K, V>,
    table: Option<redb::Table<'t, K, V>>,
}

impl<'t, K: redb::Key + 'static, V: redb::Value + 'static> LazyTable<'t, K, V> {
    fn new(txn: &'t redb::WriteTransaction, definition: TableDefinition<'static, K, V>) -> Self {
        LazyTable {
            txn,
            definition,
            table: None,
        }
    }

    fn get(&mut self) -> ApiResult<&mut redb::Table<'t, K, V>> {
        if self.table.is_none() {
            self.table = Some(self.txn.open_table(self.definition)?);
        }
        Ok(self.table.as_mut().expect("opened above"))
    }
}

pub struct Writer<'s, 't> {
    state: &'s mut State,
    kv: redb::Table<'t, u128, &'static [u8]>,
    /// The open batch's copy of each revision written, for reads (see `Batch`).
    written: &'s mut BTreeMap<u128, Vec<u8>>,
    written_bytes: &'s mut usize,
    leases: LazyTable<'t, i64, i64>,
    alarms: LazyTable<'t, (u64, i32), ()>,
    members: LazyTable<'t, u64, &'static [u8]>,
    removed: LazyTable<'t, u64, ()>,
    auth: LazyTable<'t, &'static str, &'static [u8]>,
    meta: redb::Table<'t, &'static str, u64>,
    request_revision: i64,
    sub: i64,
    events: Vec<Event>,
    events_with_prev: bool,
    pending_compaction: Option<i64>,
    members_changed: bool,
}

impl Writer<'_, '_> {
    /// Whether put events carry the previous value (some watcher wants it).
    pub fn set_events_with_prev(&mut self, on: bool) {
        self.events_with_prev = on;
    }

    pub fn revision(&self) -> i64 {
        self.state.revision
    }

    /// The revision a read in this request sees: the store's, or the request's own once it
    /// has changed something.
    pub fn view_revision(&self) -> i64 {
        if self.sub > 0 {
            self.request_revision
        } else {
            self.state.revision
        }
    }

    /// Starts a client request.
    pub fn begin(&mut self) {
        self.request_revision = self.state.revision + 1;
        self.sub = 0;
    }

    /// Ends a client request; returns the store revision after it.
    pub fn end(&mut self) -> i64 {
        if self.sub > 0 {
            self.state.revision = self.request_revision;
        }
        self.state.revision
    }

    /// The events produced so far in this batch.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Writes one revision's stored `KeyValue` (a tombstone has version 0).
    fn store_revision(&mut self, revision: Revision, stored: Vec<u8>) -> ApiResult<()> {
        self.kv.insert(revision.key(), stored.as_slice())?;
        *self.written_bytes += stored.len() + 16;
        self.written.insert(revision.key(), stored);
        Ok(())
    }

    fn next_revision(&mut self) -> Revision {
        let revision = Revision {
            main: self.request_revision,
            sub: self.sub,
        };
        self.sub += 1;
        revision
    }

    /// The current value of `key`, reading this request's own writes.
    pub fn get(&self, key: &[u8]) -> ApiResult<Option<KeyValue>> {
        let Some(history) = self.state.index.get(key) else {
            return Ok(None);
        };
        let Some(&(revision, false)) = history.revisions.last() else {
            return Ok(None);
        };
        match self.kv.load(revision.key())? {
            Some(value) => Ok(Some(value)),
            None => Err(ApiError::internal("key index points at a missing revision")),
        }
    }

    pub fn range(&self, request: &RangeRequest) -> ApiResult<RangeResponse> {
        let pending = if self.sub > 0 {
            self.request_revision
        } else {
            0
        };
        self.state.range(&self.kv, request, pending)
    }

    pub fn lease_exists(&self, id: i64) -> bool {
        self.state.leases.contains_key(&id)
    }

    pub fn has_alarm(&self, alarm: i32) -> bool {
        self.state.alarms.iter().any(|&(_, a)| a == alarm)
    }

    /// Applies a put whose lease and flags were already checked. It takes the request so the
    /// key and value move into the stored record and its event instead of being copied.
    pub fn put(&mut self, request: PutRequest) -> ApiResult<PutResponse> {
        let PutRequest {
            key,
            value,
            lease,
            prev_kv: want_prev,
            ignore_value,
            ignore_lease,
        } = request;
        let history = self.state.index.get(&key);
        // A tombstoned key keeps its history; only a key never seen needs a new entry.
        let indexed = history.is_some();
        let previous = history.filter(|h| h.live());
        let live = previous.is_some();
        let (create_revision, version, old_lease) =
            previous.map_or((0, 1, 0), |h| (h.create_revision, h.version + 1, h.lease));
        let prev_kv = if (want_prev || ignore_value || self.events_with_prev) && live {
            self.get(&key)?
        } else {
            None
        };
        if (ignore_value || ignore_lease) && !live {
            return Err(ApiError::KeyNotFound);
        }
        let revision = self.next_revision();
        let create_revision = if create_revision == 0 {
            revision.main
        } else {
            create_revision
        };
        let lease = if ignore_lease { old_lease } else { lease };
        let value = if ignore_value {
            prev_kv
                .as_ref()
                .map(|kv| kv.value.clone())
                .unwrap_or_default()
        } else {
            value
        };
        // One more walk of the index, not two: a new key goes straight to its entry.
        let history = if indexed {
            self.state.index.get_mut(&key).expect("looked up above")
        } else {
            self.state.index.entry(key.clone()).or_default()
        };
        history.record(revision, false);
        history.create_revision = create_revision;
        history.version = version;
        history.lease = lease;
        if old_lease != lease {
            if let Some(record) = self.state.leases.get_mut(&old_lease) {
                record.keys.remove(&key);
            }
        }
        if lease != 0 {
            if let Some(record) = self.state.leases.get_mut(&lease) {
                record.keys.insert(key.clone());
            }
        }
        let kv = KeyValue {
            key,
            create_revision,
            mod_revision: revision.main,
            version,
            value,
            lease,
        };
        self.store_revision(revision, kv.encode_to_vec())?;
        let response_prev = if want_prev { prev_kv.clone() } else { None };
        self.events.push(to_event(kv, prev_kv));
        Ok(PutResponse {
            header: None,
            prev_kv: response_prev,
        })
    }

    pub fn delete_range(&mut self, request: &DeleteRangeRequest) -> ApiResult<DeleteRangeResponse> {
        let keys: Vec<Vec<u8>> = self
            .state
            .keys_in(&request.key, &request.range_end)
            .filter(|(_, h)| h.live())
            .map(|(k, _)| k.clone())
            .collect();
        let mut prev_kvs = Vec::new();
        for key in &keys {
            let previous = self.get(key)?;
            let revision = self.next_revision();
            let tombstone = KeyValue {
                key: key.clone(),
                mod_revision: revision.main,
                ..Default::default()
            };
            self.store_revision(revision, tombstone.encode_to_vec())?;
            let history = self.state.index.get_mut(key).expect("listed above");
            let old_lease = history.lease;
            history.record(revision, true);
            history.version = 0;
            history.lease = 0;
            if let Some(record) = self.state.leases.get_mut(&old_lease) {
                record.keys.remove(key);
            }
            self.events.push(to_event(tombstone, previous.clone()));
            if request.prev_kv {
                prev_kvs.extend(previous);
            }
        }
        Ok(DeleteRangeResponse {
            header: None,
            deleted: keys.len() as i64,
            prev_kvs,
        })
    }

    /// Evaluates one txn comparison against the current state.
    pub fn compare(&self, cmp: &Compare) -> ApiResult<bool> {
        let keys: Vec<Vec<u8>> = if cmp.range_end.is_empty() {
            vec![cmp.key.clone()]
        } else {
            self.state
                .keys_in(&cmp.key, &cmp.range_end)
                .filter(|(_, h)| h.live())
                .map(|(k, _)| k.clone())
                .collect()
        };
        let target = compare::CompareTarget::try_from(cmp.target)
            .map_err(|_| ApiError::internal("unknown compare target"))?;
        let result = compare::CompareResult::try_from(cmp.result)
            .map_err(|_| ApiError::internal("unknown compare result"))?;
        for key in keys {
            let current = self.get(&key)?;
            // A missing key compares as zero revisions, version and lease, and an empty value
            // that fails every value comparison (as etcd does).
            let ordering = match (&cmp.target_union, current.as_ref()) {
                (Some(compare::TargetUnion::Value(want)), Some(kv)) => kv.value.cmp(want),
                (Some(compare::TargetUnion::Value(_)), None) => return Ok(false),
                (Some(union), kv) => {
                    let have = match target {
                        compare::CompareTarget::Version => kv.map_or(0, |kv| kv.version),
                        compare::CompareTarget::Create => kv.map_or(0, |kv| kv.create_revision),
                        compare::CompareTarget::Mod => kv.map_or(0, |kv| kv.mod_revision),
                        compare::CompareTarget::Lease => kv.map_or(0, |kv| kv.lease),
                        compare::CompareTarget::Value => 0,
                    };
                    let want = match union {
                        compare::TargetUnion::Version(v)
                        | compare::TargetUnion::CreateRevision(v)
                        | compare::TargetUnion::ModRevision(v)
                        | compare::TargetUnion::Lease(v) => *v,
                        compare::TargetUnion::Value(_) => 0,
                    };
                    have.cmp(&want)
                }
                (None, _) => return Ok(false),
            };
            let holds = match result {
                compare::CompareResult::Equal => ordering.is_eq(),
                compare::CompareResult::NotEqual => ordering.is_ne(),
                compare::CompareResult::Greater => ordering.is_gt(),
                compare::CompareResult::Less => ordering.is_lt(),
            };
            if !holds {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Compacts history below `revision`: each key keeps its value as of `revision`.
    pub fn compact(&mut self, revision: i64) -> ApiResult<()> {
        if revision <= self.state.compact_revision {
            return Err(ApiError::Compacted);
        }
        if revision > self.state.revision {
            return Err(ApiError::FutureRevision);
        }
        self.pending_compaction = Some(revision);
        self.state.compact_revision = revision;
        self.meta.insert(COMPACT_REVISION, revision as u64)?;
        Ok(())
    }

    fn finish_compaction(&mut self) -> ApiResult<()> {
        let Some(revision) = self.pending_compaction.take() else {
            return Ok(());
        };
        let mut doomed = Vec::new();
        self.state.index.retain(|_, history| {
            let keep_from = history
                .revisions
                .partition_point(|(rev, _)| rev.main <= revision);
            // Keep the newest revision at or below the compaction point unless it is a tombstone.
            let cut = match keep_from.checked_sub(1) {
                Some(i) if !history.revisions[i].1 => i,
                _ => keep_from,
            };
            doomed.extend(history.revisions.drain(..cut).map(|(rev, _)| rev));
            if history.revisions.capacity() > 2 * history.revisions.len() {
                history.revisions.shrink_to_fit();
            }
            !history.revisions.is_empty()
        });
        for revision in doomed {
            self.kv.remove(revision.key())?;
        }
        Ok(())
    }

    pub fn grant_lease(&mut self, id: i64, ttl: i64) -> ApiResult<()> {
        if self.state.leases.contains_key(&id) {
            return Err(ApiError::LeaseExists);
        }
        self.leases.get()?.insert(id, ttl)?;
        self.state.leases.insert(
            id,
            LeaseRecord {
                ttl,
                keys: BTreeSet::new(),
            },
        );
        Ok(())
    }

    /// Revokes a lease and deletes its keys (one revision for all of them).
    pub fn revoke_lease(&mut self, id: i64) -> ApiResult<()> {
        let Some(record) = self.state.leases.remove(&id) else {
            return Err(ApiError::LeaseNotFound);
        };
        self.leases.get()?.remove(id)?;
        for key in record.keys {
            self.delete_range(&DeleteRangeRequest {
                key,
                ..Default::default()
            })?;
        }
        Ok(())
    }

    pub fn set_alarm(&mut self, member_id: u64, alarm: i32, active: bool) -> ApiResult<bool> {
        let changed = if active {
            self.alarms.get()?.insert((member_id, alarm), ())?;
            self.state.alarms.insert((member_id, alarm))
        } else {
            self.alarms.get()?.remove((member_id, alarm))?;
            self.state.alarms.remove(&(member_id, alarm))
        };
        Ok(changed)
    }

    pub fn member(&self, id: u64) -> Option<Member> {
        self.state.members.get(&id).cloned()
    }

    pub fn members(&self) -> Vec<Member> {
        self.state.members.values().cloned().collect()
    }

    /// Adds or replaces a member.
    pub fn put_member(&mut self, member: Member) -> ApiResult<()> {
        self.members
            .get()?
            .insert(member.id, member.encode_to_vec().as_slice())?;
        self.state.members.insert(member.id, member);
        self.members_changed = true;
        Ok(())
    }

    /// Writes one of the auth store's rows.
    pub fn auth_put(&mut self, key: &str, value: &[u8]) -> ApiResult<()> {
        self.auth.get()?.insert(key, value)?;
        Ok(())
    }

    pub fn auth_delete(&mut self, key: &str) -> ApiResult<()> {
        self.auth.get()?.remove(key)?;
        Ok(())
    }

    /// The keys attached to a lease.
    pub fn lease_keys(&self, id: i64) -> Vec<Vec<u8>> {
        self.state
            .leases
            .get(&id)
            .map(|l| l.keys.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Removes a member for good: its ID may never rejoin.
    pub fn remove_member(&mut self, id: u64) -> ApiResult<Option<Member>> {
        self.members.get()?.remove(id)?;
        self.removed.get()?.insert(id, ())?;
        self.state.removed.insert(id);
        self.members_changed = true;
        Ok(self.state.members.remove(&id))
    }

    pub fn alarms(&self) -> Vec<AlarmMember> {
        self.state
            .alarms
            .iter()
            .map(|&(member_id, alarm)| AlarmMember { member_id, alarm })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store in a temporary directory, written as the apply loop writes it.
    struct Fixture {
        _dir: tempfile::TempDir,
        store: Store,
        index: u64,
    }

    impl Fixture {
        fn new() -> Fixture {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(&dir.path().join("db")).unwrap().store;
            Fixture {
                _dir: dir,
                store,
                index: 1,
            }
        }

        fn apply(&mut self, change: impl FnOnce(&mut Writer<'_, '_>)) {
            self.index += 1;
            self.store
                .write(self.index, |w| {
                    w.begin();
                    change(w);
                    w.end();
                })
                .unwrap();
        }

        fn put(&mut self, key: &str, value: &str) {
            self.apply(|w| {
                w.put(PutRequest {
                    key: key.into(),
                    value: value.into(),
                    ..Default::default()
                })
                .unwrap();
            });
        }

        /// The key's value as a read sees it now, at `revision` (0: current).
        fn get(&self, key: &str, revision: i64) -> ApiResult<Option<String>> {
            let request = RangeRequest {
                key: key.into(),
                revision,
                ..Default::default()
            };
            let (response, _) = self.store.range(&request)?;
            Ok(response
                .kvs
                .first()
                .map(|kv| String::from_utf8(kv.value.clone()).unwrap()))
        }
    }

    /// Reads share one view of the backend, taken after each commit: every way of changing
    /// the store must be visible to the very next read (a view not renewed would serve the
    /// old value or miss a key the index already knows).
    #[test]
    fn every_change_is_visible_to_the_next_read() {
        let mut f = Fixture::new();
        for i in 0..20 {
            f.put("k", &format!("v{i}"));
            assert_eq!(f.get("k", 0).unwrap().as_deref(), Some(&*format!("v{i}")));
            let revision = f.store.revision();
            let (events, _) = f
                .store
                .events_between(revision, revision, true, usize::MAX)
                .unwrap();
            assert_eq!(events.len(), 1, "the change at revision {revision}");
        }
        let before_delete = f.store.revision();
        f.apply(|w| {
            w.delete_range(&DeleteRangeRequest {
                key: b"k".to_vec(),
                ..Default::default()
            })
            .unwrap();
        });
        assert_eq!(f.get("k", 0).unwrap(), None);
        assert_eq!(f.get("k", before_delete).unwrap().as_deref(), Some("v19"));

        f.put("other", "x");
        let (hash_before, _, _) = f.store.hash_kv(0).unwrap();
        f.apply(|w| w.compact(before_delete).unwrap());
        assert!(matches!(f.get("k", 2), Err(ApiError::Compacted)));
        assert_eq!(f.get("other", 0).unwrap().as_deref(), Some("x"));

        // Defragmenting needs the shared view closed, and reads go on after it.
        f.store.defragment().unwrap();
        assert!(
            f.store.read_inner().kv.is_some(),
            "a shared view after defragment"
        );
        assert_eq!(f.get("other", 0).unwrap().as_deref(), Some("x"));
        f.put("after", "defrag");
        assert_eq!(f.get("after", 0).unwrap().as_deref(), Some("defrag"));
        assert_ne!(f.store.hash_kv(0).unwrap().0, hash_before);

        // A backend from the leader replaces everything the reads see.
        let mut leader = Fixture::new();
        leader.put("from", "leader");
        let backend = leader.store.snapshot_bytes().unwrap();
        f.store.replace(&backend).unwrap();
        assert_eq!(f.get("from", 0).unwrap().as_deref(), Some("leader"));
        assert_eq!(f.get("other", 0).unwrap(), None);
        f.index = f.store.consistent_index();
        f.put("from", "follower");
        assert_eq!(f.get("from", 0).unwrap().as_deref(), Some("follower"));
    }

    fn batch_open(store: &Store) -> bool {
        store.read_inner().batch.is_some()
    }

    /// Key-value changes wait in one open transaction (see `Batch`): everything a read,
    /// hash, watch or export sees must include them, a persist must make them durable, and
    /// an unclean stop must lose them together with their consistent index, never apart.
    #[test]
    fn uncommitted_batches_are_seen_everywhere_and_kept_with_their_index() {
        let mut f = Fixture::new();
        f.put("a", "1");
        f.put("b", "1");
        // A lease is not a key-value change: its batch commits at once.
        f.apply(|w| w.grant_lease(7, 60).unwrap());
        assert!(!batch_open(&f.store), "a lease grant commits at once");
        let committed = f.store.revision();
        f.put("a", "2");
        f.put("c", "1");
        assert!(batch_open(&f.store), "puts wait in the open batch");

        // Reads and watch history span the committed part and the batch, in order, with
        // previous values from either.
        assert_eq!(f.get("a", 0).unwrap().as_deref(), Some("2"));
        assert_eq!(f.get("a", committed).unwrap().as_deref(), Some("1"));
        let (events, covered) = f
            .store
            .events_between(1, f.store.revision(), true, usize::MAX)
            .unwrap();
        assert_eq!(covered, f.store.revision());
        let seen: Vec<(String, i64)> = events
            .iter()
            .map(|e| {
                let kv = e.kv.as_ref().unwrap();
                (String::from_utf8(kv.key.clone()).unwrap(), kv.mod_revision)
            })
            .collect();
        assert_eq!(
            seen,
            [("a", 2), ("b", 3), ("a", 4), ("c", 5)].map(|(k, r)| (k.to_string(), r))
        );
        assert_eq!(events[2].prev_kv.as_ref().unwrap().value, b"1");
        // A watcher's byte budget stops after a whole revision, inside the batch too.
        let (some, covered) = f.store.events_between(1, 5, false, 1).unwrap();
        assert_eq!((some.len(), covered), (1, 2));

        // The hash covers the batch: it is the same once the batch is committed.
        let hash = f.store.hash_kv(0).unwrap();
        let index = f.store.consistent_index();
        assert_eq!(f.store.persist().unwrap(), index);
        assert!(!batch_open(&f.store), "persist commits the batch");
        assert_eq!(f.store.hash_kv(0).unwrap(), hash);

        // An export commits the batch first, so it holds every revision.
        f.put("d", "1");
        assert!(batch_open(&f.store));
        let mut exported = Vec::new();
        f.store
            .view()
            .unwrap()
            .for_each_revision(|revision, _| {
                exported.push(revision.main);
                Ok(())
            })
            .unwrap();
        assert_eq!(exported, [2, 3, 4, 5, 6]);

        // Stopped without a persist, the store comes back with the durable data and the index
        // that goes with it; the WAL replays the rest.
        f.put("e", "1");
        let durable = f.store.persist().unwrap();
        f.put("f", "1");
        assert!(batch_open(&f.store));
        let path = f.store.path().to_path_buf();
        let Fixture { _dir, store, .. } = f;
        drop(store);
        let reopened = Store::open(&path).unwrap().store;
        assert_eq!(reopened.consistent_index(), durable);
        assert_eq!(reopened.revision(), 7, "up to e, without f");
    }

    /// The open batch holds at most about `BATCH_BYTES` however many small changes come.
    #[test]
    fn the_open_batch_stays_bounded() {
        let mut f = Fixture::new();
        let value = "x".repeat(1000);
        let mut commits = 0;
        for i in 0..300 {
            f.put(&format!("k{i}"), &value);
            let inner = f.store.read_inner();
            match &inner.batch {
                Some(batch) => assert!(batch.bytes < BATCH_BYTES + 2048, "{}", batch.bytes),
                None => commits += 1,
            }
        }
        assert!(commits >= 300 * 1000 / BATCH_BYTES, "{commits} commits");
        assert_eq!(f.get("k0", 0).unwrap().as_deref(), Some(&*value));
        assert_eq!(f.get("k299", 0).unwrap().as_deref(), Some(&*value));
    }
}
