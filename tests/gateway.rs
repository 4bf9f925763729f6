//! The HTTP/JSON gateway against real etcd 3.5: the same requests, in the same order, to a
//! fresh etcd 3.5 member and a fresh ctl member; the answers must agree (HTTP status and the
//! whole JSON document, with member ids, cluster ids, URLs, tokens and sizes put aside). Both
//! members do the same writes, so revisions are compared as they are.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::serve::{Server, Side};
use serde_json::{json, Value};

/// What a step's answer is compared by.
#[derive(Clone, Copy, PartialEq)]
enum Compare {
    /// Status and the whole body.
    Everything,
    /// Status and the gRPC code only (the message is Go's or serde's own words for bad JSON).
    StatusAndCode,
    /// Status only (bodies that are not JSON).
    Status,
}

struct Gateway {
    client: reqwest::Client,
    sides: [Side; 2],
    /// Per side: a value as it appears there → the placeholder both sides share.
    aliases: [BTreeMap<String, String>; 2],
}

const ETCD: usize = 0;
const CTL: usize = 1;

/// One HTTP answer: status and body.
struct Answer {
    status: u16,
    body: String,
}

impl Gateway {
    fn start(dir: &std::path::Path) -> Gateway {
        let etcd = Side::start(
            Server::Etcd35,
            &dir.join("etcd"),
            "127.0.0.1",
            31_010,
            31_020,
        );
        let ctl = Side::start(Server::Ctl, &dir.join("ctl"), "127.0.0.2", 31_030, 31_040);
        let mut gateway = Gateway {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap(),
            sides: [etcd, ctl],
            aliases: Default::default(),
        };
        for side in &mut gateway.sides {
            side.wait_ready(Duration::from_secs(30));
        }
        for i in [ETCD, CTL] {
            let side = &gateway.sides[i];
            let (client, peer) = (side.client_url.clone(), side.peer_url.clone());
            gateway.alias(i, &client, "<client-url>");
            gateway.alias(i, &peer, "<peer-url>");
        }
        gateway
    }

    fn alias(&mut self, i: usize, value: &str, placeholder: &str) {
        self.aliases[i].insert(value.to_string(), placeholder.to_string());
    }

    /// POSTs `body` to side `i`, with `token` in the Authorization header if given.
    async fn send(
        &self,
        i: usize,
        path: &str,
        body: &str,
        token: Option<&str>,
    ) -> reqwest::Response {
        let url = format!("{}{path}", self.sides[i].client_url);
        let mut request = self.client.post(&url).body(body.to_string());
        if let Some(token) = token {
            request = request.header("Authorization", token);
        }
        request
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {url}: {e}"))
    }

    async fn post(&self, i: usize, path: &str, body: &str, token: Option<&str>) -> Answer {
        let response = self.send(i, path, body, token).await;
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        Answer { status, body }
    }

    /// The same request to both, without credentials; their answers must agree entirely.
    async fn same(&mut self, path: &str, body: Value) -> [Value; 2] {
        self.check(path, body, Compare::Everything, &[], NONE).await
    }

    /// The same request to both; their answers must agree as `compare` says. Returns both
    /// answers' JSON (Null where not JSON).
    async fn check(
        &mut self,
        path: &str,
        body: Value,
        compare: Compare,
        masked: &[&str],
        tokens: [Option<&str>; 2],
    ) -> [Value; 2] {
        let text = body.to_string();
        self.check_raw(path, &text, compare, masked, tokens).await
    }

