//! The robustness checker's own tests: a history made by a correct (simulated) etcd passes, and
//! each planted fault fails the check that exists to catch it: a stale read, a lost or
//! phantom write, a duplicated, missing, split or early watch response, a resumed watch that
//! starts below its revision, members that end different.

// The checker as the suite uses it; not every part is needed here.
#[allow(dead_code)]
#[path = "robustness/checker/mod.rs"]
mod checker;
#[allow(dead_code)]
#[path = "robustness/history.rs"]
mod history;

use std::collections::BTreeMap;

use checker::{check, Options};
use history::*;

/// A correct single-copy etcd, applying requests in order and recording what clients and one
/// watcher would see.
struct Sim {
    revision: i64,
    state: BTreeMap<String, Kv>,
    log: Vec<Event>,
    ops: Vec<Op>,
    replies: Vec<Reply>,
    clock: u64,
}

impl Sim {
    fn new() -> Sim {
        Sim {
            revision: 1,
            state: BTreeMap::new(),
            log: Vec::new(),
            ops: Vec::new(),
            replies: vec![Reply {
                time: 0,
                revision: 1,
                kind: ReplyKind::Created,
                events: Vec::new(),
            }],
            clock: 0,
        }
    }

    fn tick(&mut self) -> (u64, u64) {
        self.clock += 10;
        (self.clock, self.clock + 5)
    }

    fn commit(&mut self, changes: Vec<(String, Option<String>)>) -> i64 {
        self.revision += 1;
        let revision = self.revision;
        let mut events = Vec::new();
        for (key, value) in changes {
            let prev = self.state.get(&key).cloned();
            let event = match value {
                Some(value) => {
                    let kv = Kv {
                        key: key.clone(),
                        value,
                        create_revision: prev.as_ref().map_or(revision, |p| p.create_revision),
                        mod_revision: revision,
                        version: prev.as_ref().map_or(1, |p| p.version + 1),
                    };
                    self.state.insert(key, kv.clone());
                    Event {
                        kind: EventKind::Put,
                        kv,
                        prev,
                    }
                }
                None => {
                    self.state.remove(&key);
                    Event {
                        kind: EventKind::Delete,
                        kv: Kv {
                            key,
                            value: String::new(),
                            create_revision: 0,
                            mod_revision: revision,
                            version: 0,
                        },
                        prev,
                    }
                }
            };
            events.push(event);
        }
        self.log.extend(events.iter().cloned());
        self.replies.push(Reply {
            time: self.clock,
            revision,
            kind: ReplyKind::Events,
            events,
        });
        revision
    }

    fn record(&mut self, client: usize, request: Request, response: Response) {
        let (call, ret) = self.tick();
        self.ops.push(Op {
            client,
            member: 0,
            call,
            ret,
            request,
            outcome: Outcome::Ok(response),
        });
    }

    fn put(&mut self, client: usize, key: &str, value: &str) {
        let revision = self.commit(vec![(key.into(), Some(value.into()))]);
        self.record(
            client,
            Request::Put {
                key: key.into(),
                value: value.into(),
            },
            Response::Put { revision },
        );
    }

    fn get(&mut self, client: usize, key: &str) {
        let kv = self.state.get(key).cloned();
        let revision = self.revision;
        self.record(
            client,
            Request::Get { key: key.into() },
            Response::Get { revision, kv },
        );
    }

    fn range(&mut self, client: usize) {
        let kvs = self.state.values().cloned().collect();
        let revision = self.revision;
        self.record(client, Request::Range, Response::Range { revision, kvs });
    }

    fn delete(&mut self, client: usize, key: &str) {
        let (deleted, revision) = if self.state.contains_key(key) {
            (1, self.commit(vec![(key.into(), None)]))
        } else {
            (0, self.revision)
        };
        self.record(
            client,
            Request::Delete { key: key.into() },
            Response::Delete { revision, deleted },
        );
    }

    fn cas(&mut self, client: usize, key: &str, expected: Option<&str>, value: &str) {
        let current = self.state.get(key).cloned();
        let expected_mod_revision = match expected {
            Some(v) if current.as_ref().is_some_and(|c| c.value == v) => {
                current.as_ref().unwrap().mod_revision
            }
            Some(_) => 999,
            None => 0,
        };
        let holds = current.as_ref().map_or(0, |c| c.mod_revision) == expected_mod_revision;
        let (revision, kv) = if holds {
            (self.commit(vec![(key.into(), Some(value.into()))]), None)
        } else {
            (self.revision, current)
        };
        self.record(
            client,
            Request::Cas {
                key: key.into(),
                expected_mod_revision,
                expected_value: expected.map(String::from),
                value: value.into(),
            },
            Response::Cas {
                revision,
                succeeded: holds,
                kv,
            },
        );
    }

