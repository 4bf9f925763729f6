//! `ctl cluster-health`: the seed's `etcdctl cluster-health`, on the v3 API.

use std::time::Duration;

use clap::Args;
use serde_json::json;

use super::client::{block_on, print, ConnectionArgs};
use crate::client::format::{table, WriteOut};
use crate::client::health::{cluster_health, ClusterHealth};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when the cluster is healthy, 1 when degraded (a quorum \
    is healthy), 2 when unavailable."
)]
pub struct ClusterHealthArgs {
    /// Check again every SECONDS until interrupted
    #[arg(short = 'f', long, value_name = "SECONDS", num_args = 0..=1, default_missing_value = "5")]
    pub watch: Option<u64>,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

pub fn run(args: ClusterHealthArgs) -> Result<i32> {
    let write_out = args.connection.write_out;
    write_out.require(
        "cluster-health",
        &[WriteOut::Simple, WriteOut::Table, WriteOut::Json],
    )?;
    let session = args.connection.session()?;
    block_on(async move {
        loop {
            let health = cluster_health(&session).await;
            print(&render(&health, write_out));
            match args.watch {
                Some(seconds) => {
                    tokio::time::sleep(Duration::from_secs(seconds.max(1))).await;
                    if write_out != WriteOut::Json {
                        print("\n");
                    }
                }
                None => return Ok(health.verdict.exit_code()),
            }
        }
    })
}

fn render(health: &ClusterHealth, write_out: WriteOut) -> String {
    let verdict = format!("cluster is {}\n", health.verdict.word());
    match write_out {
        // Fields are refused before the first check.
        WriteOut::Simple | WriteOut::Fields => {
            let mut out = String::new();
            if let Some(e) = &health.list_error {
                out.push_str(&format!("cannot list the members: {}\n", e.cause));
            }
            for member in &health.members {
                out.push_str(&member.line());
                out.push('\n');
            }
            out + &verdict
        }
        WriteOut::Table => {
            let rows: Vec<Vec<String>> = health
                .members
                .iter()
                .map(|m| {
                    vec![
                        format!("{:x}", m.id),
                        m.name.clone(),
                        m.url.clone().unwrap_or_default(),
                        m.state.word().to_string(),
                        format!("{:?}", m.took),
                        m.reason.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            let mut out = String::new();
            if let Some(e) = &health.list_error {
                out.push_str(&format!("cannot list the members: {}\n", e.cause));
            }
            out + &table(&["id", "name", "url", "health", "took", "error"], &rows) + &verdict
        }
        WriteOut::Json => {
            let members: Vec<_> = health
                .members
                .iter()
                .map(|m| {
                    json!({
                        "id": format!("{:x}", m.id),
                        "name": m.name,
                        "is_learner": m.is_learner,
                        "url": m.url,
                        "health": m.state.word(),
                        "took": format!("{:?}", m.took),
                        "error": m.reason,
                    })
                })
                .collect();
            let value = json!({
                "cluster": health.verdict.word(),
                "members": members,
                "error": health.list_error.as_ref().map(|e| e.cause.clone()),
            });
            format!("{value}\n")
        }
    }
}
