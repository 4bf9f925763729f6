//! Watch fan-out, after etcd's watchable store. Every watcher is either *synced* (everything up
//! to the last published revision is queued for it, so the apply loop hands it each new batch) or
//! *unsynced* (behind: a new watcher with a past start revision, or one whose stream stopped
//! reading). A sync thread brings unsynced watchers forward from the store, in chunks of whole
//! revisions, while their stream has room, and makes them synced once they reach the published
//! revision.
//!
//! Memory is bounded per stream and per member: each stream has an [`Outbox`] of at most
//! [`WatchLimits::stream_bytes`], all outboxes together at most [`WatchLimits::member_bytes`]. When
//! a batch does not fit, the watcher becomes unsynced and is caught up from the store later, so a
//! stalled client costs its outbox and nothing more. If the history it needs is compacted
//! meanwhile, the watcher is cancelled with the compact revision, as etcd does.
//!
//! What goes into an outbox is ordered under the hub's lock, which gives etcd's guarantees:
//! events of a watcher never repeat or skip (its `min_revision` only moves forward, and events
//! below a future start revision are never sent); a revision is never split across responses;
//! and a progress notification for revision R is queued only when every watcher of the stream is
//! synced, i.e. after every event up to R (etcd-io/etcd#15220). A progress request that arrives
//! while some watcher is behind waits until they all catch up.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Weak};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use prost::Message as _;

use super::mvcc::Store;
use crate::server::errors::ApiError;
use crate::server::proto::etcdserverpb::watch_create_request::FilterType;
use crate::server::proto::etcdserverpb::WatchCreateRequest;
use crate::server::proto::mvccpb::{event::EventType, Event};

/// How much may wait unsent, per stream and for the whole member.
#[derive(Debug, Clone, Copy)]
pub struct WatchLimits {
    pub stream_bytes: usize,
    pub member_bytes: usize,
}

impl Default for WatchLimits {
    fn default() -> Self {
        WatchLimits {
            stream_bytes: 4 * 1024 * 1024,
            member_bytes: 64 * 1024 * 1024,
        }
    }
}

/// At most this many revisions, and about this many bytes, per catch-up read (etcd sends at
/// most 1000 revisions per response to a catching-up watcher).
const CATCH_UP_REVISIONS: i64 = 1000;
const CATCH_UP_BYTES: usize = 1024 * 1024;
/// A catch-up this close to the published revision reads the store under the hub's lock, so it
/// cannot be overtaken by new batches forever under a steady write load.
const FINAL_GAP: i64 = 256;
/// Unsynced watchers considered per sync round (etcd's maxWatchersPerSync).
const WATCHERS_PER_ROUND: usize = 512;
/// How often the sync thread retries while watchers are behind (etcd's watchResyncPeriod).
const RESYNC_PERIOD: Duration = Duration::from_millis(100);
/// The accounted size of a response without events.
const CONTROL_BYTES: usize = 64;

const EMPTY_RANGE: &str = "mvcc: watcher range is empty";
const DUPLICATE_ID: &str = "mvcc: duplicate watch ID provided on the WatchStream";

/// What the hub queues for a stream; the Watch service turns each into a `WatchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub enum Outgoing {
    /// A create request's answer. `cancel_reason` is set when it was refused, and then
    /// `watch_id` is -1, as in etcd.
    Created {
        watch_id: i64,
        revision: i64,
        cancel_reason: Option<String>,
    },
    /// Events of whole revisions; `revision` is the store revision they bring the watcher to.
    Events {
        watch_id: i64,
        revision: i64,
        events: Vec<Event>,
        fragment: bool,
    },
    /// Every event up to `revision` was sent (watch_id -1 answers a stream's progress request).
    Progress { watch_id: i64, revision: i64 },
    /// A watcher ended: by its cancel request, or because the history it needs is compacted
    /// (`compact_revision` set).
    Canceled {
        watch_id: i64,
        revision: i64,
        compact_revision: i64,
    },
}

/// Counts shared by the hub and every outbox, for the limits and the metrics.
#[derive(Default)]
struct Shared {
    queued_bytes: AtomicUsize,
    pending_events: AtomicI64,
    events_sent: AtomicU64,
    streams: AtomicUsize,
    /// Set to wake the sync thread.
    wake: Mutex<bool>,
    wake_signal: Condvar,
}

impl Shared {
    fn wake_sync(&self) {
        *self.wake.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake_signal.notify_one();
    }
}

struct Queued {
    item: Outgoing,
    bytes: usize,
    events: usize,
}

#[derive(Default)]
struct OutboxState {
    items: VecDeque<Queued>,
    bytes: usize,
    waker: Option<Waker>,
    closed: bool,
    /// The hub held something back for lack of room: wake the sync thread once there is room.
    starved: bool,
    /// A stream-wide progress notification is queued and not yet sent.
    progress_queued: bool,
}

/// One stream's queue of responses, bounded in bytes. The hub pushes under its lock (never
/// blocking: a push that does not fit fails); the stream's response task pops.
pub struct Outbox {
    state: Mutex<OutboxState>,
    shared: Arc<Shared>,
    limits: WatchLimits,
    /// Signalled as the outbox drains, for a request reader waiting for room.
    drained: tokio::sync::Notify,
}

