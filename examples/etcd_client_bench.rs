//! A load generator built on the third-party `etcd-client` crate, so `scripts/bench-compare`
//! measures ctl and etcd with a client that shares no code with ctl's own `ctl bench`.
//!
//!   cargo run --release --example etcd_client_bench -- put|range [KEY] --endpoints URL,… \
//!       [--clients N] [--conns N] [--total N] [--val-size N] [--key-space-size N] \
//!       [--consistency l|s] [--cacert F --cert F --key-file F]
//!
//! Connection i goes to endpoint i mod len; client j uses connection j mod conns. It prints one
//! JSON line in `ctl bench -w json`'s shape (throughput, latency_ms, errors, first_error).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use etcd_client::{Certificate, Client, ConnectOptions, GetOptions, Identity, TlsOptions};

#[derive(Parser)]
struct Args {
    /// put or range
    workload: String,
    #[arg(long, value_delimiter = ',', required = true)]
    endpoints: Vec<String>,
    #[arg(long, default_value_t = 1)]
    clients: usize,
    #[arg(long, default_value_t = 1)]
    conns: usize,
    #[arg(long, default_value_t = 10_000)]
    total: u64,
    #[arg(long, default_value_t = 256)]
    val_size: usize,
    #[arg(long, default_value_t = 100_000)]
    key_space_size: u64,
    /// l (linearizable) or s (serializable), for range.
    #[arg(long, default_value = "l")]
    consistency: String,
    /// The key a range reads.
    #[arg(default_value = "foo")]
    key: String,
    #[arg(long)]
    cacert: Option<String>,
    #[arg(long)]
    cert: Option<String>,
    #[arg(long)]
    key_file: Option<String>,
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("error: cannot read {path}: {e}");
        std::process::exit(2)
    })
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if !matches!(args.workload.as_str(), "put" | "range") || args.clients == 0 || args.conns == 0 {
        eprintln!("error: workload must be put or range, with --clients and --conns at least 1");
        std::process::exit(2);
    }
    let mut options = ConnectOptions::new().with_connect_timeout(Duration::from_secs(5));
    if let Some(ca) = &args.cacert {
        let mut tls = TlsOptions::new().ca_certificate(Certificate::from_pem(read(ca)));
        if let (Some(cert), Some(key)) = (&args.cert, &args.key_file) {
            tls = tls.identity(Identity::from_pem(read(cert), read(key)));
        }
        options = options.with_tls(tls);
    }
    let mut connections = Vec::with_capacity(args.conns);
    for i in 0..args.conns {
        let endpoint = &args.endpoints[i % args.endpoints.len()];
        match Client::connect([endpoint.as_str()], Some(options.clone())).await {
            Ok(client) => connections.push(client),
            Err(e) => {
                eprintln!("error: cannot connect to {endpoint}: {e}");
                std::process::exit(1);
            }
        }
    }
    let args = Arc::new(args);
    let next = Arc::new(AtomicU64::new(0));
    let value = Arc::new(vec![b'v'; args.val_size]);
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(args.clients);
    for j in 0..args.clients {
        let mut kv = connections[j % args.conns].kv_client();
        let (args, next, value) = (args.clone(), next.clone(), value.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0u64;
            let mut first_error = None;
            let mut seed = 0x9E37_79B9_7F4A_7C15u64 ^ (j as u64 + 1);
            while next.fetch_add(1, Ordering::Relaxed) < args.total {
                let sent = Instant::now();
                let result = if args.workload == "put" {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let key = format!("{:08}", seed % args.key_space_size.max(1));
                    kv.put(key, value.as_slice(), None).await.map(drop)
                } else {
                    let options =
                        (args.consistency == "s").then(|| GetOptions::new().with_serializable());
                    kv.get(args.key.as_str(), options).await.map(drop)
                };
                match result {
                    Ok(()) => latencies.push(sent.elapsed()),
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| e.to_string());
                    }
                }
            }
            (latencies, errors, first_error)
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut first_error: Option<String> = None;
    for task in tasks {
        let (l, e, f) = task.await.expect("a client task panicked");
        latencies.extend(l);
        errors += e;
        if first_error.is_none() {
            first_error = f;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let ms = |q: f64| {
        if latencies.is_empty() {
            return 0.0;
        }
        let i = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
        latencies[i].as_secs_f64() * 1000.0
    };
    let report = serde_json::json!({
        "workload": args.workload,
        "requests": latencies.len() as u64 + errors,
        "errors": errors,
        "first_error": first_error,
        "seconds": elapsed,
        "throughput": latencies.len() as f64 / elapsed.max(1e-9),
        "clients": args.clients,
        "conns": args.conns,
        "latency_ms": {"p50": ms(0.5), "p90": ms(0.9), "p99": ms(0.99), "max": ms(1.0)},
    });
    println!("{report}");
}
