//! Per-key linearizability, by the Wing–Gong–Lowe search that porcupine uses: walk the history's
//! calls and returns in time order, linearize a pending call when the model allows its result,
//! backtrack at a return whose call could not be placed, and remember every (set of linearized
//! ops, state) already explored so no configuration is searched twice. It uses no revision,
//! only what each client saw and when (and, to prune, which values were ever seen).
//!
//! The model is one register per key: absent or holding a value. Multi-key requests become one
//! operation per key they touch (a range is a read of every key); atomicity across keys is the
//! revision checks' job. An operation whose outcome is unknown may take effect at any time after
//! its call or never: its return is at the end of time, where placing it changes nothing that
//! was observed. When every member's complete change log is known, unknown writes whose value
//! nobody ever saw (not in a read, a watch event or a change log) are dropped first: had they
//! taken effect, the log would hold their value. That keeps the search small, as etcd's
//! robustness tests do.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::history::{Op, Outcome, Request, Response};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Input {
    Write(u32),
    /// `deleted`: whether it deleted something, when known.
    Delete(Option<bool>),
    Read(Option<u32>),
    /// Put `new` if the register holds `expect`. `result`: (succeeded, value read on failure).
    Cas {
        expect: Option<u32>,
        new: u32,
        result: Option<(bool, Option<u32>)>,
    },
}

struct KeyOp {
    call: u64,
    ret: u64,
    input: Input,
    /// The history op it came from.
    origin: usize,
}

type State = Option<u32>;

fn step(state: State, input: &Input) -> Option<State> {
    match input {
        Input::Write(v) => Some(Some(*v)),
        Input::Delete(deleted) => match deleted {
            Some(d) if *d != state.is_some() => None,
            _ => Some(None),
        },
        Input::Read(seen) => (*seen == state).then_some(state),
        Input::Cas {
            expect,
            new,
            result,
        } => {
            let holds = state == *expect;
            match result {
                Some((succeeded, _)) if *succeeded != holds => None,
                Some((false, read)) if *read != state => None,
                _ => Some(if holds { Some(*new) } else { state }),
            }
        }
    }
}

/// The outcome for one key.
pub enum Verdict {
    Linearizable,
    /// No order explains what clients saw; the op that could not be placed.
    Violation(usize),
    /// The search ran out of time.
    Inconclusive,
}

/// Values are numbered per key; None is "absent".
struct Values(HashMap<String, u32>);

impl Values {
    fn id(&mut self, value: &str) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(value.to_string()).or_insert(next)
    }
}

/// Splits the history into per-key operations.
fn per_key(
    ops: &[Op],
    keys: &BTreeSet<String>,
    observed: Option<&HashSet<String>>,
) -> HashMap<String, Vec<KeyOp>> {
    let mut values: HashMap<String, Values> = HashMap::new();
    let mut out: HashMap<String, Vec<KeyOp>> = HashMap::new();
    let mut add =
        |key: &str, call: u64, ret: u64, origin: usize, make: &dyn Fn(&mut Values) -> Input| {
            let ids = values
                .entry(key.to_string())
                .or_insert_with(|| Values(HashMap::new()));
            let input = make(ids);
            out.entry(key.to_string()).or_default().push(KeyOp {
                call,
                ret,
                input,
                origin,
            });
        };
    for (i, op) in ops.iter().enumerate() {
        let ret = match &op.outcome {
            Outcome::Ok(_) => op.ret,
            Outcome::Unknown(_) => u64::MAX,
            Outcome::Failed(_) => continue,
        };
        // An unknown write nobody saw had no effect (given complete change logs).
        if let Some(observed) = observed {
            let values = op.request.written_values();
            if op.unknown() && !values.is_empty() && values.iter().all(|v| !observed.contains(*v)) {
                continue;
            }
        }
        let response = op.ok();
        match &op.request {
            Request::Get { key } => {
                if let Some(Response::Get { kv, .. }) = response {
                    let seen = kv.as_ref().map(|kv| kv.value.clone());
                    add(key, op.call, ret, i, &|ids| {
                        Input::Read(seen.as_deref().map(|v| ids.id(v)))
                    });
                }
            }
            Request::Range => {
                if let Some(Response::Range { kvs, .. }) = response {
                    for key in keys {
                        let seen = kvs
                            .iter()
                            .find(|kv| &kv.key == key)
                            .map(|kv| kv.value.clone());
                        add(key, op.call, ret, i, &|ids| {
                            Input::Read(seen.as_deref().map(|v| ids.id(v)))
                        });
                    }
                }
            }
            Request::Put { key, value } => {
                add(key, op.call, ret, i, &|ids| Input::Write(ids.id(value)))
            }
            Request::Delete { key } => {
                let deleted = match response {
                    Some(Response::Delete { deleted, .. }) => Some(*deleted > 0),
                    _ => None,
                };
                add(key, op.call, ret, i, &|_| Input::Delete(deleted));
            }
            Request::Cas {
                key,
                expected_value,
                value,
                ..
            } => {
                let result = match response {
                    Some(Response::Cas { succeeded, kv, .. }) => {
                        Some((*succeeded, kv.as_ref().map(|kv| kv.value.clone())))
                    }
                    _ => None,
                };
                add(key, op.call, ret, i, &|ids| Input::Cas {
                    expect: expected_value.as_deref().map(|v| ids.id(v)),
                    new: ids.id(value),
                    result: result
                        .as_ref()
                        .map(|(s, read)| (*s, read.as_deref().map(|v| ids.id(v)))),
                });
            }
            Request::Multi { puts, deletes } => {
                for (key, value) in puts {
                    add(key, op.call, ret, i, &|ids| Input::Write(ids.id(value)));
                }
                for key in deletes {
                    add(key, op.call, ret, i, &|_| Input::Delete(None));
                }
            }
        }
    }
    out
}