    async fn check_raw(
        &mut self,
        path: &str,
        body: &str,
        compare: Compare,
        masked: &[&str],
        tokens: [Option<&str>; 2],
    ) -> [Value; 2] {
        let answers = [
            self.post(ETCD, path, body, tokens[ETCD]).await,
            self.post(CTL, path, body, tokens[CTL]).await,
        ];
        let json = answers
            .each_ref()
            .map(|a| serde_json::from_str::<Value>(&a.body).unwrap_or(Value::Null));
        self.learn_ids(&json);
        let normalized: Vec<Value> = [ETCD, CTL]
            .iter()
            .map(|&i| self.normalize(i, &json[i], masked))
            .collect();
        let agree = answers[ETCD].status == answers[CTL].status
            && match compare {
                Compare::Everything => normalized[ETCD] == normalized[CTL],
                Compare::StatusAndCode => normalized[ETCD]["code"] == normalized[CTL]["code"],
                Compare::Status => true,
            };
        if !agree {
            panic!(
                "POST {path} {body}: ctl's answer differs from etcd 3.5's\n\
                 etcd: {} {}\nctl:  {} {}\n(normalized)\netcd: {}\nctl:  {}\n{}",
                answers[ETCD].status,
                answers[ETCD].body,
                answers[CTL].status,
                answers[CTL].body,
                normalized[ETCD],
                normalized[CTL],
                self.sides[CTL].members.logs()
            );
        }
        json
    }

    /// Member and cluster ids differ by nature: each side's become shared placeholders.
    fn learn_ids(&mut self, json: &[Value; 2]) {
        for i in [ETCD, CTL] {
            if let Some(header) = json[i].get("header") {
                for (field, placeholder) in [("member_id", "<member>"), ("cluster_id", "<cluster>")]
                {
                    if let Some(id) = header.get(field).and_then(Value::as_str) {
                        self.alias(i, id, placeholder);
                    }
                }
            }
        }
    }

    fn normalize(&self, i: usize, value: &Value, masked: &[&str]) -> Value {
        match value {
            Value::String(s) => Value::String(self.aliases[i].get(s).cloned().unwrap_or(s.clone())),
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.normalize(i, v, masked)).collect())
            }
            Value::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| {
                        let v = if masked.contains(&k.as_str()) {
                            Value::String("<masked>".into())
                        } else {
                            self.normalize(i, v, masked)
                        };
                        (k.clone(), v)
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// Reads a streamed answer from side `i` until `lines` JSON lines arrived or the stream
    /// ended; the status and those lines.
    async fn stream(
        &self,
        i: usize,
        path: &str,
        body: &str,
        lines: usize,
        token: Option<&str>,
    ) -> (u16, Vec<Value>) {
        let url = format!("{}{path}", self.sides[i].client_url);
        let mut response = self.send(i, path, body, token).await;
        let status = response.status().as_u16();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut text = String::new();
        // Whole lines only: a line ends with its newline.
        while text.matches('\n').count() < lines {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, response.chunk()).await {
                Ok(Ok(Some(chunk))) => text.push_str(&String::from_utf8_lossy(&chunk)),
                Ok(Ok(None)) => break,
                Ok(Err(e)) => panic!("reading {url}: {e}"),
                Err(_) => panic!("{url}: only {:?} after 10 s", common::serve::cut(&text)),
            }
        }
        let values = text
            .lines()
            .take(lines)
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{url}: line {l:?}: {e}")))
            .collect();
        (status, values)
    }

    /// The same streamed request to both; the first `lines` lines must agree.
    async fn check_stream(
        &mut self,
        path: &str,
        body: &str,
        lines: usize,
        masked: &[&str],
        tokens: [Option<&str>; 2],
    ) -> [Vec<Value>; 2] {
        let etcd = self.stream(ETCD, path, body, lines, tokens[ETCD]).await;
        let ctl = self.stream(CTL, path, body, lines, tokens[CTL]).await;
        let normalize = |i: usize, values: &[Value]| -> Vec<Value> {
            values
                .iter()
                .map(|v| self.normalize(i, v, masked))
                .collect()
        };
        let (e, c) = (normalize(ETCD, &etcd.1), normalize(CTL, &ctl.1));
        if etcd.0 != ctl.0 || e != c {
            panic!(
                "POST {path} {body} (streamed): ctl's answer differs from etcd 3.5's\netcd: {} {:#?}\nctl:  {} {:#?}",
                etcd.0, e, ctl.0, c
            );
        }
        [etcd.1, ctl.1]
    }
}

fn b64(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}

