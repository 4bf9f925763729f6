//! `ctl make-mirror DESTINATION`, as etcdctl's: copies every key under --prefix from the source
//! cluster (--endpoints) to the destination as of one revision, then applies each later change
//! in the order of the source's revisions, a revision's changes in one txn, until interrupted.
//! It prints how many keys it has copied every 30 s, and once more when it stops.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use super::client::{block_on, credentials, ConnectionArgs};
use crate::client::endpoint::parse_list;
use crate::client::kv::prefix_end;
use crate::client::{ClientOptions, Connection, Session, TlsOptions};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    request_op, watch_request::RequestUnion, DeleteRangeRequest, PutRequest, RangeRequest,
    RequestOp, TxnRequest, WatchCreateRequest, WatchRequest,
};
use crate::server::proto::mvccpb::event::EventType;

#[derive(Debug, Args)]
pub struct MakeMirrorArgs {
    /// The destination cluster's endpoints (host:port or URLs, comma-separated)
    pub destination: String,
    /// Mirror only the keys under this prefix
    #[arg(long, default_value = "")]
    pub prefix: String,
    /// Put the mirrored keys under this prefix at the destination (instead of --prefix)
    #[arg(long)]
    pub dest_prefix: Option<String>,
    /// Strip --prefix from the keys at the destination
    #[arg(long, conflicts_with = "dest_prefix")]
    pub no_dest_prefix: bool,
    /// Most changes in one txn at the destination
    #[arg(long, default_value_t = 128)]
    pub max_txn_ops: usize,
    /// Start from this source revision instead of copying the current keys first
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// The destination's CA certificate
    #[arg(long, value_name = "FILE")]
    pub dest_cacert: Option<PathBuf>,
    /// The client certificate for the destination
    #[arg(long, value_name = "FILE")]
    pub dest_cert: Option<PathBuf>,
    /// Its private key
    #[arg(long, value_name = "FILE")]
    pub dest_key: Option<PathBuf>,
    /// Accept any certificate from the destination
    #[arg(long)]
    pub dest_insecure_skip_tls_verify: bool,
    /// The destination's user: NAME or NAME:PASSWORD
    #[arg(long, value_name = "NAME[:PASSWORD]")]
    pub dest_user: Option<String>,
    /// The destination user's password
    #[arg(long, value_name = "PASSWORD")]
    pub dest_password: Option<String>,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// How often the copied-key count is printed (etcdctl's interval).
const REPORT_EVERY: Duration = Duration::from_secs(30);

impl MakeMirrorArgs {
    fn destination(&self) -> Result<Session> {
        let tls = TlsOptions {
            cacert: self.dest_cacert.clone(),
            cert: self.dest_cert.clone(),
            key: self.dest_key.clone(),
            insecure_skip_verify: self.dest_insecure_skip_tls_verify,
        };
        let credentials = credentials(
            self.dest_user.as_deref(),
            self.dest_password.as_deref(),
            ("--dest-user", "--dest-password", None),
        )?;
        Session::new(ClientOptions {
            endpoints: parse_list(&self.destination, tls.any())?,
            tls,
            dial_timeout: self.connection.dial_timeout,
            command_timeout: self.connection.command_timeout,
            credentials,
            keepalive: self.connection.keepalive(),
            debug: self.connection.debug,
        })
    }

