//! etcd's watch guarantees on one member, each from a bug that broke it: a watch from a future
//! revision gets nothing below it (compared with real etcd), a requested progress notification
//! never overtakes the events it covers (etcd-io/etcd#15220; the etcd releases here still have
//! that bug, so the rule is checked, not etcd), and a watcher that stops reading costs bounded
//! memory and then gets every event in order from the store. Clients are real etcdctl and the
//! third-party `etcd-client` crate; members are real processes on their own loopback address.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::run_ok;
use common::serve::{Etcdctl, Server, Side};
use etcd_client::{Client, EventType, WatchOptions};

/// How long a watcher gets to be established before the events it must see (etcdctl prints
/// nothing when its watch is created).
const WATCH_SETTLE: Duration = Duration::from_millis(1500);

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Every `"mod_revision":N` in etcdctl's JSON watch output, in order.
fn mod_revisions(text: &str) -> Vec<i64> {
    const TAG: &str = "\"mod_revision\":";
    text.match_indices(TAG)
        .map(|(at, _)| {
            let digits: String = text[at + TAG.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().unwrap()
        })
        .collect()
}

#[test]
fn a_watch_from_a_future_revision_gets_no_event_below_it_as_with_etcd() {
    for (server, ip) in [(Server::Etcd, "127.0.0.7"), (Server::Ctl, "127.0.0.8")] {
        let dir = tempfile::tempdir().unwrap();
        let mut side = Side::start(server, dir.path(), ip, 30100, 30101);
        side.wait_ready(Duration::from_secs(20));
        for key in ["a", "b", "c"] {
            run_ok(&mut side.etcdctl(Etcdctl::V35, &args(&["put", key, "v"]))); // 2, 3, 4
        }
        let watcher = side.spawn(
            Etcdctl::V35,
            &args(&["watch", "foo", "--rev=7", "-w", "json"]),
        );
        std::thread::sleep(WATCH_SETTLE);
        for n in 5..=10 {
            run_ok(&mut side.etcdctl(Etcdctl::V35, &args(&["put", "foo", &format!("v{n}")])));
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        let (lines, stderr, seen) =
            watcher.finish(deadline, |line| mod_revisions(line).contains(&10));
        let revisions = mod_revisions(&lines.join("\n"));
        assert!(
            seen,
            "{}: the watcher never printed revision 10:\n{}\n{stderr}",
            server.label(),
            lines.join("\n")
        );
        assert_eq!(
            revisions,
            vec![7, 8, 9, 10],
            "{}: `etcdctl watch foo --rev=7` on a member at revision 4, then puts to foo at 5..10",
            server.label()
        );
        side.assert_running("the watch");
    }
}

#[test]
fn a_requested_progress_notification_comes_after_every_event_it_covers() {
    let dir = tempfile::tempdir().unwrap();
    let mut side = Side::start(Server::Ctl, dir.path(), "127.0.0.8", 30110, 30111);
    side.wait_ready(Duration::from_secs(20));
    let url = side.client_url.clone();
    runtime().block_on(async move {
        let mut client = Client::connect([url.as_str()], None).await.unwrap();
        for i in 0..200 {
            client
                .put(format!("k/{i:03}"), "value", None)
                .await
                .unwrap(); // revisions 2..=201
        }

        // History replayed from revision 1, with a progress request sent at once.
        let mut stream = client
            .watch(
                "k/",
                Some(WatchOptions::new().with_prefix().with_start_revision(1)),
            )
            .await
            .unwrap();
        stream.request_progress().await.unwrap();
        let mut received = Vec::new();
        let notified = loop {
            let response = tokio::time::timeout(Duration::from_secs(10), stream.message())
                .await
                .expect("a watch response within 10 s")
                .unwrap()
                .expect("the stream stays open");
            if response.created() || response.canceled() {
                assert!(!response.canceled(), "{response:?}");
                continue;
            }
            if response.events().is_empty() {
                break response.header().unwrap().revision();
            }
            received.extend(
                response
                    .events()
                    .iter()
                    .map(|e| e.kv().unwrap().mod_revision()),
            );
        };
        assert_eq!(notified, 201);
        assert_eq!(
            received,
            (2..=201).collect::<Vec<_>>(),
            "events before the progress notification for revision {notified}"
        );

        // A live stream under load: every notification for R comes after every event up to R
        // (each revision here is one event in the watched range).
        let writer = {
            let mut client = client.clone();
            tokio::spawn(async move {
                for i in 0..1500 {
                    client
                        .put(format!("k/{:03}", i % 200), format!("live {i}"), None)
                        .await
                        .unwrap();
                }
            })
        };
        let mut last_event = 201;
        let mut notifications = 0;
        let mut requests = tokio::time::interval(Duration::from_millis(5));
        while last_event < 1701 {
            tokio::select! {
                _ = requests.tick() => stream.request_progress().await.unwrap(),
                message = stream.message() => {
                    let response = message.unwrap().expect("the stream stays open");
                    if response.events().is_empty() {
                        let revision = response.header().unwrap().revision();
                        assert!(
                            revision <= last_event,
                            "progress notification for revision {revision} arrived when the \
                             last event received was {last_event}"
                        );
                        notifications += 1;
                    }
                    for event in response.events() {
                        let revision = event.kv().unwrap().mod_revision();
                        assert_eq!(revision, last_event + 1, "events out of order");
                        assert_eq!(event.event_type(), EventType::Put);
                        last_event = revision;
                    }
                }
            }
        }
        writer.await.unwrap();
        assert!(
            notifications >= 10,
            "only {notifications} progress notifications under load"
        );
    });
    side.assert_running("the progress requests");
}

/// Resident and peak memory (VmRSS, VmHWM) of a process, in KiB.
fn memory_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in /proc/{pid}/status"))
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// One metric's value from a member's /metrics (plain http).
fn metric(authority: &str, name: &str) -> f64 {
    let mut stream = TcpStream::connect(authority).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "GET /metrics HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {name} in /metrics"))
}

