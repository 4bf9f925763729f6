//! `ctl snapshot save`, `ctl move-leader`, `ctl defrag`, `ctl compaction` and `ctl alarm`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::client::{block_on, print, ConnectionArgs};
use crate::client::health::{
    alarm_name, client_endpoints, cluster_endpoints, each_endpoint, find_member, member_list,
};
use crate::client::Session;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    AlarmRequest, CompactionRequest, DefragmentRequest, MoveLeaderRequest, SnapshotRequest,
    StatusRequest,
};

#[derive(Debug, Args)]
pub struct SnapshotArgs {
    #[command(subcommand)]
    pub command: SnapshotCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Save a member's backend to FILE (written 0600, checked against its SHA-256)
    Save { file: PathBuf },
}

#[derive(Debug, Args)]
pub struct MoveLeaderArgs {
    /// The member to hand leadership to (hex ID or name)
    #[arg(value_name = "ID|NAME")]
    pub target: String,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct DefragArgs {
    /// Defragment every member (from the member list) instead of --endpoints
    #[arg(long)]
    pub cluster: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct CompactionArgs {
    /// Discard the history before this revision
    pub revision: i64,
    /// Wait until the compaction is applied to the backend
    #[arg(long)]
    pub physical: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct AlarmArgs {
    #[command(subcommand)]
    pub command: AlarmCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum AlarmCommand {
    /// List the raised alarms
    List,
    /// Clear every alarm (after freeing space: compaction and defrag)
    Disarm,
}

pub fn snapshot(args: SnapshotArgs) -> Result<i32> {
    let SnapshotCommand::Save { file } = args.command;
    let session = args.connection.session()?;
    if session.options.endpoints.len() != 1 {
        return Err(Error::new(
            "snapshot save needs exactly one endpoint",
            "name the member to copy with --endpoints (one URL)",
        ));
    }
    block_on(save_snapshot(&session, &file))?;
    print(&format!("Snapshot saved at {}\n", file.display()));
    Ok(0)
}

/// Streams the backend into a 0600 temporary file beside `file`, checks the trailing SHA-256,
/// syncs, then renames it into place: a failure never leaves a partial snapshot at `file`.
async fn save_snapshot(session: &Session, file: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let c = session.connect_any().await?;
    let mut stream = c
        .call_within(
            session.command_timeout(),
            c.maintenance().snapshot(SnapshotRequest {}),
        )
        .await?;
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".ctl-snapshot-")
        .tempfile_in(dir)
        .map_err(|e| Error::io("write into", dir, &e))?;
    temp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::io("set the mode of", temp.path(), &e))?;
    let bar = super::progress_bar(
        0,
        "snapshot {bar:30} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    );
    let mut data: Vec<u8> = Vec::new();
    loop {
        let message = stream.message().await.map_err(|s| c.status_error(&s))?;
        let Some(chunk) = message else { break };
        data.extend_from_slice(&chunk.blob);
        bar.set_length(data.len() as u64 + chunk.remaining_bytes);
        bar.set_position(data.len() as u64);
    }
    bar.finish_and_clear();
    if data.len() < 32 {
        return Err(Error::new(
            format!("{} sent a snapshot of {} bytes", c.endpoint.url, data.len()),
            "retry; check the member's log",
        ));
    }
    let (db, digest) = data.split_at(data.len() - 32);
    let computed = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, db);
    if computed.as_ref() != digest {
        return Err(Error::new(
            format!(
                "the snapshot from {} fails its SHA-256 check",
                c.endpoint.url
            ),
            "retry; if it fails again the member's backend may be damaged",
        ));
    }
    // etcdctl keeps the backend without the digest.
    temp.write_all(db)
        .and_then(|_| temp.as_file().sync_all())
        .map_err(|e| Error::io("write", file, &e))?;
    temp.persist(file)
        .map_err(|e| Error::io("write", file, &e.error))?;
    Ok(())
}

pub fn move_leader(args: MoveLeaderArgs) -> Result<i32> {
    let session = args.connection.session()?;
    block_on(async move {
        let (_, list) = member_list(&session).await?;
        let target = find_member(&list, &args.target)?.id;
        // Only the leader can hand over leadership: find it among all members.
        let endpoints = client_endpoints(&list)?;
        let statuses = each_endpoint(&session, &endpoints, |c| async move {
            let status = c
                .call(c.maintenance().status(StatusRequest::default()))
                .await?;
            Ok((c, status))
        })
        .await;
        let leader = statuses.into_iter().find_map(|(_, r)| {
            r.ok()
                .filter(|(_, s)| s.header.as_ref().is_some_and(|h| h.member_id == s.leader))
        });
        let Some((c, status)) = leader else {
            return Err(Error::new(
                "no reachable member is the leader",
                "the cluster may have lost quorum: run `ctl cluster-health`",
            ));
        };
        if status.leader == target {
            print(&format!("{target:x} is already the leader\n"));
            return Ok(0);
        }
        c.call(
            c.maintenance()
                .move_leader(MoveLeaderRequest { target_id: target }),
        )
        .await?;
        print(&format!(
            "Leadership transferred from {:x} to {target:x}\n",
            status.leader
        ));
        Ok(0)
    })
}

pub fn defrag(args: DefragArgs) -> Result<i32> {
    let session = args.connection.session()?;
    block_on(async move {
        let endpoints = if args.cluster {
            cluster_endpoints(&session).await?
        } else {
            session.options.endpoints.clone()
        };
        // Defragmenting rewrites the whole backend: allow it more than the command timeout.
        let results = each_endpoint(&session, &endpoints, |c| async move {
            let limit = c.command_timeout().max(std::time::Duration::from_secs(60));
            c.call_within(limit, c.maintenance().defragment(DefragmentRequest {}))
                .await
        })
        .await;
        let mut failed = false;
        for (endpoint, result) in results {
            match result {
                Ok(_) => print(&format!(
                    "Finished defragmenting etcd member[{}]\n",
                    endpoint.given
                )),
                Err(e) => {
                    failed = true;
                    eprintln!(
                        "Failed to defragment etcd member[{}] ({})",
                        endpoint.given, e.cause
                    );
                }
            }
        }
        Ok(if failed { 1 } else { 0 })
    })
}

pub fn compaction(args: CompactionArgs) -> Result<i32> {
    let session = args.connection.session()?;
    let revision = args.revision;
    block_on(async move {
        let c = session.connect_any().await?;
        let request = CompactionRequest {
            revision,
            physical: args.physical,
        };
        c.call(c.kv().compact(request)).await?;
        print(&format!("compacted revision {revision}\n"));
        Ok(0)
    })
}

pub fn alarm(args: AlarmArgs) -> Result<i32> {
    let session = args.connection.session()?;
    block_on(async move {
        let c = session.connect_any().await?;
        let listed = c
            .call(c.maintenance().alarm(AlarmRequest::default()))
            .await?;
        let mut out = String::new();
        for alarm in &listed.alarms {
            if matches!(args.command, AlarmCommand::Disarm) {
                let request = AlarmRequest {
                    action: 2,
                    member_id: alarm.member_id,
                    alarm: alarm.alarm,
                };
                c.call(c.maintenance().alarm(request)).await?;
            }
            out.push_str(&format!(
                "memberID:{} alarm:{}\n",
                alarm.member_id,
                alarm_name(alarm.alarm)
            ));
        }
        print(&out);
        Ok(0)
    })
}
