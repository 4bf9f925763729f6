//! `ctl check perf|datascale`: etcdctl's cluster checks, with its load models and verdicts.

use std::time::Duration;

use clap::{Args, Subcommand};

use super::client::{block_on, print, ConnectionArgs};
use crate::bench::check::{self, Cleanup, Size};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(subcommand)]
    pub command: CheckCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Put at the model's rate for 60 s and judge as etcdctl does: no errors, at least 90% of the
    /// rate, no request over 0.5 s, a standard deviation under 0.1 s
    Perf {
        /// s (150 puts/s, 50 clients), m (1000, 200), l (8000, 500) or xl (15000, 1000)
        #[arg(long, default_value = "s")]
        load: Size,
        /// Where the check's keys go; it must hold no keys, and is emptied afterwards
        #[arg(long, default_value = "/etcdctl-check-perf/")]
        prefix: String,
        /// How long to put (etcdctl: always 60 s)
        #[arg(long, default_value = "60s", value_parser = super::client::duration)]
        duration: Duration,
        #[command(flatten)]
        cleanup: CleanupArgs,
    },
    /// Put the model's key-value pairs (1 KiB each) into the first endpoint and report how much
    /// its resident memory grew, from its /metrics
    Datascale {
        /// s (10k pairs, 50 clients), m (100k, 200), l (1M, 500) or xl (3M, 1000)
        #[arg(long, default_value = "s")]
        load: Size,
        /// Where the check's keys go; it must hold no keys, and is emptied afterwards
        #[arg(long, default_value = "/etcdctl-check-datascale/")]
        prefix: String,
        #[command(flatten)]
        cleanup: CleanupArgs,
    },
}

#[derive(Debug, Args)]
pub struct CleanupArgs {
    /// Compact to the revision of the final delete
    #[arg(long)]
    pub auto_compact: bool,
    /// Defragment every endpoint afterwards
    #[arg(long)]
    pub auto_defrag: bool,
}

impl CleanupArgs {
    fn cleanup(&self) -> Cleanup {
        Cleanup {
            compact: self.auto_compact,
            defrag: self.auto_defrag,
        }
    }
}

pub fn run(args: CheckArgs) -> Result<i32> {
    let session = args.connection.session()?;
    match args.command {
        CheckCommand::Perf {
            load,
            prefix,
            duration,
            cleanup,
        } => {
            if duration.is_zero() {
                return Err(Error::new("a --duration of 0", "e.g. --duration 60s"));
            }
            let model = check::PerfModel {
                duration,
                ..check::perf_model(load)
            };
            let seconds = duration.as_secs().max(1);
            let bar = super::progress_bar(seconds, "{bar:40} {pos}/{len} s");
            let ticking = bar.clone();
            let started = std::time::Instant::now();
            let outcome = block_on(interruptible(
                &session,
                &prefix,
                check::perf(&session, model, &prefix, cleanup.cleanup(), move |_| {
                    ticking.set_position(started.elapsed().as_secs().min(seconds))
                }),
            ));
            bar.finish_and_clear();
            let (_, verdict) = outcome?;
            print(&verdict.text());
            Ok(if verdict.pass { 0 } else { 1 })
        }
        CheckCommand::Datascale {
            load,
            prefix,
            cleanup,
        } => {
            let model = check::datascale_model(load);
            print(&format!(
                "Start data scale check for work load [{} key-value pairs, 1024 bytes per \
                 key-value, {} concurrent clients].\n",
                model.keys, model.clients
            ));
            let bar = super::progress_bar(model.keys, "{bar:40} {pos}/{len} {per_sec} {eta}");
            let shown = bar.clone();
            let outcome = block_on(interruptible(
                &session,
                &prefix,
                check::datascale(&session, model, &prefix, cleanup.cleanup(), move |done| {
                    shown.set_position(done)
                }),
            ));
            bar.finish_and_clear();
            let (report, grown) = outcome?;
            if !report.errors_by_cause.is_empty() {
                let mut text = String::from("FAIL: too many errors\n");
                for (cause, count) in &report.errors_by_cause {
                    text.push_str(&format!("FAIL: ERROR({cause}) -> {count}\n"));
                }
                print(&text);
                return Ok(1);
            }
            print(&format!(
                "PASS: Approximate system memory used : {:.2} MB.\n",
                grown / (1024.0 * 1024.0)
            ));
            Ok(0)
        }
    }
}

/// Runs `check` until done or interrupted; on Ctrl-C the check's keys are deleted first.
async fn interruptible<T>(
    session: &crate::client::Session,
    prefix: &str,
    check: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    tokio::select! {
        outcome = check => outcome,
        _ = tokio::signal::ctrl_c() => {
            check::clean_up(session, prefix, Cleanup::default()).await?;
            Err(Error::new(
                "interrupted",
                format!("the check's keys under {prefix} were deleted"),
            ))
        }
    }
}
