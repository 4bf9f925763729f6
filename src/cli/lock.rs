//! `ctl lock NAME [-- COMMAND…]` and `ctl elect NAME [PROPOSAL] [--listen]`, as etcdctl's: on
//! the members' Lock and Election services (etcd and ctl both serve them), holding a lease kept
//! alive for as long as the command runs.

use std::time::Duration;

use clap::Args;
use tokio_stream::StreamExt;

use super::client::{block_on, print, ConnectionArgs};
use crate::client::Connection;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    LeaseGrantRequest, LeaseKeepAliveRequest, LeaseRevokeRequest,
};
use crate::server::proto::mvccpb::KeyValue;
use crate::server::proto::v3electionpb::{
    CampaignRequest, LeaderKey, LeaderRequest, ResignRequest,
};
use crate::server::proto::v3lockpb::{LockRequest, UnlockRequest};

#[derive(Debug, Args)]
pub struct LockArgs {
    /// The lock's name; the holder's key is NAME/LEASE
    pub name: String,
    /// Run this while holding the lock, then release it (exit status: the command's); without
    /// one, hold the lock until interrupted. The command sees ETCD_LOCK_KEY and ETCD_LOCK_REV.
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
    /// The TTL of the lock's lease, in seconds: how long the lock outlives a holder that dies
    #[arg(long, default_value_t = 10)]
    pub ttl: i64,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct ElectArgs {
    /// The election's name; each candidate's key is NAME/LEASE
    pub name: String,
    /// Campaign with this value, print the leader key once elected and lead until interrupted
    pub proposal: Option<String>,
    /// Print the leader's key and value at each change instead of campaigning
    #[arg(short = 'l', long)]
    pub listen: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// etcd's default session TTL for elections (concurrency.NewSession).
const ELECTION_TTL: i64 = 60;

pub fn run_lock(args: LockArgs) -> Result<i32> {
    if args.ttl <= 0 {
        return Err(Error::new(
            format!("a lock TTL of {}s", args.ttl),
            "give --ttl at least 1 second",
        ));
    }
    let session = args.connection.session()?;
    block_on(async move {
        let c = session.connect_any().await?;
        let lease = Lease::grant(&c, args.ttl).await?;
        let mut locks = c.lock();
        let request = LockRequest {
            name: args.name.clone().into_bytes(),
            lease: lease.id,
        };
        let locked = tokio::select! {
            locked = locks.lock(request) => locked,
            _ = interrupted() => {
                lease.revoke(&c).await;
                return Ok(130);
            }
        };
        let locked = match locked {
            Ok(locked) => locked.into_inner(),
            Err(status) => {
                lease.revoke(&c).await;
                return Err(c.status_error(&status));
            }
        };
        let key = String::from_utf8_lossy(&locked.key).to_string();
        let revision = locked.header.map_or(0, |h| h.revision);
        let code = if args.command.is_empty() {
            print(&format!("{key}\n"));
            tokio::select! {
                _ = interrupted() => 0,
                lost = lease.lost() => { eprintln!("Error: {lost}"); 1 }
            }
        } else {
            run_holding(&args.command, &key, revision).await?
        };
        let _ = c.lock().unlock(UnlockRequest { key: locked.key }).await;
        lease.revoke(&c).await;
        Ok(code)
    })
}

/// Runs `command` with the lock's key and revision in its environment; its exit status.
async fn run_holding(command: &[String], key: &str, revision: i64) -> Result<i32> {
    let mut child = tokio::process::Command::new(&command[0])
        .args(&command[1..])
        .env("ETCD_LOCK_KEY", key)
        .env("ETCD_LOCK_REV", revision.to_string())
        .spawn()
        .map_err(|e| {
            Error::new(
                format!("cannot run {}: {e}", command[0]),
                "check the command after `--` (it runs without a shell)",
            )
        })?;
    let status = child
        .wait()
        .await
        .map_err(|e| Error::new(format!("waiting for {}: {e}", command[0]), "retry"))?;
    Ok(status.code().unwrap_or(1))
}

pub fn run_elect(args: ElectArgs) -> Result<i32> {
    match (&args.proposal, args.listen) {
        (None, false) => {
            return Err(Error::new(
                "no proposal argument but --listen not given",
                "campaign with `ctl elect NAME PROPOSAL`, or watch the leader with `ctl elect NAME --listen`",
            ))
        }
        (Some(_), true) => {
            return Err(Error::new(
                "a proposal given with --listen",
                "either campaign (NAME PROPOSAL) or listen (NAME --listen)",
            ))
        }
        _ => {}
    }
    let session = args.connection.session()?;
    block_on(async move {
        let c = session.connect_any().await?;
        let name = args.name.into_bytes();
        match args.proposal {
            None => observe(&c, name).await,
            Some(proposal) => campaign(&c, name, proposal.into_bytes()).await,
        }
    })
}

async fn observe(c: &Connection, name: Vec<u8>) -> Result<i32> {
    let mut changes = c
        .election()
        .observe(LeaderRequest { name })
        .await
        .map_err(|s| c.status_error(&s))?
        .into_inner();
    loop {
        tokio::select! {
            _ = interrupted() => return Ok(0),
            change = changes.next() => match change {
                Some(Ok(leader)) => {
                    if let Some(kv) = leader.kv {
                        print(&key_and_value(&kv));
                    }
                }
                Some(Err(status)) => return Err(c.status_error(&status)),
                None => return Err(Error::new(
                    format!("{} ended the observation", c.endpoint.url),
                    "retry; the member may have stopped",
                )),
            }
        }
    }
}

async fn campaign(c: &Connection, name: Vec<u8>, value: Vec<u8>) -> Result<i32> {
    let lease = Lease::grant(c, ELECTION_TTL).await?;
    let request = CampaignRequest {
        name,
        lease: lease.id,
        value,
    };
    let mut elections = c.election();
    let elected = tokio::select! {
        elected = elections.campaign(request) => elected,
        _ = interrupted() => {
            lease.revoke(c).await;
            return Ok(130);
        }
    };
    let leader: LeaderKey = match elected {
        Ok(elected) => elected.into_inner().leader.unwrap_or_default(),
        Err(status) => {
            lease.revoke(c).await;
            return Err(c.status_error(&status));
        }
    };
    let current = c
        .call(
            c.kv()
                .range(crate::server::proto::etcdserverpb::RangeRequest {
                    key: leader.key.clone(),
                    ..Default::default()
                }),
        )
        .await?;
    for kv in &current.kvs {
        print(&key_and_value(kv));
    }
    let code = tokio::select! {
        _ = interrupted() => 0,
        lost = lease.lost() => { eprintln!("Error: elect: session expired ({lost})"); 1 }
    };
    let _ = c
        .election()
        .resign(ResignRequest {
            leader: Some(leader),
        })
        .await;
    lease.revoke(c).await;
    Ok(code)
}

/// etcdctl's simple output of one key: the key, then the value, each on its own line.
fn key_and_value(kv: &KeyValue) -> String {
    format!(
        "{}\n{}\n",
        String::from_utf8_lossy(&kv.key),
        String::from_utf8_lossy(&kv.value)
    )
}

/// SIGINT or SIGTERM.
async fn interrupted() {
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async {
            match terminate.as_mut() {
                Some(t) => { t.recv().await; }
                None => std::future::pending::<()>().await,
            }
        } => {}
    }
}

/// A lease kept alive in the background while the command holds what it owns.
struct Lease {
    id: i64,
    lost: tokio::sync::watch::Receiver<Option<String>>,
    keeper: tokio::task::JoinHandle<()>,
}

impl Lease {
    async fn grant(c: &Connection, ttl: i64) -> Result<Lease> {
        let granted = c
            .call(c.lease().lease_grant(LeaseGrantRequest { ttl, id: 0 }))
            .await?;
        let id = granted.id;
        let (report, lost) = tokio::sync::watch::channel(None);
        let mut client = c.lease();
        let every = Duration::from_millis((granted.ttl.max(1) as u64) * 1000 / 3);
        let keeper = tokio::spawn(async move {
            let (sender, requests) = tokio::sync::mpsc::channel(1);
            let _ = sender.send(LeaseKeepAliveRequest { id }).await;
            let stream = tokio_stream::wrappers::ReceiverStream::new(requests);
            let mut responses = match client.lease_keep_alive(stream).await {
                Ok(r) => r.into_inner(),
                Err(status) => {
                    let _ = report.send(Some(status.message().to_string()));
                    return;
                }
            };
            loop {
                match responses.next().await {
                    Some(Ok(r)) if r.ttl > 0 => {}
                    Some(Ok(_)) => {
                        let _ = report.send(Some(format!("lease {id:016x} expired")));
                        return;
                    }
                    Some(Err(status)) => {
                        let _ = report.send(Some(status.message().to_string()));
                        return;
                    }
                    None => {
                        let _ = report.send(Some("the keep-alive stream closed".into()));
                        return;
                    }
                }
                tokio::time::sleep(every).await;
                if sender.send(LeaseKeepAliveRequest { id }).await.is_err() {
                    return;
                }
            }
        });
        Ok(Lease { id, lost, keeper })
    }

    /// Resolves when the lease can no longer be kept alive, with the reason.
    async fn lost(&self) -> String {
        let mut lost = self.lost.clone();
        loop {
            if let Some(reason) = lost.borrow().clone() {
                return reason;
            }
            if lost.changed().await.is_err() {
                return "the keep-alive task ended".into();
            }
        }
    }

    async fn revoke(self, c: &Connection) {
        self.keeper.abort();
        let _ = c
            .call(c.lease().lease_revoke(LeaseRevokeRequest { id: self.id }))
            .await;
    }
}
