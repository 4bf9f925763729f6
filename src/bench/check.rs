//! etcdctl's `check perf` and `check datascale`: its load models (s, m, l, xl), its keys under
//! a prefix that must start empty and is deleted afterwards, and its pass criteria.

use std::time::Duration;

use super::{run, Load, Report, Workload};
use crate::client::kv::prefix_end;
use crate::client::{Endpoint, Session};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{CompactionRequest, DeleteRangeRequest, RangeRequest};

/// A load model by etcdctl's names: s(mall), m(edium), l(arge), xl (xLarge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Small,
    Medium,
    Large,
    ExtraLarge,
}

impl std::str::FromStr for Size {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Size, String> {
        match text {
            "s" | "small" => Ok(Size::Small),
            "m" | "medium" => Ok(Size::Medium),
            "l" | "large" => Ok(Size::Large),
            "xl" | "xLarge" => Ok(Size::ExtraLarge),
            _ => Err(format!(
                "unknown load option {text}: choose s(mall), m(edium), l(arge) or xl (xLarge)"
            )),
        }
    }
}

/// `check perf`: puts at `rate` per second from `clients` clients for `duration`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PerfModel {
    pub rate: u32,
    pub clients: usize,
    pub duration: Duration,
}

/// etcdctl 3.5's models: 150, 1000, 8000 and 15000 puts/s for 60 s.
pub fn perf_model(size: Size) -> PerfModel {
    let (rate, clients) = match size {
        Size::Small => (150, 50),
        Size::Medium => (1000, 200),
        Size::Large => (8000, 500),
        Size::ExtraLarge => (15000, 1000),
    };
    PerfModel {
        rate,
        clients,
        duration: Duration::from_secs(60),
    }
}

/// `check datascale`: `keys` puts of a 512-byte key and a 512-byte value from `clients`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DatascaleModel {
    pub keys: u64,
    pub clients: usize,
}

/// etcdctl 3.5's models: 10k, 100k, 1M and 3M key-value pairs of 1 KiB.
pub fn datascale_model(size: Size) -> DatascaleModel {
    let (keys, clients) = match size {
        Size::Small => (10_000, 50),
        Size::Medium => (100_000, 200),
        Size::Large => (1_000_000, 500),
        Size::ExtraLarge => (3_000_000, 1000),
    };
    DatascaleModel { keys, clients }
}

/// What to do once the check's keys are deleted.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cleanup {
    pub compact: bool,
    pub defrag: bool,
}

/// A check's verdict: etcdctl's lines, and whether it passed.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub lines: Vec<String>,
    pub pass: bool,
}

impl Verdict {
    pub fn text(&self) -> String {
        self.lines.iter().map(|l| format!("{l}\n")).collect()
    }
}

/// etcdctl's criteria: no errors, at least 90% of the model's rate, no request slower than
/// 0.5 s, a standard deviation under 0.1 s. Where etcdctl writes a failed latency line without
/// "FAIL:", ctl writes it with, so every failed criterion reads the same.
pub fn perf_verdict(report: &Report, model: &PerfModel) -> Verdict {
    let mut lines = Vec::new();
    let mut pass = true;
    if !report.errors_by_cause.is_empty() {
        lines.push("FAIL: too many errors".to_string());
        for (cause, count) in &report.errors_by_cause {
            lines.push(format!("FAIL: ERROR({cause}) -> {count}"));
        }
        pass = false;
    }
    let shown = report.throughput as u64 + 1;
    if report.throughput / model.rate as f64 <= 0.9 {
        lines.push(format!("FAIL: Throughput too low: {shown} writes/s"));
        pass = false;
    } else {
        lines.push(format!("PASS: Throughput is {shown} writes/s"));
    }
    let slowest = report.latency_ms.max / 1000.0;
    if slowest > 0.5 {
        lines.push(format!(
            "FAIL: Slowest request took too long: {slowest:.6}s"
        ));
        pass = false;
    } else {
        lines.push(format!("PASS: Slowest request took {slowest:.6}s"));
    }
    let stddev = report.latency_ms.stddev / 1000.0;
    if stddev > 0.1 {
        lines.push(format!("FAIL: Stddev too high: {stddev:.6}s"));
        pass = false;
    } else {
        lines.push(format!("PASS: Stddev is {stddev:.6}s"));
    }
    lines.push(if pass { "PASS" } else { "FAIL" }.to_string());
    Verdict { lines, pass }
}