    fn multi(&mut self, client: usize, puts: &[(&str, &str)], deletes: &[&str]) {
        let mut changes: Vec<(String, Option<String>)> = puts
            .iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect();
        changes.extend(
            deletes
                .iter()
                .filter(|k| self.state.contains_key(**k))
                .map(|k| (k.to_string(), None)),
        );
        let revision = self.commit(changes);
        self.record(
            client,
            Request::Multi {
                puts: puts
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                deletes: deletes.iter().map(|k| k.to_string()).collect(),
            },
            Response::Multi { revision },
        );
    }

    fn progress(&mut self) {
        self.replies.push(Reply {
            time: self.clock,
            revision: self.revision,
            kind: ReplyKind::Progress,
            events: Vec::new(),
        });
    }

    fn history(&self) -> History {
        let finals = (0..3)
            .map(|member| FinalRead {
                member,
                revision: self.revision,
                kvs: self.state.values().cloned().collect(),
                hash: Some(42),
            })
            .collect();
        History {
            ops: self.ops.clone(),
            watches: vec![WatchLog {
                member: 0,
                sessions: vec![Session {
                    start_revision: 1,
                    replies: self.replies.clone(),
                    end: None,
                }],
            }],
            change_logs: vec![self.log.clone(); 3],
            finals,
        }
    }
}

/// A varied correct history: puts, gets, ranges, deletes, compare-and-sets that hold and fail,
/// multi-key txns, progress notifications.
fn workload() -> Sim {
    let mut sim = Sim::new();
    sim.put(0, "k1", "a1");
    sim.put(1, "k2", "b1");
    sim.get(2, "k1");
    sim.progress();
    sim.cas(0, "k1", Some("a1"), "a2");
    sim.cas(1, "k1", Some("a1"), "a3"); // fails: k1 is a2 now
    sim.multi(2, &[("k3", "c1"), ("k4", "d1")], &["k2"]);
    sim.range(0);
    sim.delete(1, "k3");
    sim.delete(1, "k3"); // deletes nothing
    sim.cas(2, "k5", None, "e1");
    sim.progress();
    sim.put(0, "k1", "a4");
    sim.get(1, "k1");
    sim.range(2);
    sim.progress();
    sim
}

fn failed_checks(history: &History) -> Vec<&'static str> {
    check(history, &Options::default()).failed()
}

#[test]
fn a_correct_history_passes_every_check() {
    let history = workload().history();
    let report = check(&history, &Options::default());
    assert!(report.passed(), "{}", report.describe());
}

#[test]
fn overlapping_operations_pass_when_some_order_explains_them_and_unknown_outcomes_may_go_either_way(
) {
    let mut sim = workload();
    // A put whose outcome is unknown and whose value was never seen: it may not have happened.
    let (call, _) = sim.tick();
    sim.ops.push(Op {
        client: 3,
        member: 1,
        call,
        ret: call + 1_000,
        request: Request::Put {
            key: "k1".into(),
            value: "never-seen".into(),
        },
        outcome: Outcome::Unknown("timed out".into()),
    });
    // A put that timed out but took effect, and a read during it that saw it.
    let revision = sim.commit(vec![("k2".into(), Some("b2".into()))]);
    let (call, _) = sim.tick();
    sim.ops.push(Op {
        client: 4,
        member: 2,
        call: call - 5,
        ret: call + 50,
        request: Request::Put {
            key: "k2".into(),
            value: "b2".into(),
        },
        outcome: Outcome::Unknown("timed out".into()),
    });
    sim.get(0, "k2");
    assert_eq!(sim.state["k2"].mod_revision, revision);
    let history = sim.history();
    let report = check(&history, &Options::default());
    assert!(report.passed(), "{}", report.describe());
}

