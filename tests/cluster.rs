//! `ctl serve` as a cluster: three- and five-member TLS clusters on 127.0.0.1–5, each member a
//! real process started with the etcd config file `ctl render-units --format config` writes for
//! it, driven by the real etcdctl 3.4 and tonic's gRPC client over TLS. Replication, leader loss
//! under write load, a follower catching up through a snapshot, learners joining and members
//! leaving, a full stop and restart, quorum loss, and linearizable reads through leader transfers.
//!
//! Ports: 280x0 (client) and 280x1 (peer) for test x; every member of a cluster has the same
//! ports on its own loopback address.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use common::cluster::{
    added_id, json, table, words, Cluster, BOOT_TIMEOUT, ELECTION_MS, ELECTION_TIMEOUT,
    ETCDCTL_TIMEOUT,
};
use common::grpc::{lost, put_request, range_prefix, runtime};
use common::serve::run_bounded;

use ctl::server::proto::etcdserverpb::kv_client::KvClient;
use ctl::server::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use ctl::server::proto::etcdserverpb::StatusRequest;
use tonic::transport::Channel;

// The cluster fixture is tests/common/cluster.rs: `Cluster::new` makes `ctl serve` members.

// ---------------------------------------------------------------------------------------------
// 1. Three members from the rendered config files; replication
// ---------------------------------------------------------------------------------------------