const NONE: [Option<&str>; 2] = [None, None];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_json_gateway_answers_as_etcd_35s_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut g = Gateway::start(dir.path());
    let all = Compare::Everything;
    let (foo, bar) = (b64("foo"), b64("bar"));

    // Key-value calls, under every prefix etcd 3.5 serves.
    g.same("/v3/kv/put", json!({"key": foo, "value": bar}))
        .await;
    g.same(
        "/v3beta/kv/put",
        json!({"key": foo, "value": b64("baz"), "prev_kv": true}),
    )
    .await;
    for (k, v) in [("foo/a", "1"), ("foo/b", "2"), ("fop", "3")] {
        g.same("/v3/kv/put", json!({"key": b64(k), "value": b64(v)}))
            .await;
    }
    g.same("/v3/kv/range", json!({"key": foo})).await;
    g.same(
        "/v3/kv/range",
        json!({"key": foo, "range_end": b64("fop"), "limit": 2}),
    )
    .await;
    g.same(
        "/v3/kv/range",
        json!({"key": foo, "range_end": b64("fop"), "count_only": true, "serializable": true}),
    )
    .await;
    g.same("/v3/kv/range", json!({"key": b64("\0"), "range_end": b64("\0"), "keys_only": true, "sort_order": "DESCEND", "sort_target": "KEY"})).await;
    g.same("/v3/kv/range", json!({"key": foo, "revision": "2"}))
        .await;
    // Numbers and strings alike, and fields etcd does not know are ignored.
    g.same(
        "/v3/kv/range",
        json!({"key": foo, "revision": 2, "bogus": true}),
    )
    .await;
    g.same(
        "/v3/kv/deleterange",
        json!({"key": b64("foo/a"), "prev_kv": true}),
    )
    .await;
    g.same("/v3/kv/txn", json!({
            "compare": [{"target": "CREATE", "result": "EQUAL", "key": foo, "create_revision": "2"}],
            "success": [
                {"request_range": {"key": foo}},
                {"request_put": {"key": b64("txn"), "value": bar, "prev_kv": true}},
                {"request_txn": {"success": [{"request_delete_range": {"key": b64("fop")}}]}}
            ],
            "failure": [{"request_put": {"key": foo, "value": b64("no")}}]
        }))
    .await;
    g.same("/v3/kv/txn", json!({
            "compare": [{"target": "VALUE", "result": "NOT_EQUAL", "key": foo, "value": b64("baz")}],
            "success": [{"request_put": {"key": foo, "value": b64("no")}}],
            "failure": [{"request_range": {"key": foo}}]
        }))
    .await;
    g.same("/v3/kv/compaction", json!({"revision": "3"})).await;
    g.same("/v3/kv/range", json!({"key": foo, "revision": "2"}))
        .await;

    // Errors: etcd's message, gRPC code and the HTTP status grpc-gateway maps it to.
    g.same("/v3/kv/range", json!({})).await;
    g.same("/v3/kv/put", json!({"value": bar})).await;
    g.same("/v3/kv/compaction", json!({"revision": "1000"}))
        .await;
    g.same("/v3/kv/range", json!({"key": foo, "revision": "1000"}))
        .await;
    g.check_raw("/v3/kv/range", "", all, &[], NONE).await;
    g.check_raw(
        "/v3/kv/range",
        "{not json",
        Compare::StatusAndCode,
        &[],
        NONE,
    )
    .await;
    g.check_raw(
        "/v3/kv/range",
        r#"{"key": "not base64!"}"#,
        Compare::StatusAndCode,
        &[],
        NONE,
    )
    .await;
    g.check_raw("/v3/kv/nothing", "{}", Compare::Status, &[], NONE)
        .await;

    // Leases, with ids chosen by the client so both sides hold the same ones.
    g.same("/v3/lease/grant", json!({"ID": "4096", "TTL": "60"}))
        .await;
    g.same("/v3/lease/grant", json!({"ID": 4096, "TTL": 60}))
        .await;
    g.same("/v3/lease/grant", json!({"ID": 8192, "TTL": 600}))
        .await;
    g.same(
        "/v3/kv/put",
        json!({"key": b64("leased"), "value": bar, "lease": "4096"}),
    )
    .await;
    g.check(
        "/v3/lease/timetolive",
        json!({"ID": "4096", "keys": true}),
        all,
        &["TTL"],
        NONE,
    )
    .await;
    g.same("/v3/kv/lease/timetolive", json!({"ID": "77"})).await;
    g.same("/v3/lease/leases", json!({})).await;
    g.same("/v3/kv/lease/leases", json!({})).await;
    let keepalive = r#"{"ID":"4096"} {"ID":"8192"}
{"ID":"77"}"#;
    g.check_stream("/v3/lease/keepalive", keepalive, 3, &[], NONE)
        .await;
    g.same("/v3/lease/revoke", json!({"ID": "4096"})).await;
    g.same("/v3/kv/lease/revoke", json!({"ID": "4096"})).await;
    g.same("/v3/kv/range", json!({"key": b64("leased")})).await;

    // Watch: history from a revision, then live events, one {"result":…} per line.
    let watch = json!({"create_request": {"key": foo, "range_end": b64("fop"), "start_revision": "3", "prev_kv": true}}).to_string();
    // Both watches are open when the put lands.
    let etcd_watch = spawn_watch(g.sides[ETCD].client_url.clone(), watch.clone());
    let ctl_watch = spawn_watch(g.sides[CTL].client_url.clone(), watch.clone());
    tokio::time::sleep(Duration::from_millis(500)).await;
    g.same("/v3/kv/put", json!({"key": b64("foo/live"), "value": bar}))
        .await;
    let lines = [etcd_watch.await.unwrap(), ctl_watch.await.unwrap()];
    let normalized: Vec<Vec<Value>> = [ETCD, CTL]
        .iter()
        .map(|&i| lines[i].iter().map(|v| g.normalize(i, v, &[])).collect())
        .collect();
    assert_eq!(
        flatten_events(&normalized[ETCD]),
        flatten_events(&normalized[CTL]),
        "watch events differ\netcd: {:#?}\nctl: {:#?}",
        normalized[ETCD],
        normalized[CTL]
    );
    assert_eq!(
        normalized[ETCD][0], normalized[CTL][0],
        "the created response differs"
    );

    // Cluster and maintenance.
    g.same("/v3/cluster/member/list", json!({})).await;
    g.check(
        "/v3/maintenance/status",
        json!({}),
        all,
        &[
            "version",
            "dbSize",
            "dbSizeInUse",
            "raftIndex",
            "raftAppliedIndex",
        ],
        NONE,
    )
    .await;
    g.same("/v3/maintenance/alarm", json!({"action": "GET"}))
        .await;
    g.same("/v3/maintenance/defragment", json!({})).await;
    g.check("/v3/maintenance/hash", json!({}), all, &["hash"], NONE)
        .await;
    let member_ids: Vec<String> = [ETCD, CTL]
        .iter()
        .map(|&i| {
            g.aliases[i]
                .iter()
                .find(|(_, p)| *p == "<member>")
                .map(|(id, _)| id.clone())
                .unwrap()
        })
        .collect();
    // Leadership to the member that leads: done at once, and no header, as etcd answers.
    let move_to_self = |i: usize| json!({"targetID": member_ids[i]}).to_string();
    let answers = [
        g.post(
            ETCD,
            "/v3/maintenance/transfer-leadership",
            &move_to_self(ETCD),
            None,
        )
        .await,
        g.post(
            CTL,
            "/v3/maintenance/transfer-leadership",
            &move_to_self(CTL),
            None,
        )
        .await,
    ];
    assert_eq!(
        (answers[ETCD].status, answers[ETCD].body.as_str()),
        (answers[CTL].status, answers[CTL].body.as_str())
    );
    // Membership changes: a learner that never starts is added, updated, refused promotion
    // (not in sync) and removed. Its id and the member lists (ordered by id) differ by nature;
    // headers and the added member must agree.
    let added = g
        .check(
            "/v3/cluster/member/add",
            json!({"peerURLs": ["http://127.0.0.9:1"], "isLearner": true}),
            all,
            &["ID", "members"],
            NONE,
        )
        .await;
    let learner = |i: usize| added[i]["member"]["ID"].as_str().unwrap().to_string();
    let (etcd_learner, ctl_learner) = (learner(ETCD), learner(CTL));
    g.alias(ETCD, &etcd_learner, "<learner>");
    g.alias(CTL, &ctl_learner, "<learner>");
    for (path, body) in [
        (
            "/v3/cluster/member/update",
            json!({"ID": "<learner>", "peerURLs": ["http://127.0.0.9:2"]}),
        ),
        ("/v3/cluster/member/promote", json!({"ID": "<learner>"})),
        ("/v3/cluster/member/remove", json!({"ID": "<learner>"})),
    ] {
        let bodies =
            [&etcd_learner, &ctl_learner].map(|id| body.to_string().replace("<learner>", id));
        let answers = [
            g.post(ETCD, path, &bodies[ETCD], None).await,
            g.post(CTL, path, &bodies[CTL], None).await,
        ];
        let json = answers
            .each_ref()
            .map(|a| serde_json::from_str::<Value>(&a.body).unwrap_or(Value::Null));
        let normalized = [ETCD, CTL].map(|i| g.normalize(i, &json[i], &["members"]));
        assert!(
            answers[ETCD].status == answers[CTL].status && normalized[ETCD] == normalized[CTL],
            "POST {path}: ctl's answer differs from etcd 3.5's\netcd: {} {}\nctl:  {} {}",
            answers[ETCD].status,
            answers[ETCD].body,
            answers[CTL].status,
            answers[CTL].body
        );
    }

    // Alarms: a raised NOSPACE shows in the alarm list and in Status's errors, refuses puts,
    // and clears.
    let alarm = |i: usize, action: &str| {
        json!({"action": action, "memberID": member_ids[i], "alarm": "NOSPACE"}).to_string()
    };
    for action in ["ACTIVATE", "GET"] {
        let answers = [
            g.post(ETCD, "/v3/maintenance/alarm", &alarm(ETCD, action), None)
                .await,
            g.post(CTL, "/v3/maintenance/alarm", &alarm(CTL, action), None)
                .await,
        ];
        let json = answers
            .each_ref()
            .map(|a| serde_json::from_str::<Value>(&a.body).unwrap());
        let normalized = [ETCD, CTL].map(|i| g.normalize(i, &json[i], &[]));
        assert_eq!(normalized[ETCD], normalized[CTL], "alarm {action}");
        assert_eq!(
            normalized[CTL]["alarms"][0]["alarm"], "NOSPACE",
            "alarm {action}"
        );
    }
    let status = g
        .check(
            "/v3/maintenance/status",
            json!({}),
            all,
            &[
                "version",
                "dbSize",
                "dbSizeInUse",
                "raftIndex",
                "raftAppliedIndex",
                "errors",
            ],
            NONE,
        )
        .await;
    for i in [ETCD, CTL] {
        let errors = status[i]["errors"]
            .to_string()
            .replace(&member_ids[i], "<member>");
        assert_eq!(
            errors, r#"["memberID:<member> alarm:NOSPACE "]"#,
            "side {i}"
        );
    }
    g.same("/v3/kv/put", json!({"key": b64("full"), "value": b64("v")}))
        .await;
    let cleared = [
        g.post(
            ETCD,
            "/v3/maintenance/alarm",
            &alarm(ETCD, "DEACTIVATE"),
            None,
        )
        .await,
        g.post(
            CTL,
            "/v3/maintenance/alarm",
            &alarm(CTL, "DEACTIVATE"),
            None,
        )
        .await,
    ];
    let json = cleared
        .each_ref()
        .map(|a| serde_json::from_str::<Value>(&a.body).unwrap());
    assert_eq!(
        g.normalize(ETCD, &json[ETCD], &[]),
        g.normalize(CTL, &json[CTL], &[]),
        "alarm DEACTIVATE"
    );
    g.same("/v3/maintenance/alarm", json!({"action": "GET"}))
        .await;
    g.same("/v3/kv/put", json!({"key": b64("full"), "value": b64("v")}))
        .await;

    let (status, blob) = g
        .stream(CTL, "/v3/maintenance/snapshot", "{}", 1, None)
        .await;
    assert_eq!(status, 200);
    assert!(
        blob[0]["result"]["blob"]
            .as_str()
            .is_some_and(|b| !b.is_empty()),
        "{blob:?}"
    );

    // Lock and Election, on a lease chosen here so both sides make the same keys.
    g.same("/v3/lease/grant", json!({"ID": 12288, "TTL": 60}))
        .await;
    let (lock, el) = (b64("mylock"), b64("el"));
    g.same("/v3/lock/lock", json!({"name": lock, "lease": "12288"}))
        .await;
    g.same(
        "/v3/kv/range",
        json!({"key": b64("mylock/"), "range_end": b64("mylock0")}),
    )
    .await;
    g.same("/v3/lock/unlock", json!({"key": b64("mylock/3000")}))
        .await;
    g.same("/v3/election/leader", json!({"name": el})).await;
    let campaign = g
        .check(
            "/v3/election/campaign",
            json!({"name": el, "lease": 12288, "value": b64("v1")}),
            all,
            &[],
            NONE,
        )
        .await;
    let leader = campaign[ETCD]["leader"].clone();
    g.same("/v3/election/leader", json!({"name": el})).await;
    g.same(
        "/v3/election/proclaim",
        json!({"leader": leader, "value": b64("v2")}),
    )
    .await;
    g.same("/v3/election/proclaim", json!({"value": b64("v2")}))
        .await;
    g.check_stream(
        "/v3/election/observe",
        &json!({"name": el}).to_string(),
        1,
        &[],
        NONE,
    )
    .await;
    g.same("/v3/election/resign", json!({"leader": leader}))
        .await;
    g.same(
        "/v3/election/proclaim",
        json!({"leader": leader, "value": b64("v3")}),
    )
    .await;
    g.same("/v3/lease/revoke", json!({"ID": 12288})).await;

    // Auth: management while off, then tokens in the Authorization header.
    g.same("/v3/auth/enable", json!({})).await;
    g.same(
        "/v3/auth/user/add",
        json!({"name": "root", "password": "rootpw"}),
    )
    .await;
    g.same("/v3/auth/role/add", json!({"name": "root"})).await;
    g.same(
        "/v3/auth/user/grant",
        json!({"user": "root", "role": "root"}),
    )
    .await;
    g.same(
        "/v3/auth/user/add",
        json!({"name": "alice", "password": "alicepw"}),
    )
    .await;
    g.same("/v3/auth/role/add", json!({"name": "reader"})).await;
    g.same("/v3/auth/role/grant", json!({"name": "reader", "perm": {"permType": "READ", "key": foo, "range_end": b64("fop")}})).await;
    g.same(
        "/v3/auth/user/grant",
        json!({"user": "alice", "role": "reader"}),
    )
    .await;
    g.same("/v3/auth/role/get", json!({"role": "reader"})).await;
    g.same("/v3/auth/user/get", json!({"name": "alice"})).await;
    g.same("/v3/auth/user/list", json!({})).await;
    g.same("/v3/auth/enable", json!({})).await;
    g.same("/v3/auth/status", json!({})).await;
    g.same(
        "/v3/auth/authenticate",
        json!({"name": "alice", "password": "wrong"}),
    )
    .await;
    let alice = g
        .check(
            "/v3/auth/authenticate",
            json!({"name": "alice", "password": "alicepw"}),
            all,
            &["token"],
            NONE,
        )
        .await;
    let root = g
        .check(
            "/v3/auth/authenticate",
            json!({"name": "root", "password": "rootpw"}),
            all,
            &["token"],
            NONE,
        )
        .await;
    let token = |answers: &[Value; 2], i: usize| answers[i]["token"].as_str().unwrap().to_string();
    let alice = [token(&alice, ETCD), token(&alice, CTL)];
    let root = [token(&root, ETCD), token(&root, CTL)];
    let alice = [Some(alice[ETCD].as_str()), Some(alice[CTL].as_str())];
    let root = [Some(root[ETCD].as_str()), Some(root[CTL].as_str())];
    g.same("/v3/kv/range", json!({"key": foo})).await;
    g.check("/v3/kv/range", json!({"key": foo}), all, &[], alice)
        .await;
    g.check("/v3/kv/range", json!({"key": b64("txn")}), all, &[], alice)
        .await;
    g.check(
        "/v3/kv/put",
        json!({"key": foo, "value": bar}),
        all,
        &[],
        alice,
    )
    .await;
    g.check(
        "/v3/kv/range",
        json!({"key": foo}),
        all,
        &[],
        [Some("not-a-token"), Some("not-a-token")],
    )
    .await;
    g.check("/v3/auth/user/list", json!({}), all, &[], alice)
        .await;
    g.check("/v3/auth/user/list", json!({}), all, &[], root)
        .await;
    // A stream refused before its first message: the status, and the error as a stream's.
    g.check_stream("/v3/maintenance/snapshot", "{}", 1, &[], alice)
        .await;
    g.check("/v3/auth/disable", json!({}), all, &[], root).await;
    g.same("/v3/auth/status", json!({})).await;
    g.unknown_paths().await;
}

