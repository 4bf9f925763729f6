//! Lock and Election through a third-party client (the `etcd-client` crate) and through
//! etcdctl, against etcd 3.5 and ctl: the same scenario must tell the same story on both.

mod common;

use std::time::Duration;

use common::serve::{Etcdctl, Server, Side};
use etcd_client::{Client, LeaseGrantOptions, LockOptions, ProclaimOptions, ResignOptions};

/// Whether `future` is still pending after `wait`.
async fn still_waiting<F: std::future::Future>(
    future: &mut std::pin::Pin<Box<F>>,
    wait: Duration,
) -> bool {
    tokio::time::timeout(wait, future.as_mut()).await.is_err()
}

/// The next leader an observation reports, within 5 s.
async fn next(observer: &mut etcd_client::ObserveStream) -> Option<etcd_client::LeaderResponse> {
    tokio::time::timeout(Duration::from_secs(5), observer.message())
        .await
        .expect("observe")
        .unwrap()
}

/// What a scenario saw, step by step, in words both servers must share.
async fn lock_and_election_story(endpoint: &str) -> Vec<String> {
    let mut story = Vec::new();
    let mut c = Client::connect([endpoint], None).await.unwrap();
    // Leases with ids chosen here, so keys are the same on both servers.
    for (id, ttl) in [(0xa, 30), (0xb, 2), (0xc, 30)] {
        c.lease_grant(ttl, Some(LeaseGrantOptions::new().with_id(id)))
            .await
            .unwrap();
    }

    // A lock: held by one lease, waited for by another, handed over on unlock.
    let first = c
        .lock("job", Some(LockOptions::new().with_lease(0xa)))
        .await
        .unwrap();
    story.push(format!("locked {}", String::from_utf8_lossy(first.key())));
    let mut other = c.clone();
    let mut second = Box::pin(async move {
        other
            .lock("job", Some(LockOptions::new().with_lease(0xb)))
            .await
    });
    story.push(format!(
        "second waits: {}",
        still_waiting(&mut second, Duration::from_millis(700)).await
    ));
    c.unlock(first.key()).await.unwrap();
    let second = tokio::time::timeout(Duration::from_secs(5), second)
        .await
        .expect("handed over")
        .unwrap();
    story.push(format!(
        "then locked {}",
        String::from_utf8_lossy(second.key())
    ));

    // A holder whose lease expires (nobody keeps 0xb alive) releases the lock by itself.
    let mut other = c.clone();
    let mut third = Box::pin(async move {
        other
            .lock("job", Some(LockOptions::new().with_lease(0xa)))
            .await
    });
    story.push(format!(
        "third waits: {}",
        still_waiting(&mut third, Duration::from_millis(300)).await
    ));
    let third = tokio::time::timeout(Duration::from_secs(10), third)
        .await
        .expect("lease expiry frees the lock")
        .unwrap();
    story.push(format!(
        "after expiry locked {}",
        String::from_utf8_lossy(third.key())
    ));
    c.unlock(third.key()).await.unwrap();

    // An election: leader, observation, proclamation, a waiting candidate, resignation.
    let elected = c.campaign("boss", "a", 0xa).await.unwrap();
    let leader = elected.leader().unwrap().clone();
    story.push(format!("leads {}", String::from_utf8_lossy(leader.key())));
    let mut observer = c.observe("boss").await.unwrap();
    let seen = |story: &mut Vec<String>, what: Option<etcd_client::LeaderResponse>| {
        let kv = what
            .as_ref()
            .and_then(|r| r.kv())
            .expect("observed a leader");
        story.push(format!(
            "observed {}={}",
            String::from_utf8_lossy(kv.key()),
            String::from_utf8_lossy(kv.value())
        ));
    };
    seen(&mut story, next(&mut observer).await);
    c.proclaim(
        "a2",
        Some(ProclaimOptions::new().with_leader(leader.clone())),
    )
    .await
    .unwrap();
    seen(&mut story, next(&mut observer).await);
    let now = c.leader("boss").await.unwrap();
    story.push(format!(
        "leader value {}",
        String::from_utf8_lossy(now.kv().unwrap().value())
    ));
    let mut other = c.clone();
    let mut challenger = Box::pin(async move { other.campaign("boss", "c", 0xc).await });
    story.push(format!(
        "challenger waits: {}",
        still_waiting(&mut challenger, Duration::from_millis(500)).await
    ));
    c.resign(Some(ResignOptions::new().with_leader(leader.clone())))
        .await
        .unwrap();
    let challenger = tokio::time::timeout(Duration::from_secs(5), challenger)
        .await
        .expect("elected")
        .unwrap();
    story.push(format!(
        "then leads {}",
        String::from_utf8_lossy(challenger.leader().unwrap().key())
    ));
    seen(&mut story, next(&mut observer).await);
    let stale = c
        .proclaim("stale", Some(ProclaimOptions::new().with_leader(leader)))
        .await;
    story.push(format!(
        "old leader proclaims: {}",
        stale.err().map(|e| e.to_string()).unwrap_or("ok".into())
    ));
    story
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn etcd_clients_lock_and_election_behave_as_with_etcd_35() {
    let dir = tempfile::tempdir().unwrap();
    let mut etcd = Side::start(
        Server::Etcd35,
        &dir.path().join("etcd"),
        "127.0.0.5",
        31_110,
        31_120,
    );
    let mut ctl = Side::start(
        Server::Ctl,
        &dir.path().join("ctl"),
        "127.0.0.6",
        31_130,
        31_140,
    );
    etcd.wait_ready(Duration::from_secs(30));
    ctl.wait_ready(Duration::from_secs(30));
    let on_etcd = lock_and_election_story(&etcd.client_url).await;
    let on_ctl = lock_and_election_story(&ctl.client_url).await;
    assert_eq!(on_etcd.len(), 13, "{on_etcd:#?}");
    assert!(
        on_etcd.contains(&"second waits: true".to_string()),
        "{on_etcd:#?}"
    );
    assert_eq!(
        on_ctl,
        on_etcd,
        "ctl's story differs from etcd 3.5's\n{}",
        ctl.members.logs()
    );

    // etcdctl's lock and elect (client-side mutex and election) on both: a held lock and a
    // leader print the same lines.
    for side in [&etcd, &ctl] {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let run = side.run(
            Etcdctl::V35,
            &args(&["lock", "tool-lock", "echo", "held"]),
            None,
        );
        assert!(
            run.success() && run.stdout == "held\n",
            "{}: {}",
            side.server.label(),
            run.describe()
        );
        let mut leader = side.spawn(Etcdctl::V35, &args(&["elect", "tool-el", "v1"]));
        let lines = leader.read_until(Duration::from_secs(10), |l| l.len() >= 2);
        assert_eq!(lines.len(), 2, "{}: {lines:?}", side.server.label());
        assert!(
            lines[0].starts_with("tool-el/") && lines[1] == "v1",
            "{}: {lines:?}",
            side.server.label()
        );
        drop(leader);

        // etcdctl's habit: connection flags before the command.
        let url = side.client_url.as_str();
        common::run_ok(common::ctl().args(["--endpoints", url, "put", "habit", "v"]));
        let got =
            common::run_ok(common::ctl().args(["--endpoints", url, "-w", "json", "get", "habit"]));
        assert!(got.contains("\"kvs\""), "{got}");
        // --hex prints keys and values as etcdctl does.
        let theirs = side.run(
            Etcdctl::V35,
            &args(&["--hex", "get", "habit", "--prefix"]),
            None,
        );
        let ours = common::run_ok(common::ctl().args([
            "--endpoints",
            url,
            "--hex",
            "get",
            "habit",
            "--prefix",
        ]));
        assert!(
            theirs.success() && ours == theirs.stdout && ours.starts_with("\\x68"),
            "ctl: {ours:?}\netcdctl: {}",
            theirs.describe()
        );

        // ctl's own lock and elect, on the Lock and Election services: the command runs
        // holding the lock, sees its key, and its exit status is ctl's.
        let held = common::ctl()
            .args(["lock", "--endpoints", &side.client_url, "ctl-lock", "--"])
            .args(["sh", "-c", "echo \"$ETCD_LOCK_KEY $ETCD_LOCK_REV\"; exit 7"])
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&held.stdout);
        assert_eq!(
            held.status.code(),
            Some(7),
            "{}: {out}",
            side.server.label()
        );
        let (key, rev) = out.trim().split_once(' ').unwrap();
        assert!(
            key.starts_with("ctl-lock/") && rev.parse::<i64>().unwrap() > 0,
            "{out}"
        );
        let mut campaign = common::serve::Streaming::spawn({
            let mut c = common::ctl();
            c.args([
                "elect",
                "--endpoints",
                &side.client_url,
                "ctl-el",
                "proposal",
            ]);
            c
        });
        let lines = campaign.read_until(Duration::from_secs(10), |l| l.len() >= 2);
        assert!(
            lines.len() == 2 && lines[0].starts_with("ctl-el/") && lines[1] == "proposal",
            "{}: {lines:?}",
            side.server.label()
        );
    }
}
