//! Connections to members: one tonic channel per endpoint over ctl's own connector (TCP, then
//! rustls with the explaining verifier), an HTTP client for /health, and the mapping of every
//! failure to an [`Error`] that names the endpoint and what to do.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tonic::transport::Channel;
use tonic::{Code, Status};

use super::endpoint::Endpoint;
use super::explain::{client_cert_required, find, plain_to_tls, unexplained, DialTimeout};
use super::tls::{client_tls, ClientTls, TlsOptions};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::auth_client::AuthClient;
use crate::server::proto::etcdserverpb::cluster_client::ClusterClient;
use crate::server::proto::etcdserverpb::kv_client::KvClient;
use crate::server::proto::etcdserverpb::lease_client::LeaseClient;
use crate::server::proto::etcdserverpb::maintenance_client::MaintenanceClient;
use crate::server::proto::etcdserverpb::watch_client::WatchClient;
use crate::server::proto::etcdserverpb::AuthenticateRequest;
use crate::server::proto::v3electionpb::election_client::ElectionClient;
use crate::server::proto::v3lockpb::lock_client::LockClient;

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
    /// --user and its password, for members with auth on.
    pub credentials: Option<Credentials>,
    pub keepalive: Keepalive,
    /// --debug: say on standard error where each connection goes and how it ends.
    pub debug: bool,
}

/// HTTP/2 pings on connections with open streams (a watch, a lock wait), so a member that
/// vanished without closing the connection is noticed: etcdctl's --keepalive-time and
/// --keepalive-timeout.
#[derive(Debug, Clone, Copy)]
pub struct Keepalive {
    pub time: Duration,
    pub timeout: Duration,
}

impl Keepalive {
    /// grpc-go clients (etcdctl's) ping no more often than every 10 s whatever is asked, and
    /// etcd answers pings more frequent than every 5 s by closing the connection.
    pub const MIN_TIME: Duration = Duration::from_secs(10);
}

impl Default for Keepalive {
    /// etcdctl's defaults.
    fn default() -> Keepalive {
        Keepalive {
            time: Duration::from_secs(2),
            timeout: Duration::from_secs(6),
        }
    }
}

/// A user name and password (etcdctl's --user NAME:PASSWORD, --password).
#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        write!(f, "Credentials {{ user: {:?} }}", self.user)
    }
}

/// Adds the auth token to every call on a connection.
#[derive(Clone, Default)]
pub struct Token(Option<tonic::metadata::AsciiMetadataValue>);

impl tonic::service::Interceptor for Token {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> std::result::Result<tonic::Request<()>, Status> {
        if let Some(token) = &self.0 {
            request.metadata_mut().insert("token", token.clone());
        }
        Ok(request)
    }
}