impl Gateway {
    /// Paths no service serves: gRPC calls to an unknown method or service fail with
    /// Unimplemented (12) before any message, and other paths get a plain 404, as from etcd.
    async fn unknown_paths(&self) {
        let h2 = reqwest::Client::builder()
            .http2_prior_knowledge()
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        for path in ["/etcdserverpb.KV/NoSuchMethod", "/no.such.Service/Call"] {
            let mut codes = Vec::new();
            for side in &self.sides {
                let response = h2
                    .post(format!("{}{path}", side.client_url))
                    .header("content-type", "application/grpc")
                    .header("te", "trailers")
                    .body(vec![0u8; 5]) // one empty message
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("gRPC {path}: {e}"));
                let code = response.headers().get("grpc-status").cloned();
                codes.push((response.status().as_u16(), code));
            }
            assert_eq!(codes[CTL], codes[ETCD], "gRPC call to {path}");
            assert_eq!(
                codes[CTL].1.as_ref().map(|c| c.as_bytes()),
                Some(&b"12"[..])
            );
        }
        let mut answers = Vec::new();
        for side in &self.sides {
            let response = self
                .client
                .get(format!("{}/no/such/path", side.client_url))
                .send()
                .await
                .unwrap();
            answers.push((response.status().as_u16(), response.text().await.unwrap()));
        }
        assert_eq!(answers[CTL], answers[ETCD], "GET /no/such/path");
        assert_eq!(answers[CTL].0, 404);
    }
}