    /// The destination key for source key `key`.
    fn rename(&self, key: &[u8]) -> Vec<u8> {
        let rest = &key[self.prefix.len().min(key.len())..];
        match (&self.dest_prefix, self.no_dest_prefix) {
            (Some(dest), _) => [dest.as_bytes(), rest].concat(),
            (None, true) => rest.to_vec(),
            (None, false) => key.to_vec(),
        }
    }
}

pub fn run(args: MakeMirrorArgs) -> Result<i32> {
    if args.max_txn_ops == 0 {
        return Err(Error::new(
            "--max-txn-ops 0",
            "give at least 1 (the destination's --max-txn-ops, 128 by default, is the most)",
        ));
    }
    let source = args.connection.session()?;
    let destination = args.destination()?;
    let copied = Arc::new(AtomicU64::new(0));
    let reporter = copied.clone();
    let result = block_on(async move {
        let report = tokio::spawn(async move {
            let mut ticker = tokio::time::interval(REPORT_EVERY);
            ticker.tick().await;
            loop {
                ticker.tick().await;
                println!("{}", reporter.load(Ordering::Relaxed));
            }
        });
        let from = source.connect_any().await?;
        let to = destination.connect_any().await?;
        let result = tokio::select! {
            result = mirror(&args, &from, &to, &copied) => result,
            _ = tokio::signal::ctrl_c() => Ok(()),
        };
        report.abort();
        println!("{}", copied.load(Ordering::Relaxed));
        result
    });
    result.map(|()| 0)
}

async fn mirror(
    args: &MakeMirrorArgs,
    from: &Connection,
    to: &Connection,
    copied: &AtomicU64,
) -> Result<()> {
    let prefix = args.prefix.as_bytes().to_vec();
    let range_end = if prefix.is_empty() {
        vec![0]
    } else {
        prefix_end(&prefix)
    };
    let key = if prefix.is_empty() {
        vec![0]
    } else {
        prefix.clone()
    };
    let mut revision = args.rev;
    if revision == 0 {
        // The keys as of one revision, a page at a time, then the changes after it.
        let mut next = key.clone();
        loop {
            let page = from
                .call(from.kv().range(RangeRequest {
                    key: next.clone(),
                    range_end: range_end.clone(),
                    limit: 1000,
                    revision,
                    ..Default::default()
                }))
                .await?;
            if revision == 0 {
                revision = page.header.map_or(0, |h| h.revision);
            }
            for kv in &page.kvs {
                to.call(to.kv().put(PutRequest {
                    key: args.rename(&kv.key),
                    value: kv.value.clone(),
                    ..Default::default()
                }))
                .await?;
                copied.fetch_add(1, Ordering::Relaxed);
            }
            match page.kvs.last() {
                Some(last) if page.more => {
                    next = [last.key.as_slice(), &[0]].concat();
                }
                _ => break,
            }
        }
    }
    let (sender, requests) = tokio::sync::mpsc::channel(1);
    let _ = sender
        .send(WatchRequest {
            request_union: Some(RequestUnion::CreateRequest(WatchCreateRequest {
                key,
                range_end,
                start_revision: revision + 1,
                ..Default::default()
            })),
        })
        .await;
    let mut responses = from
        .watch()
        .watch(tokio_stream::wrappers::ReceiverStream::new(requests))
        .await
        .map_err(|s| from.status_error(&s))?
        .into_inner();
    loop {
        let response = match responses.message().await {
            Ok(Some(response)) => response,
            Ok(None) => {
                return Err(Error::new(
                    format!("{} closed the watch", from.endpoint.url),
                    "run make-mirror again with --rev set to the last revision mirrored",
                ))
            }
            Err(status) => return Err(from.status_error(&status)),
        };
        if response.canceled {
            return Err(Error::new(
                format!("the source cancelled the watch: {}", response.cancel_reason),
                "the history may have been compacted; mirror again from now",
            ));
        }
        // A revision's changes together, in txns of at most --max-txn-ops.
        let mut ops: Vec<RequestOp> = Vec::new();
        let mut current = 0;
        for event in response.events {
            let Some(kv) = event.kv else { continue };
            if (kv.mod_revision != current && !ops.is_empty()) || ops.len() == args.max_txn_ops {
                apply(to, std::mem::take(&mut ops)).await?;
            }
            current = kv.mod_revision;
            let key = args.rename(&kv.key);
            ops.push(RequestOp {
                request: Some(if event.r#type == EventType::Delete as i32 {
                    request_op::Request::RequestDeleteRange(DeleteRangeRequest {
                        key,
                        ..Default::default()
                    })
                } else {
                    request_op::Request::RequestPut(PutRequest {
                        key,
                        value: kv.value,
                        ..Default::default()
                    })
                }),
            });
            copied.fetch_add(1, Ordering::Relaxed);
        }
        if !ops.is_empty() {
            apply(to, ops).await?;
        }
    }
}

async fn apply(to: &Connection, ops: Vec<RequestOp>) -> Result<()> {
    to.call(to.kv().txn(TxnRequest {
        success: ops,
        ..Default::default()
    }))
    .await?;
    Ok(())
}
