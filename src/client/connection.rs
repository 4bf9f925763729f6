//! Connections to members: one tonic channel per endpoint over ctl's own connector (TCP, then
//! rustls with the explaining verifier), an HTTP client for /health, and the mapping of every
//! failure to an [`Error`] that names the endpoint and what to do.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tonic::transport::Channel;
use tonic::{Code, Status};

use super::endpoint::Endpoint;
use super::explain::{explain, DialTimeout};
use super::tls::{client_tls, ClientTls, TlsOptions};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::server::proto::etcdserverpb::kv_client::KvClient;
use crate::server::proto::etcdserverpb::lease_client::LeaseClient;
use crate::server::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use crate::server::proto::etcdserverpb::watch_client::WatchClient;

/// etcdctl's defaults.
pub const DEFAULT_DIAL_TIMEOUT: Duration = Duration::from_secs(2);
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(5);

/// What every client command is given: where the members are and how to reach them.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub endpoints: Vec<Endpoint>,
    pub tls: TlsOptions,
    pub dial_timeout: Duration,
    pub command_timeout: Duration,
}

/// The options with their TLS configuration loaded (once per command).
#[derive(Clone)]
pub struct Session {
    pub options: Arc<ClientOptions>,
    tls: ClientTls,
}

/// A byte stream to a member, plain or TLS.
trait Io: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

impl Session {
    pub fn new(options: ClientOptions) -> Result<Session> {
        let tls = client_tls(&options.tls)?;
        Ok(Session {
            options: Arc::new(options),
            tls,
        })
    }

    pub fn command_timeout(&self) -> Duration {
        self.options.command_timeout
    }

    /// Connects to `endpoint` now (TCP and TLS within the dial timeout).
    pub async fn connect(&self, endpoint: &Endpoint) -> Result<Connection> {
        let tls = if endpoint.is_tls() {
            Some((self.tls.grpc.clone(), endpoint.server_name()?))
        } else {
            None
        };
        let authority = endpoint.authority();
        let dial_timeout = self.options.dial_timeout;
        let connector = tower::service_fn(move |_: tonic::transport::Uri| {
            let tls = tls.clone();
            let authority = authority.clone();
            async move {
                let dial = async {
                    let tcp = TcpStream::connect(&authority).await?;
                    tcp.set_nodelay(true)?;
                    let stream: Box<dyn Io> = match tls {
                        None => Box::new(tcp),
                        Some((config, name)) => {
                            Box::new(TlsConnector::from(config).connect(name, tcp).await?)
                        }
                    };
                    Ok::<_, std::io::Error>(stream)
                };
                let stream = tokio::time::timeout(dial_timeout, dial)
                    .await
                    .map_err(|_| std::io::Error::other(DialTimeout(dial_timeout)))??;
                Ok::<_, std::io::Error>(TokioIo::new(stream))
            }
        });
        let channel = Channel::from_shared(endpoint.grpc_uri())
            .map_err(|e| Error::new(format!("{}: {e}", endpoint.url), "check --endpoints"))?
            .connect_with_connector(connector)
            .await
            .map_err(|e| explain(&e, endpoint, self.tls.sends_cert))?;
        Ok(Connection {
            endpoint: endpoint.clone(),
            channel,
            sends_cert: self.tls.sends_cert,
            command_timeout: self.options.command_timeout,
        })
    }

    /// Connects to the first endpoint that answers, in the order given; when none does, the
    /// error lists why for each.
    pub async fn connect_any(&self) -> Result<Connection> {
        let mut failures = Vec::new();
        for endpoint in &self.options.endpoints {
            match self.connect(endpoint).await {
                Ok(connection) => return Ok(connection),
                Err(e) => failures.push(e),
            }
        }
        Err(all_failed(failures))
    }

    /// An HTTP client for /health with the same TLS settings and timeouts.
    pub fn http(&self) -> Result<reqwest::Client> {
        reqwest::Client::builder()
            .use_preconfigured_tls((*self.tls.http).clone())
            .connect_timeout(self.options.dial_timeout)
            .timeout(self.options.command_timeout)
            .no_proxy()
            .build()
            .map_err(|e| Error::new(format!("cannot set up HTTP: {e}"), "this is a bug in ctl"))
    }

    /// Explains a failed HTTP request to `endpoint`.
    pub fn explain_http(&self, err: &reqwest::Error, endpoint: &Endpoint) -> Error {
        if err.is_timeout() {
            return Error::new(
                format!(
                    "{} did not answer within {:?}",
                    endpoint.url, self.options.command_timeout
                ),
                "the member may be overloaded or stopped; raise --command-timeout to wait longer",
            );
        }
        explain(err, endpoint, self.tls.sends_cert)
    }
}

