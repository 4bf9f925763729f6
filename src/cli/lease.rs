//! `ctl lease grant|revoke|timetolive|list|keep-alive`, with etcdctl's output.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::client::{block_on, print, ConnectionArgs};
use crate::client::fields::Fields;
use crate::client::format::{header_json, json_line, Object, WriteOut};
use crate::client::kv::parse_lease_id;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    LeaseGrantRequest, LeaseKeepAliveRequest, LeaseLeasesRequest, LeaseRevokeRequest,
    LeaseTimeToLiveRequest,
};

#[derive(Debug, Args)]
pub struct LeaseArgs {
    #[command(subcommand)]
    pub command: LeaseCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum LeaseCommand {
    /// Grant a lease with a TTL in seconds
    Grant { ttl: i64 },
    /// Revoke a lease, deleting its keys
    Revoke {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Show a lease's granted and remaining TTL
    Timetolive {
        #[arg(value_name = "ID")]
        id: String,
        /// List the keys attached to it
        #[arg(long)]
        keys: bool,
    },
    /// List the leases
    List,
    /// Keep a lease alive until interrupted
    KeepAlive {
        #[arg(value_name = "ID")]
        id: String,
        /// Renew once and exit
        #[arg(long)]
        once: bool,
    },
}

pub fn run(args: LeaseArgs) -> Result<i32> {
    // Refuse a bad TTL before connecting anywhere.
    if let LeaseCommand::Grant { ttl } = args.command {
        if ttl <= 0 {
            return Err(Error::new(
                format!("a TTL of {ttl}s"),
                "grant a TTL of at least 1 second",
            ));
        }
    }
    let write_out = args.connection.write_out;
    write_out.require(
        "lease",
        &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields],
    )?;
    let session = args.connection.session()?;
    let json = write_out == WriteOut::Json;
    let fields = write_out == WriteOut::Fields;
    block_on(async move {
        let c = session.connect_any().await?;
        let text = match args.command {
            LeaseCommand::Grant { ttl } => {
                let r = c
                    .call(c.lease().lease_grant(LeaseGrantRequest { ttl, id: 0 }))
                    .await?;
                if fields {
                    let mut f = Fields::new();
                    f.header(r.header.as_ref())
                        .value("ID", r.id)
                        .value("TTL", r.ttl);
                    f.into_text()
                } else if json {
                    let v = Object::new()
                        .some("header", header_json(r.header.as_ref()))
                        .num("ID", r.id)
                        .num("TTL", r.ttl)
                        .build();
                    json_line(&v) + "\n"
                } else {
                    format!("lease {:016x} granted with TTL({}s)\n", r.id, r.ttl)
                }
            }
            LeaseCommand::Revoke { id } => {
                let id = parse_lease_id(&id)?;
                let r = c
                    .call(c.lease().lease_revoke(LeaseRevokeRequest { id }))
                    .await?;
                if fields {
                    let mut f = Fields::new();
                    f.header(r.header.as_ref());
                    f.into_text()
                } else if json {
                    json_line(
                        &Object::new()
                            .some("header", header_json(r.header.as_ref()))
                            .build(),
                    ) + "\n"
                } else {
                    format!("lease {id:016x} revoked\n")
                }
            }
            LeaseCommand::Timetolive { id, keys } => {
                let id = parse_lease_id(&id)?;
                let r = c
                    .call(
                        c.lease()
                            .lease_time_to_live(LeaseTimeToLiveRequest { id, keys }),
                    )
                    .await?;
                if fields {
                    let mut f = Fields::new();
                    f.header(r.header.as_ref())
                        .value("ID", r.id)
                        .value("TTL", r.ttl)
                        .value("GrantedTTL", r.granted_ttl);
                    for key in &r.keys {
                        f.quoted("Key", key);
                    }
                    f.into_text()
                } else if json {
                    let v = Object::new()
                        .some("header", header_json(r.header.as_ref()))
                        .num("id", r.id)
                        .num("ttl", r.ttl)
                        .num("granted-ttl", r.granted_ttl)
                        .list(
                            "keys",
                            r.keys
                                .iter()
                                .map(|k| Value::from(String::from_utf8_lossy(k).to_string()))
                                .collect(),
                        )
                        .build();
                    json_line(&v) + "\n"
                } else if r.granted_ttl == 0 && r.ttl == -1 {
                    format!("lease {id:016x} already expired\n")
                } else {
                    let mut line = format!(
                        "lease {id:016x} granted with TTL({}s), remaining({}s)",
                        r.granted_ttl, r.ttl
                    );
                    if keys {
                        let names: Vec<String> = r
                            .keys
                            .iter()
                            .map(|k| String::from_utf8_lossy(k).to_string())
                            .collect();
                        line.push_str(&format!(", attached keys([{}])", names.join(" ")));
                    }
                    line + "\n"
                }
            }
            LeaseCommand::List => {
                let r = c
                    .call(c.lease().lease_leases(LeaseLeasesRequest {}))
                    .await?;
                if fields {
                    let mut f = Fields::new();
                    f.header(r.header.as_ref());
                    for lease in &r.leases {
                        f.value("ID", lease.id);
                    }
                    f.into_text()
                } else if json {
                    let leases = r
                        .leases
                        .iter()
                        .map(|l| Object::new().num("ID", l.id).build())
                        .collect();
                    json_line(
                        &Object::new()
                            .some("header", header_json(r.header.as_ref()))
                            .list("leases", leases)
                            .build(),
                    ) + "\n"
                } else {
                    let mut out = format!("found {} leases\n", r.leases.len());
                    for lease in &r.leases {
                        out.push_str(&format!("{:016x}\n", lease.id));
                    }
                    out
                }
            }
            LeaseCommand::KeepAlive { id, once } => {
                let id = parse_lease_id(&id)?;
                return keep_alive(&c, id, once, write_out).await;
            }
        };
        print(&text);
        Ok(0)
    })
}

/// Renews the lease every third of its TTL, printing each renewal, until interrupted or the
/// lease is gone.
async fn keep_alive(
    c: &crate::client::Connection,
    id: i64,
    once: bool,
    write_out: WriteOut,
) -> Result<i32> {
    let (sender, requests) = tokio::sync::mpsc::channel(1);
    // The first request must be queued before the call: a grpc-go member sends its response
    // headers only with its first answer.
    let _ = sender.send(LeaseKeepAliveRequest { id }).await;
    let stream = tokio_stream::wrappers::ReceiverStream::new(requests);
    let mut responses = c
        .lease()
        .lease_keep_alive(stream)
        .await
        .map_err(|s| c.status_error(&s))?
        .into_inner();
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    let mut first = true;
    loop {
        if !std::mem::take(&mut first) && sender.send(LeaseKeepAliveRequest { id }).await.is_err() {
            return Err(Error::new(
                format!("{} closed the keep-alive stream", c.endpoint.url),
                "retry",
            ));
        }
        let answer = tokio::select! {
            _ = &mut interrupted => return Ok(0),
            answer = tokio::time::timeout(c.command_timeout(), responses.message()) => answer,
        };
        let response = match answer {
            Err(_) => {
                return Err(Error::new(
                    format!("{} did not renew the lease in time", c.endpoint.url),
                    "run `ctl cluster-health`",
                ))
            }
            Ok(Err(status)) => return Err(c.status_error(&status)),
            Ok(Ok(None)) => {
                return Err(Error::new(
                    format!("{} closed the keep-alive stream", c.endpoint.url),
                    "retry",
                ))
            }
            Ok(Ok(Some(r))) => r,
        };
        if response.ttl <= 0 {
            print(&format!("lease {id:016x} expired or revoked.\n"));
            return Ok(1);
        }
        if write_out == WriteOut::Fields {
            let mut f = Fields::new();
            f.header(response.header.as_ref())
                .value("ID", response.id)
                .value("TTL", response.ttl);
            print(f.text());
        } else if write_out == WriteOut::Json {
            let v = Object::new()
                .some("header", header_json(response.header.as_ref()))
                .num("ID", response.id)
                .num("TTL", response.ttl)
                .build();
            print(&(json_line(&v) + "\n"));
        } else {
            print(&format!(
                "lease {id:016x} keepalived with TTL({})\n",
                response.ttl
            ));
        }
        if once {
            return Ok(0);
        }
        let pause = Duration::from_millis((response.ttl as u64 * 1000 / 3).max(500));
        tokio::select! {
            _ = &mut interrupted => return Ok(0),
            _ = tokio::time::sleep(pause) => {}
        }
    }
}
