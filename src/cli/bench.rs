//! `ctl bench put|range|txn-put|watch-latency`: load with etcd benchmark's flags, a progress bar
//! and a latency summary.

use clap::{Args, Subcommand};

use super::client::{block_on, print, ConnectionArgs};
use crate::bench::{run, Load, Report, Workload};
use crate::client::format::WriteOut;
use crate::client::kv::prefix_end;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub command: BenchCommand,
    /// gRPC connections, shared by the clients
    #[arg(long, default_value_t = 1, global = true)]
    pub conns: usize,
    /// Concurrent clients
    #[arg(long, default_value_t = 1, global = true)]
    pub clients: usize,
    /// Requests in all
    #[arg(long, default_value_t = 10000, global = true)]
    pub total: u64,
    /// Key size in bytes
    #[arg(long, default_value_t = 8, global = true)]
    pub key_size: usize,
    /// Value size in bytes
    #[arg(long, default_value_t = 8, global = true)]
    pub val_size: usize,
    /// How many distinct keys to write
    #[arg(long, default_value_t = 1, global = true)]
    pub key_space_size: u64,
    /// Write keys in order instead of at random
    #[arg(long, global = true)]
    pub sequential_keys: bool,
    /// Requests per second over all clients (0: as fast as possible)
    #[arg(long, default_value_t = 0.0, global = true)]
    pub rate: f64,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Put keys
    Put,
    /// Read a key or range
    Range {
        key: String,
        /// End of the range
        range_end: Option<String>,
        /// Every key with the prefix KEY
        #[arg(long)]
        prefix: bool,
        /// l: linearizable, s: serializable
        #[arg(long, default_value = "l", value_parser = ["l", "s"])]
        consistency: String,
    },
    /// Transactions of puts
    TxnPut {
        /// Puts per transaction
        #[arg(long, default_value_t = 1)]
        txn_ops: usize,
    },
    /// Latency from a put to its watch events (puts at --rate, default 100/s)
    WatchLatency {
        /// Watch streams
        #[arg(long, default_value_t = 10)]
        watchers: usize,
    },
}

pub fn bench(args: BenchArgs) -> Result<i32> {
    let session = args.connection.session()?;
    let workload = match &args.command {
        BenchCommand::Put => Workload::Put,
        BenchCommand::Range {
            key,
            range_end,
            prefix,
            consistency,
        } => Workload::Range {
            key: key.as_bytes().to_vec(),
            range_end: match (range_end, prefix) {
                (_, true) => prefix_end(key.as_bytes()),
                (Some(end), false) => end.as_bytes().to_vec(),
                (None, false) => Vec::new(),
            },
            serializable: consistency == "s",
        },
        BenchCommand::TxnPut { txn_ops } => Workload::TxnPut {
            ops: (*txn_ops).max(1),
        },
        BenchCommand::WatchLatency { watchers } => Workload::WatchLatency {
            watchers: *watchers,
        },
    };
    let load = Load {
        conns: args.conns,
        clients: args.clients,
        total: args.total,
        key_size: args.key_size,
        val_size: args.val_size,
        key_space_size: args.key_space_size,
        sequential_keys: args.sequential_keys,
        rate: (args.rate > 0.0).then_some(args.rate),
        duration: None,
        key_prefix: Vec::new(),
    };
    let bar = super::progress_bar(args.total, "{bar:40} {pos}/{len} {per_sec} {eta}");
    let shown = bar.clone();
    let report = block_on(run(&session, workload, load, move |done| {
        shown.set_position(done)
    }))?;
    bar.finish_and_clear();
    print(&render(&report, args.connection.write_out));
    Ok(if report.errors > 0 { 1 } else { 0 })
}

fn render(r: &Report, write_out: WriteOut) -> String {
    if write_out == WriteOut::Json {
        return serde_json::to_string(r).unwrap_or_default() + "\n";
    }
    let l = &r.latency_ms;
    let mut out = format!(
        "{}: {} requests, {} clients over {} connections, {:.2} s\n\
         \x20 throughput  {:.1} requests/s\n\
         \x20 latency     p50 {:.3} ms  p90 {:.3} ms  p99 {:.3} ms  p99.9 {:.3} ms  max {:.3} ms  (mean {:.3} ms)\n\
         \x20 errors      {}\n",
        r.workload, r.requests, r.clients, r.conns, r.seconds, r.throughput, l.p50, l.p90, l.p99, l.p999, l.max, l.mean, r.errors
    );
    if let Some(e) = &r.first_error {
        out.push_str(&format!("  first error {e}\n"));
    }
    out
}