#[test]
fn three_member_tls_cluster_from_rendered_configs_replicates_every_write() {
    let mut c = Cluster::new("replicate", 3, 28010, None);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, BOOT_TIMEOUT);

    // member list: three started voters with their URLs.
    let (rows, text) = c.member_table(&[0]);
    ensure_eq!(c, rows.len(), 3, "member list -w table:\n{text}");
    let mut names: Vec<&str> = rows.iter().map(|r| r["NAME"].as_str()).collect();
    names.sort();
    ensure_eq!(
        c,
        names,
        ["m1", "m2", "m3"],
        "member list -w table:\n{text}"
    );
    for row in &rows {
        let i = c.nodes.iter().position(|n| n.name == row["NAME"]).unwrap();
        ensure_eq!(c, row["STATUS"], "started", "{text}");
        ensure_eq!(c, row["IS LEARNER"], "false", "{text}");
        ensure_eq!(
            c,
            row["PEER ADDRS"],
            format!("https://{}:{}", c.nodes[i].ip, c.peer_port()),
            "{text}"
        );
        ensure_eq!(c, row["CLIENT ADDRS"], c.endpoint(i), "{text}");
    }
    let listed_ids: BTreeSet<String> = rows.iter().map(|r| r["ID"].clone()).collect();

    // endpoint status --cluster: the same three members, one leader, one term.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let out = c.ok(&[1], &["endpoint", "status", "--cluster", "-w", "table"]);
        let rows = table(&out);
        let endpoints: BTreeSet<String> = rows.iter().map(|r| r["ENDPOINT"].clone()).collect();
        let ids: BTreeSet<String> = rows.iter().map(|r| r["ID"].clone()).collect();
        let leaders = rows.iter().filter(|r| r["IS LEADER"] == "true").count();
        let terms: BTreeSet<&str> = rows.iter().map(|r| r["RAFT TERM"].as_str()).collect();
        let expected: BTreeSet<String> = all.iter().map(|&i| c.endpoint(i)).collect();
        ensure_eq!(c, endpoints, expected, "endpoint status --cluster:\n{out}");
        ensure_eq!(c, ids, listed_ids, "endpoint status --cluster:\n{out}");
        ensure!(
            c,
            rows.iter()
                .all(|r| r["IS LEARNER"] == "false" && r["ERRORS"].is_empty()),
            "{out}"
        );
        if leaders == 1 && terms.len() == 1 {
            break;
        }
        if Instant::now() >= deadline {
            c.fail(&format!(
                "endpoint status --cluster never showed exactly one leader in one term:\n{out}"
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    // A write through any member is at once readable (linearizable) from every member.
    for i in all {
        let key = format!("written-through/{}", c.nodes[i].name);
        let value = format!("value-{i}");
        c.put(&[i], &key, &value);
        for j in all {
            let out = c.ok(&[j], &["get", &key, "--print-value-only"]);
            ensure_eq!(
                c,
                out.trim(),
                value,
                "linearizable get {key} from {} right after the put through {}",
                c.nodes[j].name,
                c.nodes[i].name
            );
        }
    }
    // And each member's own copy (serializable reads, answered locally) gets every write.
    let expected: BTreeMap<String, String> = all
        .iter()
        .map(|&i| {
            (
                format!("written-through/{}", c.nodes[i].name),
                format!("value-{i}"),
            )
        })
        .collect();
    for j in all {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let (kvs, _) = c.read_prefix(j, "written-through/", true);
            let got: BTreeMap<String, String> = kvs.into_iter().map(|(k, (v, _))| (k, v)).collect();
            if got == expected {
                break;
            }
            if Instant::now() >= deadline {
                c.fail(&format!(
                    "{}'s serializable reads never showed every write: {got:?}",
                    c.nodes[j].name
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    // The same revision everywhere, and the same data.
    let revisions: BTreeSet<i64> = all
        .iter()
        .map(|&j| c.read_prefix(j, "written-through/", false).1)
        .collect();
    ensure_eq!(
        c,
        revisions,
        BTreeSet::from([4]),
        "revisions after three puts"
    );
}

// ---------------------------------------------------------------------------------------------
// 2. SIGKILL the leader under write load
// ---------------------------------------------------------------------------------------------

#[test]
fn killing_the_leader_under_write_load_elects_a_new_leader_and_loses_no_acknowledged_write() {
    let mut c = Cluster::new("failover", 3, 28020, None);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, BOOT_TIMEOUT);
    let (old, old_id) = c.wait_leader(&all, Duration::from_secs(5));
    let survivors: Vec<usize> = all.iter().copied().filter(|&i| i != old).collect();

    // Two writers per member, each putting its own keys until told to stop.
    let rt = runtime();
    let stop = Arc::new(AtomicBool::new(false));
    let acked: Arc<Mutex<Vec<(String, i64)>>> = Arc::default();
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let writers: Vec<_> = (0..6)
        .map(|w| {
            let channel = {
                let _guard = rt.enter();
                c.channel(w % 3)
            };
            let (stop, acked, failures) = (stop.clone(), acked.clone(), failures.clone());
            rt.spawn(async move {
                let mut kv = KvClient::new(channel);
                let mut i = 0;
                while !stop.load(Ordering::Relaxed) {
                    let key = format!("load/{w}/{i:06}");
                    i += 1;
                    match kv.put(put_request(&key, b"payload")).await {
                        Ok(response) => {
                            let revision = response.into_inner().header.unwrap().revision;
                            acked.lock().unwrap().push((key, revision));
                        }
                        Err(e) => {
                            failures.lock().unwrap().push(e.message().to_string());
                            tokio::time::sleep(Duration::from_millis(20)).await;
                        }
                    }
                }
            })
        })
        .collect();
    let count = |acked: &Arc<Mutex<Vec<(String, i64)>>>| acked.lock().unwrap().len();
    let deadline = Instant::now() + Duration::from_secs(10);
    while count(&acked) < 100 {
        if Instant::now() >= deadline {
            let why = format!(
                "only {} puts acknowledged in 10 s before the kill; failures: {:?}",
                count(&acked),
                failures.lock().unwrap().iter().take(5).collect::<Vec<_>>()
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(20));
    }

    // The term before the kill, to count the election rounds that follow.
    let old_term = {
        let channel = {
            let _guard = rt.enter();
            c.channel(survivors[0])
        };
        let status = rt
            .block_on(MaintenanceClient::new(channel).status(StatusRequest {}))
            .unwrap_or_else(|e| c.fail(&format!("status before the kill: {e}")));
        status.into_inner().raft_term
    };
    let killed_at = Instant::now();
    c.kill(old);
    let before_election = count(&acked);

    // Poll the survivors' Status (gRPC, so the poll itself takes milliseconds).
    let statuses: Vec<(usize, Channel)> = {
        let _guard = rt.enter();
        survivors.iter().map(|&i| (i, c.channel(i))).collect()
    };
    let survivor_ids = c.member_ids(&survivors);
    let survivor_ids: BTreeSet<u64> = survivors
        .iter()
        .map(|&i| survivor_ids[&c.nodes[i].name])
        .collect();
    let (elected, new_leader, new_term, seen) = rt.block_on(async {
        let mut seen = Vec::new();
        loop {
            for (i, channel) in &statuses {
                let mut client = MaintenanceClient::new(channel.clone());
                let answer = tokio::time::timeout(
                    Duration::from_millis(500),
                    client.status(StatusRequest {}),
                )
                .await;
                if let Ok(Ok(status)) = answer {
                    let status = status.into_inner();
                    seen.push((*i, status.leader, status.raft_term));
                    if status.leader != 0
                        && status.leader != old_id
                        && survivor_ids.contains(&status.leader)
                    {
                        return (killed_at.elapsed(), status.leader, status.raft_term, seen);
                    }
                }
            }
            if killed_at.elapsed() > Duration::from_secs(10) {
                return (killed_at.elapsed(), 0, 0, seen);
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    if new_leader == 0 {
        let why = format!(
            "no new leader among the survivors within 10 s of killing the leader \
             {old_id:x}; (member, leader, term) seen: {:?}",
            &seen[seen.len().saturating_sub(10)..]
        );
        c.fail(&why);
    }
    // Each election round ends within 2 election timeouts (a follower campaigns within
    // [1, 2) timeouts of the last heartbeat it heard). Two followers that campaign at the same
    // moment split the vote and need another round, as in etcd; the term counts the rounds.
    let rounds = (new_term - old_term).max(1) as u32;
    eprintln!("new leader {new_leader:x} after {elected:?} in {rounds} election round(s)");
    if rounds > 2 {
        let why = format!(
            "the survivors needed {rounds} election rounds (term {old_term} to {new_term}); \
             split votes should be rare"
        );
        c.fail(&why);
    }
    if elected > rounds * 2 * ELECTION_TIMEOUT {
        let why = format!(
            "the new leader {new_leader:x} was seen {elected:?} after the leader was killed, \
             more than 2 × the election timeout ({ELECTION_MS} ms) per election round ({rounds})"
        );
        c.fail(&why);
    }

    // Writes go on under the new leader.
    let deadline = Instant::now() + Duration::from_secs(10);
    while count(&acked) < before_election + 100 {
        if Instant::now() >= deadline {
            let why = format!(
                "only {} puts acknowledged in 10 s after the new leader; last failures: {:?}",
                count(&acked) - before_election,
                failures
                    .lock()
                    .unwrap()
                    .iter()
                    .rev()
                    .take(5)
                    .collect::<Vec<_>>()
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    stop.store(true, Ordering::Relaxed);
    rt.block_on(async {
        for writer in writers {
            let _ = tokio::time::timeout(Duration::from_secs(10), writer).await;
        }
    });
    let acked = acked.lock().unwrap().clone();
    eprintln!(
        "{} puts acknowledged, {} failed",
        acked.len(),
        failures.lock().unwrap().len()
    );

    // The old leader comes back as a follower; every acknowledged put is on every member, with
    // the revision it was acknowledged with.
    c.start(old);
    c.wait_healthy(&all, BOOT_TIMEOUT);
    for i in all {
        let channel = {
            let _guard = rt.enter();
            c.channel(i)
        };
        let stored = match rt.block_on(range_prefix(KvClient::new(channel), "load/")) {
            Ok(stored) => stored,
            Err(e) => c.fail(&format!("range on {}: {e}", c.nodes[i].name)),
        };
        let missing = lost(&acked, &stored);
        if !missing.is_empty() {
            let why = format!(
                "{} of {} acknowledged puts missing or changed on {}, e.g. {:?}",
                missing.len(),
                acked.len(),
                c.nodes[i].name,
                &missing[..missing.len().min(5)]
            );
            c.fail(&why);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. A stopped follower catches up: through a snapshot once the leader compacted its log, else
//    from the leader's WAL
// ---------------------------------------------------------------------------------------------

#[test]
fn a_stopped_follower_catches_up_through_a_snapshot() {
    const SNAPSHOT_COUNT: u32 = 200;
    // More than 2 × --snapshot-count writes, so the leader compacts past the follower.
    let (mut c, follower) =
        stop_a_follower_while_writing("snapshot", 28030, Some(SNAPSHOT_COUNT), 600, Duration::ZERO);
    if !c
        .log(follower, 1)
        .contains("installing a snapshot from the leader")
    {
        c.fail(&format!(
            "{}'s log does not mention installing a snapshot from the leader",
            c.nodes[follower].name
        ));
    }
}

#[test]
fn a_stopped_follower_catches_up_from_entries_the_leader_no_longer_holds_in_memory() {
    // The leader makes its backend durable every 5 s and then lets go of the entries it holds in
    // memory; a follower stopped across that gets them read back from the leader's WAL.
    let (mut c, follower) =
        stop_a_follower_while_writing("walcatchup", 28070, None, 300, Duration::from_millis(6000));
    if c.log(follower, 1)
        .contains("installing a snapshot from the leader")
    {
        c.fail(&format!(
            "{} needed a snapshot, though the leader's log still held every entry",
            c.nodes[follower].name
        ));
    }
}

/// Stops a follower (SIGSTOP), writes `keys` keys through the leader, waits `pause`, resumes the
/// follower and checks it catches up with the same history. Returns the cluster and the follower.
fn stop_a_follower_while_writing(
    tag: &str,
    port: u16,
    snapshot_count: Option<u32>,
    keys: usize,
    pause: Duration,
) -> (Cluster, usize) {
    let mut c = Cluster::new(tag, 3, port, snapshot_count);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, BOOT_TIMEOUT);
    let (leader, _) = c.wait_leader(&all, Duration::from_secs(5));
    let follower = all.iter().copied().find(|&i| i != leader).unwrap();
    let status = c.status_ok(follower);
    let follower_index_before = status["raftAppliedIndex"].as_u64().unwrap();

    c.signal(follower, "STOP");
    // Each write its own raft entry, through the leader.
    let rt = runtime();
    let channel = {
        let _guard = rt.enter();
        c.channel(leader)
    };
    let results: Vec<Result<(), String>> = rt.block_on(async {
        let tasks: Vec<_> = (0..8)
            .map(|t| {
                let mut kv = KvClient::new(channel.clone());
                tokio::spawn(async move {
                    for i in (t..keys).step_by(8) {
                        kv.put(put_request(&format!("snap/{i:04}"), b"v"))
                            .await
                            .map_err(|e| format!("put snap/{i:04}: {e}"))?;
                    }
                    Ok(())
                })
            })
            .collect();
        let mut results = Vec::new();
        for task in tasks {
            results.push(task.await.unwrap());
        }
        results
    });
    if let Some(Err(e)) = results.into_iter().find(Result::is_err) {
        c.signal(follower, "CONT");
        c.fail(&format!("a put failed with one follower stopped: {e}"));
    }
    let leader_status = c.status_ok(leader);
    let revision = leader_status["header"]["revision"].as_i64().unwrap();
    ensure_eq!(
        c,
        revision,
        1 + keys as i64,
        "leader's revision: {leader_status}"
    );

    std::thread::sleep(pause);
    c.signal(follower, "CONT");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let status = c.status(follower);
        if let Ok(status) = &status {
            if status["header"]["revision"].as_i64() == Some(revision) {
                break;
            }
        }
        c.check_alive();
        if Instant::now() >= deadline {
            let why = format!(
                "{} did not catch up with revision {revision} within 15 s of SIGCONT \
                 (applied index {follower_index_before} before SIGSTOP); last status: {status:?}",
                c.nodes[follower].name
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(100));
    }

    // Every member has the same key-value history.
    let hashes = c.hashkv(leader);
    let endpoints: BTreeSet<String> = hashes.iter().map(|h| h.0.clone()).collect();
    ensure_eq!(
        c,
        endpoints,
        all.iter().map(|&i| c.endpoint(i)).collect::<BTreeSet<_>>(),
        "hashkv --cluster: {hashes:?}"
    );
    let distinct: BTreeSet<(u64, i64)> = hashes.iter().map(|h| (h.1, h.2)).collect();
    if distinct.len() != 1 || hashes[0].2 != revision {
        c.fail(&format!(
            "endpoint hashkv --cluster disagrees (endpoint, hash, revision): {hashes:?}"
        ));
    }
    let (kvs, _) = c.read_prefix(follower, "snap/", true);
    ensure_eq!(
        c,
        kvs.len(),
        keys,
        "keys in {}'s own copy",
        c.nodes[follower].name
    );
    (c, follower)
}

// ---------------------------------------------------------------------------------------------
// 4. A learner joins, is promoted; another member is removed
// ---------------------------------------------------------------------------------------------

/// etcd's refusal to promote a learner that has not caught up.
const NOT_IN_SYNC: &str =
    "etcdserver: can only promote a learner member which is in sync with leader";

#[test]
fn a_learner_joins_is_promoted_and_another_member_is_removed_while_the_cluster_serves() {
    let mut c = Cluster::new("membership", 3, 28040, None);
    c.start_all();
    let voters = vec![0, 1, 2];
    c.wait_healthy(&voters, BOOT_TIMEOUT);
    c.put(&voters, "step/0-boot", "ok");

    // Add m4 as a learner.
    let peer_url = format!("https://127.0.0.4:{}", c.peer_port());
    let out = c.ok(
        &voters,
        &[
            "member",
            "add",
            "m4",
            &format!("--peer-urls={peer_url}"),
            "--learner",
        ],
    );
    let id_hex = added_id(&out);
    let id = u64::from_str_radix(&id_hex, 16).unwrap_or_else(|_| panic!("{out}"));
    let new = c.add_node("m4", "127.0.0.4", &voters);
    // etcdctl's ETCD_INITIAL_CLUSTER and the rendered config agree on the membership.
    let initial_cluster = |text: &str, prefix: &str| -> BTreeSet<String> {
        text.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in:\n{text}"))
            .trim_matches('"')
            .split(',')
            .map(str::to_string)
            .collect()
    };
    let config = std::fs::read_to_string(&c.nodes[new].config).unwrap();
    ensure_eq!(
        c,
        initial_cluster(&out, "ETCD_INITIAL_CLUSTER="),
        initial_cluster(&config, "initial-cluster: "),
        "member add output:\n{out}"
    );
    let (rows, text) = c.member_table(&voters);
    ensure_eq!(c, rows.len(), 4, "member list after member add:\n{text}");
    let row = rows
        .iter()
        .find(|r| r["ID"] == id_hex)
        .unwrap_or_else(|| panic!("no {id_hex} in:\n{text}"));
    ensure_eq!(c, row["STATUS"], "unstarted", "{text}");
    ensure_eq!(c, row["IS LEARNER"], "true", "{text}");
    ensure_eq!(c, row["PEER ADDRS"], peer_url, "{text}");
    // Not started, so not in sync: the leader refuses to promote it, as etcd's does.
    let (leader, _) = c.wait_leader(&voters, Duration::from_secs(5));
    let early = c.etcdctl(&[leader], &["member", "promote", &id_hex]);
    ensure!(
        c,
        !early.success() && early.stderr.contains(NOT_IN_SYNC),
        "member promote (through the leader) of a learner that never started:\n{}",
        early.describe()
    );
    c.put(&voters, "step/1-added", "ok");

    // Start it with --initial-cluster-state existing: it joins as a started learner.
    c.start(new);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (rows, text) = c.member_table(&voters);
        let row = rows.iter().find(|r| r["ID"] == id_hex).cloned();
        let learner = c.status(new).ok();
        let started = row
            .as_ref()
            .is_some_and(|r| r["STATUS"] == "started" && r["NAME"] == "m4");
        let is_learner = learner
            .as_ref()
            .is_some_and(|s| s["isLearner"].as_bool() == Some(true));
        if started && is_learner {
            ensure_eq!(c, row.unwrap()["IS LEARNER"], "true", "{text}");
            break;
        }
        c.check_alive();
        if Instant::now() >= deadline {
            let why = format!(
                "m4 did not start as a learner within 15 s:\n{text}\nits status: {learner:?}"
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    c.put(&voters, "step/2-learner-started", "ok");

    // Promote it: refused until it has caught up, then done.
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut refusals = Vec::new();
    loop {
        let run = c.etcdctl(&voters, &["member", "promote", &id_hex]);
        if run.success() {
            ensure!(
                c,
                words(&run.stdout).contains(&format!("Member {id_hex} promoted")),
                "{}",
                run.describe()
            );
            break;
        }
        refusals.push(run.stderr.trim().to_string());
        c.check_alive();
        if Instant::now() >= deadline {
            let why = format!("m4 could not be promoted within 15 s; refusals: {refusals:?}");
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    eprintln!(
        "promote refused {} times first: {refusals:?}",
        refusals.len()
    );
    for refusal in &refusals {
        ensure!(
            c,
            refusal.contains(NOT_IN_SYNC),
            "unexpected promote error: {refusal}"
        );
    }
    let (rows, text) = c.member_table(&voters);
    ensure_eq!(c, rows.len(), 4, "member list after promotion:\n{text}");
    ensure!(
        c,
        rows.iter()
            .all(|r| r["STATUS"] == "started" && r["IS LEARNER"] == "false"),
        "member list after promotion:\n{text}"
    );
    c.put(&[new], "step/3-promoted", "ok");
    let out = c.ok(&[new], &["get", "step/0-boot", "--print-value-only"]);
    ensure_eq!(
        c,
        out.trim(),
        "ok",
        "linearizable read on the promoted member"
    );

    // Remove a follower (not the new member).
    let four = vec![0, 1, 2, new];
    let (leader, _) = c.wait_leader(&four, Duration::from_secs(5));
    let removed = voters.iter().copied().find(|&i| i != leader).unwrap();
    let ids = c.member_ids(&four);
    let removed_id = ids[&c.nodes[removed].name];
    ensure_eq!(c, ids["m4"], id);
    let remaining: Vec<usize> = four.iter().copied().filter(|&i| i != removed).collect();
    let out = c.ok(&[leader], &["member", "remove", &format!("{removed_id:x}")]);
    ensure!(
        c,
        words(&out).contains(&format!("Member {removed_id:x} removed")),
        "member remove output:\n{out}"
    );
    c.put(&remaining, "step/4-removed", "ok");
    let (rows, text) = c.member_table(&remaining);
    let names: BTreeSet<String> = rows.iter().map(|r| r["NAME"].clone()).collect();
    let expected: BTreeSet<String> = remaining.iter().map(|&i| c.nodes[i].name.clone()).collect();
    ensure_eq!(
        c,
        names,
        expected,
        "member list after member remove:\n{text}"
    );
    ensure!(
        c,
        rows.iter()
            .all(|r| r["STATUS"] == "started" && r["IS LEARNER"] == "false"),
        "member list after member remove:\n{text}"
    );
    // The removed member stops, as etcd's does: successfully (etcd 3.4 exits 0), so that the
    // rendered unit's Restart=on-failure leaves it stopped instead of restarting it forever.
    let child = c.nodes[removed].child.take().unwrap();
    let removed_exit = c.members.wait_exit(child, Duration::from_secs(10));
    if removed_exit.is_none() {
        let why = format!(
            "{} still runs 10 s after it was removed",
            c.nodes[removed].name
        );
        c.fail(&why);
    }

    // Every step's write is on every remaining member.
    for &i in &remaining {
        let (kvs, _) = c.read_prefix(i, "step/", false);
        let keys: Vec<&str> = kvs.keys().map(String::as_str).collect();
        ensure_eq!(
            c,
            keys,
            [
                "step/0-boot",
                "step/1-added",
                "step/2-learner-started",
                "step/3-promoted",
                "step/4-removed"
            ],
            "keys on {}",
            c.nodes[i].name
        );
    }

    // Checked last, after the data, and reported together: the removed member's exit status,
    // and promotion through a follower (etcd forwards it to the leader, which checks).
    let mut wrong = Vec::new();
    let status = removed_exit.unwrap();
    if !status.success() {
        wrong.push(format!(
            "{} exited with {status} after its removal; etcd exits 0, and a failure status \
             makes systemd (Restart=on-failure) restart a member that can never rejoin",
            c.nodes[removed].name
        ));
    }
    let out = c.ok(
        &remaining,
        &[
            "member",
            "add",
            "m5",
            &format!("--peer-urls=https://127.0.0.5:{}", c.peer_port()),
            "--learner",
        ],
    );
    let never_started = added_id(&out);
    let (leader, _) = c.wait_leader(&remaining, Duration::from_secs(5));
    let follower = remaining.iter().copied().find(|&i| i != leader).unwrap();
    let through_follower = c.etcdctl(&[follower], &["member", "promote", &never_started]);
    if through_follower.success() || !through_follower.stderr.contains(NOT_IN_SYNC) {
        let (_, list) = c.member_table(&remaining);
        wrong.push(format!(
            "member promote {never_started} through the follower {} promoted a learner that \
             never started (etcd refuses: {NOT_IN_SYNC:?}):\n{}\nmember list now:\n{list}",
            c.nodes[follower].name,
            through_follower.describe()
        ));
    }
    if !wrong.is_empty() {
        c.fail(&wrong.join("\n\n"));
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Stop and restart every member
// ---------------------------------------------------------------------------------------------

#[test]
fn stopping_and_restarting_every_member_keeps_data_and_revision_and_elects_a_leader() {
    let mut c = Cluster::new("restart", 3, 28050, None);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, BOOT_TIMEOUT);
    let rt = runtime();
    let channel = {
        let _guard = rt.enter();
        c.channel(0)
    };
    let written = rt.block_on(async {
        let mut kv = KvClient::new(channel);
        for i in 0..100 {
            kv.put(put_request(
                &format!("data/{i:03}"),
                format!("v{i}").as_bytes(),
            ))
            .await
            .map_err(|e| format!("put data/{i:03}: {e}"))?;
        }
        Ok::<(), String>(())
    });
    if let Err(e) = written {
        c.fail(&e);
    }
    // Overwrites and deletes, through other members.
    for i in 0..10 {
        c.put(&[1], &format!("data/{i:03}"), "overwritten");
    }
    c.ok(&[2], &["del", "data/09", "--prefix"]);
    let (before, revision) = c.read_prefix(0, "data/", false);
    ensure_eq!(c, before.len(), 90);
    ensure_eq!(c, revision, 1 + 100 + 10 + 1);
    // Every member has it all before the stop.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let revisions: BTreeSet<Option<i64>> = all
            .iter()
            .map(|&i| {
                c.status(i)
                    .ok()
                    .and_then(|s| s["header"]["revision"].as_i64())
            })
            .collect();
        if revisions == BTreeSet::from([Some(revision)]) {
            break;
        }
        if Instant::now() >= deadline {
            c.fail(&format!("revisions never agreed: {revisions:?}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let hashes_before = c.hashkv(0);

    c.terminate(&all);
    c.start_all();
    c.wait_healthy(&all, BOOT_TIMEOUT);
    let (leader, _) = c.wait_leader(&all, Duration::from_secs(10));
    eprintln!("leader after restart: {}", c.nodes[leader].name);

    for i in all {
        for serializable in [true, false] {
            let (after, after_revision) = c.read_prefix(i, "data/", serializable);
            ensure_eq!(
                c,
                after,
                before,
                "keys on {} after restart (serializable: {serializable})",
                c.nodes[i].name
            );
            ensure_eq!(
                c,
                after_revision,
                revision,
                "revision on {} after restart (serializable: {serializable})",
                c.nodes[i].name
            );
        }
    }
    ensure_eq!(c, c.hashkv(1), hashes_before, "hashkv before and after");
    // The next write gets the next revision.
    let out = c.ok(&[2], &["put", "after-restart", "x", "-w", "json"]);
    ensure_eq!(
        c,
        json(&out)["header"]["revision"].as_i64(),
        Some(revision + 1),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// 6. Five members: two down is fine, three down stops writes, nothing is lost
// ---------------------------------------------------------------------------------------------

/// What etcdctl says when a write cannot be committed.
fn is_unavailable(stderr: &str) -> bool {
    [
        "etcdserver: no leader",
        "etcdserver: request timed out",
        "context deadline exceeded",
        // ctl fails the proposals pending on a leader that steps down at once; etcd lets them
        // run into the timeout.
        "etcdserver: leader changed",
    ]
    .iter()
    .any(|e| stderr.contains(e))
}

#[test]
fn five_members_serve_with_two_down_and_refuse_writes_with_three_down_losing_nothing() {
    let mut c = Cluster::new("quorum", 5, 28060, None);
    c.start_all();
    let all = [0, 1, 2, 3, 4];
    c.wait_healthy(&all, BOOT_TIMEOUT);
    let mut acked: Vec<(String, String)> = Vec::new();
    for i in 0..10 {
        let (key, value) = (format!("w/all-up/{i}"), format!("v{i}"));
        c.put(&[i % 5], &key, &value);
        acked.push((key, value));
    }

    // Two down, the leader among them: a new leader, and every write is acknowledged.
    let (leader, _) = c.wait_leader(&all, Duration::from_secs(5));
    let follower = all.iter().copied().find(|&i| i != leader).unwrap();
    c.kill(leader);
    c.kill(follower);
    let three = c.up();
    let (new_leader, _) = c.wait_leader(&three, Duration::from_secs(10));
    for i in 0..10 {
        let (key, value) = (format!("w/two-down/{i}"), format!("v{i}"));
        c.put(&[three[i % 3]], &key, &value);
        acked.push((key, value));
    }

    // Three down (a follower; the leader stays): no write is acknowledged.
    let third = three.iter().copied().find(|&i| i != new_leader).unwrap();
    c.kill(third);
    let two = c.up();
    let mut no_leader_statuses = Vec::new();
    for round in 0..2 {
        for &i in &two {
            let key = format!("w/refused/{round}/{i}");
            let mut command = common::etcd::etcdctl(&c.pki);
            command
                .args(["--endpoints", &c.endpoint(i)])
                .args(["--cacert", "ca.pem", "--cert", "client.pem"])
                .args(["--key", "client-key.pem"])
                .args(["--dial-timeout", "2s", "--command-timeout", "3s"])
                .args(["put", &key, "never"]);
            let run = run_bounded(command, None, ETCDCTL_TIMEOUT);
            if run.success() {
                let why = format!(
                    "put {key} through {} succeeded with three of five members down",
                    c.nodes[i].name
                );
                c.fail(&why);
            }
            if !is_unavailable(&run.stderr) {
                let why = format!(
                    "put {key} through {} failed, but not with a timeout or no-leader error:\n{}",
                    c.nodes[i].name,
                    run.describe()
                );
                c.fail(&why);
            }
            eprintln!(
                "put {key} through {} refused: {}",
                c.nodes[i].name,
                run.stderr.lines().last().unwrap_or("")
            );
        }
        if round == 0 {
            // Without a quorum the leader steps down (check quorum): nobody leads.
            let deadline = Instant::now() + 3 * ELECTION_TIMEOUT;
            loop {
                let statuses: Vec<Result<Value, String>> =
                    two.iter().map(|&i| c.status(i)).collect();
                let leaderless = statuses.iter().all(|s| {
                    s.as_ref()
                        .is_ok_and(|s| s["leader"].as_u64().unwrap_or(0) == 0)
                });
                if leaderless {
                    no_leader_statuses = statuses.into_iter().map(Result::unwrap).collect();
                    break;
                }
                if Instant::now() >= deadline {
                    let why = format!(
                        "the two survivors still report a leader 3 election timeouts after \
                         the third member died: {statuses:?}"
                    );
                    c.fail(&why);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
    // Serializable reads still answer, from each survivor's own copy.
    for &i in &two {
        let (kvs, _) = c.read_prefix(i, "w/", true);
        for (key, value) in &acked {
            ensure_eq!(
                c,
                kvs.get(key).map(|kv| &kv.0),
                Some(value),
                "{key} in {}'s own copy while the cluster has no quorum",
                c.nodes[i].name
            );
        }
    }

    // All back: every acknowledged write is on every member.
    for i in [leader, follower, third] {
        c.start(i);
    }
    c.wait_healthy(&all, BOOT_TIMEOUT);
    for i in all {
        let (kvs, _) = c.read_prefix(i, "w/", false);
        for (key, value) in &acked {
            if kvs.get(key).map(|kv| &kv.0) != Some(value) {
                let why = format!(
                    "acknowledged {key}={value} is {:?} on {} after the members came back",
                    kvs.get(key),
                    c.nodes[i].name
                );
                c.fail(&why);
            }
        }
    }
    c.put(&all, "w/all-back", "ok");

    // Checked last, as it matters less than the data: etcd's Status names the missing leader
    // in its errors (etcdctl's ERRORS column).
    for status in &no_leader_statuses {
        let errors = status["errors"].as_array().cloned().unwrap_or_default();
        if !errors.iter().any(|e| e == "etcdserver: no leader") {
            c.fail(&format!(
                "a member without a leader must list \"etcdserver: no leader\" in its Status \
                 errors, as etcd does; endpoint status -w json: {status}"
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 8. A member removed through its own endpoint
// ---------------------------------------------------------------------------------------------

/// `etcdctl --endpoints <A> member remove <A>`: etcd answers "Member … removed from cluster …"
/// and stops about a second later, exit 0. A member that stopped before answering would make
/// etcdctl fail ("transport is closing") after the removal happened.
#[test]
fn a_member_removed_through_its_own_endpoint_answers_before_it_stops_as_etcd_does() {
    use common::cluster::Implementation;
    for (implementation, port) in [
        (Implementation::Etcd35, 28080),
        (Implementation::Ctl, 28090),
    ] {
        let mut c = Cluster::with(implementation, "selfremove", 3, port, None);
        c.start_all();
        let mut members = vec![0, 1, 2];
        c.wait_healthy(&members, BOOT_TIMEOUT);
        c.put(&members, "before", "ok");
        // First a follower, then the leader, each through its own endpoint.
        for round in ["follower", "leader"] {
            // etcd refuses a removal ("unhealthy cluster") until the members that remain have
            // been connected for 5 s.
            std::thread::sleep(Duration::from_secs(6));
            let (leader, _) = c.wait_leader(&members, Duration::from_secs(10));
            let target = match round {
                "leader" => leader,
                _ => members.iter().copied().find(|&i| i != leader).unwrap(),
            };
            let ids = c.member_ids(&members);
            let id = ids[&c.nodes[target].name];
            let run = c.etcdctl(&[target], &["member", "remove", &format!("{id:x}")]);
            let answered = run.success()
                && words(&run.stdout).contains(&format!("Member {id:x} removed from cluster"));
            // etcd 3.5 itself sometimes stops before answering ("etcdserver: server stopped"; seen
            // in a full test run); the member list below still proves the removal. ctl must answer.
            let etcd_race = implementation == Implementation::Etcd35
                && run.stderr.contains("etcdserver: server stopped");
            if !answered && etcd_race {
                eprintln!(
                    "etcd 3.5 stopped before answering the {round}'s removal (its known race)"
                );
            }
            ensure!(
                c,
                answered || etcd_race,
                "member remove of the {round} {} through its own endpoint:\n{}",
                c.nodes[target].name,
                run.describe()
            );
            let child = c.nodes[target].child.take().unwrap();
            let exit = c.members.wait_exit(child, Duration::from_secs(10));
            ensure!(
                c,
                exit.is_some_and(|s| s.success()),
                "the removed {round} {} should stop with exit 0 soon after answering: {exit:?}",
                c.nodes[target].name
            );
            members.retain(|&i| i != target);
            c.wait_healthy(&members, Duration::from_secs(15));
            c.put(&members, &format!("after-{round}"), "ok");
            let (rows, text) = c.member_table(&members);
            ensure_eq!(c, rows.len(), members.len(), "member list:\n{text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 9. Linearizable reads through leader transfers
// ---------------------------------------------------------------------------------------------

/// A ReadIndex round out when the leader changes may never be answered. The member asks the new
/// leader at once, so no read waits out an election timeout (etcd counts a read that waits
/// 500 ms or more in etcd_server_slow_read_indexes_total).
#[test]
fn linearizable_reads_go_on_through_leader_transfers_without_waiting_out_an_election_timeout() {
    let mut c = Cluster::new("readmove", 3, 28100, None);
    c.start_all();
    let all = [0, 1, 2];
    c.wait_healthy(&all, BOOT_TIMEOUT);
    c.wait_leader(&all, Duration::from_secs(5));
    c.put(&all, "read/key", "v");

    // Eight readers per member, each timing its linearizable reads until told to stop.
    let rt = runtime();
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..24)
        .map(|r| {
            let channel = {
                let _guard = rt.enter();
                c.channel(r % 3)
            };
            let stop = stop.clone();
            rt.spawn(async move {
                let mut kv = KvClient::new(channel);
                let (mut reads, mut slowest, mut errors) = (0u64, Duration::ZERO, Vec::new());
                while !stop.load(Ordering::Relaxed) {
                    let started = Instant::now();
                    let request = ctl::server::proto::etcdserverpb::RangeRequest {
                        key: b"read/key".to_vec(),
                        ..Default::default()
                    };
                    match kv.range(request).await {
                        Ok(_) => reads += 1,
                        Err(e) => errors.push(e.message().to_string()),
                    }
                    slowest = slowest.max(started.elapsed());
                }
                (reads, slowest, errors)
            })
        })
        .collect();

    let ids = c.member_ids(&all);
    for _ in 0..4 {
        std::thread::sleep(Duration::from_millis(300));
        let (leader, _) = c.wait_leader(&all, Duration::from_secs(5));
        let target = (leader + 1) % 3;
        let target_id = format!("{:x}", ids[&c.nodes[target].name]);
        c.ok(&all, &["move-leader", &target_id]);
        let (now, _) = c.wait_leader(&all, Duration::from_secs(5));
        ensure_eq!(c, now, target, "leader after move-leader {target_id}");
    }
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::Relaxed);

    let results: Vec<(u64, Duration, Vec<String>)> = readers
        .into_iter()
        .map(|reader| rt.block_on(reader).unwrap())
        .collect();
    let reads: u64 = results.iter().map(|(n, _, _)| n).sum();
    let slowest = results.iter().map(|(_, s, _)| *s).max().unwrap();
    let errors: Vec<&String> = results.iter().flat_map(|(_, _, e)| e).collect();
    ensure!(c, errors.is_empty(), "reads failed: {errors:?}");
    ensure!(c, reads >= 100, "only {reads} reads in four transfers");
    // Waiting out a lost round takes a whole election timeout; asking the new leader at once
    // takes tens of milliseconds (the margin is for a loaded CI machine).
    ensure!(
        c,
        slowest < ELECTION_TIMEOUT * 4 / 5,
        "a read took {slowest:?} across the leader transfers ({reads} reads)"
    );
    c.check_alive();
}