/// Refuses to start on a prefix that holds keys: the check deletes its prefix afterwards.
pub async fn ensure_empty(session: &Session, prefix: &str) -> Result<()> {
    let c = session.connect_any().await?;
    let request = RangeRequest {
        key: prefix.as_bytes().to_vec(),
        range_end: prefix_end(prefix.as_bytes()),
        limit: 1,
        count_only: true,
        ..Default::default()
    };
    let found = c.call(c.kv().range(request)).await?;
    if found.count > 0 {
        return Err(Error::new(
            format!("prefix {prefix:?} has keys ({})", found.count),
            format!(
                "the check deletes everything under its prefix afterwards: delete them first \
                 (ctl del --prefix {prefix}) or choose another --prefix"
            ),
        ));
    }
    Ok(())
}

/// Deletes the check's keys, then compacts and defragments as asked.
pub async fn clean_up(session: &Session, prefix: &str, cleanup: Cleanup) -> Result<()> {
    let c = session.connect_any().await?;
    let request = DeleteRangeRequest {
        key: prefix.as_bytes().to_vec(),
        range_end: prefix_end(prefix.as_bytes()),
        ..Default::default()
    };
    let limit = Duration::from_secs(30).max(session.command_timeout());
    let deleted = c.call_within(limit, c.kv().delete_range(request)).await?;
    if cleanup.compact {
        let revision = deleted.header.map_or(0, |h| h.revision);
        let request = CompactionRequest {
            revision,
            physical: true,
        };
        c.call_within(limit, c.kv().compact(request)).await?;
    }
    if cleanup.defrag {
        let results =
            crate::client::health::defragment_each(session, &session.options.endpoints).await;
        for (endpoint, result) in results {
            result.map_err(|e| e.context(format!("defragmenting {}", endpoint.given)))?;
        }
    }
    Ok(())
}

/// Runs `check perf`: the model's puts of 256-byte keys and 1 KiB values under `prefix`, then
/// the clean-up; the run's report and verdict.
pub async fn perf(
    session: &Session,
    model: PerfModel,
    prefix: &str,
    cleanup: Cleanup,
    progress: impl Fn(u64) + Send + Sync + 'static,
) -> Result<(Report, Verdict)> {
    ensure_empty(session, prefix).await?;
    let load = Load {
        conns: model.clients,
        clients: model.clients,
        total: (model.rate as f64 * model.duration.as_secs_f64()).ceil() as u64,
        key_size: 256,
        val_size: 1024,
        key_space_size: u64::MAX,
        sequential_keys: false,
        rate: Some(model.rate as f64),
        duration: Some(model.duration),
        key_prefix: prefix.as_bytes().to_vec(),
    };
    let report = run(session, Workload::Put, load, progress).await;
    clean_up(session, prefix, cleanup).await?;
    let report = report?;
    let verdict = perf_verdict(&report, &model);
    Ok((report, verdict))
}

/// The member's resident memory, from its /metrics (process_resident_memory_bytes).
pub async fn resident_memory(session: &Session, endpoint: &Endpoint) -> Result<f64> {
    let http = session.http()?;
    let url = endpoint.metrics_url();
    let response = match http.get(&url).send().await {
        Ok(r) => r,
        Err(e) => return Err(session.explain_http(&e, endpoint).await),
    };
    let text = response
        .text()
        .await
        .map_err(|e| Error::new(format!("cannot read {url}: {e}"), "retry"))?;
    text.lines()
        .find_map(|line| line.strip_prefix("process_resident_memory_bytes "))
        .and_then(|value| value.trim().parse::<f64>().ok())
        .ok_or_else(|| {
            Error::new(
                format!("{url} has no process_resident_memory_bytes"),
                "check datascale reads the member's memory from its metrics: point --endpoints \
                 at a member whose client URL serves /metrics",
            )
        })
}

