//! etcd's v3 gRPC services (tonic), one file per service group, over the shared `Member`.

use tonic::{Request, Status};

use crate::server::member::Member;

pub mod auth;
pub mod caller;
pub mod concurrency;
pub mod dispatch;
pub mod kv;
pub mod lease;
pub mod maintenance;
pub mod metered;
pub mod peer;
pub mod watch;

/// gRPC's frame overhead beyond --max-request-bytes, as etcd allows.
pub(crate) const GRPC_OVERHEAD_BYTES: usize = 512 * 1024;

/// Root only (etcd's IsAdminPermitted), with etcd's codes.
pub(crate) fn admin<T>(member: &Member, request: &Request<T>) -> Result<(), Status> {
    if !member.auth.enabled() {
        return Ok(());
    }
    let who = member.who(request)?;
    member.auth.current().check_admin(who.as_ref())?;
    Ok(())
}