impl Outbox {
    fn lock(&self) -> MutexGuard<'_, OutboxState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `item` if it fits the stream's and the member's budget; an empty outbox takes any
    /// one item, so a single large revision still goes out. `force` is for small control
    /// responses that must not be lost.
    fn push(&self, item: Outgoing, bytes: usize, events: usize, force: bool) -> bool {
        let mut state = self.lock();
        if state.closed {
            return true;
        }
        let fits = state.items.is_empty()
            || (state.bytes + bytes <= self.limits.stream_bytes
                && self.shared.queued_bytes.load(Ordering::Relaxed) + bytes
                    <= self.limits.member_bytes);
        if !fits && !force {
            state.starved = true;
            return false;
        }
        state.bytes += bytes;
        self.shared.queued_bytes.fetch_add(bytes, Ordering::Relaxed);
        self.shared
            .pending_events
            .fetch_add(events as i64, Ordering::Relaxed);
        state.items.push_back(Queued {
            item,
            bytes,
            events,
        });
        if let Some(waker) = state.waker.take() {
            waker.wake();
        }
        true
    }

    /// Whether a catch-up chunk is worth reading for this stream now.
    fn has_room(&self) -> bool {
        let mut state = self.lock();
        // An empty outbox takes one item whatever the member's total, as `push` does, so one
        // stalled client cannot stop every other watcher from catching up.
        let room = state.items.is_empty()
            || (state.bytes < self.limits.stream_bytes / 2
                && self.shared.queued_bytes.load(Ordering::Relaxed) < self.limits.member_bytes);
        if !room {
            state.starved = true;
        }
        room
    }

