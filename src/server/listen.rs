//! Client listeners: plain HTTP/2 + HTTP/1.1 on http URLs, TLS (optionally requiring a client
//! certificate signed by the trusted CA) on https URLs; gRPC and the HTTP endpoints share each.
//! Each connection's writes are coalesced (`coalesce`): one write per batch of ready responses.

mod coalesce;

use std::sync::Arc;

use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::error::{Error, Result};
use crate::server::api::dispatch::{ClientBody, ClientService};
use crate::server::auth::identity::ClientName;
use crate::server::tls::ReloadingTls;
use crate::url::Url;
use coalesce::Coalescing;

/// Idle time before TCP keepalive probes on accepted connections, and between them (Go's
/// default, which etcd's listeners have).
const KEEPALIVE: std::time::Duration = std::time::Duration::from_secs(15);

/// Binds `authority` (host:port), explaining the usual failures.
pub async fn bind(authority: &str) -> Result<TcpListener> {
    TcpListener::bind(authority).await.map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => format!(
                "another process listens on {authority} (see `ss -ltnp 'sport = :{}'`); stop it or choose another port",
                authority.rsplit(':').next().unwrap_or("")
            ),
            std::io::ErrorKind::AddrNotAvailable => {
                "the address is not assigned to this host; use one of its addresses".to_string()
            }
            _ => "check the listen URL".to_string(),
        };
        Error::new(format!("cannot listen on {authority}: {e}"), hint)
    })
}

/// What a listener serves: a hyper service per connection, told the name its client
/// certificate verified (for auth).
pub trait Serves: Clone + Send + Sync + 'static {
    type Body: http_body::Body<Data = bytes::Bytes, Error: Into<BoxError>> + Send + 'static;
    type Service: hyper::service::Service<
            http::Request<Incoming>,
            Response = http::Response<Self::Body>,
            Error = std::convert::Infallible,
            Future: Send + 'static,
        > + Clone
        + Send
        + 'static;

    fn connection(&self, client: Option<ClientName>) -> Self::Service;
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The HTTP endpoints (metrics, peers): an axum router, with the client's name as an extension.
impl Serves for axum::Router {
    type Body = axum::body::Body;
    type Service = TowerToHyperService<axum::Router>;

    fn connection(&self, client: Option<ClientName>) -> Self::Service {
        match client {
            Some(name) => TowerToHyperService::new(self.clone().layer(axum::Extension(name))),
            None => TowerToHyperService::new(self.clone()),
        }
    }
}

/// The client port: gRPC straight to the services, the rest to the HTTP router.
impl Serves for ClientService {
    type Body = ClientBody;
    type Service = ClientService;

    fn connection(&self, client: Option<ClientName>) -> ClientService {
        self.for_client(client)
    }
}

/// Binds every URL in `urls` and serves `router` on each, with TLS on https URLs (the settings
/// checks guarantee `tls` for those); `what` names the traffic in the log.
pub async fn serve_all(
    urls: &[Url],
    tls: Option<Arc<ReloadingTls>>,
    router: impl Serves,
    what: &str,
) -> Result<()> {
    let bound = bind_all(urls).await?;
    serve_bound(bound, tls, router, what);
    Ok(())
}

/// Binds every URL's address, so a port in use is reported before anything starts.
pub async fn bind_all(urls: &[Url]) -> Result<Vec<(Url, TcpListener)>> {
    let mut bound = Vec::with_capacity(urls.len());
    for url in urls {
        bound.push((url.clone(), bind(&url.authority()).await?));
    }
    Ok(bound)
}

/// Serves `router` on listeners bound earlier.
pub fn serve_bound(
    bound: Vec<(Url, TcpListener)>,
    tls: Option<Arc<ReloadingTls>>,
    router: impl Serves,
    what: &str,
) {
    for (url, listener) in bound {
        let tls = tls.clone().filter(|_| url.is_tls());
        tracing::info!(%url, "serving {what}");
        tokio::spawn(serve(listener, tls, router.clone()));
    }
}

/// The common name of the client certificate a TLS connection verified.
fn client_name(connection: &rustls::ServerConnection) -> Option<String> {
    let der = connection.peer_certificates()?.first()?;
    let (_, certificate) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
    let name = certificate.subject().iter_common_name().next()?;
    name.as_str().ok().map(str::to_string)
}

/// Serves `router` on `listener` until the process ends. Each TLS connection takes the side's
/// current certificate, so a reload reaches new connections at once.
pub async fn serve(listener: TcpListener, tls: Option<Arc<ReloadingTls>>, router: impl Serves) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        // As Go's listeners do for etcd: a peer that vanished without closing (a partition, a
        // host gone) is noticed, and its connection's task and buffers freed.
        let _ = socket2::SockRef::from(&stream).set_tcp_keepalive(
            &socket2::TcpKeepalive::new()
                .with_time(KEEPALIVE)
                .with_interval(KEEPALIVE),
        );
        let tls = tls.as_ref().map(|t| TlsAcceptor::from(t.server()));
        let router = router.clone();
        tokio::spawn(async move {
            let builder = Builder::new(TokioExecutor::new());
            let result = match tls {
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(stream) => {
                        // The verified client certificate's CN names the user, for auth.
                        let client = client_name(stream.get_ref().1).map(ClientName);
                        let service = router.connection(client);
                        let stream = TokioIo::new(Coalescing::new(stream));
                        builder
                            .serve_connection_with_upgrades(stream, service)
                            .await
                    }
                    Err(e) => {
                        tracing::warn!(%peer, "rejected connection: TLS handshake failed: {e}");
                        return;
                    }
                },
                None => {
                    let stream = TokioIo::new(Coalescing::new(stream));
                    builder
                        .serve_connection_with_upgrades(stream, router.connection(None))
                        .await
                }
            };
            if let Err(e) = result {
                tracing::debug!(%peer, "connection ended: {e}");
            }
        });
    }
}