/// Runs `check datascale`: the model's puts against the first endpoint, with its resident
/// memory read before and after; the report and the memory it grew by, in bytes.
pub async fn datascale(
    session: &Session,
    model: DatascaleModel,
    prefix: &str,
    cleanup: Cleanup,
    progress: impl Fn(u64) + Send + Sync + 'static,
) -> Result<(Report, f64)> {
    ensure_empty(session, prefix).await?;
    let first = session
        .options
        .endpoints
        .first()
        .cloned()
        .ok_or_else(|| Error::new("no endpoint", "give one with --endpoints"))?;
    let before = resident_memory(session, &first).await?;
    let only_first = Session::new(crate::client::ClientOptions {
        endpoints: vec![first.clone()],
        ..(*session.options).clone()
    })?;
    let load = Load {
        conns: model.clients,
        clients: model.clients,
        total: model.keys,
        key_size: 512,
        val_size: 512,
        key_space_size: u64::MAX,
        sequential_keys: false,
        rate: None,
        duration: None,
        key_prefix: prefix.as_bytes().to_vec(),
    };
    let report = run(&only_first, Workload::Put, load, progress).await;
    let after = resident_memory(session, &first).await;
    clean_up(session, prefix, cleanup).await?;
    Ok((report?, after? - before))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::Summary;

    fn report(throughput: f64, max_ms: f64, stddev_ms: f64, errors: &[(&str, u64)]) -> Report {
        Report {
            workload: "put".into(),
            requests: 9000,
            errors: errors.iter().map(|(_, n)| n).sum(),
            first_error: errors.first().map(|(e, _)| e.to_string()),
            errors_by_cause: errors.iter().map(|(e, n)| (e.to_string(), *n)).collect(),
            seconds: 60.0,
            throughput,
            clients: 50,
            conns: 50,
            latency_ms: Summary {
                p50: 1.0,
                p90: 2.0,
                p99: 3.0,
                p999: 4.0,
                max: max_ms,
                mean: 1.0,
                stddev: stddev_ms,
            },
        }
    }

    #[test]
    fn a_run_at_the_models_rate_passes_as_in_etcdctl() {
        let model = perf_model(Size::Small);
        let verdict = perf_verdict(&report(149.4, 12.5, 3.25, &[]), &model);
        assert_eq!(
            verdict.lines,
            [
                "PASS: Throughput is 150 writes/s",
                "PASS: Slowest request took 0.012500s",
                "PASS: Stddev is 0.003250s",
                "PASS"
            ]
        );
        assert!(verdict.pass);
    }

    #[test]
    fn each_criterion_fails_on_its_own() {
        let model = perf_model(Size::Small);
        let slow = perf_verdict(&report(135.0, 1.0, 1.0, &[]), &model);
        assert!(!slow.pass);
        assert_eq!(slow.lines[0], "FAIL: Throughput too low: 136 writes/s");
        let stalled = perf_verdict(&report(150.0, 612.0, 1.0, &[]), &model);
        assert!(!stalled.pass);
        assert_eq!(
            stalled.lines[1],
            "FAIL: Slowest request took too long: 0.612000s"
        );
        let jittery = perf_verdict(&report(150.0, 400.0, 120.0, &[]), &model);
        assert!(!jittery.pass);
        assert_eq!(jittery.lines[2], "FAIL: Stddev too high: 0.120000s");
        let failing = perf_verdict(&report(150.0, 1.0, 1.0, &[("timed out", 3)]), &model);
        assert!(!failing.pass);
        assert_eq!(
            &failing.lines[..2],
            ["FAIL: too many errors", "FAIL: ERROR(timed out) -> 3"]
        );
        assert_eq!(failing.lines.last().map(String::as_str), Some("FAIL"));
    }

    #[test]
    fn models_are_etcdctls() {
        assert_eq!("xLarge".parse::<Size>(), Ok(Size::ExtraLarge));
        assert!("huge".parse::<Size>().is_err());
        assert_eq!(perf_model(Size::Large).rate, 8000);
        assert_eq!(perf_model(Size::ExtraLarge).clients, 1000);
        assert_eq!(datascale_model(Size::Medium).keys, 100_000);
    }
}
