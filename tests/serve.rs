//! `ctl serve` as a process: durability across restarts and kill -9, TLS with client
//! certificates, systemd readiness and SIGTERM, the HTTP endpoints, the NOSPACE alarm, bad
//! requests over gRPC, and settings refused before start. Each member is a real process on its
//! own loopback address; clients are real etcdctl or tonic's gRPC client.

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::etcd::{describe, etcdctl, etcdctl_tls, Members};
use common::grpc::{lost, put_request, range_prefix, runtime};
use common::{ctl, run_ok};

use ctl::server::proto::etcdserverpb::kv_client::KvClient;
use ctl::server::proto::etcdserverpb::{request_op, RangeRequest, RequestOp, TxnRequest};

/// A `ctl serve` member that can be stopped and started again with the same flags.
struct Member {
    members: Members,
    current: usize,
    dir: PathBuf,
    flags: Vec<String>,
    client: String,
}

impl Member {
    /// A one-member cluster on `ip` (plain http unless `extra` says otherwise).
    fn new(dir: &Path, ip: &str, port: u16, scheme: &str, extra: &[&str]) -> Member {
        let client = format!("{scheme}://{ip}:{port}");
        let peer = format!("{scheme}://{ip}:{}", port + 1);
        let mut flags: Vec<String> = [
            "serve",
            "--name",
            "m1",
            "--listen-client-urls",
            &client,
            "--advertise-client-urls",
            &client,
            "--listen-peer-urls",
            &peer,
            "--initial-advertise-peer-urls",
            &peer,
            "--initial-cluster",
            &format!("m1={peer}"),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        flags.push("--data-dir".into());
        flags.push(dir.join("data").display().to_string());
        flags.extend(extra.iter().map(|s| s.to_string()));
        Member {
            members: Members::new(),
            current: 0,
            dir: dir.to_path_buf(),
            flags,
            client,
        }
    }

    fn start(&mut self) -> &mut Self {
        self.start_with(ctl())
    }

    fn start_with(&mut self, mut command: Command) -> &mut Self {
        let n = self.members.count();
        command.args(&self.flags).current_dir(&self.dir);
        self.members.spawn(
            "ctl serve",
            &mut command,
            self.dir.join(format!("member-{n}.log")),
        );
        self.current = n;
        self
    }

    fn authority(&self) -> &str {
        self.client.split("://").nth(1).unwrap()
    }

    /// Waits for /health to answer 200 (plain http members).
    fn wait_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok((200, _)) = http_get(self.authority(), "/health") {
                return;
            }
            if self.members.exited(self.current) || Instant::now() > deadline {
                panic!("member did not become healthy\n{}", self.members.logs());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn kill(&mut self) {
        self.members.kill(self.current);
    }

    fn signal(&self, signal: &str) {
        self.members.signal(self.current, signal);
    }

    fn etcdctl(&self, args: &[&str]) -> Command {
        let mut command = etcdctl(&self.dir);
        command
            .args(["--endpoints", &self.client])
            .args(["--dial-timeout", "2s", "--command-timeout", "5s"])
            .args(args);
        command
    }
}

/// A minimal HTTP/1.1 GET (status, body), enough for etcd's plain-text endpoints.
fn http_get(authority: &str, path: &str) -> std::io::Result<(u16, String)> {
    http_get_head(authority, path).map(|(status, response)| {
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    })
}

/// The status and the whole response, head included.
fn http_get_head(authority: &str, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(authority)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, response))
}

async fn connect(url: &str) -> KvClient<tonic::transport::Channel> {
    KvClient::connect(url.to_string())
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {url}: {e}"))
}

async fn get_all(
    client: &KvClient<tonic::transport::Channel>,
    prefix: &str,
) -> HashMap<String, i64> {
    range_prefix(client.clone(), prefix).await.expect("range")
}

