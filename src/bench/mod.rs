//! `ctl bench`: load generators like etcd's benchmark tool (put, range, txn-put, watch-latency)
//! over any number of connections and clients, with an optional rate limit, and a latency
//! summary. They run against real etcd and ctl members alike. `check` is etcdctl's `check
//! perf` and `check datascale` on top of them.

pub mod check;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde::Serialize;

use crate::client::{Connection, Session};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::request_op::Request;
use crate::server::proto::etcdserverpb::watch_request::RequestUnion;
use crate::server::proto::etcdserverpb::{
    PutRequest, RangeRequest, RequestOp, TxnRequest, WatchCreateRequest, WatchRequest,
};

/// What to run.
#[derive(Debug, Clone)]
pub enum Workload {
    Put,
    Range {
        key: Vec<u8>,
        range_end: Vec<u8>,
        serializable: bool,
    },
    TxnPut {
        ops: usize,
    },
    /// Puts at the given rate while `watchers` streams watch the key; latency is from the put
    /// being sent to each watcher seeing it.
    WatchLatency {
        watchers: usize,
    },
}

impl Workload {
    pub fn name(&self) -> &'static str {
        match self {
            Workload::Put => "put",
            Workload::Range { .. } => "range",
            Workload::TxnPut { .. } => "txn-put",
            Workload::WatchLatency { .. } => "watch-latency",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Load {
    pub conns: usize,
    pub clients: usize,
    pub total: u64,
    pub key_size: usize,
    pub val_size: usize,
    pub key_space_size: u64,
    pub sequential_keys: bool,
    /// Requests per second over all clients; None: as fast as they go.
    pub rate: Option<f64>,
    /// Stop sending after this long, even if fewer than `total` were sent.
    pub duration: Option<Duration>,
    /// Put in front of every key.
    pub key_prefix: Vec<u8>,
}

/// Latencies in milliseconds.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    #[serde(rename = "p99.9")]
    pub p999: f64,
    pub max: f64,
    pub mean: f64,
    pub stddev: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub workload: String,
    pub requests: u64,
    pub errors: u64,
    pub first_error: Option<String>,
    /// Each distinct error and how often it happened.
    pub errors_by_cause: BTreeMap<String, u64>,
    pub seconds: f64,
    pub throughput: f64,
    pub clients: usize,
    pub conns: usize,
    pub latency_ms: Summary,
}

/// The key of request `i`: a key number in the key space (sequential or pseudo-random), in
/// decimal zero-padded to `key_size` bytes, so the keys stay readable.
fn key_for(load: &Load, i: u64, seed: &mut u64) -> Vec<u8> {
    key_text(load, key_number(load, i, seed))
}

fn key_number(load: &Load, i: u64, seed: &mut u64) -> u64 {
    if load.sequential_keys {
        i % load.key_space_size.max(1)
    } else {
        // xorshift: cheap, deterministic, spread over the key space.
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed % load.key_space_size.max(1)
    }
}

fn key_text(load: &Load, n: u64) -> Vec<u8> {
    let mut key = load.key_prefix.clone();
    key.extend(format!("{n:0width$}", width = load.key_size.max(1)).into_bytes());
    key
}

/// The keys of transaction `i`: `ops` neighbours in the key space, all different (etcd refuses
/// a transaction that puts one key twice).
fn txn_keys(load: &Load, ops: usize, i: u64, seed: &mut u64) -> Vec<Vec<u8>> {
    let space = load.key_space_size.max(1);
    let first = key_number(load, i * ops as u64, seed);
    (0..ops as u64)
        .map(|j| key_text(load, (first + j) % space))
        .collect()
}

/// Runs `workload`; `progress` is called with the number of requests done so far.
pub async fn run(
    session: &Session,
    workload: Workload,
    load: Load,
    progress: impl Fn(u64) + Send + Sync + 'static,
) -> Result<Report> {
    if load.conns == 0 || load.clients == 0 || load.total == 0 {
        return Err(Error::new(
            "--conns, --clients and --total must be at least 1",
            "e.g. --conns 16 --clients 256 --total 100000",
        ));
    }
    if let Workload::TxnPut { ops } = &workload {
        if load.key_space_size < *ops as u64 {
            return Err(Error::new(
                format!(
                    "--key-space-size {} is smaller than --txn-ops {ops}: a transaction may not put one key twice",
                    load.key_space_size
                ),
                "give a larger key space, e.g. --key-space-size 100000",
            ));
        }
    }
    let endpoints = &session.options.endpoints;
    let mut connections = Vec::with_capacity(load.conns);
    for i in 0..load.conns {
        connections.push(session.connect(&endpoints[i % endpoints.len()]).await?);
    }
    if let Workload::WatchLatency { watchers } = workload {
        return watch_latency(&connections, watchers, &load, progress).await;
    }
    let next = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let failures = Arc::new(std::sync::Mutex::new(Failures::default()));
    let progress = Arc::new(progress);
    let value = Arc::new(vec![b'v'; load.val_size]);
    let started = Instant::now();
    let ticker = {
        let done = done.clone();
        let progress = progress.clone();
        let total = load.total;
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(100)).await;
                let now = done.load(Ordering::Relaxed);
                progress(now);
                if now >= total {
                    break;
                }
            }
        })
    };
    let tasks = (0..load.clients).map(|c| {
        let connection = connections[c % connections.len()].clone();
        let (next, done, errors, failures) =
            (next.clone(), done.clone(), errors.clone(), failures.clone());
        let (workload, load, value) = (workload.clone(), load.clone(), value.clone());
        tokio::spawn(async move {
            let mut latencies = Vec::with_capacity((load.total as usize / load.clients) + 1);
            let mut seed =
                0x9E37_79B9_7F4A_7C15u64 ^ (c as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= load.total {
                    break;
                }
                if let Some(rate) = load.rate {
                    let due = started + Duration::from_secs_f64(i as f64 / rate);
                    if load.duration.is_some_and(|d| due >= started + d) {
                        break;
                    }
                    tokio::time::sleep_until(due.into()).await;
                }
                if load.duration.is_some_and(|d| started.elapsed() >= d) {
                    break;
                }
                let sent = Instant::now();
                let outcome =
                    one_request(&connection, &workload, &load, i, &mut seed, &value).await;
                latencies.push(sent.elapsed());
                if let Err(e) = outcome {
                    errors.fetch_add(1, Ordering::Relaxed);
                    let mut failures = failures.lock().unwrap_or_else(|p| p.into_inner());
                    failures.record(e.cause);
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
            latencies
        })
    });
    let mut latencies = Vec::with_capacity(load.total as usize);
    for result in join_all(tasks).await {
        latencies
            .extend(result.map_err(|e| {
                Error::new(format!("a client failed: {e}"), "this is a bug in ctl")
            })?);
    }
    let elapsed = started.elapsed();
    ticker.abort();
    progress(latencies.len() as u64);
    let failures = std::mem::take(&mut *failures.lock().unwrap_or_else(|p| p.into_inner()));
    let mut report = report(
        workload.name(),
        &load,
        latencies,
        elapsed,
        errors.load(Ordering::Relaxed),
        failures.first,
    );
    report.errors_by_cause = failures.by_cause;
    Ok(report)
}

/// The errors of a run: the first, and how often each happened.
#[derive(Default)]
struct Failures {
    first: Option<String>,
    by_cause: BTreeMap<String, u64>,
}

impl Failures {
    fn record(&mut self, cause: String) {
        *self.by_cause.entry(cause.clone()).or_default() += 1;
        self.first.get_or_insert(cause);
    }
}

async fn one_request(
    c: &Connection,
    workload: &Workload,
    load: &Load,
    i: u64,
    seed: &mut u64,
    value: &Arc<Vec<u8>>,
) -> Result<()> {
    match workload {
        Workload::Put => {
            let request = PutRequest {
                key: key_for(load, i, seed),
                value: value.as_ref().clone(),
                ..Default::default()
            };
            c.call(c.kv().put(request)).await.map(|_| ())
        }
        Workload::Range {
            key,
            range_end,
            serializable,
        } => {
            let request = RangeRequest {
                key: key.clone(),
                range_end: range_end.clone(),
                serializable: *serializable,
                ..Default::default()
            };
            c.call(c.kv().range(request)).await.map(|_| ())
        }
        Workload::TxnPut { ops } => {
            let success = txn_keys(load, *ops, i, seed)
                .into_iter()
                .map(|key| RequestOp {
                    request: Some(Request::RequestPut(PutRequest {
                        key,
                        value: value.as_ref().clone(),
                        ..Default::default()
                    })),
                })
                .collect();
            let request = TxnRequest {
                compare: vec![],
                success,
                failure: vec![],
            };
            c.call(c.kv().txn(request)).await.map(|_| ())
        }
        Workload::WatchLatency { .. } => unreachable!("handled apart"),
    }
}

/// One putter writes the send time into each value; every watcher measures when it sees it.
async fn watch_latency(
    connections: &[Connection],
    watchers: usize,
    load: &Load,
    progress: impl Fn(u64) + Send + Sync + 'static,
) -> Result<Report> {
    let key = b"ctl-bench-watch-latency".to_vec();
    let origin = Instant::now();
    let mut streams = Vec::new();
    for w in 0..watchers.max(1) {
        let c = &connections[w % connections.len()];
        let (sender, requests) = tokio::sync::mpsc::channel(1);
        let create = WatchCreateRequest {
            key: key.clone(),
            ..Default::default()
        };
        let _ = sender
            .send(WatchRequest {
                request_union: Some(RequestUnion::CreateRequest(create)),
            })
            .await;
        let mut responses = c
            .watch()
            .watch(tokio_stream::wrappers::ReceiverStream::new(requests))
            .await
            .map_err(|s| c.status_error(&s))?
            .into_inner();
        // The creation answer: the watch is in place before any put.
        let _ = responses.message().await.map_err(|s| c.status_error(&s))?;
        streams.push((sender, responses));
    }
    let total = load.total;
    let watch_tasks: Vec<_> = streams
        .into_iter()
        .map(|(sender, mut responses)| {
            tokio::spawn(async move {
                let _keep_open = sender;
                let mut latencies = Vec::with_capacity(total as usize);
                while (latencies.len() as u64) < total {
                    let Ok(Some(response)) = responses.message().await else {
                        break;
                    };
                    let now = origin.elapsed();
                    for event in response.events {
                        let sent = event.kv.as_ref().and_then(|kv| {
                            std::str::from_utf8(&kv.value)
                                .ok()?
                                .trim_end_matches('v')
                                .parse::<u64>()
                                .ok()
                        });
                        if let Some(sent) = sent {
                            latencies.push(now.saturating_sub(Duration::from_nanos(sent)));
                        }
                    }
                }
                latencies
            })
        })
        .collect();
    let putter = &connections[0];
    let rate = load.rate.unwrap_or(100.0);
    let started = Instant::now();
    let mut errors = 0;
    let mut failures = Failures::default();
    for i in 0..total {
        tokio::time::sleep_until((started + Duration::from_secs_f64(i as f64 / rate)).into()).await;
        let mut value = origin.elapsed().as_nanos().to_string().into_bytes();
        value.resize(load.val_size.max(value.len()), b'v');
        let request = PutRequest {
            key: key.clone(),
            value,
            ..Default::default()
        };
        if let Err(e) = putter.call(putter.kv().put(request)).await {
            errors += 1;
            failures.record(e.cause);
        }
        progress(i + 1);
    }
    let mut latencies = Vec::new();
    for task in watch_tasks {
        match tokio::time::timeout(Duration::from_secs(10), task).await {
            Ok(Ok(found)) => latencies.extend(found),
            _ => {
                errors += 1;
                failures.record("a watcher missed events".into());
            }
        }
    }
    let elapsed = started.elapsed();
    let mut report = report(
        "watch-latency",
        load,
        latencies,
        elapsed,
        errors,
        failures.first,
    );
    report.errors_by_cause = failures.by_cause;
    report.clients = watchers;
    Ok(report)
}

fn report(
    workload: &str,
    load: &Load,
    mut latencies: Vec<Duration>,
    elapsed: Duration,
    errors: u64,
    first_error: Option<String>,
) -> Report {
    latencies.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| {
        if latencies.is_empty() {
            return 0.0;
        }
        let index = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
        ms(latencies[index])
    };
    let mean = if latencies.is_empty() {
        0.0
    } else {
        latencies.iter().map(|d| ms(*d)).sum::<f64>() / latencies.len() as f64
    };
    let stddev = if latencies.is_empty() {
        0.0
    } else {
        let variance = latencies
            .iter()
            .map(|d| (ms(*d) - mean).powi(2))
            .sum::<f64>()
            / latencies.len() as f64;
        variance.sqrt()
    };
    let requests = latencies.len() as u64;
    Report {
        workload: workload.to_string(),
        requests,
        errors,
        first_error,
        errors_by_cause: BTreeMap::new(),
        seconds: elapsed.as_secs_f64(),
        throughput: requests.saturating_sub(errors) as f64 / elapsed.as_secs_f64().max(1e-9),
        clients: load.clients,
        conns: load.conns,
        latency_ms: Summary {
            p50: at(0.50),
            p90: at(0.90),
            p99: at(0.99),
            p999: at(0.999),
            max: latencies.last().map(|d| ms(*d)).unwrap_or(0.0),
            mean,
            stddev,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_pick_the_right_rank() {
        let load = Load {
            conns: 1,
            clients: 1,
            total: 1000,
            key_size: 8,
            val_size: 8,
            key_space_size: 1,
            sequential_keys: true,
            rate: None,
            duration: None,
            key_prefix: Vec::new(),
        };
        let latencies = (1..=1000).map(Duration::from_millis).collect();
        let r = report("put", &load, latencies, Duration::from_secs(2), 0, None);
        assert_eq!(r.latency_ms.p50, 500.0);
        assert_eq!(r.latency_ms.p90, 900.0);
        assert_eq!(r.latency_ms.p99, 990.0);
        assert_eq!(r.latency_ms.p999, 999.0);
        assert_eq!(r.latency_ms.max, 1000.0);
        assert_eq!(r.throughput, 500.0);
    }

    #[test]
    fn keys_stay_in_the_key_space() {
        let load = Load {
            conns: 1,
            clients: 1,
            total: 10,
            key_size: 6,
            val_size: 8,
            key_space_size: 10,
            sequential_keys: false,
            rate: None,
            duration: None,
            key_prefix: Vec::new(),
        };
        let mut seed = 7;
        for i in 0..100 {
            let key = key_for(&load, i, &mut seed);
            assert_eq!(key.len(), 6);
            assert!(String::from_utf8(key).unwrap().parse::<u64>().unwrap() < 10);
        }
    }

    #[test]
    fn a_transactions_keys_differ_and_stay_in_the_key_space() {
        for sequential_keys in [false, true] {
            let load = Load {
                conns: 1,
                clients: 1,
                total: 10,
                key_size: 4,
                val_size: 8,
                key_space_size: 5,
                sequential_keys,
                rate: None,
                duration: None,
                key_prefix: Vec::new(),
            };
            let mut seed = 7;
            for i in 0..50 {
                let keys = txn_keys(&load, 5, i, &mut seed);
                let distinct: std::collections::BTreeSet<_> = keys.iter().collect();
                assert_eq!(distinct.len(), 5, "{keys:?}");
                for key in &keys {
                    assert!(String::from_utf8_lossy(key).parse::<u64>().unwrap() < 5);
                }
            }
        }
    }
}
