//! etcd's v3 gRPC services (tonic), one file per service group, over the shared `Member`.

use std::sync::Arc;

use tonic::{Request, Status};

use crate::server::member::Member;
use crate::server::proto::etcdserverpb::{
    auth_server::AuthServer, cluster_server::ClusterServer, kv_server::KvServer,
    lease_server::LeaseServer, maintenance_server::MaintenanceServer, watch_server::WatchServer,
};
use crate::server::proto::v3electionpb::election_server::ElectionServer;
use crate::server::proto::v3lockpb::lock_server::LockServer;

pub mod auth;
pub mod caller;
pub mod concurrency;
pub mod kv;
pub mod lease;
pub mod maintenance;
pub mod metered;
pub mod peer;
pub mod watch;

/// gRPC's frame overhead beyond --max-request-bytes, as etcd allows.
pub(crate) const GRPC_OVERHEAD_BYTES: usize = 512 * 1024;

/// All services, routed by path, ready to merge with the HTTP endpoints.
pub fn routes(member: Arc<Member>) -> axum::Router {
    let max = member.limits.max_request_bytes as usize + GRPC_OVERHEAD_BYTES;
    macro_rules! service {
        ($server:ident, $service:expr) => {
            $server::new($service)
                .max_decoding_message_size(max)
                .max_encoding_message_size(usize::MAX)
        };
    }
    let m = || member.clone();
    tonic::service::Routes::builder()
        .add_service(service!(KvServer, kv::KvService { member: m() }))
        .add_service(service!(WatchServer, watch::WatchService { member: m() }))
        .add_service(service!(LeaseServer, lease::LeaseService { member: m() }))
        .add_service(service!(
            MaintenanceServer,
            maintenance::MaintenanceService { member: m() }
        ))
        .add_service(service!(
            ClusterServer,
            maintenance::ClusterService { member: m() }
        ))
        .add_service(service!(AuthServer, auth::AuthService { member: m() }))
        .add_service(service!(
            LockServer,
            concurrency::LockService { member: m() }
        ))
        .add_service(service!(
            ElectionServer,
            concurrency::ElectionService { member: m() }
        ))
        .clone()
        .routes()
        .into_axum_router()
        .layer(axum::middleware::from_fn_with_state(
            member.metrics.clone(),
            metered::meter,
        ))
}

/// Root only (etcd's IsAdminPermitted), with etcd's codes.
pub(crate) fn admin<T>(member: &Member, request: &Request<T>) -> Result<(), Status> {
    if !member.auth.enabled() {
        return Ok(());
    }
    let who = member.who(request)?;
    member.auth.current().check_admin(who.as_ref())?;
    Ok(())
}
