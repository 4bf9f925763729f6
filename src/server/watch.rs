//! Watch fan-out. The apply loop publishes each committed batch's events here; every watcher whose
//! key range matches gets them, in revision order, on its stream's channel. A watcher created with
//! a start revision first gets the history from the store, up to the last published revision,
//! under the hub's lock, so no event is missed or repeated between history and live events.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use tokio::sync::mpsc;

use super::errors::{ApiError, ApiResult};
use super::mvcc::Store;
use super::proto::etcdserverpb::watch_create_request::FilterType;
use super::proto::etcdserverpb::WatchCreateRequest;
use super::proto::mvccpb::{event::EventType, Event};

/// Events for one watcher, sent to its stream.
#[derive(Debug)]
pub struct Delivery {
    pub watch_id: i64,
    pub events: Vec<Event>,
    /// The store revision these events bring the watcher to.
    pub revision: i64,
}

struct Watcher {
    watch_id: i64,
    key: Vec<u8>,
    range_end: Vec<u8>,
    prev_kv: bool,
    no_put: bool,
    no_delete: bool,
    out: mpsc::UnboundedSender<Delivery>,
}

impl Watcher {
    fn matches(&self, event: &Event) -> bool {
        let Some(kv) = &event.kv else { return false };
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
}

struct Hub {
    published: i64,
    next_key: u64,
    watchers: HashMap<u64, Watcher>,
}

pub struct WatchHub {
    hub: Mutex<Hub>,
    /// How many watchers want previous values; the apply loop reads them only when some do.
    prev_kv_watchers: AtomicUsize,
}

impl WatchHub {
    pub fn new(revision: i64) -> WatchHub {
        WatchHub {
            hub: Mutex::new(Hub {
                published: revision,
                next_key: 1,
                watchers: HashMap::new(),
            }),
            prev_kv_watchers: AtomicUsize::new(0),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Hub> {
        self.hub.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn wants_prev_kv(&self) -> bool {
        self.prev_kv_watchers.load(Ordering::Relaxed) > 0
    }

    /// The last revision whose events were published.
    pub fn published(&self) -> i64 {
        self.lock().published
    }

    /// Hands a committed batch's events to the matching watchers.
    pub fn publish(&self, events: &[Event], revision: i64) {
        let mut hub = self.lock();
        hub.published = revision;
        if events.is_empty() {
            return;
        }
        hub.watchers.retain(|_, watcher| {
            let selected = watcher.select(events);
            selected.is_empty()
                || watcher
                    .out
                    .send(Delivery {
                        watch_id: watcher.watch_id,
                        events: selected,
                        revision,
                    })
                    .is_ok()
        });
    }

    /// Registers a watcher, first sending it the history from `request.start_revision` if that
    /// is in the past. Returns its hub key, or Compacted when that history is gone.
    pub fn register(
        &self,
        store: &Store,
        watch_id: i64,
        request: &WatchCreateRequest,
        out: mpsc::UnboundedSender<Delivery>,
    ) -> ApiResult<u64> {
        let watcher = Watcher {
            watch_id,
            key: request.key.clone(),
            range_end: request.range_end.clone(),
            prev_kv: request.prev_kv,
            no_put: request.filters.contains(&(FilterType::Noput as i32)),
            no_delete: request.filters.contains(&(FilterType::Nodelete as i32)),
            out,
        };
        let mut hub = self.lock();
        let start = request.start_revision;
        if start > 0 && start <= hub.published {
            if start < store.compact_revision() {
                return Err(ApiError::Compacted);
            }
            let history = store.events(start - 1, hub.published, request.prev_kv)?;
            let selected = watcher.select(&history);
            if !selected.is_empty() {
                let _ = watcher.out.send(Delivery {
                    watch_id,
                    events: selected,
                    revision: hub.published,
                });
            }
        }
        if watcher.prev_kv {
            self.prev_kv_watchers.fetch_add(1, Ordering::Relaxed);
        }
        let key = hub.next_key;
        hub.next_key += 1;
        hub.watchers.insert(key, watcher);
        Ok(key)
    }

    pub fn unregister(&self, key: u64) {
        if let Some(watcher) = self.lock().watchers.remove(&key) {
            if watcher.prev_kv {
                self.prev_kv_watchers.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }

    pub fn watcher_count(&self) -> usize {
        self.lock().watchers.len()
    }
}