const PUTS: usize = 120_000;

/// Loads a fresh member with [`PUTS`] puts of 1 KiB (ctl bench, 64 clients); with `stalled`, a
/// `etcdctl watch --prefix ""` is SIGSTOPped first and resumed after. Returns the member's peak
/// memory growth in KiB over the whole run and the revisions the watcher printed.
fn load(ip: &str, port: u16, stalled: bool) -> (u64, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let mut side = Side::start(Server::Ctl, dir.path(), ip, port, port + 1);
    side.wait_ready(Duration::from_secs(20));
    let member = side.members.pid(0);
    let (start, _) = memory_kib(member);
    let mut watcher = stalled.then(|| {
        let watcher = side.spawn(
            Etcdctl::V35,
            &args(&["watch", "--prefix", "", "-w", "json"]),
        );
        std::thread::sleep(WATCH_SETTLE);
        run_ok(std::process::Command::new("kill").args(["-STOP", &watcher.pid().to_string()]));
        watcher
    });
    let authority = format!("{ip}:{port}");
    let started = Instant::now();
    run_ok(common::ctl().args([
        "bench",
        "put",
        "--endpoints",
        &side.client_url,
        "--total",
        &PUTS.to_string(),
        "--val-size",
        "1024",
        "--key-space-size",
        "100000",
        "--clients",
        "64",
        "--conns",
        "8",
    ]));
    eprintln!(
        "{PUTS} puts took {:?} (stalled watcher: {stalled})",
        started.elapsed()
    );
    let mut revisions = Vec::new();
    if let Some(watcher) = watcher.as_mut() {
        assert_eq!(
            metric(&authority, "etcd_debugging_mvcc_slow_watcher_total"),
            1.0,
            "the stalled watcher is a slow watcher"
        );
        let pending = metric(&authority, "etcd_debugging_mvcc_pending_events_total");
        assert!(
            pending > 0.0 && pending < 10_000.0,
            "pending events while stalled: {pending}"
        );
        run_ok(std::process::Command::new("kill").args(["-CONT", &watcher.pid().to_string()]));
        let lines = watcher.read_until(Duration::from_secs(120), |lines| {
            lines
                .last()
                .is_some_and(|l| mod_revisions(l).contains(&(PUTS as i64 + 1)))
        });
        revisions = mod_revisions(&lines.join("\n"));
        assert_eq!(
            metric(&authority, "etcd_debugging_mvcc_slow_watcher_total"),
            0.0,
            "the watcher caught up"
        );
    }
    let (_, peak) = memory_kib(member);
    side.assert_running("the load");
    (peak.saturating_sub(start), revisions)
}

#[test]
fn a_watcher_that_stops_reading_costs_bounded_memory_and_then_gets_every_event_in_order() {
    let (without, _) = load("127.0.0.7", 30120, false);
    let (with, revisions) = load("127.0.0.8", 30130, true);
    eprintln!(
        "member peak memory growth: {} MiB without a watcher, {} MiB with a stalled one",
        without / 1024,
        with / 1024
    );
    assert!(
        revisions.len() == PUTS && revisions.iter().copied().eq(2..=PUTS as i64 + 1),
        "the resumed watcher got {} events; first {:?}, last {:?}",
        revisions.len(),
        revisions.first(),
        revisions.last()
    );
    assert!(
        with <= without + 32 * 1024,
        "a stalled watcher grew the member by {} MiB more than the same load without it",
        (with - without) / 1024
    );
}