/// One error for several endpoints that all failed.
pub fn all_failed(mut failures: Vec<Error>) -> Error {
    if failures.len() == 1 {
        return failures.remove(0);
    }
    let causes: Vec<String> = failures.iter().map(|e| e.cause.clone()).collect();
    let hint = failures.first().map(|e| e.hint.clone()).unwrap_or_default();
    Error::new(format!("no endpoint answered: {}", causes.join("; ")), hint)
}

/// A channel to one member.
#[derive(Clone)]
pub struct Connection {
    pub endpoint: Endpoint,
    channel: Channel,
    sends_cert: bool,
    command_timeout: Duration,
}

impl Connection {
    pub fn kv(&self) -> KvClient<Channel> {
        KvClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    pub fn cluster(&self) -> ClusterClient<Channel> {
        ClusterClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    pub fn maintenance(&self) -> MaintenanceClient<Channel> {
        MaintenanceClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    pub fn lease(&self) -> LeaseClient<Channel> {
        LeaseClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    pub fn watch(&self) -> WatchClient<Channel> {
        WatchClient::new(self.channel.clone()).max_decoding_message_size(usize::MAX)
    }

    pub fn command_timeout(&self) -> Duration {
        self.command_timeout
    }

    /// Runs one unary call within the command timeout.
    pub async fn call<T>(
        &self,
        call: impl Future<Output = std::result::Result<tonic::Response<T>, Status>>,
    ) -> Result<T> {
        self.call_within(self.command_timeout, call).await
    }

    /// Runs one call within `limit`.
    pub async fn call_within<T>(
        &self,
        limit: Duration,
        call: impl Future<Output = std::result::Result<tonic::Response<T>, Status>>,
    ) -> Result<T> {
        match tokio::time::timeout(limit, call).await {
            Ok(Ok(response)) => Ok(response.into_inner()),
            Ok(Err(status)) => Err(self.status_error(&status)),
            Err(_) => Err(Error::new(
                format!("{} did not answer within {limit:?}", self.endpoint.url),
                "the member may have lost quorum or be overloaded: run `ctl cluster-health`; \
                 raise --command-timeout to wait longer",
            )),
        }
    }

    /// An error for a failed call, naming the endpoint.
    pub fn status_error(&self, status: &Status) -> Error {
        let url = &self.endpoint.url;
        match status.code() {
            Code::Unavailable | Code::Unknown | Code::Cancelled | Code::Internal
                if std::error::Error::source(status).is_some() =>
            {
                explain(status, &self.endpoint, self.sends_cert)
            }
            Code::DeadlineExceeded => Error::new(
                format!("{url}: {}", status.message()),
                "the cluster may have lost quorum: run `ctl cluster-health`",
            ),
            _ => Error::new(
                format!("{url}: {}", status.message()),
                hint_for(status.message()),
            ),
        }
    }
}

/// A next step for etcd's own error messages.
fn hint_for(message: &str) -> &'static str {
    let known: &[(&str, &str)] = &[
        (
            "member ID not found",
            "list the members and their IDs with `ctl member list`",
        ),
        (
            "requested lease not found",
            "list the leases with `ctl lease list`; it may have expired",
        ),
        (
            "required revision has been compacted",
            "ask for a revision after the last compaction",
        ),
        (
            "required revision is a future revision",
            "ask for a revision at or below the current one",
        ),
        (
            "database space exceeded",
            "compact and defragment (`ctl defrag`), then `ctl alarm disarm`",
        ),
        (
            "no leader",
            "the cluster has no quorum: run `ctl cluster-health`",
        ),
        (
            "leader changed",
            "a new leader is being elected: retry in a moment",
        ),
        (
            "unhealthy cluster",
            "bring stopped members back (`ctl cluster-health`) before changing membership",
        ),
        (
            "not enough started members",
            "bring stopped members back (`ctl cluster-health`) before changing membership",
        ),
        (
            "learner member which is in sync",
            "wait until the learner has caught up, then retry",
        ),
        (
            "Peer URLs already exists",
            "a member already uses these peer URLs: see `ctl member list`",
        ),
        (
            "too many requests",
            "the member is overloaded: retry with fewer clients",
        ),
        (
            "request is too large",
            "split the request, or raise the members' --max-request-bytes",
        ),
        (
            "too many operations in txn",
            "split the transaction, or raise the members' --max-txn-ops",
        ),
        (
            "duplicate key given in txn request",
            "put or delete each key at most once per transaction",
        ),
        ("key not found", "check the key"),
        (
            "authentication is not enabled",
            "this cluster has no users; drop --user",
        ),
    ];
    known
        .iter()
        .find(|(needle, _)| message.contains(needle))
        .map(|(_, hint)| *hint)
        .unwrap_or("check the request and the member's log")
}