    /// The next response, or None once the stream is closed and drained.
    pub fn poll_next(&self, cx: &mut Context<'_>) -> Poll<Option<Outgoing>> {
        let mut state = self.lock();
        match state.items.pop_front() {
            Some(queued) => {
                state.bytes -= queued.bytes;
                self.shared
                    .queued_bytes
                    .fetch_sub(queued.bytes, Ordering::Relaxed);
                self.shared
                    .pending_events
                    .fetch_sub(queued.events as i64, Ordering::Relaxed);
                self.shared
                    .events_sent
                    .fetch_add(queued.events as u64, Ordering::Relaxed);
                if state.starved && state.bytes < self.limits.stream_bytes / 2 {
                    state.starved = false;
                    self.shared.wake_sync();
                }
                if matches!(queued.item, Outgoing::Progress { watch_id: -1, .. }) {
                    state.progress_queued = false;
                }
                if state.bytes < self.limits.stream_bytes {
                    self.drained.notify_waiters();
                }
                Poll::Ready(Some(queued.item))
            }
            None if state.closed => Poll::Ready(None),
            None => {
                state.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }

    /// Whether the client's requests may be read: their answers are queued without a limit,
    /// so a client that sends requests but reads no answers must wait, as etcd's does.
    fn accepts_requests(&self) -> bool {
        let state = self.lock();
        state.closed || state.bytes < self.limits.stream_bytes
    }

    fn close(&self) {
        let mut state = self.lock();
        state.closed = true;
        let bytes: usize = state.items.iter().map(|q| q.bytes).sum();
        let events: usize = state.items.iter().map(|q| q.events).sum();
        state.items.clear();
        state.bytes = 0;
        self.shared.queued_bytes.fetch_sub(bytes, Ordering::Relaxed);
        self.shared
            .pending_events
            .fetch_sub(events as i64, Ordering::Relaxed);
        if let Some(waker) = state.waker.take() {
            waker.wake();
        }
        drop(state);
        self.drained.notify_waiters();
    }
}

struct Watcher {
    stream: u64,
    watch_id: i64,
    key: Vec<u8>,
    range_end: Vec<u8>,
    prev_kv: bool,
    no_put: bool,
    no_delete: bool,
    fragment: bool,
    progress_notify: bool,
    start_revision: i64,
    /// Unsynced: the first revision not yet queued. Synced: the lowest revision it may get (its
    /// start revision when that is in the future).
    min_revision: i64,
    synced: bool,
    /// Events were queued since the last periodic progress tick.
    sent_since_tick: bool,
}

impl Watcher {
    fn matches(&self, event: &Event) -> bool {
        let Some(kv) = &event.kv else { return false };
        if kv.mod_revision < self.min_revision {
            return false;
        }
        let in_range = if self.range_end.is_empty() {
            kv.key == self.key
        } else if self.range_end == [0] {
            kv.key >= self.key
        } else {
            kv.key >= self.key && kv.key < self.range_end
        };
        let is_put = event.r#type == EventType::Put as i32;
        let filtered = if is_put { self.no_put } else { self.no_delete };
        in_range && !filtered
    }

    fn select(&self, events: &[Event]) -> Vec<Event> {
        events
            .iter()
            .filter(|e| self.matches(e))
            .map(|e| {
                let mut e = e.clone();
                if !self.prev_kv {
                    e.prev_kv = None;
                }
                e
            })
            .collect()
    }

    fn events_item(&self, events: Vec<Event>, revision: i64) -> (Outgoing, usize, usize) {
        let bytes = events.iter().map(|e| e.encoded_len() + 8).sum::<usize>() + CONTROL_BYTES;
        let count = events.len();
        let item = Outgoing::Events {
            watch_id: self.watch_id,
            revision,
            events,
            fragment: self.fragment,
        };
        (item, bytes, count)
    }
}

struct StreamState {
    outbox: Arc<Outbox>,
    watchers: HashMap<i64, u64>,
    next_watch_id: i64,
    unsynced: usize,
    /// A progress request waits for every watcher of the stream to be synced.
    progress_requested: bool,
}

struct HubState {
    published: i64,
    /// Bumped when the store is replaced, so a catch-up read from before is discarded.
    epoch: u64,
    next_watcher: u64,
    next_stream: u64,
    watchers: HashMap<u64, Watcher>,
    unsynced: BTreeSet<u64>,
    streams: HashMap<u64, StreamState>,
    /// Streams with a progress request waiting.
    deferred_progress: BTreeSet<u64>,
    /// Where the next sync round starts looking among unsynced watchers, so every one gets
    /// its turn.
    sync_cursor: u64,
}

impl HubState {
    /// Marks a synced watcher as behind from `from` (the first revision it has not been sent).
    fn demote(&mut self, key: u64, from: i64, shared: &Shared) {
        let Some(watcher) = self.watchers.get_mut(&key) else {
            return;
        };
        if !watcher.synced {
            return;
        }
        watcher.synced = false;
        watcher.min_revision = watcher.min_revision.max(from);
        self.unsynced.insert(key);
        if let Some(stream) = self.streams.get_mut(&watcher.stream) {
            stream.unsynced += 1;
        }
        shared.wake_sync();
    }

    fn promote(&mut self, key: u64) {
        let Some(watcher) = self.watchers.get_mut(&key) else {
            return;
        };
        if watcher.synced {
            return;
        }
        watcher.synced = true;
        watcher.min_revision = watcher.min_revision.max(self.published + 1);
        self.unsynced.remove(&key);
        let stream_id = watcher.stream;
        if let Some(stream) = self.streams.get_mut(&stream_id) {
            stream.unsynced -= 1;
        }
        self.try_deferred_progress(stream_id);
    }

    fn remove_watcher(&mut self, key: u64) -> Option<Watcher> {
        let watcher = self.watchers.remove(&key)?;
        if self.unsynced.remove(&key) {
            if let Some(stream) = self.streams.get_mut(&watcher.stream) {
                stream.unsynced -= 1;
            }
        }
        if let Some(stream) = self.streams.get_mut(&watcher.stream) {
            stream.watchers.remove(&watcher.watch_id);
        }
        Some(watcher)
    }

    /// Queues a stream's progress notification if every one of its watchers is synced and at
    /// or past its start revision (etcd's progressIfSync); otherwise it waits. Returns whether
    /// it was queued (or there was nothing to answer).
    fn progress_if_synced(&mut self, stream_id: u64) -> bool {
        let published = self.published;
        let Some(stream) = self.streams.get(&stream_id) else {
            return true;
        };
        if stream.watchers.is_empty() {
            // etcd answers a stream without watchers with nothing.
            return true;
        }
        let ready = stream.unsynced == 0
            && stream
                .watchers
                .values()
                .all(|key| self.watchers[key].start_revision <= published);
        if ready && !stream.outbox.lock().progress_queued {
            stream.outbox.lock().progress_queued = true;
            stream.outbox.push(
                Outgoing::Progress {
                    watch_id: -1,
                    revision: published,
                },
                CONTROL_BYTES,
                0,
                true,
            );
        }
        ready
    }

    fn try_deferred_progress(&mut self, stream_id: u64) {
        let waiting = self
            .streams
            .get(&stream_id)
            .is_some_and(|s| s.progress_requested);
        if waiting && self.progress_if_synced(stream_id) {
            if let Some(stream) = self.streams.get_mut(&stream_id) {
                stream.progress_requested = false;
            }
            self.deferred_progress.remove(&stream_id);
        }
    }
}

/// The member's watchers.
pub struct WatchHub {
    store: Arc<Store>,
    state: Mutex<HubState>,
    prev_kv_watchers: AtomicUsize,
    shared: Arc<Shared>,
    limits: WatchLimits,
}

/// A snapshot of the hub for the metrics.
#[derive(Debug, Default, Clone, Copy)]
pub struct WatchStats {
    pub streams: usize,
    pub watchers: usize,
    pub slow_watchers: usize,
    pub pending_events: i64,
    pub events_sent: u64,
}

impl WatchHub {
    /// A hub over `store`, with its sync thread.
    pub fn new(store: Arc<Store>, limits: WatchLimits) -> Arc<WatchHub> {
        let published = store.revision();
        let hub = Arc::new(WatchHub {
            store,
            state: Mutex::new(HubState {
                published,
                epoch: 0,
                next_watcher: 1,
                next_stream: 1,
                watchers: HashMap::new(),
                unsynced: BTreeSet::new(),
                streams: HashMap::new(),
                deferred_progress: BTreeSet::new(),
                sync_cursor: 0,
            }),
            prev_kv_watchers: AtomicUsize::new(0),
            shared: Arc::new(Shared::default()),
            limits,
        });
        let weak = Arc::downgrade(&hub);
        let shared = hub.shared.clone();
        let _ = std::thread::Builder::new()
            .name("watch-sync".into())
            .spawn(move || sync_loop(weak, shared));
        hub
    }

    fn lock(&self) -> MutexGuard<'_, HubState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether some watcher wants previous values; the apply loop reads them only then.
    pub fn wants_prev_kv(&self) -> bool {
        self.prev_kv_watchers.load(Ordering::Relaxed) > 0
    }

    /// The last revision whose events were published.
    pub fn published(&self) -> i64 {
        self.lock().published
    }

    /// Hands an applied batch's events (ending at `revision`) to the synced watchers.
    /// `with_prev_kv` says whether put events carry previous values.
    pub fn publish(&self, events: &[Event], revision: i64, with_prev_kv: bool) {
        let mut guard = self.lock();
        let state = &mut *guard;
        let previous = state.published;
        state.published = revision;
        let mut behind = Vec::new();
        if !events.is_empty() {
            for (&key, watcher) in state.watchers.iter_mut() {
                if !watcher.synced {
                    continue;
                }
                let selected = watcher.select(events);
                if selected.is_empty() {
                    continue;
                }
                let lacks_prev = watcher.prev_kv
                    && !with_prev_kv
                    && selected.iter().any(|e| e.r#type == EventType::Put as i32);
                let Some(stream) = state.streams.get(&watcher.stream) else {
                    continue;
                };
                let (item, bytes, count) = watcher.events_item(selected, revision);
                if lacks_prev || !stream.outbox.push(item, bytes, count, false) {
                    // It catches up from the store, which has every previous value.
                    behind.push(key);
                } else {
                    watcher.sent_since_tick = true;
                }
            }
        }
        for key in behind {
            state.demote(key, previous + 1, &self.shared);
        }
        if !state.deferred_progress.is_empty() {
            let waiting: Vec<u64> = state.deferred_progress.iter().copied().collect();
            for stream in waiting {
                state.try_deferred_progress(stream);
            }
        }
    }

    /// The store was replaced (a snapshot from the leader): every watcher catches up from it.
    pub fn restore(&self) {
        let mut state = self.lock();
        let published = state.published;
        let synced: Vec<u64> = state
            .watchers
            .iter()
            .filter(|(_, w)| w.synced)
            .map(|(&k, _)| k)
            .collect();
        for key in synced {
            state.demote(key, published + 1, &self.shared);
        }
        let revision = self.store.revision();
        if revision < published {
            tracing::warn!(
                revision,
                published,
                "the store was replaced by an older one; watchers catch up from it"
            );
        }
        state.published = revision.max(published);
        state.epoch += 1;
    }

    /// A new watch stream.
    pub fn open_stream(self: &Arc<Self>) -> Arc<HubStream> {
        let outbox = Arc::new(Outbox {
            state: Mutex::new(OutboxState::default()),
            shared: self.shared.clone(),
            limits: self.limits,
            drained: tokio::sync::Notify::new(),
        });
        let mut state = self.lock();
        let id = state.next_stream;
        state.next_stream += 1;
        state.streams.insert(
            id,
            StreamState {
                outbox: outbox.clone(),
                watchers: HashMap::new(),
                next_watch_id: 0,
                unsynced: 0,
                progress_requested: false,
            },
        );
        self.shared.streams.fetch_add(1, Ordering::Relaxed);
        Arc::new(HubStream {
            hub: self.clone(),
            id,
            outbox,
            closed: AtomicBool::new(false),
            closed_signal: tokio::sync::Notify::new(),
        })
    }

    fn create(&self, stream_id: u64, request: &WatchCreateRequest) {
        let mut guard = self.lock();
        let state = &mut *guard;
        let published = state.published;
        let Some(stream) = state.streams.get_mut(&stream_id) else {
            return;
        };
        let refuse = |stream: &StreamState, reason: String| {
            stream.outbox.push(
                Outgoing::Created {
                    watch_id: -1,
                    revision: published,
                    cancel_reason: Some(reason),
                },
                CONTROL_BYTES,
                0,
                true,
            );
        };
        // etcd watches key "\0" for an empty key.
        let key = if request.key.is_empty() {
            vec![0]
        } else {
            request.key.clone()
        };
        let range_end = request.range_end.clone();
        if request.start_revision < 0 {
            return refuse(stream, ApiError::Compacted.to_string());
        }
        if !range_end.is_empty() && range_end != [0] && key >= range_end {
            return refuse(stream, EMPTY_RANGE.into());
        }
        let watch_id = if request.watch_id == 0 {
            while stream.watchers.contains_key(&stream.next_watch_id) {
                stream.next_watch_id += 1;
            }
            stream.next_watch_id += 1;
            stream.next_watch_id - 1
        } else if stream.watchers.contains_key(&request.watch_id) {
            return refuse(stream, DUPLICATE_ID.into());
        } else {
            request.watch_id
        };
        let start = request.start_revision;
        let synced = start == 0 || start > published;
        let watcher = Watcher {
            stream: stream_id,
            watch_id,
            key,
            range_end,
            prev_kv: request.prev_kv,
            no_put: request.filters.contains(&(FilterType::Noput as i32)),
            no_delete: request.filters.contains(&(FilterType::Nodelete as i32)),
            fragment: request.fragment,
            progress_notify: request.progress_notify,
            start_revision: start,
            min_revision: if synced {
                start.max(published + 1)
            } else {
                start
            },
            synced,
            sent_since_tick: false,
        };
        stream.outbox.push(
            Outgoing::Created {
                watch_id,
                revision: published,
                cancel_reason: None,
            },
            CONTROL_BYTES,
            0,
            true,
        );
        if watcher.prev_kv {
            self.prev_kv_watchers.fetch_add(1, Ordering::Relaxed);
        }
        let key = state.next_watcher;
        state.next_watcher += 1;
        stream.watchers.insert(watch_id, key);
        if !synced {
            stream.unsynced += 1;
            state.unsynced.insert(key);
            self.shared.wake_sync();
        }
        state.watchers.insert(key, watcher);
    }

    fn refuse(&self, stream_id: u64, reason: String) {
        let state = self.lock();
        if let Some(stream) = state.streams.get(&stream_id) {
            stream.outbox.push(
                Outgoing::Created {
                    watch_id: -1,
                    revision: state.published,
                    cancel_reason: Some(reason),
                },
                CONTROL_BYTES,
                0,
                true,
            );
        }
    }

    fn cancel(&self, stream_id: u64, watch_id: i64) {
        let mut state = self.lock();
        let Some(&key) = state
            .streams
            .get(&stream_id)
            .and_then(|s| s.watchers.get(&watch_id))
        else {
            return;
        };
        self.forget(&mut state, key);
        let published = state.published;
        if let Some(stream) = state.streams.get(&stream_id) {
            stream.outbox.push(
                Outgoing::Canceled {
                    watch_id,
                    revision: published,
                    compact_revision: 0,
                },
                CONTROL_BYTES,
                0,
                true,
            );
        }
        state.try_deferred_progress(stream_id);
    }

    fn forget(&self, state: &mut HubState, key: u64) {
        if let Some(watcher) = state.remove_watcher(key) {
            if watcher.prev_kv {
                self.prev_kv_watchers.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }

    fn request_progress(&self, stream_id: u64) {
        let mut state = self.lock();
        if !state.progress_if_synced(stream_id) {
            if let Some(stream) = state.streams.get_mut(&stream_id) {
                stream.progress_requested = true;
            }
            state.deferred_progress.insert(stream_id);
        }
    }

    /// etcd's periodic progress: each progress_notify watcher that is synced and was sent no
    /// events since the last tick gets a notification with its own watch ID.
    fn progress_tick(&self, stream_id: u64) {
        let mut guard = self.lock();
        let state = &mut *guard;
        let published = state.published;
        let Some(stream) = state.streams.get(&stream_id) else {
            return;
        };
        for key in stream.watchers.values() {
            let Some(watcher) = state.watchers.get_mut(key) else {
                continue;
            };
            if !watcher.progress_notify {
                continue;
            }
            if watcher.synced && !watcher.sent_since_tick && published >= watcher.start_revision {
                stream.outbox.push(
                    Outgoing::Progress {
                        watch_id: watcher.watch_id,
                        revision: published,
                    },
                    CONTROL_BYTES,
                    0,
                    true,
                );
            }
            watcher.sent_since_tick = false;
        }
    }

    fn close_stream(&self, stream_id: u64) {
        let mut state = self.lock();
        let Some(stream) = state.streams.get(&stream_id) else {
            return;
        };
        let keys: Vec<u64> = stream.watchers.values().copied().collect();
        for key in keys {
            self.forget(&mut state, key);
        }
        state.deferred_progress.remove(&stream_id);
        if let Some(stream) = state.streams.remove(&stream_id) {
            stream.outbox.close();
            self.shared.streams.fetch_sub(1, Ordering::Relaxed);
        }
    }

    pub fn watcher_count(&self) -> usize {
        self.lock().watchers.len()
    }

    pub fn stats(&self) -> WatchStats {
        let state = self.lock();
        WatchStats {
            streams: state.streams.len(),
            watchers: state.watchers.len(),
            slow_watchers: state.unsynced.len(),
            pending_events: self.shared.pending_events.load(Ordering::Relaxed),
            events_sent: self.shared.events_sent.load(Ordering::Relaxed),
        }
    }

    /// One round of catching up unsynced watchers.
    fn sync_round(&self) -> Round {
        let compact = self.store.compact_revision();
        let mut state = self.lock();
        if state.unsynced.is_empty() {
            return Round::default();
        }
        let published = state.published;
        let epoch = state.epoch;
        let mut candidates = Vec::new();
        let mut compacted = Vec::new();
        let mut caught_up = Vec::new();
        let cursor = state.sync_cursor;
        let order: Vec<u64> = state
            .unsynced
            .range(cursor..)
            .chain(state.unsynced.range(..cursor))
            .copied()
            .collect();
        for key in order {
            if candidates.len() >= WATCHERS_PER_ROUND {
                state.sync_cursor = key;
                break;
            }
            let watcher = &state.watchers[&key];
            if watcher.min_revision < compact {
                compacted.push(key);
                continue;
            }
            if watcher.min_revision > published {
                caught_up.push(key);
                continue;
            }
            if !state.streams[&watcher.stream].outbox.has_room() {
                continue;
            }
            candidates.push((key, watcher.min_revision, watcher.prev_kv));
        }
        // Watchers just behind go first, in a small read, so one far behind (a watch from
        // revision 1 on a long history) does not hold them up.
        if candidates
            .iter()
            .any(|&(_, min, _)| published - min < FINAL_GAP)
        {
            candidates.retain(|&(_, min, _)| published - min < FINAL_GAP);
        }
        let from = candidates.iter().map(|c| c.1).min().unwrap_or(i64::MAX);
        let prev_kv = candidates.iter().any(|c| c.2);
        let candidates: Vec<u64> = candidates.into_iter().map(|c| c.0).collect();
        for &key in &compacted {
            let watcher = &state.watchers[&key];
            let (stream_id, watch_id) = (watcher.stream, watcher.watch_id);
            self.forget(&mut state, key);
            if let Some(stream) = state.streams.get(&stream_id) {
                stream.outbox.push(
                    Outgoing::Canceled {
                        watch_id,
                        revision: published,
                        compact_revision: compact,
                    },
                    CONTROL_BYTES,
                    0,
                    true,
                );
            }
            state.try_deferred_progress(stream_id);
        }
        let mut progressed = !compacted.is_empty() || !caught_up.is_empty();
        for key in caught_up {
            state.promote(key);
        }
        if candidates.is_empty() {
            return Round {
                behind: !state.unsynced.is_empty(),
                progressed,
            };
        }
        let to = published.min(from + CATCH_UP_REVISIONS - 1);
        let budget = CATCH_UP_BYTES.min(self.limits.stream_bytes / 2).max(1);
        let read = |from, to| self.store.events_between(from, to, prev_kv, budget);
        let chunk = if published - from < FINAL_GAP {
            read(from, to)
        } else {
            drop(state);
            let chunk = read(from, to);
            state = self.lock();
            if state.epoch != epoch {
                return Round::retry();
            }
            chunk
        };
        let (events, last) = match chunk {
            Ok(chunk) => chunk,
            // Compacted meanwhile: the next round cancels whoever needed that history.
            Err(ApiError::Compacted) => return Round::retry(),
            Err(e) => {
                tracing::error!("watch catch-up cannot read the store: {e}");
                return Round {
                    behind: true,
                    progressed: false,
                };
            }
        };
        let mut promoted = Vec::new();
        for key in candidates {
            let HubState {
                watchers,
                streams,
                published,
                ..
            } = &mut *state;
            let Some(watcher) = watchers.get_mut(&key) else {
                continue;
            };
            if watcher.synced || watcher.min_revision > last {
                continue;
            }
            let selected = watcher.select(&events);
            if !selected.is_empty() {
                let (item, bytes, count) = watcher.events_item(selected, last);
                if !streams[&watcher.stream]
                    .outbox
                    .push(item, bytes, count, false)
                {
                    continue;
                }
                watcher.sent_since_tick = true;
            }
            watcher.min_revision = last + 1;
            progressed = true;
            if watcher.min_revision > *published {
                promoted.push(key);
            }
        }
        for key in promoted {
            state.promote(key);
        }
        Round {
            behind: !state.unsynced.is_empty(),
            progressed,
        }
    }
}

/// What a sync round achieved.
#[derive(Default)]
struct Round {
    /// Some watchers are still unsynced.
    behind: bool,
    /// Some watcher moved forward, so another round may too.
    progressed: bool,
}

impl Round {
    fn retry() -> Round {
        Round {
            behind: true,
            progressed: true,
        }
    }
}

fn sync_loop(hub: Weak<WatchHub>, shared: Arc<Shared>) {
    let mut behind = false;
    loop {
        {
            let mut woken = shared.wake.lock().unwrap_or_else(|e| e.into_inner());
            if !*woken {
                // Wait for news; while watchers are behind, retry every resync period anyway.
                let wait = if behind {
                    RESYNC_PERIOD
                } else {
                    Duration::from_secs(1)
                };
                woken = shared
                    .wake_signal
                    .wait_timeout(woken, wait)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            *woken = false;
        }
        let Some(hub) = hub.upgrade() else { return };
        // Keep going while rounds move watchers forward; one whose stream has no room waits
        // until the stream drains (its outbox wakes this thread).
        loop {
            let round = hub.sync_round();
            behind = round.behind;
            if !round.behind || !round.progressed {
                break;
            }
        }
    }
}

/// One Watch stream's side of the hub. Dropping it (or [`HubStream::close`]) cancels its
/// watchers.
pub struct HubStream {
    hub: Arc<WatchHub>,
    id: u64,
    outbox: Arc<Outbox>,
    closed: AtomicBool,
    closed_signal: tokio::sync::Notify,
}

impl HubStream {
    pub fn create(&self, request: &WatchCreateRequest) {
        self.hub.create(self.id, request);
    }

    pub fn cancel(&self, watch_id: i64) {
        self.hub.cancel(self.id, watch_id);
    }

    /// Answers a create request with a refusal (etcd: created and canceled, watch ID -1).
    pub fn refuse(&self, reason: String) {
        self.hub.refuse(self.id, reason);
    }

    pub fn request_progress(&self) {
        self.hub.request_progress(self.id);
    }

    pub fn progress_tick(&self) {
        self.hub.progress_tick(self.id);
    }

    pub fn poll_next(&self, cx: &mut Context<'_>) -> Poll<Option<Outgoing>> {
        self.outbox.poll_next(cx)
    }

    /// Waits until the stream's answers have room for more requests.
    pub async fn room_for_requests(&self) {
        loop {
            let drained = self.outbox.drained.notified();
            if self.outbox.accepts_requests() {
                return;
            }
            drained.await;
        }
    }

    pub fn close(&self) {
        if !self.closed.swap(true, Ordering::AcqRel) {
            self.hub.close_stream(self.id);
            self.closed_signal.notify_waiters();
        }
    }

    /// Resolves once the stream is closed.
    pub async fn closed(&self) {
        loop {
            let notified = self.closed_signal.notified();
            if self.closed.load(Ordering::Acquire) {
                return;
            }
            notified.await;
        }
    }
}

impl Drop for HubStream {
    fn drop(&mut self) {
        self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::proto::etcdserverpb::{CompactionRequest, PutRequest};
    use std::time::Instant;

    struct Fixture {
        _dir: tempfile::TempDir,
        store: Arc<Store>,
        hub: Arc<WatchHub>,
        index: u64,
    }

    impl Fixture {
        fn new(limits: WatchLimits) -> Fixture {
            let dir = tempfile::tempdir().unwrap();
            let store = Arc::new(Store::open(&dir.path().join("db")).unwrap().store);
            let hub = WatchHub::new(store.clone(), limits);
            Fixture {
                _dir: dir,
                store,
                hub,
                index: 1,
            }
        }

        /// Applies one put per key as the node does (one revision each, one batch) and
        /// publishes the batch.
        fn put(&mut self, keys: &[&str]) {
            self.index += 1;
            let with_prev = self.hub.wants_prev_kv();
            let (events, revision) = self
                .store
                .write(self.index, |w| {
                    w.set_events_with_prev(with_prev);
                    for key in keys {
                        w.begin();
                        let request = PutRequest {
                            key: key.as_bytes().to_vec(),
                            value: format!("{key}@{}", w.revision() + 1).into_bytes(),
                            ..Default::default()
                        };
                        w.put(request).unwrap();
                        w.end();
                    }
                    (w.take_events(), w.revision())
                })
                .unwrap();
            self.hub.publish(&events, revision, with_prev);
        }

        fn compact(&mut self, revision: i64) {
            self.index += 1;
            self.store
                .write(self.index, |w| {
                    w.begin();
                    let _ = CompactionRequest::default();
                    w.compact(revision).unwrap();
                    w.end();
                })
                .unwrap();
        }
    }

    fn watch(key: &str, end: &str, start: i64) -> WatchCreateRequest {
        WatchCreateRequest {
            key: key.as_bytes().to_vec(),
            range_end: end.as_bytes().to_vec(),
            start_revision: start,
            prev_kv: true,
            ..Default::default()
        }
    }

    /// Everything queued on `stream` right now.
    fn drain(stream: &HubStream) -> Vec<Outgoing> {
        let mut cx = Context::from_waker(Waker::noop());
        let mut items = Vec::new();
        while let Poll::Ready(Some(item)) = stream.poll_next(&mut cx) {
            items.push(item);
        }
        items
    }

    /// Drains `stream` until `done` holds for everything drained so far (the sync thread works
    /// in the background), or panics after a few seconds.
    fn drain_until(stream: &HubStream, done: impl Fn(&[Outgoing]) -> bool) -> Vec<Outgoing> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut items = Vec::new();
        loop {
            items.extend(drain(stream));
            if done(&items) {
                return items;
            }
            assert!(Instant::now() < deadline, "gave up waiting; got {items:?}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn revisions(items: &[Outgoing]) -> Vec<i64> {
        items
            .iter()
            .flat_map(|item| match item {
                Outgoing::Events { events, .. } => events
                    .iter()
                    .map(|e| e.kv.as_ref().unwrap().mod_revision)
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    fn event_count(items: &[Outgoing]) -> usize {
        revisions(items).len()
    }

    #[test]
    fn a_watch_from_a_future_revision_gets_nothing_before_it() {
        let mut f = Fixture::new(WatchLimits::default());
        f.put(&["a", "b", "c"]); // revisions 2, 3, 4
        let stream = f.hub.open_stream();
        stream.create(&watch("foo", "", 7));
        for _ in 0..5 {
            f.put(&["foo"]); // 5..9
        }
        let items = drain_until(&stream, |items| event_count(items) >= 3);
        assert_eq!(revisions(&items), vec![7, 8, 9]);
        assert!(matches!(items[0], Outgoing::Created { watch_id: 0, .. }));
    }

    #[test]
    fn a_progress_request_waits_for_the_history_it_covers() {
        let mut f = Fixture::new(WatchLimits::default());
        let keys: Vec<String> = (0..200).map(|i| format!("k{i:03}")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        f.put(&keys); // revisions 2..=201
        let stream = f.hub.open_stream();
        stream.create(&watch("k", "l", 1));
        stream.request_progress();
        let items = drain_until(&stream, |items| {
            items
                .iter()
                .any(|i| matches!(i, Outgoing::Progress { watch_id: -1, .. }))
        });
        let progress_at = items
            .iter()
            .position(|i| matches!(i, Outgoing::Progress { .. }))
            .unwrap();
        assert_eq!(event_count(&items[..progress_at]), 200);
        assert_eq!(
            items[progress_at],
            Outgoing::Progress {
                watch_id: -1,
                revision: 201
            }
        );
        // Once synced, a request is answered at once with the published revision.
        f.put(&["k500"]);
        stream.request_progress();
        let items = drain(&stream);
        assert_eq!(revisions(&items), vec![202]);
        assert_eq!(
            items.last(),
            Some(&Outgoing::Progress {
                watch_id: -1,
                revision: 202
            })
        );
    }

    #[test]
    fn a_progress_request_is_not_answered_below_a_future_start_revision() {
        let mut f = Fixture::new(WatchLimits::default());
        let stream = f.hub.open_stream();
        stream.create(&watch("a", "", 4));
        stream.request_progress();
        f.put(&["x"]); // revision 2
        assert!(!drain(&stream)
            .iter()
            .any(|i| matches!(i, Outgoing::Progress { .. })));
        f.put(&["x", "x"]); // 3, 4
        let items = drain(&stream);
        assert_eq!(
            items.last(),
            Some(&Outgoing::Progress {
                watch_id: -1,
                revision: 4
            })
        );
    }

    #[test]
    fn a_stream_that_stops_reading_holds_a_bounded_queue_and_later_gets_every_event_in_order() {
        let limits = WatchLimits {
            stream_bytes: 16 * 1024,
            member_bytes: 64 * 1024,
        };
        let mut f = Fixture::new(limits);
        let stream = f.hub.open_stream();
        stream.create(&watch("k", "l", 0));
        for i in 0..2000 {
            f.put(&[&format!("k{}", i % 50)]);
            let queued = f.hub.shared.queued_bytes.load(Ordering::Relaxed);
            assert!(
                queued <= limits.stream_bytes + 1024,
                "queued {queued} bytes"
            );
        }
        let stats = f.hub.stats();
        assert_eq!(stats.slow_watchers, 1);
        assert!(stats.pending_events > 0);
        let items = drain_until(&stream, |items| event_count(items) >= 2000);
        assert_eq!(revisions(&items), (2..=2001).collect::<Vec<_>>());
        // Caught up: synced again, and live events flow directly.
        let deadline = Instant::now() + Duration::from_secs(5);
        while f.hub.stats().slow_watchers > 0 {
            assert!(Instant::now() < deadline);
            std::thread::sleep(Duration::from_millis(5));
        }
        f.put(&["k1"]);
        assert_eq!(revisions(&drain(&stream)), vec![2002]);
        assert_eq!(f.hub.stats().pending_events, 0);
    }

    #[test]
    fn a_slow_watcher_whose_history_is_compacted_is_cancelled_with_the_compact_revision() {
        let limits = WatchLimits {
            stream_bytes: 4 * 1024,
            member_bytes: 64 * 1024,
        };
        let mut f = Fixture::new(limits);
        let stream = f.hub.open_stream();
        stream.create(&watch("k", "l", 0));
        for i in 0..500 {
            f.put(&[&format!("k{}", i % 10)]);
        }
        assert_eq!(f.hub.stats().slow_watchers, 1);
        f.compact(400);
        let items = drain_until(&stream, |items| {
            items.iter().any(|i| matches!(i, Outgoing::Canceled { .. }))
        });
        let last = items.last().unwrap();
        assert!(
            matches!(
                last,
                Outgoing::Canceled {
                    watch_id: 0,
                    compact_revision: 400,
                    ..
                }
            ),
            "{last:?}"
        );
        let got = revisions(&items);
        assert_eq!(got, (2..2 + got.len() as i64).collect::<Vec<_>>());
        assert_eq!(f.hub.watcher_count(), 0);
    }

    #[test]
    fn watchers_on_a_replaced_store_catch_up_from_it() {
        let mut f = Fixture::new(WatchLimits::default());
        let stream = f.hub.open_stream();
        stream.create(&watch("k", "l", 0));
        f.put(&["k1"]); // 2, published
                        // Revisions 3 and 4 reach the store without being published, as when a snapshot
                        // replaces it.
        f.index += 1;
        f.store
            .write(f.index, |w| {
                for key in ["k2", "k3"] {
                    w.begin();
                    let request = PutRequest {
                        key: key.into(),
                        value: b"v".to_vec(),
                        ..Default::default()
                    };
                    w.put(request).unwrap();
                    w.end();
                }
            })
            .unwrap();
        f.hub.restore();
        let items = drain_until(&stream, |items| event_count(items) >= 3);
        assert_eq!(revisions(&items), vec![2, 3, 4]);
        f.put(&["k4"]);
        let items = drain_until(&stream, |items| event_count(items) >= 1);
        assert_eq!(revisions(&items), vec![5]);
    }

    #[test]
    fn bad_create_requests_are_refused_as_etcd_refuses_them() {
        let f = Fixture::new(WatchLimits::default());
        let stream = f.hub.open_stream();
        let mut duplicate = watch("a", "", 0);
        duplicate.watch_id = 5;
        stream.create(&duplicate);
        stream.create(&duplicate);
        stream.create(&watch("b", "a", 0));
        stream.create(&watch("a", "", -1));
        let reasons: Vec<Option<String>> = drain(&stream)
            .into_iter()
            .map(|item| match item {
                Outgoing::Created {
                    watch_id,
                    cancel_reason,
                    ..
                } => {
                    assert_eq!(watch_id == -1, cancel_reason.is_some());
                    cancel_reason
                }
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(
            reasons,
            vec![
                None,
                Some(DUPLICATE_ID.to_string()),
                Some(EMPTY_RANGE.to_string()),
                Some(ApiError::Compacted.to_string()),
            ]
        );
    }

    #[test]
    fn cancelling_and_closing_remove_watchers() {
        let mut f = Fixture::new(WatchLimits::default());
        let stream = f.hub.open_stream();
        stream.create(&watch("a", "", 0));
        stream.create(&watch("b", "", 0));
        assert_eq!(f.hub.watcher_count(), 2);
        stream.cancel(0);
        f.put(&["a", "b"]);
        let items = drain(&stream);
        assert!(items.contains(&Outgoing::Canceled {
            watch_id: 0,
            revision: 1,
            compact_revision: 0
        }));
        assert_eq!(revisions(&items), vec![3]);
        drop(stream);
        assert_eq!(f.hub.watcher_count(), 0);
        assert_eq!(f.hub.stats().streams, 0);
        assert!(!f.hub.wants_prev_kv());
    }

    #[test]
    fn progress_requests_that_are_never_read_queue_one_answer() {
        let mut f = Fixture::new(WatchLimits::default());
        let stream = f.hub.open_stream();
        stream.create(&watch("a", "", 0));
        f.put(&["a"]);
        for _ in 0..10_000 {
            stream.request_progress();
        }
        let progress = drain(&stream)
            .iter()
            .filter(|i| matches!(i, Outgoing::Progress { .. }))
            .count();
        assert_eq!(progress, 1);
        stream.request_progress();
        assert_eq!(
            drain(&stream),
            vec![Outgoing::Progress {
                watch_id: -1,
                revision: 2
            }]
        );
    }

    #[test]
    fn watchers_stuck_behind_a_stalled_stream_do_not_starve_later_ones() {
        let limits = WatchLimits {
            stream_bytes: 8 * 1024,
            member_bytes: 1024 * 1024,
        };
        let mut f = Fixture::new(limits);
        let keys: Vec<String> = (0..50).map(|i| format!("k{i:02}")).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        f.put(&keys);
        // More unsynced watchers than one round looks at, on a stream nobody reads.
        let stalled = f.hub.open_stream();
        for _ in 0..WATCHERS_PER_ROUND + 100 {
            stalled.create(&watch("k", "l", 1));
        }
        let reader = f.hub.open_stream();
        reader.create(&watch("k", "l", 1));
        let items = drain_until(&reader, |items| event_count(items) >= 50);
        assert_eq!(revisions(&items), (2..=51).collect::<Vec<_>>());
    }
}
