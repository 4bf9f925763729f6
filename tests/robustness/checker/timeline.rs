//! The key-value state at every revision, replayed from a change log, and the log's own
//! consistency: revisions without gaps, versions and create revisions as etcd assigns them,
//! prev_kv equal to the state before.

use std::collections::BTreeMap;

use crate::history::{ChangeLog, EventKind, Kv};

/// Each key's values over revisions.
pub struct Timeline {
    keys: BTreeMap<String, Vec<(i64, Option<Kv>)>>,
    /// The last revision in the log (1 when it is empty: etcd's first revision).
    pub last: i64,
}

impl Timeline {
    /// Replays `log`, returning the timeline and what is inconsistent in the log itself.
    pub fn replay(log: &ChangeLog) -> (Timeline, Vec<String>) {
        let mut problems = Vec::new();
        let mut timeline = Timeline {
            keys: BTreeMap::new(),
            last: 1,
        };
        for (&revision, events) in log {
            if revision != timeline.last + 1 {
                problems.push(format!(
                    "the change log jumps from revision {} to {revision}",
                    timeline.last
                ));
            }
            timeline.last = revision;
            let mut seen = Vec::new();
            for event in events {
                let key = &event.kv.key;
                if seen.contains(key) {
                    problems.push(format!("key {key} changes twice in revision {revision}"));
                }
                seen.push(key.clone());
                let before = timeline.at(key, revision - 1).cloned();
                if event.prev != before {
                    problems.push(format!(
                        "revision {revision}, {key}: prev_kv {:?}, but the state before was {before:?}",
                        event.prev
                    ));
                }
                let after = match event.kind {
                    EventKind::Put => {
                        let (create, version) = match &before {
                            Some(kv) => (kv.create_revision, kv.version + 1),
                            None => (revision, 1),
                        };
                        let kv = &event.kv;
                        if kv.mod_revision != revision
                            || kv.create_revision != create
                            || kv.version != version
                        {
                            problems.push(format!(
                                "revision {revision}, {key}: create/mod/version {}/{}/{}, expected {create}/{revision}/{version}",
                                kv.create_revision, kv.mod_revision, kv.version
                            ));
                        }
                        Some(kv.clone())
                    }
                    EventKind::Delete => {
                        if before.is_none() {
                            problems.push(format!(
                                "revision {revision} deletes {key}, which did not exist"
                            ));
                        }
                        None
                    }
                };
                timeline
                    .keys
                    .entry(key.clone())
                    .or_default()
                    .push((revision, after));
            }
        }
        (timeline, problems)
    }

    /// `key`'s value as of `revision`.
    pub fn at(&self, key: &str, revision: i64) -> Option<&Kv> {
        let history = self.keys.get(key)?;
        let position = history.partition_point(|(r, _)| *r <= revision);
        position.checked_sub(1).and_then(|i| history[i].1.as_ref())
    }

    /// Every live key as of `revision`, in key order.
    pub fn range_at(&self, revision: i64) -> Vec<Kv> {
        self.keys
            .keys()
            .filter_map(|key| self.at(key, revision).cloned())
            .collect()
    }
}
