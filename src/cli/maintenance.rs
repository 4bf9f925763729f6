//! `ctl snapshot save|status|restore`, `ctl move-leader`, `ctl defrag`, `ctl compaction` and `ctl alarm`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::client::{block_on, print, ConnectionArgs};
use crate::client::format::{table, WriteOut};
use crate::client::health::{
    alarm_name, client_endpoints, cluster_endpoints, each_endpoint, find_member, member_list,
};
use crate::client::Session;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    AlarmRequest, CompactionRequest, MoveLeaderRequest, SnapshotRequest, StatusRequest,
};
use crate::server::restore::{restore, RestoreOptions};
use crate::server::storage::snapshot;

#[derive(Debug, Args)]
pub struct SnapshotArgs {
    #[command(subcommand)]
    pub command: SnapshotCommand,
}

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Save a member's backend to FILE in etcd's format (bbolt and a SHA-256 trailer, as
    /// etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl
    Save {
        file: PathBuf,
        #[command(flatten)]
        connection: ConnectionArgs,
    },
    /// Print a snapshot's hash, revision, total keys and size, as `etcdutl snapshot status`
    Status {
        file: PathBuf,
        /// Output format
        #[arg(short = 'w', long = "write-out", value_enum, default_value = "simple")]
        write_out: WriteOut,
    },
    /// Make a new member's data dir from a snapshot (etcd's or ctl's), as `etcdutl snapshot
    /// restore`: every key with its revisions, leases, the compaction, and the membership the
    /// flags give
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The snapshot file
    pub file: PathBuf,
    /// The data dir to create (must not exist, or be empty)
    #[arg(long, value_name = "DIR")]
    pub data_dir: PathBuf,
    /// This member's name
    #[arg(long, default_value = "default")]
    pub name: String,
    /// Every member of the restored cluster: name=peerURL,…
    #[arg(
        long,
        value_name = "LIST",
        default_value = "default=http://localhost:2380"
    )]
    pub initial_cluster: String,
    /// The restored cluster's token (a new cluster identity)
    #[arg(long, value_name = "TOKEN", default_value = "etcd-cluster")]
    pub initial_cluster_token: String,
    /// This member's peer URLs
    #[arg(long, value_name = "URLS", default_value = "http://localhost:2380")]
    pub initial_advertise_peer_urls: String,
    /// Restore even without (or with a wrong) SHA-256 trailer, e.g. a member's raw db file
    #[arg(long)]
    pub skip_hash_check: bool,
    /// Move the revision on by this much (with --mark-compacted), so clients' watches from
    /// before the restore resync instead of missing changes
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub bump_revision: u64,
    /// Mark the bumped revision compacted (with --bump-revision)
    #[arg(long)]
    pub mark_compacted: bool,
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
    match args.command {
        SnapshotCommand::Save { file, connection } => {
            let session = connection.session()?;
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
        SnapshotCommand::Status { file, write_out } => {
            let status = snapshot::open(&file)
                .and_then(|f| f.status())
                .map_err(|refusal| {
                    Error::new(
                        format!("cannot read {}: {refusal}", file.display()),
                        "give a file from `etcdctl snapshot save` or `ctl snapshot save`",
                    )
                })?;
            print(&status_text(&status, write_out));
            Ok(0)
        }
        SnapshotCommand::Restore(args) => {
            let options = RestoreOptions {
                snapshot: args.file.clone(),
                data_dir: args.data_dir.clone(),
                name: args.name.clone(),
                initial_cluster: Some(args.initial_cluster.clone()),
                initial_cluster_token: args.initial_cluster_token.clone(),
                initial_advertise_peer_urls: args.initial_advertise_peer_urls.clone(),
                skip_hash_check: args.skip_hash_check,
                bump_revision: args.bump_revision,
                mark_compacted: args.mark_compacted,
            };
            let restored = restore(&options)?;
            let compacted = if restored.compact_revision > 0 {
                format!(", compacted at {}", restored.compact_revision)
            } else {
                String::new()
            };
            print(&format!(
                "Restored {} into {}: revision {}{compacted}, {} changes, {} leases\n\
                 member {} ({:x}) of the new cluster {:x}; start it with the same \
                 --name, --initial-cluster and --initial-cluster-token and\n  \
                 ctl serve --data-dir {} --initial-cluster-state new …\n",
                args.file.display(),
                args.data_dir.display(),
                restored.revision,
                restored.changes,
                restored.leases,
                args.name,
                restored.member_id,
                restored.cluster_id,
                args.data_dir.display(),
            ));
            Ok(0)
        }
    }
}

