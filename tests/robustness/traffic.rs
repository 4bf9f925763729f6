//! The load a run records, through the third-party `etcd-client` crate: concurrent clients, each
//! sequential, with unique values (linearizable gets and ranges, puts, deletes,
//! compare-and-set txns on mod_revision, multi-key txns), and a watcher per member from
//! revision 1 with prev_kv and progress requests, resuming a broken stream from its last
//! revision + 1.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use etcd_client::{
    Client, Compare, CompareOp, EventType, GetOptions, Txn, TxnOp, TxnOpResponse, WatchOptions,
};

use crate::cluster::connect;
use crate::history::*;

pub const PREFIX: &str = "/rob/";
pub const KEYS: usize = 8;
/// A request that takes longer has an unknown outcome.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// A small deterministic generator (splitmix64), so a run can be repeated from its seed.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn between(&mut self, low: Duration, high: Duration) -> Duration {
        let span = (high - low).as_millis() as u64;
        low + Duration::from_millis(self.below(span.max(1)))
    }
}

/// The run's clock.
#[derive(Clone, Copy)]
pub struct Clock(Instant);

impl Clock {
    pub fn start() -> Clock {
        Clock(Instant::now())
    }

    pub fn now(&self) -> Time {
        self.0.elapsed().as_nanos() as u64
    }
}

fn key(n: u64) -> String {
    format!("{PREFIX}k{n}")
}

fn kv_of(kv: &etcd_client::KeyValue) -> Kv {
    Kv {
        key: String::from_utf8_lossy(kv.key()).into_owned(),
        value: String::from_utf8_lossy(kv.value()).into_owned(),
        create_revision: kv.create_revision(),
        mod_revision: kv.mod_revision(),
        version: kv.version(),
    }
}

/// Failed only when the error proves the request was not applied: it never reached a member,
/// or the member refused it before proposing (no leader). Anything else may have happened.
fn outcome_of_error(error: &etcd_client::Error) -> Outcome {
    let text = error.to_string();
    let never_sent = [
        "Connection refused",
        "connection refused",
        "tcp connect error",
    ];
    if never_sent.iter().any(|s| text.contains(s)) || text.contains("etcdserver: no leader") {
        Outcome::Failed(text)
    } else {
        Outcome::Unknown(text)
    }
}

async fn perform(client: &mut Client, request: &Request) -> Result<Response, etcd_client::Error> {
    let header = |h: Option<&etcd_client::ResponseHeader>| h.map_or(0, |h| h.revision());
    Ok(match request {
        Request::Get { key } => {
            let response = client.get(key.as_str(), None).await?;
            Response::Get {
                revision: header(response.header()),
                kv: response.kvs().first().map(kv_of),
            }
        }
        Request::Range => {
            let response = client
                .get(PREFIX, Some(GetOptions::new().with_prefix()))
                .await?;
            Response::Range {
                revision: header(response.header()),
                kvs: response.kvs().iter().map(kv_of).collect(),
            }
        }
        Request::Put { key, value } => {
            let response = client.put(key.as_str(), value.as_str(), None).await?;
            Response::Put {
                revision: header(response.header()),
            }
        }
        Request::Delete { key } => {
            let response = client.delete(key.as_str(), None).await?;
            Response::Delete {
                revision: header(response.header()),
                deleted: response.deleted(),
            }
        }
        Request::Cas {
            key,
            expected_mod_revision,
            value,
            ..
        } => {
            let txn = Txn::new()
                .when([Compare::mod_revision(
                    key.as_str(),
                    CompareOp::Equal,
                    *expected_mod_revision,
                )])
                .and_then([TxnOp::put(key.as_str(), value.as_str(), None)])
                .or_else([TxnOp::get(key.as_str(), None)]);
            let response = client.txn(txn).await?;
            let kv = response.op_responses().iter().find_map(|op| match op {
                TxnOpResponse::Get(get) => Some(get.kvs().first().map(kv_of)),
                _ => None,
            });
            Response::Cas {
                revision: header(response.header()),
                succeeded: response.succeeded(),
                kv: kv.flatten(),
            }
        }
        Request::Multi { puts, deletes } => {
            let mut ops: Vec<TxnOp> = puts
                .iter()
                .map(|(k, v)| TxnOp::put(k.as_str(), v.as_str(), None))
                .collect();
            ops.extend(deletes.iter().map(|k| TxnOp::delete(k.as_str(), None)));
            let response = client.txn(Txn::new().and_then(ops)).await?;
            Response::Multi {
                revision: header(response.header()),
            }
        }
    })
}

