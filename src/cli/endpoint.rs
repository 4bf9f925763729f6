//! `ctl endpoint health|status|hashkv [--cluster]`, with etcdctl's output.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::client::{block_on, print, ConnectionArgs};
use crate::client::fields::Fields;
use crate::client::format::{header_json, human_bytes, json_line, table, Object, WriteOut};
use crate::client::health::{cluster_endpoints, endpoint_hashkv, endpoint_health, endpoint_status};
use crate::client::{Endpoint, Session};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct EndpointArgs {
    #[command(subcommand)]
    pub command: EndpointCommand,
    /// Use every member's client URLs (from the member list) instead of --endpoints
    #[arg(long, global = true)]
    pub cluster: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum EndpointCommand {
    /// Whether each endpoint commits a read through raft and has no alarm
    Health,
    /// Each endpoint's member ID, version, database size, leadership and raft indexes
    Status,
    /// Each endpoint's hash of its keys and values (equal hashes: equal data)
    Hashkv {
        /// Hash up to this revision (0: the latest)
        #[arg(long, default_value_t = 0)]
        rev: i64,
    },
}

pub fn run(args: EndpointArgs) -> Result<i32> {
    let session = args.connection.session()?;
    let write_out = args.connection.write_out;
    block_on(async move {
        let endpoints = if args.cluster {
            cluster_endpoints(&session).await?
        } else {
            session.options.endpoints.clone()
        };
        match args.command {
            EndpointCommand::Health => health(&session, &endpoints, write_out).await,
            EndpointCommand::Status => status(&session, &endpoints, write_out).await,
            EndpointCommand::Hashkv { rev } => hashkv(&session, &endpoints, rev, write_out).await,
        }
    })
}

async fn health(session: &Session, endpoints: &[Endpoint], write_out: WriteOut) -> Result<i32> {
    let results = endpoint_health(session, endpoints).await;
    let took = |t: std::time::Duration| format!("{t:?}");
    let text = match write_out {
        WriteOut::Simple => results
            .iter()
            .map(|h| match &h.error {
                None => format!(
                    "{} is healthy: successfully committed proposal: took = {}\n",
                    h.endpoint,
                    took(h.took)
                ),
                Some(e) => format!(
                    "{} is unhealthy: failed to commit proposal: {e}\n",
                    h.endpoint
                ),
            })
            .collect(),
        WriteOut::Table => {
            let rows: Vec<Vec<String>> = results
                .iter()
                .map(|h| {
                    vec![
                        h.endpoint.clone(),
                        h.health.to_string(),
                        took(h.took),
                        h.error.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            table(&["endpoint", "health", "took", "error"], &rows)
        }
        WriteOut::Json => {
            let list: Vec<Value> = results
                .iter()
                .map(|h| {
                    Object::new()
                        .any("endpoint", h.endpoint.as_str())
                        .any("health", h.health)
                        .any("took", took(h.took))
                        .text("error", h.error.as_deref().unwrap_or(""))
                        .build()
                })
                .collect();
            json_line(&Value::Array(list)) + "\n"
        }
        WriteOut::Fields => {
            let mut f = Fields::new();
            for h in &results {
                let error = h.error.as_deref().unwrap_or("");
                f.endpoint_health(&h.endpoint, h.health, &took(h.took), error);
            }
            f.into_text()
        }
    };
    print(&text);
    if results.iter().all(|h| h.health) {
        Ok(0)
    } else {
        Err(Error::new(
            "unhealthy cluster",
            "see the lines above; `ctl cluster-health` checks every member",
        ))
    }
}

/// Prints the failures of per-endpoint calls on stderr; whether any failed.
fn report_failures<T>(results: &[(Endpoint, Result<T>)], what: &str) -> bool {
    let mut failed = false;
    for (endpoint, result) in results {
        if let Err(e) = result {
            eprintln!(
                "failed to get the {what} of endpoint {}: {}",
                endpoint.given, e.cause
            );
            eprintln!("hint: {}", e.hint);
            failed = true;
        }
    }
    failed
}

async fn status(session: &Session, endpoints: &[Endpoint], write_out: WriteOut) -> Result<i32> {
    let results = endpoint_status(session, endpoints).await;
    let answered: Vec<_> = results
        .iter()
        .filter_map(|(e, r)| r.as_ref().ok().map(|s| (e, s)))
        .collect();
    let text = match write_out {
        WriteOut::Fields => {
            let mut f = Fields::new();
            for (endpoint, s) in &answered {
                f.endpoint_status(&endpoint.given, s);
            }
            f.into_text()
        }
        WriteOut::Json => {
            let list: Vec<Value> = answered
                .iter()
                .map(|(endpoint, s)| {
                    let status = Object::new()
                        .some("header", header_json(s.header.as_ref()))
                        .text("version", &s.version)
                        .num("dbSize", s.db_size)
                        .num("leader", s.leader)
                        .num("raftIndex", s.raft_index)
                        .num("raftTerm", s.raft_term)
                        .num("raftAppliedIndex", s.raft_applied_index)
                        .list("errors", s.errors.iter().map(|e| json!(e)).collect())
                        .num("dbSizeInUse", s.db_size_in_use)
                        .flag("isLearner", s.is_learner)
                        .build();
                    json!({"Endpoint": endpoint.given, "Status": status})
                })
                .collect();
            json_line(&Value::Array(list)) + "\n"
        }
        _ => {
            let rows: Vec<Vec<String>> = answered
                .iter()
                .map(|(endpoint, s)| {
                    let member_id = s.header.as_ref().map_or(0, |h| h.member_id);
                    vec![
                        endpoint.given.clone(),
                        format!("{member_id:x}"),
                        s.version.clone(),
                        human_bytes(s.db_size.max(0) as u64),
                        (s.leader == member_id).to_string(),
                        s.is_learner.to_string(),
                        s.raft_term.to_string(),
                        s.raft_index.to_string(),
                        s.raft_applied_index.to_string(),
                        s.errors.join(", "),
                    ]
                })
                .collect();
            let header = [
                "endpoint",
                "ID",
                "version",
                "db size",
                "is leader",
                "is learner",
                "raft term",
                "raft index",
                "raft applied index",
                "errors",
            ];
            if write_out == WriteOut::Table {
                table(&header, &rows)
            } else {
                rows.iter().map(|r| r.join(", ") + "\n").collect()
            }
        }
    };
    print(&text);
    Ok(if report_failures(&results, "status") {
        1
    } else {
        0
    })
}

async fn hashkv(
    session: &Session,
    endpoints: &[Endpoint],
    revision: i64,
    write_out: WriteOut,
) -> Result<i32> {
    let results = endpoint_hashkv(session, endpoints, revision).await;
    let answered: Vec<_> = results
        .iter()
        .filter_map(|(e, r)| r.as_ref().ok().map(|h| (e, h)))
        .collect();
    let text = match write_out {
        WriteOut::Fields => {
            let mut f = Fields::new();
            for (endpoint, h) in &answered {
                f.endpoint_hash(&endpoint.given, h.header.as_ref(), h.hash);
            }
            f.into_text()
        }
        WriteOut::Json => {
            let list: Vec<Value> = answered
                .iter()
                .map(|(endpoint, h)| {
                    let hash = Object::new()
                        .some("header", header_json(h.header.as_ref()))
                        .num("hash", h.hash)
                        .num("compact_revision", h.compact_revision)
                        .build();
                    json!({"Endpoint": endpoint.given, "HashKV": hash})
                })
                .collect();
            json_line(&Value::Array(list)) + "\n"
        }
        _ => {
            let rows: Vec<Vec<String>> = answered
                .iter()
                .map(|(endpoint, h)| vec![endpoint.given.clone(), h.hash.to_string()])
                .collect();
            if write_out == WriteOut::Table {
                table(&["endpoint", "hash"], &rows)
            } else {
                rows.iter().map(|r| r.join(", ") + "\n").collect()
            }
        }
    };
    print(&text);
    Ok(if report_failures(&results, "hash") {
        1
    } else {
        0
    })
}