#[test]
fn a_stale_read_fails_linearizability() {
    let mut sim = workload();
    // After a4 was written and acknowledged, a later read returns a2 with its old revision.
    let stale = sim.ops.iter().find_map(|op| match (&op.request, op.ok()) {
        (Request::Get { key }, Some(Response::Get { revision, kv })) if key == "k1" => {
            Some((*revision, kv.clone()))
        }
        _ => None,
    });
    let (revision, kv) = stale.unwrap();
    let (call, ret) = sim.tick();
    sim.ops.push(Op {
        client: 2,
        member: 1,
        call,
        ret,
        request: Request::Get { key: "k1".into() },
        outcome: Outcome::Ok(Response::Get { revision, kv }),
    });
    let failed = failed_checks(&sim.history());
    assert!(failed.contains(&"linearizable (per key)"), "{failed:?}");
    assert!(failed.contains(&"real-time order"), "{failed:?}");
}

#[test]
fn a_stale_value_under_a_current_revision_fails_the_read_check_too() {
    let mut sim = workload();
    let current = sim.revision;
    let (call, ret) = sim.tick();
    let mut old = sim.state["k1"].clone();
    old.value = "a2".into();
    sim.ops.push(Op {
        client: 2,
        member: 1,
        call,
        ret,
        request: Request::Get { key: "k1".into() },
        outcome: Outcome::Ok(Response::Get {
            revision: current,
            kv: Some(old),
        }),
    });
    let failed = failed_checks(&sim.history());
    assert!(failed.contains(&"linearizable reads"), "{failed:?}");
    assert!(failed.contains(&"linearizable (per key)"), "{failed:?}");
}

#[test]
fn a_lost_acknowledged_write_fails() {
    let sim = workload();
    let mut history = sim.history();
    // Every member lost the last put (a4): it is gone from the change logs and final state.
    for log in &mut history.change_logs {
        log.retain(|e| e.kv.value != "a4");
    }
    let failed = failed_checks(&history);
    assert!(failed.contains(&"no lost or phantom writes"), "{failed:?}");
}

#[test]
fn a_failed_request_that_took_effect_fails() {
    let sim = workload();
    let mut history = sim.history();
    let op = history
        .ops
        .iter_mut()
        .find(|op| matches!(&op.request, Request::Put { value, .. } if value == "b1"))
        .unwrap();
    op.outcome = Outcome::Failed("etcdserver: no leader".into());
    let failed = failed_checks(&history);
    assert!(failed.contains(&"no lost or phantom writes"), "{failed:?}");
}

#[test]
fn a_txn_whose_changes_land_in_two_revisions_fails() {
    let sim = workload();
    let mut history = sim.history();
    // Move k4's put of the multi-key txn to a revision of its own.
    let multi_revision = history.change_logs[0]
        .iter()
        .find(|e| e.kv.value == "d1")
        .unwrap()
        .revision();
    for log in &mut history.change_logs {
        for event in log.iter_mut() {
            if event.kv.mod_revision > multi_revision || event.kv.value == "d1" {
                event.kv.mod_revision += 1;
                if event.kv.create_revision >= multi_revision && event.kind == EventKind::Put {
                    event.kv.create_revision += 1;
                }
            }
        }
    }
    let failed = failed_checks(&history);
    assert!(failed.contains(&"atomic txn"), "{failed:?}");
}

#[test]
fn a_duplicated_watch_event_fails() {
    let sim = workload();
    let mut history = sim.history();
    let replies = &mut history.watches[0].sessions[0].replies;
    let at = replies
        .iter()
        .position(|r| r.events.iter().any(|e| e.kv.value == "b1"))
        .unwrap();
    let copy = replies[at].clone();
    replies.insert(at + 1, copy);
    let failed = failed_checks(&history);
    assert_eq!(failed, vec!["watch unique"]);
}

#[test]
fn a_missing_watch_event_fails() {
    let sim = workload();
    let mut history = sim.history();
    let replies = &mut history.watches[0].sessions[0].replies;
    let at = replies
        .iter()
        .position(|r| r.events.iter().any(|e| e.kv.value == "a2"))
        .unwrap();
    replies.remove(at);
    let failed = failed_checks(&history);
    assert!(failed.contains(&"watch reliable"), "{failed:?}");
}