/// A channel whose calls carry the token.
pub type Authed = tonic::service::interceptor::InterceptedService<Channel, Token>;

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
        let keepalive = self.options.keepalive;
        let channel = Channel::from_shared(endpoint.grpc_uri())
            .map_err(|e| Error::new(format!("{}: {e}", endpoint.url), "check --endpoints"))?
            .http2_keep_alive_interval(keepalive.time.max(Keepalive::MIN_TIME))
            .keep_alive_timeout(keepalive.timeout)
            .keep_alive_while_idle(false)
            .connect_with_connector(connector)
            .await;
        let channel = match channel {
            Ok(channel) => channel,
            Err(e) => {
                let error = self.diagnose(&e, endpoint).await;
                if self.options.debug {
                    eprintln!("debug: {} failed: {}", endpoint.url, error.cause);
                }
                return Err(error);
            }
        };
        if self.options.debug {
            eprintln!("debug: connected to {}", endpoint.url);
        }
        let mut connection = Connection {
            endpoint: endpoint.clone(),
            channel,
            session: self.clone(),
            token: Token::default(),
        };
        if let Some(credentials) = &self.options.credentials {
            let request = AuthenticateRequest {
                name: credentials.user.clone(),
                password: credentials.password.clone(),
            };
            let answer = connection
                .call(connection.auth().authenticate(request))
                .await?;
            let token = answer.token.parse().map_err(|_| {
                Error::new(
                    format!("{} answered with an unusable token", endpoint.url),
                    "this is a bug in the member",
                )
            })?;
            connection.token = Token(Some(token));
        }
        Ok(connection)
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
    pub async fn explain_http(&self, err: &reqwest::Error, endpoint: &Endpoint) -> Error {
        if err.is_timeout() {
            return Error::new(
                format!(
                    "{} did not answer within {:?}",
                    endpoint.url, self.options.command_timeout
                ),
                "the member may be overloaded or stopped; raise --command-timeout to wait longer",
            );
        }
        self.diagnose(err, endpoint).await
    }

    /// Explains a failure to use `endpoint`: from the error chain when it says why; otherwise by
    /// a probe, because a TLS 1.3 server refuses a client certificate after the handshake and
    /// the HTTP/2 layer reports only "connection closed".
    pub async fn diagnose(
        &self,
        err: &(dyn std::error::Error + Send + Sync + 'static),
        endpoint: &Endpoint,
    ) -> Error {
        let sends_cert = self.tls.sends_cert;
        if let Some(known) = find(err, endpoint, sends_cert) {
            return known;
        }
        match self.probe(endpoint).await {
            Some(found) => found,
            None => unexplained(err, endpoint),
        }
    }

    /// Opens a fresh connection, sends the HTTP/2 preface and reads the answer: a TLS alert, a
    /// close or an HTTP/1 reply tells what the member objects to.
    async fn probe(&self, endpoint: &Endpoint) -> Option<Error> {
        const PREFACE: &[u8] =
            b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00";
        let sends_cert = self.tls.sends_cert;
        let limit = self.options.dial_timeout;
        let tcp = tokio::time::timeout(limit, TcpStream::connect(endpoint.authority()))
            .await
            .ok()?;
        let tcp = match tcp {
            Ok(tcp) => tcp,
            Err(e) => return find(&e, endpoint, sends_cert),
        };
        let mut buf = [0u8; 64];
        if endpoint.is_tls() {
            let name = endpoint.server_name().ok()?;
            let connect = TlsConnector::from(self.tls.grpc.clone()).connect(name, tcp);
            let mut stream = match tokio::time::timeout(limit, connect).await.ok()? {
                Ok(stream) => stream,
                Err(e) => return find(&e, endpoint, sends_cert),
            };
            let _ = stream.write_all(PREFACE).await;
            match tokio::time::timeout(limit, stream.read(&mut buf))
                .await
                .ok()?
            {
                Err(e) => find(&e, endpoint, sends_cert)
                    .or_else(|| (!sends_cert).then(|| client_cert_required(endpoint))),
                Ok(0) if !sends_cert => Some(client_cert_required(endpoint)),
                _ => None,
            }
        } else {
            let mut tcp = tcp;
            let _ = tcp.write_all(PREFACE).await;
            match tokio::time::timeout(limit, tcp.read(&mut buf)).await.ok()? {
                // A TLS record (an alert) or an HTTP/1 "400 Bad Request" from a TLS server.
                Ok(n)
                    if n > 0
                        && (buf[0] == 0x15 || buf[0] == 0x16 || buf.starts_with(b"HTTP/1")) =>
                {
                    Some(plain_to_tls(endpoint))
                }
                Ok(0) | Err(_) => Some(plain_to_tls(endpoint)),
                _ => None,
            }
        }
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

/// A channel to one member (and, with --user, its token).
#[derive(Clone)]
pub struct Connection {
    pub endpoint: Endpoint,
    channel: Channel,
    session: Session,
    token: Token,
}

impl Connection {
    fn authed(&self) -> Authed {
        tonic::service::interceptor::InterceptedService::new(
            self.channel.clone(),
            self.token.clone(),
        )
    }

    pub fn kv(&self) -> KvClient<Authed> {
        KvClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn cluster(&self) -> ClusterClient<Authed> {
        ClusterClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn maintenance(&self) -> MaintenanceClient<Authed> {
        MaintenanceClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn lease(&self) -> LeaseClient<Authed> {
        LeaseClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn watch(&self) -> WatchClient<Authed> {
        WatchClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn auth(&self) -> AuthClient<Authed> {
        AuthClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn lock(&self) -> LockClient<Authed> {
        LockClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn election(&self) -> ElectionClient<Authed> {
        ElectionClient::new(self.authed()).max_decoding_message_size(usize::MAX)
    }

    pub fn command_timeout(&self) -> Duration {
        self.session.options.command_timeout
    }

    /// Runs one unary call within the command timeout.
    pub async fn call<T>(
        &self,
        call: impl Future<Output = std::result::Result<tonic::Response<T>, Status>>,
    ) -> Result<T> {
        self.call_within(self.command_timeout(), call).await
    }

    /// Runs one call within `limit`.
    pub async fn call_within<T>(
        &self,
        limit: Duration,
        call: impl Future<Output = std::result::Result<tonic::Response<T>, Status>>,
    ) -> Result<T> {
        match tokio::time::timeout(limit, call).await {
            Ok(Ok(response)) => Ok(response.into_inner()),
            Ok(Err(status)) if is_transport(&status) => {
                Err(self.session.diagnose(&status, &self.endpoint).await)
            }
            Ok(Err(status)) => Err(self.status_error(&status)),
            Err(_) => Err(Error::new(
                format!("{} did not answer within {limit:?}", self.endpoint.url),
                "the member may have lost quorum or be overloaded: run `ctl cluster-health`; \
                 raise --command-timeout to wait longer",
            )),
        }
    }

    /// An error for a failed call, naming the endpoint (without probing: for streams).
    pub fn status_error(&self, status: &Status) -> Error {
        let url = &self.endpoint.url;
        match status.code() {
            _ if is_transport(status) => find(status, &self.endpoint, self.session.tls.sends_cert)
                .unwrap_or_else(|| unexplained(status, &self.endpoint)),
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

/// Whether the call failed in the connection rather than in the member.
fn is_transport(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::Unavailable | Code::Unknown | Code::Cancelled | Code::Internal
    ) && std::error::Error::source(status).is_some()
}

/// A next step for etcd's own error messages.
pub fn hint_for(message: &str) -> &'static str {
    let known: &[(&str, &str)] = &[
        (
            "user name is empty",
            "auth is on: give --user NAME[:PASSWORD] (or ETCDCTL_USER), or a client certificate whose CN is a user",
        ),
        (
            "authentication failed",
            "check the user name and password given with --user (and --password)",
        ),
        (
            "invalid auth token",
            "the token expired or the member restarted: run the command again to log in anew",
        ),
        (
            "revision of auth store is old",
            "users or roles changed meanwhile: run the command again",
        ),
        (
            "permission denied",
            "the user's roles do not allow this: `ctl role get ROLE` shows them; root can grant more (`ctl role grant-permission`)",
        ),
        (
            "authentication is not enabled",
            "leave out --user, or enable auth with `ctl auth enable`",
        ),
        (
            "root user does not exist",
            "create it first: `ctl user add root`",
        ),
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