/// Go's humanize.Bytes, which etcdutl prints sizes with: SI units, one decimal below 10.
fn human_bytes(size: u64) -> String {
    if size < 10 {
        return format!("{size} B");
    }
    let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let exponent = ((size as f64).ln() / 1000f64.ln()).floor() as usize;
    let value = ((size as f64) / 1000f64.powi(exponent as i32) * 10.0 + 0.5).floor() / 10.0;
    if value < 10.0 {
        format!("{value:.1} {}", units[exponent])
    } else {
        format!("{value:.0} {}", units[exponent])
    }
}

/// etcdutl's `snapshot status` output.
pub fn status_text(status: &snapshot::Status, write_out: WriteOut) -> String {
    let row = vec![
        format!("{:x}", status.hash),
        status.revision.to_string(),
        status.total_key.to_string(),
        human_bytes(status.total_size),
    ];
    match write_out {
        WriteOut::Simple => format!("{}\n", row.join(", ")),
        WriteOut::Table => table(&["hash", "revision", "total keys", "total size"], &[row]),
        WriteOut::Json => format!(
            "{}\n",
            serde_json::to_string(status).expect("status serializes")
        ),
        WriteOut::Fields => {
            let mut f = crate::client::fields::Fields::new();
            f.value("Hash", status.hash)
                .value("Revision", status.revision)
                .value("Keys", status.total_key)
                .value("Size", status.total_size);
            f.into_text()
        }
    }
}

/// Streams the snapshot into a 0600 temporary file beside `file`, checking the trailing
/// SHA-256 as the bytes go by (so memory stays bounded), syncs, then renames it into place: a
/// failure never leaves a partial snapshot at `file`. The file keeps the trailer, as
/// etcdctl's does, so `snapshot restore` can check it again.
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
    let mut digest = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
    // The last 32 bytes seen so far, which may turn out to be the trailer.
    let mut tail: Vec<u8> = Vec::with_capacity(64);
    let mut received = 0u64;
    let write_error = |e: std::io::Error| Error::io("write", file, &e);
    loop {
        let message = stream.message().await.map_err(|s| c.status_error(&s))?;
        let Some(chunk) = message else { break };
        received += chunk.blob.len() as u64;
        temp.write_all(&chunk.blob).map_err(write_error)?;
        tail.extend_from_slice(&chunk.blob);
        if tail.len() > 32 {
            let settled = tail.len() - 32;
            digest.update(&tail[..settled]);
            tail.drain(..settled);
        }
        bar.set_length(received + chunk.remaining_bytes);
        bar.set_position(received);
    }
    bar.finish_and_clear();
    if received < 32 || received % 512 != 32 {
        return Err(Error::new(
            format!(
                "{} sent a snapshot of {received} bytes, without etcd's SHA-256 trailer",
                c.endpoint.url
            ),
            "retry; check the member's log",
        ));
    }
    if digest.finish().as_ref() != tail.as_slice() {
        return Err(Error::new(
            format!(
                "the snapshot from {} fails its SHA-256 check",
                c.endpoint.url
            ),
            "retry; if it fails again the member's backend may be damaged",
        ));
    }
    temp.as_file().sync_all().map_err(write_error)?;
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
        let results = crate::client::health::defragment_each(&session, &endpoints).await;
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
    let write_out = args.connection.write_out;
    write_out.require(
        "alarm",
        &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields],
    )?;
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
        if write_out == WriteOut::Fields {
            let mut f = crate::client::fields::Fields::new();
            f.alarms(listed.header.as_ref(), &listed.alarms);
            out = f.into_text();
        } else if write_out == WriteOut::Json {
            use crate::client::format::{header_json, json_line, Object};
            let alarms = listed
                .alarms
                .iter()
                .map(|a| {
                    Object::new()
                        .num("memberID", a.member_id)
                        .num("alarm", a.alarm)
                        .build()
                })
                .collect();
            let value = Object::new()
                .some("header", header_json(listed.header.as_ref()))
                .list("alarms", alarms)
                .build();
            out = json_line(&value) + "\n";
        }
        print(&out);
        Ok(0)
    })
}