#[test]
fn a_txn_split_across_watch_responses_fails() {
    let sim = workload();
    let mut history = sim.history();
    let replies = &mut history.watches[0].sessions[0].replies;
    let at = replies.iter().position(|r| r.events.len() == 3).unwrap();
    let mut second = replies[at].clone();
    replies[at].events.truncate(1);
    second.events.remove(0);
    replies.insert(at + 1, second);
    let failed = failed_checks(&history);
    assert!(failed.contains(&"watch atomic"), "{failed:?}");
}

#[test]
fn an_early_progress_notification_fails_and_can_be_reported_without_failing() {
    let sim = workload();
    let mut history = sim.history();
    let replies = &mut history.watches[0].sessions[0].replies;
    // A notification for the last revision, sent before the last two events.
    let last = sim.revision;
    let at = replies.len() - 4;
    replies.insert(
        at,
        Reply {
            time: 0,
            revision: last,
            kind: ReplyKind::Progress,
            events: Vec::new(),
        },
    );
    assert_eq!(failed_checks(&history), vec!["watch bookmarkable"]);
    let options = Options {
        reported_only: vec!["watch bookmarkable"],
        ..Default::default()
    };
    let report = check(&history, &options);
    assert!(report.passed() && report.violated("watch bookmarkable"));
}

#[test]
fn a_resumed_watch_that_redelivers_history_below_its_start_fails() {
    let sim = workload();
    let mut history = sim.history();
    let all = history.watches[0].sessions[0].replies.clone();
    // The stream broke after the fourth response; the resumed one starts at the next revision
    // but (like a lagging member without etcd's minRev) sends from an earlier one.
    let first = &mut history.watches[0].sessions[0];
    first.replies.truncate(5);
    first.end = Some("connection reset".into());
    let delivered = first.replies.last().unwrap().revision;
    let mut resumed = Session {
        start_revision: delivered + 1,
        replies: vec![Reply {
            time: 0,
            revision: delivered,
            kind: ReplyKind::Created,
            events: Vec::new(),
        }],
        end: None,
    };
    resumed.replies.extend(
        all.iter()
            .filter(|r| r.kind == ReplyKind::Events && r.revision >= delivered - 1)
            .cloned(),
    );
    history.watches[0].sessions.push(resumed);
    let failed = failed_checks(&history);
    assert!(failed.contains(&"watch unique"), "{failed:?}");
}

#[test]
fn members_that_end_different_fail_durability() {
    let sim = workload();
    let mut history = sim.history();
    history.finals[2].hash = Some(7);
    history.finals[1].kvs.pop();
    history.change_logs[2].pop();
    let failed = failed_checks(&history);
    assert_eq!(failed, vec!["durability"]);
}

#[test]
fn an_unexplainable_order_is_found_by_the_search_alone() {
    // Two sequential puts and a later read of the first value: revisions look fine per read
    // (the read claims the old revision), but no order explains it, and the search says so
    // without the change log.
    let mut sim = Sim::new();
    sim.put(0, "k", "1");
    sim.put(0, "k", "2");
    let (call, ret) = sim.tick();
    sim.ops.push(Op {
        client: 1,
        member: 0,
        call,
        ret,
        request: Request::Get { key: "k".into() },
        outcome: Outcome::Ok(Response::Get {
            revision: 2,
            kv: Some(sim.log[0].kv.clone()),
        }),
    });
    let mut history = sim.history();
    history.change_logs.clear();
    history.finals.clear();
    history.watches.clear();
    let report = check(&history, &Options::default());
    assert!(
        report.violated("linearizable (per key)"),
        "{}",
        report.describe()
    );
}

#[test]
fn a_multi_key_txn_deleting_an_absent_key_and_concurrent_unknown_deletes_pass() {
    let mut sim = workload();
    sim.multi(0, &[("k6", "f1"), ("k7", "g1")], &["absent"]);
    // Two deletes of k6 whose outcomes are unknown; the later-called one is recorded first (ops
    // are recorded as they complete) and never took effect, the earlier one did.
    let (t, _) = sim.tick();
    let revision = sim.commit(vec![("k6".into(), None)]);
    sim.get(1, "k6");
    let applied = Op {
        client: 2,
        member: 0,
        call: t,
        ret: t + 3_000,
        request: Request::Delete { key: "k6".into() },
        outcome: Outcome::Unknown("timed out".into()),
    };
    let (later, _) = sim.tick();
    let never = Op {
        client: 3,
        member: 1,
        call: later,
        ret: later + 1,
        request: Request::Delete { key: "k6".into() },
        outcome: Outcome::Unknown("etcdserver: leader changed".into()),
    };
    sim.ops.push(never);
    sim.ops.push(applied);
    assert!(!sim.state.contains_key("k6") && revision > 0);
    let report = check(&sim.history(), &Options::default());
    assert!(report.passed(), "{}", report.describe());
}

