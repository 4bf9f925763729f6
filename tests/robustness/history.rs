//! What a robustness run records: every client operation with its invocation and completion
//! times and what it returned, and every watch response each watcher received. The checker
//! judges this record; it never talks to a member.
//!
//! Times are nanoseconds since the run started, from one monotonic clock shared by all clients.

use std::collections::BTreeMap;

pub type Time = u64;

/// A key-value pair as a member returned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kv {
    pub key: String,
    pub value: String,
    pub create_revision: i64,
    pub mod_revision: i64,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A linearizable get of one key.
    Get {
        key: String,
    },
    /// A linearizable range over every key of the run's prefix.
    Range,
    Put {
        key: String,
        value: String,
    },
    Delete {
        key: String,
    },
    /// Compare-and-set: if `key`'s mod revision is `expected_mod_revision` (0: absent), put
    /// `value`; else get `key`. The client read `expected_value` (None: absent) with that mod
    /// revision just before.
    Cas {
        key: String,
        expected_mod_revision: i64,
        expected_value: Option<String>,
        value: String,
    },
    /// An unconditional txn over several distinct keys: puts, then deletes.
    Multi {
        puts: Vec<(String, String)>,
        deletes: Vec<String>,
    },
}

impl Request {
    pub fn is_read(&self) -> bool {
        matches!(self, Request::Get { .. } | Request::Range)
    }

    /// The values this request may write.
    pub fn written_values(&self) -> Vec<&str> {
        match self {
            Request::Put { value, .. } | Request::Cas { value, .. } => vec![value],
            Request::Multi { puts, .. } => puts.iter().map(|(_, v)| v.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    Get {
        revision: i64,
        kv: Option<Kv>,
    },
    Range {
        revision: i64,
        kvs: Vec<Kv>,
    },
    Put {
        revision: i64,
    },
    Delete {
        revision: i64,
        deleted: i64,
    },
    /// `kv` is what the failure branch read.
    Cas {
        revision: i64,
        succeeded: bool,
        kv: Option<Kv>,
    },
    Multi {
        revision: i64,
    },
}

impl Response {
    /// The header revision.
    pub fn revision(&self) -> i64 {
        match self {
            Response::Get { revision, .. }
            | Response::Range { revision, .. }
            | Response::Put { revision }
            | Response::Delete { revision, .. }
            | Response::Cas { revision, .. }
            | Response::Multi { revision } => *revision,
        }
    }
}

/// How an operation ended. A timeout or a broken connection is `Unknown` (it may or may not have
/// taken effect); `Failed` only when the error proves the request was never applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ok(Response),
    Failed(String),
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Op {
    pub client: usize,
    /// The member the client sent it to (index from 0).
    pub member: usize,
    pub call: Time,
    pub ret: Time,
    pub request: Request,
    pub outcome: Outcome,
}

impl Op {
    pub fn ok(&self) -> Option<&Response> {
        match &self.outcome {
            Outcome::Ok(response) => Some(response),
            _ => None,
        }
    }

    pub fn unknown(&self) -> bool {
        matches!(self.outcome, Outcome::Unknown(_))
    }

    pub fn describe(&self) -> String {
        format!(
            "client {} on m{} [{:.3}s, {:.3}s]: {:?} -> {:?}",
            self.client,
            self.member + 1,
            self.call as f64 / 1e9,
            self.ret as f64 / 1e9,
            self.request,
            self.outcome
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Put,
    Delete,
}

/// One watch event. For a delete, `kv` has the key and mod revision only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    pub kv: Kv,
    pub prev: Option<Kv>,
}

impl Event {
    pub fn revision(&self) -> i64 {
        self.kv.mod_revision
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyKind {
    Created,
    Events,
    /// A progress notification: no events, neither created nor canceled.
    Progress,
    Canceled {
        reason: String,
        compact_revision: i64,
    },
}

/// One watch response as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub time: Time,
    pub revision: i64,
    pub kind: ReplyKind,
    pub events: Vec<Event>,
}

/// One watch stream: created with `start_revision`, ended (or not) with `end`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Session {
    pub start_revision: i64,
    pub replies: Vec<Reply>,
    pub end: Option<String>,
}

/// Everything one watcher (on one member, over the run's whole prefix, with prev_kv) received,
/// session by session: a broken stream is resumed from the last event's revision + 1.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WatchLog {
    pub member: usize,
    pub sessions: Vec<Session>,
}

/// The final state of one member after the run: a serializable read of the prefix at the
/// final revision, and its hashkv there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalRead {
    pub member: usize,
    pub revision: i64,
    pub kvs: Vec<Kv>,
    pub hash: Option<u32>,
}

/// A whole run's record.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub ops: Vec<Op>,
    pub watches: Vec<WatchLog>,
    /// Each member's complete change log after the run (a watch from revision 1), by member.
    pub change_logs: Vec<Vec<Event>>,
    pub finals: Vec<FinalRead>,
}

/// The authoritative sequence of changes, revision by revision.
pub type ChangeLog = BTreeMap<i64, Vec<Event>>;

pub fn change_log(events: &[Event]) -> ChangeLog {
    let mut log = ChangeLog::new();
    for event in events {
        log.entry(event.revision()).or_default().push(event.clone());
    }
    log
}