/// A random-looking 128-bit number per op, for hashing sets of ops (Zobrist hashing).
fn zobrist(i: usize) -> u128 {
    let mut x = (i as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut mix = || {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    ((mix() as u128) << 64) | mix() as u128
}

/// The search for one key's operations.
fn check_key(ops: &[KeyOp], deadline: Instant) -> Verdict {
    // Entries in time order: calls before returns at equal times (treated as concurrent).
    let mut entries: Vec<(u64, bool, usize)> = Vec::with_capacity(ops.len() * 2);
    for (i, op) in ops.iter().enumerate() {
        entries.push((op.call, false, i));
        entries.push((op.ret, true, i));
    }
    entries.sort_unstable();
    let n = entries.len();
    // A doubly linked list over the entries, with a head sentinel at index n.
    let mut next: Vec<usize> = (0..=n).map(|i| (i + 1) % (n + 1)).collect();
    let mut prev: Vec<usize> = (0..=n).map(|i| (i + n) % (n + 1)).collect();
    let mut return_of = vec![0; ops.len()];
    for (position, &(_, is_return, op)) in entries.iter().enumerate() {
        if is_return {
            return_of[op] = position;
        }
    }
    let unlink = |next: &mut Vec<usize>, prev: &mut Vec<usize>, i: usize| {
        let (p, q) = (prev[i], next[i]);
        next[p] = q;
        prev[q] = p;
    };
    let relink = |next: &mut Vec<usize>, prev: &mut Vec<usize>, i: usize| {
        let (p, q) = (prev[i], next[i]);
        next[p] = i;
        prev[q] = i;
    };
    let keys: Vec<u128> = (0..ops.len()).map(zobrist).collect();
    let mut linearized: u128 = 0;
    let mut state: State = None;
    let mut seen: HashSet<(u128, State)> = HashSet::new();
    // (call entry, state before)
    let mut stack: Vec<(usize, State)> = Vec::new();
    let mut cursor = next[n];
    let mut steps: u64 = 0;
    while next[n] != n {
        steps += 1;
        if steps.is_multiple_of(4096) && Instant::now() > deadline {
            return Verdict::Inconclusive;
        }
        let (_, is_return, op) = entries[cursor];
        if !is_return {
            if let Some(after) = step(state, &ops[op].input) {
                let set = linearized ^ keys[op];
                if seen.insert((set, after)) {
                    stack.push((cursor, state));
                    state = after;
                    linearized = set;
                    unlink(&mut next, &mut prev, cursor);
                    unlink(&mut next, &mut prev, return_of[op]);
                    cursor = next[n];
                    continue;
                }
            }
            cursor = next[cursor];
        } else {
            // This op's return came before it could be placed: undo the last placement.
            let Some((call, before)) = stack.pop() else {
                return Verdict::Violation(ops[op].origin);
            };
            let placed = entries[call].2;
            state = before;
            linearized ^= keys[placed];
            relink(&mut next, &mut prev, return_of[placed]);
            relink(&mut next, &mut prev, call);
            cursor = next[call];
        }
    }
    Verdict::Linearizable
}

/// `observed`: every value seen anywhere, when the members' complete change logs are known.
/// Checks every key; returns (key, verdict) for the keys that are not linearizable or could not
/// be decided within `limit` (for all keys together).
pub fn check(
    ops: &[Op],
    keys: &BTreeSet<String>,
    observed: Option<&HashSet<String>>,
    limit: Duration,
) -> Vec<(String, Verdict)> {
    let deadline = Instant::now() + limit;
    let mut bad = Vec::new();
    for (key, key_ops) in per_key(ops, keys, observed) {
        match check_key(&key_ops, deadline) {
            Verdict::Linearizable => {}
            verdict => bad.push((key, verdict)),
        }
    }
    bad.sort_by(|a, b| a.0.cmp(&b.0));
    bad
}