#[test]
fn restart_keeps_every_key_and_kill_9_loses_no_acknowledged_put() {
    let dir = tempfile::tempdir().unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26101, "http", &[]);
    member.start().wait_healthy();
    let rt = runtime();
    let url = member.client.clone();

    // A clean stop (SIGTERM) and start keep every key and the revision.
    let (before, revision_before) = rt.block_on(async {
        let mut client = connect(&url).await;
        for i in 0..100 {
            client
                .put(put_request(&format!("calm/{i:03}"), b"v"))
                .await
                .unwrap();
        }
        let keys = get_all(&client, "calm/").await;
        let revision = client
            .range(RangeRequest {
                key: b"calm/000".to_vec(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner()
            .header
            .unwrap()
            .revision;
        (keys, revision)
    });
    assert_eq!(before.len(), 100);
    member.signal("TERM");
    let status = member
        .members
        .wait_exit(member.current, Duration::from_secs(10))
        .unwrap_or_else(|| panic!("no exit within 10 s of SIGTERM\n{}", member.members.logs()));
    assert!(
        status.success(),
        "SIGTERM exit: {status}\n{}",
        member.members.logs()
    );
    member.start().wait_healthy();
    let (after, revision_after) = rt.block_on(async {
        let mut client = connect(&url).await;
        let keys = get_all(&client, "calm/").await;
        let response = client
            .range(RangeRequest {
                key: b"calm/000".to_vec(),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner();
        (keys, response.header.unwrap().revision)
    });
    assert_eq!(after, before, "keys after a clean restart");
    assert_eq!(
        revision_after, revision_before,
        "revision after a clean restart"
    );

    // kill -9 in the middle of a stream of concurrent puts: every acknowledged put survives.
    let acknowledged: Arc<Mutex<Vec<(String, i64)>>> = Arc::default();
    let writers: Vec<_> = (0..16)
        .map(|w| {
            let url = url.clone();
            let acknowledged = acknowledged.clone();
            rt.spawn(async move {
                let mut client = connect(&url).await;
                for i in 0.. {
                    let key = format!("storm/{w:02}/{i:06}");
                    match client.put(put_request(&key, b"payload")).await {
                        Ok(response) => {
                            let revision = response.into_inner().header.unwrap().revision;
                            acknowledged.lock().unwrap().push((key, revision));
                        }
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    member.kill();
    rt.block_on(async {
        for writer in writers {
            let _ = tokio::time::timeout(Duration::from_secs(10), writer).await;
        }
    });
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 100,
        "only {} puts acknowledged before the kill; the test proves little\n{}",
        acknowledged.len(),
        member.members.logs()
    );
    member.start().wait_healthy();
    let stored = rt.block_on(async {
        let client = connect(&url).await;
        get_all(&client, "storm/").await
    });
    let lost = lost(&acknowledged, &stored);
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged puts lost or changed after kill -9, e.g. {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(5)]
    );
    // And the calm keys from before are still there.
    let calm = rt.block_on(async {
        let client = connect(&url).await;
        get_all(&client, "calm/").await
    });
    assert_eq!(calm, before);
}

#[test]
fn bad_requests_get_etcds_errors_and_the_member_keeps_serving() {
    let dir = tempfile::tempdir().unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26111, "http", &[]);
    member.start().wait_healthy();
    let rt = runtime();
    rt.block_on(async {
        let mut client = connect(&member.client).await;
        let expect = |result: Result<tonic::Response<_>, tonic::Status>, code, message: &str| {
            let status = match result {
                Ok(_) => panic!("expected {message}, got success"),
                Err(status) => status,
            };
            assert_eq!(status.code(), code, "{status:?}");
            assert_eq!(status.message(), message);
        };
        expect(
            client
                .put(put_request("", b"v"))
                .await
                .map(|_| tonic::Response::new(())),
            tonic::Code::InvalidArgument,
            "etcdserver: key is not provided",
        );
        let big = vec![b'x'; 1_600_000];
        expect(
            client
                .put(put_request("big", &big))
                .await
                .map(|_| tonic::Response::new(())),
            tonic::Code::InvalidArgument,
            "etcdserver: request is too large",
        );
        let ops: Vec<RequestOp> = (0..129)
            .map(|i| RequestOp {
                request: Some(request_op::Request::RequestPut(put_request(
                    &format!("k{i}"),
                    b"v",
                ))),
            })
            .collect();
        expect(
            client
                .txn(TxnRequest {
                    success: ops,
                    ..Default::default()
                })
                .await
                .map(|_| tonic::Response::new(())),
            tonic::Code::InvalidArgument,
            "etcdserver: too many operations in txn request",
        );
        let mut leased = put_request("leased", b"v");
        leased.lease = 0x1234;
        expect(
            client.put(leased).await.map(|_| tonic::Response::new(())),
            tonic::Code::NotFound,
            "etcdserver: requested lease not found",
        );
        expect(
            client
                .range(RangeRequest {
                    key: b"a".to_vec(),
                    revision: 1_000_000,
                    ..Default::default()
                })
                .await
                .map(|_| tonic::Response::new(())),
            tonic::Code::OutOfRange,
            "etcdserver: mvcc: required revision is a future revision",
        );
        // Nothing above changed the store, and it still serves.
        let response = client
            .put(put_request("fine", b"yes"))
            .await
            .expect("put after errors");
        assert_eq!(response.into_inner().header.unwrap().revision, 2);
    });
    member.members.kill(0);
}

#[test]
fn tls_requires_a_client_certificate_from_the_trusted_ca() {
    let dir = tempfile::tempdir().unwrap();
    let pki = dir.path().join("pki");
    let other = dir.path().join("other");
    let pki_s = pki.display().to_string();
    run_ok(ctl().args(["pki", "init", "--dir", &pki_s, "--hosts", "127.0.0.3"]));
    run_ok(ctl().args([
        "pki",
        "init",
        "--dir",
        &other.display().to_string(),
        "--hosts",
        "127.0.0.3",
    ]));
    let file = |name: &str| pki.join(name).display().to_string();
    let mut member = Member::new(
        dir.path(),
        "127.0.0.3",
        26121,
        "https",
        &[
            "--cert-file",
            &file("server.pem"),
            "--key-file",
            &file("server-key.pem"),
            "--trusted-ca-file",
            &file("ca.pem"),
            "--client-cert-auth",
            "--peer-cert-file",
            &file("peer.pem"),
            "--peer-key-file",
            &file("peer-key.pem"),
            "--peer-trusted-ca-file",
            &file("ca.pem"),
            "--peer-client-cert-auth",
        ],
    );
    member.start();
    let endpoint = member.client.clone();
    common::etcd::wait_healthy(
        &mut member.members,
        &pki,
        &endpoint,
        Duration::from_secs(15),
    );

    let out = run_ok(etcdctl_tls(&pki, &endpoint).args(["put", "secure", "yes"]));
    assert_eq!(out.trim(), "OK");
    let out = run_ok(etcdctl_tls(&pki, &endpoint).args(["get", "secure", "--print-value-only"]));
    assert_eq!(out.trim(), "yes");

    // No client certificate: refused, and the member log says why.
    let refused = etcdctl(&pki)
        .args(["--endpoints", &endpoint, "--cacert", "ca.pem"])
        .args([
            "--dial-timeout",
            "1s",
            "--command-timeout",
            "2s",
            "get",
            "secure",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success(), "{}", describe(&refused));
    // A client certificate from another CA: refused as well.
    let foreign = etcdctl(&pki)
        .args(["--endpoints", &endpoint, "--cacert", "ca.pem"])
        .arg("--cert")
        .arg(other.join("client.pem"))
        .arg("--key")
        .arg(other.join("client-key.pem"))
        .args([
            "--dial-timeout",
            "1s",
            "--command-timeout",
            "2s",
            "get",
            "secure",
        ])
        .output()
        .unwrap();
    assert!(!foreign.status.success(), "{}", describe(&foreign));
    let log = std::fs::read_to_string(member.members.log_path(0)).unwrap();
    assert!(
        log.contains("peer sent no certificates"),
        "member log lacks the refusal:\n{log}"
    );
    assert!(
        log.contains("invalid peer certificate"),
        "member log lacks the foreign-CA refusal:\n{log}"
    );
}

#[test]
fn systemd_readiness_and_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let socket_path = dir.path().join("notify.sock");
    let socket = std::os::unix::net::UnixDatagram::bind(&socket_path).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26131, "http", &[]);
    let mut command = ctl();
    command.env("NOTIFY_SOCKET", &socket_path);
    member.start_with(command);
    let mut buffer = [0u8; 512];
    let n = socket
        .recv(&mut buffer)
        .unwrap_or_else(|e| panic!("no sd_notify message: {e}\n{}", member.members.logs()));
    let message = String::from_utf8_lossy(&buffer[..n]).to_string();
    assert!(message.contains("READY=1"), "{message}");
    // Ready means serving.
    let (status, body) = http_get(member.authority(), "/health").unwrap();
    assert_eq!(
        (status, body.as_str()),
        (200, r#"{"health":"true","reason":""}"#)
    );

    member.signal("TERM");
    let n = socket.recv(&mut buffer).expect("STOPPING=1 after SIGTERM");
    assert!(String::from_utf8_lossy(&buffer[..n]).contains("STOPPING=1"));
    let status = member
        .members
        .wait_exit(0, Duration::from_secs(10))
        .expect("exits after SIGTERM");
    assert!(status.success(), "{status}\n{}", member.members.logs());
}

#[test]
fn http_endpoints_answer_like_etcds() {
    let dir = tempfile::tempdir().unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26141, "http", &[]);
    member.start().wait_healthy();
    let at = member.authority().to_string();
    let (status, body) = http_get(&at, "/version").unwrap();
    assert_eq!(status, 200);
    let version: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(version["etcdcluster"], "3.5.0");
    // The etcd API level, so version-gated clients accept ctl, and no field etcd lacks
    // (etcd3-py refuses one); ctl's own version is in a header.
    assert!(
        version["etcdserver"].as_str().unwrap().starts_with("3.5."),
        "{version}"
    );
    assert_eq!(version.as_object().unwrap().len(), 2, "{version}");
    let (_, head) = http_get_head(&at, "/version").unwrap();
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("x-ctl-version: {}", env!("CARGO_PKG_VERSION"))),
        "{head}"
    );
    assert_eq!(http_get(&at, "/livez").unwrap().0, 200);
    assert_eq!(http_get(&at, "/readyz").unwrap().0, 200);
    run_ok(&mut member.etcdctl(&["put", "k", "v"]));
    let (status, metrics) = http_get(&at, "/metrics").unwrap();
    assert_eq!(status, 200);
    for line in [
        "etcd_server_has_leader 1",
        "etcd_server_is_leader 1",
        "# TYPE etcd_disk_wal_fsync_duration_seconds histogram",
        "# TYPE etcd_mvcc_db_total_size_in_bytes gauge",
        "etcd_debugging_mvcc_current_revision 2",
    ] {
        assert!(
            metrics.contains(line),
            "/metrics lacks {line:?}:\n{metrics}"
        );
    }
    let committed: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("etcd_server_proposals_committed_total "))
        .and_then(|v| v.parse().ok())
        .expect("proposals committed");
    assert!(committed >= 2, "{committed}");
}

#[test]
fn quota_raises_nospace_until_space_is_freed_and_the_alarm_disarmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut member = Member::new(
        dir.path(),
        "127.0.0.3",
        26151,
        "http",
        &["--quota-backend-bytes", "2097152"],
    );
    member.start().wait_healthy();
    let value = "x".repeat(100_000);
    let mut refused = None;
    for i in 0..60 {
        let out = member
            .etcdctl(&["put", &format!("big/{i}"), &value])
            .output()
            .unwrap();
        if !out.status.success() {
            refused = Some(out);
            break;
        }
    }
    let refused = refused.expect("a 2 MiB quota refuses 6 MB of puts");
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("etcdserver: mvcc: database space exceeded"),
        "{}",
        describe(&refused)
    );
    let alarms = run_ok(&mut member.etcdctl(&["alarm", "list"]));
    assert!(alarms.contains("alarm:NOSPACE"), "{alarms}");
    let (status, body) = http_get(member.authority(), "/health").unwrap();
    assert_eq!(status, 503);
    assert!(body.contains("ALARM NOSPACE"), "{body}");
    // Small writes are refused too while the alarm is on.
    let small = member.etcdctl(&["put", "small", "v"]).output().unwrap();
    assert!(!small.status.success());

    // Free the space, defragment, disarm: writes work again.
    run_ok(&mut member.etcdctl(&["del", "big/", "--prefix"]));
    let revision = serde_json::from_str::<serde_json::Value>(&run_ok(
        &mut member.etcdctl(&["get", "small", "-w", "json"]),
    ))
    .unwrap()["header"]["revision"]
        .as_i64()
        .unwrap();
    run_ok(&mut member.etcdctl(&["compact", &revision.to_string(), "--physical"]));
    run_ok(&mut member.etcdctl(&["defrag"]));
    run_ok(&mut member.etcdctl(&["alarm", "disarm"]));
    let out = run_ok(&mut member.etcdctl(&["put", "small", "v"]));
    assert_eq!(out.trim(), "OK");
    assert_eq!(http_get(member.authority(), "/health").unwrap().0, 200);
}

#[test]
fn settings_and_data_dirs_that_cannot_work_are_refused_before_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26161, "http", &[]);
    member.start().wait_healthy();

    // The client port is taken by the running member.
    let second = dir.path().join("second");
    std::fs::create_dir_all(&second).unwrap();
    let out = ctl()
        .args(["serve", "--name", "m2", "--data-dir"])
        .arg(second.join("data"))
        .args(["--listen-client-urls", "http://127.0.0.3:26161"])
        .args(["--advertise-client-urls", "http://127.0.0.3:26161"])
        .args(["--listen-peer-urls", "http://127.0.0.3:26163"])
        .args(["--initial-advertise-peer-urls", "http://127.0.0.3:26163"])
        .args(["--initial-cluster", "m2=http://127.0.0.3:26163"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("error: cannot listen on 127.0.0.3:26161")
            && stderr.contains("hint: another process listens on 127.0.0.3:26161"),
        "{stderr}"
    );
    member.signal("TERM");
    member.members.wait_exit(0, Duration::from_secs(10));

    // The same data dir under another cluster token is another cluster's data.
    let mut flags = member.flags.clone();
    flags.extend(["--initial-cluster-token".to_string(), "another".to_string()]);
    let out = ctl().args(&flags).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("error: cluster ID mismatch"), "{stderr}");
    assert!(
        stderr.contains("hint: use the --initial-cluster and --initial-cluster-token"),
        "{stderr}"
    );

    // An unknown flag or an impossible setting: one error line and a hint, nothing started.
    let out = ctl()
        .args([
            "serve",
            "--heartbeat-interval",
            "500",
            "--election-timeout",
            "1000",
        ])
        .arg("--data-dir")
        .arg(dir.path().join("never"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    assert!(!dir.path().join("never").exists(), "nothing may be created");
}

/// A tmpfs mounted for the life of the guard (the disk-full test runs as root, as CI does).
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Tmpfs {
        assert!(
            unsafe { libc::geteuid() } == 0,
            "the disk-full test mounts a small tmpfs and needs root: run scripts/test as root, as CI does"
        );
        std::fs::create_dir_all(dir).unwrap();
        run_ok(
            Command::new("mount")
                .args([
                    "-t",
                    "tmpfs",
                    "-o",
                    &format!("size={size},mode=0700"),
                    "tmpfs",
                ])
                .arg(dir),
        );
        Tmpfs {
            dir: dir.to_path_buf(),
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

#[test]
fn a_full_disk_stops_the_member_with_a_hint_and_a_restart_after_freeing_space_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let _fs = Tmpfs::mount(&data, "48m");
    // Ballast to delete later, as an operator frees space.
    let ballast = data.join("ballast");
    std::fs::write(&ballast, vec![7u8; 16 * 1024 * 1024]).unwrap();
    let mut member = Member::new(dir.path(), "127.0.0.3", 26171, "http", &[]);
    member.start().wait_healthy();
    let rt = runtime();
    let url = member.client.clone();
    let acknowledged: Arc<Mutex<Vec<(String, i64)>>> = Arc::default();
    let value = vec![b'x'; 4096];
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let (url, acknowledged, value) = (url.clone(), acknowledged.clone(), value.clone());
            rt.spawn(async move {
                let mut client = connect(&url).await;
                for i in 0.. {
                    let key = format!("fill/{w}/{i:06}");
                    match client.put(put_request(&key, &value)).await {
                        Ok(response) => {
                            let revision = response.into_inner().header.unwrap().revision;
                            acknowledged.lock().unwrap().push((key, revision));
                        }
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    let status = member
        .members
        .wait_exit(member.current, Duration::from_secs(120))
        .unwrap_or_else(|| {
            panic!(
                "the member still runs with its disk full\n{}",
                member.members.logs()
            )
        });
    rt.block_on(async {
        for writer in writers {
            let _ = tokio::time::timeout(Duration::from_secs(10), writer).await;
        }
    });
    let log = std::fs::read_to_string(member.members.log_path(member.current)).unwrap();
    assert_eq!(
        status.code(),
        Some(1),
        "exit status with a full disk\n{log}"
    );
    let error = log
        .lines()
        .find(|l| l.starts_with("error: "))
        .unwrap_or_else(|| panic!("no error line\n{log}"));
    assert!(
        error.contains("No space left on device") && error.contains(&data.display().to_string()),
        "the error should say the disk is full and where: {error}"
    );
    let hint = log
        .lines()
        .find(|l| l.starts_with("hint: "))
        .unwrap_or_else(|| panic!("no hint line\n{log}"));
    assert!(
        hint.contains("free space") && hint.contains(&data.display().to_string()),
        "{hint}"
    );
    assert!(!log.contains("panicked"), "{log}");
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 500,
        "only {} puts acknowledged before the disk filled; the test proves little\n{log}",
        acknowledged.len()
    );

    // Free space and start again: every acknowledged put is there, and writes work.
    std::fs::remove_file(&ballast).unwrap();
    member.start().wait_healthy();
    let stored = rt.block_on(async {
        let mut client = connect(&url).await;
        client.put(put_request("after/free", b"ok")).await.unwrap();
        let response = client
            .range(RangeRequest {
                key: b"fill/".to_vec(),
                range_end: b"fill0".to_vec(),
                keys_only: true,
                ..Default::default()
            })
            .await
            .unwrap()
            .into_inner();
        response
            .kvs
            .into_iter()
            .map(|kv| (String::from_utf8(kv.key).unwrap(), kv.mod_revision))
            .collect::<HashMap<_, _>>()
    });
    let lost = lost(&acknowledged, &stored);
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged puts lost after the disk filled, e.g. {:?}",
        lost.len(),
        acknowledged.len(),
        &lost[..lost.len().min(5)]
    );
    eprintln!(
        "{} puts acknowledged before the disk filled; all there after a restart",
        acknowledged.len()
    );
}