fn spawn_watch(client_url: String, body: String) -> tokio::task::JoinHandle<Vec<Value>> {
    tokio::spawn(async move {
        let client = reqwest::Client::new();
        let mut response = client
            .post(format!("{client_url}/v3/watch"))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let mut text = String::new();
        let deadline = Instant::now() + Duration::from_secs(10);
        // Until the live event (key foo/live) has arrived.
        while !text.contains(&b64("foo/live")) {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, response.chunk()).await {
                Ok(Ok(Some(chunk))) => text.push_str(&String::from_utf8_lossy(&chunk)),
                other => panic!("{client_url}/v3/watch ended early ({other:?}): {text}"),
            }
        }
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    })
}

/// A watch's events in order, whichever responses carried them.
fn flatten_events(lines: &[Value]) -> Vec<Value> {
    lines
        .iter()
        .flat_map(|l| {
            l["result"]["events"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// etcd3-py, from PyPI, speaks only the gateway: its script passes against etcd 3.5 (so the
/// script is right) and against ctl unchanged.
#[test]
fn etcd3_py_works_against_ctl_as_against_etcd_35() {
    let dir = tempfile::tempdir().unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/etcd3py_gateway.py"
    );
    let mut sides = [
        Side::start(
            Server::Etcd35,
            &dir.path().join("etcd"),
            "127.0.0.3",
            31_050,
            31_060,
        ),
        Side::start(
            Server::Ctl,
            &dir.path().join("ctl"),
            "127.0.0.4",
            31_070,
            31_080,
        ),
    ];
    for side in &mut sides {
        side.wait_ready(Duration::from_secs(30));
        let url = side.client_url.trim_start_matches("http://").to_string();
        let (host, port) = url.split_once(':').unwrap();
        let mut python = std::process::Command::new("python3");
        python.args([script, host, port]);
        let run = common::serve::run_bounded(python, None, Duration::from_secs(120));
        assert!(
            run.success() && run.stdout.ends_with("ok\n"),
            "etcd3-py against {}:\n{}\n{}",
            side.server.label(),
            run.describe(),
            side.members.logs()
        );
    }
}
