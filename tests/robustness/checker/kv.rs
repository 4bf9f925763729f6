//! Key-value checks against the change log: every change was made by exactly one client
//! request and matches it (txn atomicity: a txn's changes are exactly one revision), every
//! acknowledged write is there at its revision, failed requests left no trace, reads return the
//! state at their revision, revisions respect real time, and every member ends equal.

use std::collections::HashMap;

use super::timeline::Timeline;
use super::Findings;
use crate::history::{
    ChangeLog, EventKind, FinalRead, History, Kv, Op, Outcome, Request, Response,
};

/// Which op made each revision, and the revision each op made.
pub struct Attribution {
    pub revision_of: HashMap<usize, i64>,
}

fn same_put(event: &crate::history::Event, key: &str, value: &str) -> bool {
    event.kind == EventKind::Put && event.kv.key == key && event.kv.value == value
}

/// Matches every revision of the log to the one request that made it.
pub fn attribute(
    ops: &[Op],
    log: &ChangeLog,
    timeline: &Timeline,
    findings: &mut Findings,
) -> Attribution {
    let mut owner_of_value: HashMap<&str, usize> = HashMap::new();
    for (i, op) in ops.iter().enumerate() {
        for value in op.request.written_values() {
            if owner_of_value.insert(value, i).is_some() {
                findings.add(
                    "atomic txn",
                    format!("the harness wrote value {value} twice"),
                );
            }
        }
    }
    let mut revision_of: HashMap<usize, i64> = HashMap::new();
    for (&revision, events) in log {
        let puts: Vec<&crate::history::Event> =
            events.iter().filter(|e| e.kind == EventKind::Put).collect();
        let owner = if let Some(first) = puts.first() {
            match owner_of_value.get(first.kv.value.as_str()) {
                Some(&i) => Some(i),
                None => {
                    findings.add(
                        "no lost or phantom writes",
                        format!(
                            "revision {revision} puts {}={}, which no client wrote",
                            first.kv.key, first.kv.value
                        ),
                    );
                    None
                }
            }
        } else {
            // Only deletes: an acknowledged delete at this revision, else one whose outcome is
            // unknown, on that key.
            let key = &events[0].kv.key;
            let is_delete_of =
                |op: &Op| matches!(&op.request, Request::Delete { key: k } if k == key);
            let acked = ops.iter().position(|op| {
                is_delete_of(op)
                    && matches!(op.ok(), Some(Response::Delete { revision: r, deleted: 1 }) if *r == revision)
            });
            // Of the unknown ones, the earliest called: ops are recorded as they complete, and
            // the earliest call is the choice that real time constrains least.
            let unknown = || {
                ops.iter()
                    .enumerate()
                    .filter(|(i, op)| {
                        is_delete_of(op) && op.unknown() && !revision_of.contains_key(i)
                    })
                    .min_by_key(|(_, op)| op.call)
                    .map(|(i, _)| i)
            };
            match acked.or_else(unknown) {
                Some(i) if events.len() == 1 => Some(i),
                _ => {
                    findings.add(
                        "no lost or phantom writes",
                        format!("revision {revision} deletes {events:?}, which no client request explains"),
                    );
                    None
                }
            }
        };
        let Some(owner) = owner else { continue };
        let op = &ops[owner];
        // The revision holds exactly the owner's changes.
        let expected_ok = match &op.request {
            Request::Put { key, value } | Request::Cas { key, value, .. } => {
                events.len() == 1 && same_put(&events[0], key, value)
            }
            Request::Delete { key } => {
                events.len() == 1 && events[0].kind == EventKind::Delete && &events[0].kv.key == key
            }
            Request::Multi { puts, deletes } => {
                let existing: Vec<&String> = deletes
                    .iter()
                    .filter(|key| timeline.at(key, revision - 1).is_some())
                    .collect();
                events.len() == puts.len() + existing.len()
                    && puts
                        .iter()
                        .all(|(k, v)| events.iter().any(|e| same_put(e, k, v)))
                    && existing.iter().all(|k| {
                        events
                            .iter()
                            .any(|e| e.kind == EventKind::Delete && &e.kv.key == *k)
                    })
            }
            _ => false,
        };
        if !expected_ok {
            findings.add(
                "atomic txn",
                format!(
                    "revision {revision} holds {events:?}, but the request that made it was {}",
                    op.describe()
                ),
            );
        }
        if let Some(earlier) = revision_of.insert(owner, revision) {
            findings.add(
                "unique revisions",
                format!(
                    "one request took effect twice, at revisions {earlier} and {revision}: {}",
                    op.describe()
                ),
            );
        }
    }
    Attribution { revision_of }
}