#[test]
fn a_change_no_client_made_fails() {
    let mut sim = workload();
    sim.commit(vec![("k1".into(), Some("ghost".into()))]);
    let failed = failed_checks(&sim.history());
    assert!(failed.contains(&"no lost or phantom writes"), "{failed:?}");
}

#[test]
fn a_compare_and_set_that_succeeds_against_a_failing_compare_fails() {
    let sim = workload();
    let mut history = sim.history();
    for op in &mut history.ops {
        if let Request::Cas {
            value,
            expected_mod_revision,
            ..
        } = &mut op.request
        {
            if value == "a2" {
                *expected_mod_revision += 100;
            }
        }
    }
    let failed = failed_checks(&history);
    assert!(failed.contains(&"atomic txn"), "{failed:?}");
}

#[test]
fn a_delete_that_finds_nothing_while_the_key_exists_fails() {
    let sim = workload();
    let mut history = sim.history();
    // The second delete of k3 deleted nothing; claim it ran while k1 (which exists) was asked.
    let op = history
        .ops
        .iter_mut()
        .find(|op| matches!(op.ok(), Some(Response::Delete { deleted: 0, .. })))
        .unwrap();
    op.request = Request::Delete { key: "k1".into() };
    let failed = failed_checks(&history);
    assert!(failed.contains(&"linearizable reads"), "{failed:?}");
}

#[test]
fn a_change_log_with_a_gap_or_a_wrong_version_fails() {
    let sim = workload();
    let mut gap = sim.history();
    for log in &mut gap.change_logs {
        let at = log.iter().position(|e| e.kv.value == "b1").unwrap();
        log.remove(at);
    }
    assert!(failed_checks(&gap).contains(&"change log"));
    let mut version = sim.history();
    for log in &mut version.change_logs {
        log.iter_mut()
            .find(|e| e.kv.value == "a2")
            .unwrap()
            .kv
            .version = 7;
    }
    assert!(failed_checks(&version).contains(&"change log"));
}

#[test]
fn a_watch_event_with_a_wrong_prev_kv_fails() {
    let sim = workload();
    let mut history = sim.history();
    let event = history.watches[0].sessions[0]
        .replies
        .iter_mut()
        .flat_map(|r| r.events.iter_mut())
        .find(|e| e.kv.value == "a2")
        .unwrap();
    event.prev = None;
    assert_eq!(failed_checks(&history), vec!["watch prev_kv"]);
}

#[test]
fn watch_events_before_created_or_out_of_order_fail() {
    let sim = workload();
    let mut before = sim.history();
    before.watches[0].sessions[0].replies.remove(0);
    assert!(failed_checks(&before).contains(&"watch ordered"));
    let mut swapped = sim.history();
    swapped.watches[0].sessions[0].replies.swap(1, 2);
    assert!(failed_checks(&swapped).contains(&"watch ordered"));
}

#[test]
fn a_watcher_that_stops_early_or_a_notification_beyond_the_end_fails() {
    let sim = workload();
    let mut early = sim.history();
    let replies = &mut early.watches[0].sessions[0].replies;
    while replies.last().unwrap().kind != ReplyKind::Events {
        replies.pop();
    }
    replies.pop();
    assert!(failed_checks(&early).contains(&"watch reliable"));
    let mut beyond = sim.history();
    beyond.watches[0].sessions[0].replies.push(Reply {
        time: 0,
        revision: sim.revision + 5,
        kind: ReplyKind::Progress,
        events: Vec::new(),
    });
    assert_eq!(failed_checks(&beyond), vec!["watch bookmarkable"]);
}

#[test]
fn a_canceled_watch_fails_resumable() {
    let sim = workload();
    let mut history = sim.history();
    history.watches[0].sessions[0].replies.push(Reply {
        time: 0,
        revision: sim.revision,
        kind: ReplyKind::Canceled {
            reason: "etcdserver: mvcc: required revision has been compacted".into(),
            compact_revision: 3,
        },
        events: Vec::new(),
    });
    assert_eq!(failed_checks(&history), vec!["watch resumable"]);
}
