//! The client port's front door: an etcd gRPC call goes straight to its tonic service by the
//! service name in its path, metered on the way (no router, no boxed bodies: this is every
//! request's path); anything else goes to the HTTP router (endpoints, JSON gateway, fallback).

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use http_body_util::Either;
use hyper::body::Incoming;
use tonic::server::NamedService;
use tower::{Service, ServiceExt};

use super::{auth, concurrency, kv, lease, maintenance, metered, watch, GRPC_OVERHEAD_BYTES};
use crate::server::auth::identity::ClientName;
use crate::server::member::Member;
use crate::server::metrics::Metrics;
use crate::server::proto::etcdserverpb::{
    auth_server::AuthServer, cluster_server::ClusterServer, kv_server::KvServer,
    lease_server::LeaseServer, maintenance_server::MaintenanceServer, watch_server::WatchServer,
};
use crate::server::proto::v3electionpb::election_server::ElectionServer;
use crate::server::proto::v3lockpb::lock_server::LockServer;

type GrpcResponse = http::Response<tonic::body::Body>;
type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T, Infallible>> + Send>>;

/// A response body: a metered gRPC one or the HTTP router's.
pub type ClientBody = Either<metered::Metered<tonic::body::Body>, axum::body::Body>;

/// The client port's service, one per connection (cheap: it shares everything but the name of
/// the connection's verified client certificate).
#[derive(Clone)]
pub struct ClientService {
    services: Arc<Services>,
    client: Option<ClientName>,
}

/// etcd's gRPC services, each named once: its field, its tonic server and the service behind it.
macro_rules! grpc_services {
    ($($field:ident: $server:ident<$module:ident::$service:ident>),* $(,)?) => {
        struct Services {
            $($field: $server<$module::$service>,)*
            metrics: Arc<Metrics>,
            /// Everything that is not an etcd gRPC service.
            http: axum::Router,
        }

        impl Services {
            fn new(member: Arc<Member>, http: axum::Router) -> Services {
                let max = member.limits.max_request_bytes as usize + GRPC_OVERHEAD_BYTES;
                Services {
                    $($field: $server::new($module::$service { member: member.clone() })
                        .max_decoding_message_size(max)
                        .max_encoding_message_size(usize::MAX),)*
                    metrics: member.metrics.clone(),
                    http,
                }
            }

            /// The call to the service the path names, or the HTTP router's.
            fn call(&self, request: http::Request<Incoming>) -> ClientFuture {
                let service = request
                    .uri()
                    .path()
                    .strip_prefix('/')
                    .and_then(|p| p.split_once('/'))
                    .map_or("", |(service, _)| service);
                $(if service == <$server<$module::$service> as NamedService>::NAME {
                    return grpc(&self.$field, &self.metrics, request);
                })*
                ClientFuture::Http(Box::pin(self.http.clone().oneshot(request)))
            }
        }
    };
}

grpc_services! {
    kv: KvServer<kv::KvService>,
    watch: WatchServer<watch::WatchService>,
    lease: LeaseServer<lease::LeaseService>,
    maintenance: MaintenanceServer<maintenance::MaintenanceService>,
    cluster: ClusterServer<maintenance::ClusterService>,
    auth: AuthServer<auth::AuthService>,
    lock: LockServer<concurrency::LockService>,
    election: ElectionServer<concurrency::ElectionService>,
}

impl ClientService {
    /// etcd's gRPC services over `member`, and `http` for every other path.
    pub fn new(member: Arc<Member>, http: axum::Router) -> ClientService {
        ClientService {
            services: Arc::new(Services::new(member, http)),
            client: None,
        }
    }

    /// The service for a connection whose client certificate names `client`.
    pub fn for_client(&self, client: Option<ClientName>) -> ClientService {
        ClientService {
            services: self.services.clone(),
            client,
        }
    }
}

/// Calls a tonic server with a metered request.
fn grpc<S>(server: &S, metrics: &Arc<Metrics>, request: http::Request<Incoming>) -> ClientFuture
where
    S: Service<
            http::Request<metered::Metered<Incoming>>,
            Response = GrpcResponse,
            Error = Infallible,
            Future = BoxFuture<GrpcResponse>,
        > + Clone,
{
    let (request, started) = metered::start(metrics, request);
    // tonic's servers are always ready; a clone shares their service.
    let future = server.clone().call(request);
    ClientFuture::Grpc { future, started }
}

impl hyper::service::Service<http::Request<Incoming>> for ClientService {
    type Response = http::Response<ClientBody>;
    type Error = Infallible;
    type Future = ClientFuture;

    fn call(&self, mut request: http::Request<Incoming>) -> ClientFuture {
        if let Some(client) = &self.client {
            request.extensions_mut().insert(client.clone());
        }
        self.services.call(request)
    }
}

/// The answer to one request.
pub enum ClientFuture {
    Grpc {
        future: BoxFuture<GrpcResponse>,
        started: Option<metered::Started>,
    },
    Http(BoxFuture<axum::response::Response>),
}

impl Future for ClientFuture {
    type Output = Result<http::Response<ClientBody>, Infallible>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match &mut *self {
            ClientFuture::Grpc { future, started } => {
                let Ok(response) = ready!(future.as_mut().poll(cx));
                let response = metered::finish(started.take(), response);
                Poll::Ready(Ok(response.map(Either::Left)))
            }
            ClientFuture::Http(future) => {
                let Ok(response) = ready!(future.as_mut().poll(cx));
                Poll::Ready(Ok(response.map(Either::Right)))
            }
        }
    }
}