/// Acknowledged writes are in the log at their revision; failed ones are not; compare-and-set
/// results agree with the state they compared.
pub fn check_writes(
    ops: &[Op],
    timeline: &Timeline,
    attribution: &Attribution,
    findings: &mut Findings,
) {
    for (i, op) in ops.iter().enumerate() {
        let made = attribution.revision_of.get(&i).copied();
        match (&op.outcome, &op.request) {
            (Outcome::Failed(why), request) if !request.is_read() => {
                if let Some(revision) = made {
                    findings.add(
                        "no lost or phantom writes",
                        format!(
                            "a request that failed ({why}) took effect at revision {revision}: {}",
                            op.describe()
                        ),
                    );
                }
            }
            (Outcome::Ok(response), _) => {
                let header = response.revision();
                if header > timeline.last {
                    findings.add(
                        "no lost or phantom writes",
                        format!(
                            "acknowledged at revision {header}, beyond the log's last revision {}: {}",
                            timeline.last,
                            op.describe()
                        ),
                    );
                    continue;
                }
                let wrote = match response {
                    Response::Put { .. } | Response::Multi { .. } => true,
                    Response::Delete { deleted, .. } => *deleted > 0,
                    Response::Cas { succeeded, .. } => *succeeded,
                    _ => false,
                };
                if wrote && made != Some(header) {
                    findings.add(
                        "no lost or phantom writes",
                        format!(
                            "acknowledged at revision {header} but found {}: {}",
                            made.map_or("nowhere in the change log".to_string(), |r| format!(
                                "at revision {r}"
                            )),
                            op.describe()
                        ),
                    );
                }
                if let (false, Some(revision)) = (wrote, made) {
                    findings.add(
                        "no lost or phantom writes",
                        format!(
                            "answered as changing nothing, yet made revision {revision}: {}",
                            op.describe()
                        ),
                    );
                }
                match (&op.request, response) {
                    (Request::Delete { key }, Response::Delete { deleted: 0, .. }) => {
                        if let Some(kv) = timeline.at(key, header) {
                            findings.add(
                                "linearizable reads",
                                format!(
                                    "deleted nothing at revision {header}, when {key} was {kv:?}: {}",
                                    op.describe()
                                ),
                            );
                        }
                    }
                    (
                        Request::Cas {
                            key,
                            expected_mod_revision,
                            ..
                        },
                        Response::Cas { succeeded, kv, .. },
                    ) => {
                        let compared_at = if *succeeded { header - 1 } else { header };
                        let current = timeline.at(key, compared_at);
                        let holds =
                            current.map_or(0, |kv| kv.mod_revision) == *expected_mod_revision;
                        if holds != *succeeded {
                            findings.add(
                                "atomic txn",
                                format!(
                                    "compare mod_revision == {expected_mod_revision} was {succeeded} with {key} at {current:?} (revision {compared_at}): {}",
                                    op.describe()
                                ),
                            );
                        }
                        if !*succeeded && kv.as_ref() != current {
                            findings.add(
                                "linearizable reads",
                                format!(
                                    "the failure branch read {kv:?}, but {key} at revision {header} was {current:?}: {}",
                                    op.describe()
                                ),
                            );
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// A read returns exactly the state at its header revision.
pub fn check_reads(ops: &[Op], timeline: &Timeline, findings: &mut Findings) {
    for op in ops {
        match op.ok() {
            Some(Response::Get { revision, kv }) => {
                let Request::Get { key } = &op.request else {
                    continue;
                };
                let expected = timeline.at(key, *revision);
                if kv.as_ref() != expected {
                    findings.add(
                        "linearizable reads",
                        format!(
                            "read {kv:?}, but {key} at revision {revision} was {expected:?}: {}",
                            op.describe()
                        ),
                    );
                }
            }
            Some(Response::Range { revision, kvs }) => {
                let expected = timeline.range_at(*revision);
                if kvs != &expected {
                    findings.add(
                        "linearizable reads",
                        format!(
                            "a range at revision {revision} returned {} keys that differ from the state then ({} keys): {}",
                            kvs.len(),
                            expected.len(),
                            op.describe()
                        ),
                    );
                }
            }
            _ => {}
        }
    }
}

/// Real-time order of revisions: an operation that starts after another completed sees at least
/// its revision, and a write that starts after another completed gets a higher one.
pub fn check_real_time(ops: &[Op], attribution: &Attribution, findings: &mut Findings) {
    // (time, revision it observed or made, makes a revision, op)
    let mut completed: Vec<(u64, i64, usize)> = Vec::new();
    let mut started: Vec<(u64, i64, bool, usize)> = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let made = attribution.revision_of.get(&i).copied();
        if let Some(response) = op.ok() {
            let revision = made.unwrap_or(response.revision());
            completed.push((op.ret, revision, i));
            started.push((op.call, revision, made.is_some(), i));
        } else if let Some(revision) = made {
            // An unknown write that took effect did so after it was invoked.
            started.push((op.call, revision, true, i));
        }
    }
    completed.sort_unstable();
    started.sort_unstable();
    let mut next = 0;
    let mut highest: Option<(i64, usize)> = None;
    for (call, revision, writes, i) in started {
        while next < completed.len() && completed[next].0 < call {
            let (_, r, j) = completed[next];
            if highest.is_none_or(|(h, _)| r > h) {
                highest = Some((r, j));
            }
            next += 1;
        }
        let Some((before, j)) = highest else { continue };
        if revision < before || (writes && revision == before && j != i) {
            findings.add(
                "real-time order",
                format!(
                    "{} (revision {revision}) started after {} had completed at revision {before}",
                    ops[i].describe(),
                    ops[j].describe()
                ),
            );
        }
    }
}

/// Every member ended with the same change log, the same state (which is the log's last) and
/// the same hash.
pub fn check_final(history: &History, timeline: &Timeline, findings: &mut Findings) {
    let reference = &history.change_logs[0];
    for (member, log) in history.change_logs.iter().enumerate().skip(1) {
        if log != reference {
            let at = log
                .iter()
                .zip(reference)
                .position(|(a, b)| a != b)
                .unwrap_or(log.len().min(reference.len()));
            findings.add(
                "durability",
                format!(
                    "m{}'s change log differs from m1's at event {at} ({} events against {}): {:?} against {:?}",
                    member + 1,
                    log.len(),
                    reference.len(),
                    log.get(at),
                    reference.get(at)
                ),
            );
        }
    }
    let expected: Vec<Kv> = timeline.range_at(timeline.last);
    let mut hashes = Vec::new();
    for FinalRead {
        member,
        revision,
        kvs,
        hash,
    } in &history.finals
    {
        if *revision != timeline.last {
            findings.add(
                "durability",
                format!(
                    "m{} ended at revision {revision}, the change log at {}",
                    member + 1,
                    timeline.last
                ),
            );
        }
        if kvs != &expected {
            findings.add(
                "durability",
                format!(
                    "m{}'s final keys ({}) differ from the change log's final state ({})",
                    member + 1,
                    kvs.len(),
                    expected.len()
                ),
            );
        }
        hashes.push((member, hash));
    }
    if hashes.windows(2).any(|w| w[0].1 != w[1].1) {
        findings.add(
            "durability",
            format!("hashkv differs between members: {hashes:?}"),
        );
    }
}