pub struct Recorder {
    pub clock: Clock,
    pub ops: Mutex<Vec<Op>>,
}

/// One client: sequential requests to one member, moving to the next member after an error.
pub async fn client(
    id: usize,
    endpoints: Vec<String>,
    recorder: Arc<Recorder>,
    stop: Arc<AtomicBool>,
    mut rng: Rng,
) {
    let mut member = id % endpoints.len();
    let mut sequence = 0u64;
    let mut client: Option<Client> = None;
    // What this client last saw of each key, for compare-and-set.
    while !stop.load(Ordering::Relaxed) {
        if client.is_none() {
            match connect(&endpoints[member], REQUEST_TIMEOUT).await {
                Ok(c) => client = Some(c),
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    member = (member + 1) % endpoints.len();
                    continue;
                }
            }
        }
        let c = client.as_mut().unwrap();
        let mut value = || {
            sequence += 1;
            format!("c{id}-{sequence}")
        };
        let roll = rng.below(100);
        let requests = match roll {
            0..=19 => vec![Request::Get {
                key: key(rng.below(KEYS as u64)),
            }],
            20..=29 => vec![Request::Range],
            30..=54 => vec![Request::Put {
                key: key(rng.below(KEYS as u64)),
                value: value(),
            }],
            55..=64 => vec![Request::Delete {
                key: key(rng.below(KEYS as u64)),
            }],
            65..=89 => {
                // Read, then compare-and-set on what was read.
                let k = key(rng.below(KEYS as u64));
                vec![
                    Request::Get { key: k.clone() },
                    Request::Cas {
                        key: k,
                        expected_mod_revision: 0,
                        expected_value: None,
                        value: value(),
                    },
                ]
            }
            _ => {
                let first = rng.below(KEYS as u64);
                let keys: Vec<String> = (0..3).map(|j| key((first + j) % KEYS as u64)).collect();
                vec![Request::Multi {
                    puts: vec![(keys[0].clone(), value()), (keys[1].clone(), value())],
                    deletes: vec![keys[2].clone()],
                }]
            }
        };
        let mut last_read: Option<Option<Kv>> = None;
        let mut broken = false;
        for mut request in requests {
            if let Request::Cas {
                expected_mod_revision,
                expected_value,
                ..
            } = &mut request
            {
                // The read before it must have succeeded.
                let Some(read) = last_read.take() else { break };
                *expected_mod_revision = read.as_ref().map_or(0, |kv| kv.mod_revision);
                *expected_value = read.map(|kv| kv.value);
            }
            let call = recorder.clock.now();
            let result = tokio::time::timeout(REQUEST_TIMEOUT, perform(c, &request)).await;
            let ret = recorder.clock.now();
            let outcome = match result {
                Ok(Ok(response)) => Outcome::Ok(response),
                Ok(Err(e)) => outcome_of_error(&e),
                Err(_) => Outcome::Unknown("timed out".into()),
            };
            if let Outcome::Ok(Response::Get { kv, .. }) = &outcome {
                last_read = Some(kv.clone());
            }
            broken = !matches!(outcome, Outcome::Ok(_));
            recorder.ops.lock().unwrap().push(Op {
                client: id,
                member,
                call,
                ret,
                request,
                outcome,
            });
            if broken {
                break;
            }
        }
        if broken {
            member = (member + 1) % endpoints.len();
            client = None;
        } else {
            tokio::time::sleep(Duration::from_millis(2 + rng.below(4))).await;
        }
    }
}

/// One member's watcher: the whole prefix from revision 1, prev_kv, progress requests every
/// 200 ms; a broken stream resumes from the last event's revision + 1 on the same member.
pub struct Watcher {
    pub log: Mutex<WatchLog>,
    /// The last event revision received.
    pub delivered: AtomicI64,
}

pub async fn watch(
    member: usize,
    endpoint: String,
    watcher: Arc<Watcher>,
    clock: Clock,
    stop: Arc<AtomicBool>,
) {
    while !stop.load(Ordering::Relaxed) {
        let start = watcher.delivered.load(Ordering::Relaxed) + 1;
        watcher.log.lock().unwrap().sessions.push(Session {
            start_revision: start,
            ..Default::default()
        });
        let end = session(&endpoint, start, &watcher, clock, &stop).await;
        {
            let mut log = watcher.log.lock().unwrap();
            log.member = member;
            log.sessions.last_mut().unwrap().end = Some(end);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn session(
    endpoint: &str,
    start: i64,
    watcher: &Watcher,
    clock: Clock,
    stop: &AtomicBool,
) -> String {
    let mut client = match connect(endpoint, Duration::from_secs(3600)).await {
        Ok(client) => client,
        Err(e) => return e,
    };
    let options = WatchOptions::new()
        .with_prefix()
        .with_start_revision(start)
        .with_prev_key()
        .with_progress_notify();
    let mut stream =
        match tokio::time::timeout(REQUEST_TIMEOUT, client.watch(PREFIX, Some(options))).await {
            Ok(Ok(stream)) => stream,
            Ok(Err(e)) => return e.to_string(),
            Err(_) => return "watch not opened in time".into(),
        };
    let mut progress = tokio::time::interval(Duration::from_millis(200));
    let mut stopping = tokio::time::interval(Duration::from_millis(50));
    loop {
        tokio::select! {
            _ = progress.tick() => {
                if let Err(e) = stream.request_progress().await {
                    return e.to_string();
                }
            }
            _ = stopping.tick() => {
                if stop.load(Ordering::Relaxed) {
                    return "stopped".into();
                }
            }
            message = stream.message() => {
                let response = match message {
                    Ok(Some(response)) => response,
                    Ok(None) => return "stream closed".into(),
                    Err(e) => return e.to_string(),
                };
                let events: Vec<Event> = response
                    .events()
                    .iter()
                    .filter_map(|e| {
                        let kind = match e.event_type() {
                            EventType::Put => EventKind::Put,
                            EventType::Delete => EventKind::Delete,
                        };
                        let mut kv = kv_of(e.kv()?);
                        if kind == EventKind::Delete {
                            kv.value.clear();
                        }
                        Some(Event { kind, kv, prev: e.prev_kv().map(kv_of) })
                    })
                    .collect();
                let kind = if response.created() {
                    ReplyKind::Created
                } else if response.canceled() {
                    ReplyKind::Canceled {
                        reason: response.cancel_reason().to_string(),
                        compact_revision: response.compact_revision(),
                    }
                } else if events.is_empty() {
                    ReplyKind::Progress
                } else {
                    ReplyKind::Events
                };
                let canceled = matches!(kind, ReplyKind::Canceled { .. });
                if let Some(last) = events.last() {
                    watcher.delivered.fetch_max(last.revision(), Ordering::Relaxed);
                }
                let reply = Reply {
                    time: clock.now(),
                    revision: response.header().map_or(0, |h| h.revision()),
                    kind,
                    events,
                };
                watcher.log.lock().unwrap().sessions.last_mut().unwrap().replies.push(reply);
                if canceled {
                    return "canceled".into();
                }
            }
        }
    }
}

/// A member's complete change log: a watch from revision 1 until `last`.
pub async fn change_log(endpoint: &str, last: i64) -> Result<Vec<Event>, String> {
    let mut client = connect(endpoint, Duration::from_secs(3600)).await?;
    let options = WatchOptions::new()
        .with_prefix()
        .with_start_revision(1)
        .with_prev_key();
    let mut stream = client
        .watch(PREFIX, Some(options))
        .await
        .map_err(|e| e.to_string())?;
    let mut events = Vec::new();
    let mut at = 1;
    while at < last {
        let response = tokio::time::timeout(Duration::from_secs(20), stream.message())
            .await
            .map_err(|_| format!("the change log stopped at revision {at} of {last}"))?
            .map_err(|e| e.to_string())?
            .ok_or("the watch closed")?;
        for e in response.events() {
            let kind = match e.event_type() {
                EventType::Put => EventKind::Put,
                EventType::Delete => EventKind::Delete,
            };
            let Some(kv) = e.kv() else { continue };
            let mut kv = kv_of(kv);
            if kind == EventKind::Delete {
                kv.value.clear();
            }
            at = kv.mod_revision;
            events.push(Event {
                kind,
                kv,
                prev: e.prev_kv().map(kv_of),
            });
        }
    }
    Ok(events)
}
