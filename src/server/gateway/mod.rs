//! etcd's HTTP/JSON gateway on the client URLs: `POST /v3/<service>/<method>` with a JSON
//! request body, answered by the same service code as gRPC, in process. The JSON mapping is
//! generated from proto/ (pbjson): proto field names, 64-bit integers as strings, bytes as
//! base64, enums by name, default values left out, as etcd's grpc-gateway writes them.
//! Streams (watch, lease keep-alive, snapshot) answer with one `{"result":…}` object per line.

use std::future::Future;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request as HttpRequest;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response as HttpResponse;
use axum::routing::{post, MethodRouter};
use axum::Router;
use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tonic::Status;

use crate::server::api::concurrency::{ElectionService, LockService};
use crate::server::api::{auth::AuthService, kv::KvService, lease::LeaseService};
use crate::server::api::{caller::Caller, watch::WatchService, GRPC_OVERHEAD_BYTES};
use crate::server::api::{maintenance::ClusterService, maintenance::MaintenanceService};
use crate::server::member::Member;
use crate::server::proto::etcdserverpb::{
    auth_server::Auth, cluster_server::Cluster, kv_server::Kv, lease_server::Lease,
    maintenance_server::Maintenance,
};
use crate::server::proto::v3electionpb::election_server::Election;
use crate::server::proto::v3lockpb::lock_server::Lock;

mod json_stream;

use json_stream::{Failure, JsonRequests};

/// The path prefixes the gateway answers under: etcd 3.5's `/v3` and `/v3beta`, and the
/// `/v3alpha` that clients written for etcd 3.2 still use.
const PREFIXES: [&str; 3] = ["/v3", "/v3beta", "/v3alpha"];

/// The services a gateway call reaches, as gRPC reaches them.
struct Services {
    kv: KvService,
    watch: WatchService,
    lease: LeaseService,
    cluster: ClusterService,
    maintenance: MaintenanceService,
    auth: AuthService,
    lock: LockService,
    election: ElectionService,
    /// Most bytes one request body may hold, as gRPC allows.
    limit: usize,
}

/// The caller of an HTTP request, and its body.
fn caller_and_body(request: HttpRequest) -> (Caller, Body) {
    let (parts, body) = request.into_parts();
    (Caller::of_http(&parts), body)
}

/// The gateway's routes under every prefix, ready to merge with gRPC's and the HTTP endpoints.
pub fn router(member: Arc<Member>) -> Router {
    let m = || member.clone();
    let services = Arc::new(Services {
        kv: KvService { member: m() },
        watch: WatchService { member: m() },
        lease: LeaseService { member: m() },
        cluster: ClusterService { member: m() },
        maintenance: MaintenanceService { member: m() },
        auth: AuthService { member: m() },
        lock: LockService { member: m() },
        election: ElectionService { member: m() },
        limit: member.limits.max_request_bytes as usize + GRPC_OVERHEAD_BYTES,
    });
    let s = &services;

    /// `$service.$method` on the decoded body, answered by `$answer` (`unary` for one
    /// message, `server_stream` for a stream).
    macro_rules! call {
        ($answer:ident, $service:ident . $method:ident) => {{
            let services = s.clone();
            post(move |request: HttpRequest| {
                let services = services.clone();
                async move {
                    let limit = services.limit;
                    $answer(request, limit, |r| async move {
                        services.$service.$method(r).await
                    })
                    .await
                }
            })
        }};
    }
    macro_rules! unary {
        ($service:ident . $method:ident) => {
            call!(unary, $service.$method)
        };
    }
    macro_rules! server_stream {
        ($service:ident . $method:ident) => {
            call!(server_stream, $service.$method)
        };
    }

    let watch = {
        let services = s.clone();
        post(move |request: HttpRequest| {
            let services = services.clone();
            async move {
                let (caller, body) = caller_and_body(request);
                let failure = Failure::default();
                let requests = JsonRequests::new(body, services.limit, failure.clone());
                let responses = services
                    .watch
                    .open(caller.token(), caller.client(), requests);
                streamed(StatusCode::OK, responses, Some(failure))
            }
        })
    };
    let keep_alive = {
        let services = s.clone();
        post(move |request: HttpRequest| {
            let services = services.clone();
            async move {
                let (_, body) = caller_and_body(request);
                let failure = Failure::default();
                let requests = JsonRequests::new(body, services.limit, failure.clone());
                streamed(
                    StatusCode::OK,
                    services.lease.keep_alive(requests),
                    Some(failure),
                )
            }
        })
    };

    let routes: Vec<(&str, MethodRouter)> = vec![
        ("/kv/range", unary!(kv.range)),
        ("/kv/put", unary!(kv.put)),
        ("/kv/deleterange", unary!(kv.delete_range)),
        ("/kv/txn", unary!(kv.txn)),
        ("/kv/compaction", unary!(kv.compact)),
        ("/watch", watch),
        ("/lease/grant", unary!(lease.lease_grant)),
        ("/lease/revoke", unary!(lease.lease_revoke)),
        ("/kv/lease/revoke", unary!(lease.lease_revoke)),
        ("/lease/keepalive", keep_alive),
        ("/lease/timetolive", unary!(lease.lease_time_to_live)),
        ("/kv/lease/timetolive", unary!(lease.lease_time_to_live)),
        ("/lease/leases", unary!(lease.lease_leases)),
        ("/kv/lease/leases", unary!(lease.lease_leases)),
        ("/cluster/member/add", unary!(cluster.member_add)),
        ("/cluster/member/remove", unary!(cluster.member_remove)),
        ("/cluster/member/update", unary!(cluster.member_update)),
        ("/cluster/member/list", unary!(cluster.member_list)),
        ("/cluster/member/promote", unary!(cluster.member_promote)),
        ("/maintenance/alarm", unary!(maintenance.alarm)),
        ("/maintenance/status", unary!(maintenance.status)),
        ("/maintenance/defragment", unary!(maintenance.defragment)),
        ("/maintenance/hash", unary!(maintenance.hash)),
        ("/maintenance/hashkv", unary!(maintenance.hash_kv)),
        (
            "/maintenance/snapshot",
            server_stream!(maintenance.snapshot),
        ),
        (
            "/maintenance/transfer-leadership",
            unary!(maintenance.move_leader),
        ),
        ("/maintenance/downgrade", unary!(maintenance.downgrade)),
        ("/auth/enable", unary!(auth.auth_enable)),
        ("/auth/disable", unary!(auth.auth_disable)),
        ("/auth/status", unary!(auth.auth_status)),
        ("/auth/authenticate", unary!(auth.authenticate)),
        ("/auth/user/add", unary!(auth.user_add)),
        ("/auth/user/get", unary!(auth.user_get)),
        ("/auth/user/list", unary!(auth.user_list)),
        ("/auth/user/delete", unary!(auth.user_delete)),
        ("/auth/user/changepw", unary!(auth.user_change_password)),
        ("/auth/user/grant", unary!(auth.user_grant_role)),
        ("/auth/user/revoke", unary!(auth.user_revoke_role)),
        ("/auth/role/add", unary!(auth.role_add)),
        ("/auth/role/get", unary!(auth.role_get)),
        ("/auth/role/list", unary!(auth.role_list)),
        ("/auth/role/delete", unary!(auth.role_delete)),
        ("/auth/role/grant", unary!(auth.role_grant_permission)),
        ("/auth/role/revoke", unary!(auth.role_revoke_permission)),
        ("/lock/lock", unary!(lock.lock)),
        ("/lock/unlock", unary!(lock.unlock)),
        ("/election/campaign", unary!(election.campaign)),
        ("/election/proclaim", unary!(election.proclaim)),
        ("/election/leader", unary!(election.leader)),
        ("/election/observe", server_stream!(election.observe)),
        ("/election/resign", unary!(election.resign)),
    ];
    let mut router = Router::new();
    for (path, method) in routes {
        // Browsers ask first (CORS preflight); etcd answers any origin.
        let method = method.options(|| async { StatusCode::OK });
        for prefix in PREFIXES {
            router = router.route(&format!("{prefix}{path}"), method.clone());
        }
    }
    router.layer(axum::middleware::map_response(allow_any_origin))
}

/// What a path no route knows gets: gRPC's Unimplemented for a gRPC call, else a 404 as
/// etcd's HTTP mux answers.
pub async fn unknown_path(request: HttpRequest) -> HttpResponse {
    let grpc = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/grpc"));
    if grpc {
        return Status::unimplemented("").into_http();
    }
    let mut response = HttpResponse::new(Body::from("404 page not found\n"));
    *response.status_mut() = StatusCode::NOT_FOUND;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    allow_any_origin(response).await
}

/// etcd's CORS headers (its default `--cors` is "*"), on every HTTP answer of the client URLs.
pub async fn allow_any_origin(mut response: HttpResponse) -> HttpResponse {
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST, GET, OPTIONS, PUT, DELETE"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("accept, content-type, authorization"),
    );
    response
}

/// The request message in `body`: JSON, or nothing for an all-defaults request.
async fn read_message<T: DeserializeOwned + Default>(
    body: Body,
    limit: usize,
) -> Result<T, Status> {
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| {
        Status::resource_exhausted(format!(
            "etcdserver: request is too large (the limit is {limit} bytes, --max-request-bytes plus gRPC's overhead)"
        ))
    })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(&bytes).map_err(|e| Status::invalid_argument(e.to_string()))
}

async fn unary<Req, Resp, F, Fut>(request: HttpRequest, limit: usize, call: F) -> HttpResponse
where
    Req: DeserializeOwned + Default,
    Resp: Serialize,
    F: FnOnce(tonic::Request<Req>) -> Fut,
    Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
{
    let (caller, body) = caller_and_body(request);
    let message = match read_message::<Req>(body, limit).await {
        Ok(message) => message,
        Err(status) => return error_response(&status),
    };
    match call(caller.request(message)).await {
        Ok(response) => json_response(StatusCode::OK, &response.into_inner()),
        Err(status) => error_response(&status),
    }
}

async fn server_stream<Req, Resp, S, F, Fut>(
    request: HttpRequest,
    limit: usize,
    call: F,
) -> HttpResponse
where
    Req: DeserializeOwned + Default,
    Resp: Serialize + Send + 'static,
    S: Stream<Item = Result<Resp, Status>> + Send + Unpin + 'static,
    F: FnOnce(tonic::Request<Req>) -> Fut,
    Fut: Future<Output = Result<tonic::Response<S>, Status>>,
{
    let (caller, body) = caller_and_body(request);
    let message = match read_message::<Req>(body, limit).await {
        Ok(message) => message,
        Err(status) => return stream_error_response(&status),
    };
    let mut responses = match call(caller.request(message)).await {
        Ok(response) => response.into_inner(),
        Err(status) => return stream_error_response(&status),
    };
    // As etcd's gateway: a stream that fails before its first message fails with its status.
    match responses.next().await {
        Some(Err(status)) => stream_error_response(&status),
        first => {
            let first = futures_util::stream::iter(first);
            streamed(StatusCode::OK, first.chain(responses), None)
        }
    }
}

/// One JSON object per line: `{"result":…}` for each message, then `{"error":…}` if the stream
/// failed (or its requests did, as `failure` tells).
fn streamed<Resp, S>(status: StatusCode, responses: S, failure: Option<Failure>) -> HttpResponse
where
    Resp: Serialize + Send + 'static,
    S: Stream<Item = Result<Resp, Status>> + Send + 'static,
{
    #[derive(Serialize)]
    struct Chunk<T> {
        result: T,
    }
    let lines = responses
        .map(|item| match item {
            Ok(message) => (line(&Chunk { result: message }), false),
            Err(status) => (line(&stream_error(&status)), true),
        })
        // Nothing follows an error.
        .scan(false, |failed, (line, error)| {
            let out = (!*failed).then_some(line);
            *failed = error;
            futures_util::future::ready(out)
        });
    let tail = futures_util::stream::once(async move {
        let failed = failure.and_then(|f| f.lock().unwrap().take());
        failed.map(|status| line(&stream_error(&status)))
    })
    .filter_map(futures_util::future::ready);
    let lines = lines.chain(tail).map(Ok::<Bytes, std::convert::Infallible>);
    let mut response = HttpResponse::new(Body::from_stream(lines));
    *response.status_mut() = status;
    json_headers(&mut response, true);
    response
}

fn line<T: Serialize>(value: &T) -> Bytes {
    let mut bytes = serde_json::to_vec(value).unwrap_or_else(|e| {
        serde_json::to_vec(&stream_error(&Status::internal(e.to_string()))).unwrap_or_default()
    });
    bytes.push(b'\n');
    bytes.into()
}

fn json_headers(response: &mut HttpResponse, ok: bool) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if ok {
        // What etcd's gateway passes on from the gRPC answer.
        headers.insert(
            "grpc-metadata-content-type",
            HeaderValue::from_static("application/grpc"),
        );
    }
}

fn json_response<T: Serialize>(status: StatusCode, message: &T) -> HttpResponse {
    match serde_json::to_vec(message) {
        Ok(body) => {
            let mut response = HttpResponse::new(Body::from(body));
            *response.status_mut() = status;
            json_headers(&mut response, status == StatusCode::OK);
            response
        }
        Err(e) => error_response(&Status::internal(e.to_string())),
    }
}

/// grpc-gateway's answer to a failed unary call.
fn error_response(status: &Status) -> HttpResponse {
    #[derive(Serialize)]
    struct ErrorBody<'a> {
        error: &'a str,
        code: i32,
        message: &'a str,
    }
    json_response(
        http_status(status.code()),
        &ErrorBody {
            error: status.message(),
            code: status.code() as i32,
            message: status.message(),
        },
    )
}

#[derive(Serialize)]
struct StreamErrorBody {
    error: StreamError,
}

#[derive(Serialize)]
struct StreamError {
    grpc_code: i32,
    http_code: u16,
    message: String,
    http_status: String,
}

fn stream_error(status: &Status) -> StreamErrorBody {
    let http = http_status(status.code());
    StreamErrorBody {
        error: StreamError {
            grpc_code: status.code() as i32,
            http_code: http.as_u16(),
            message: status.message().to_string(),
            http_status: http.canonical_reason().unwrap_or("").to_string(),
        },
    }
}

/// grpc-gateway's answer to a stream that fails before its first message.
fn stream_error_response(status: &Status) -> HttpResponse {
    let mut response = HttpResponse::new(Body::from(line(&stream_error(status))));
    *response.status_mut() = http_status(status.code());
    json_headers(&mut response, false);
    response
}

/// The HTTP status grpc-gateway gives each gRPC code.
fn http_status(code: tonic::Code) -> StatusCode {
    use tonic::Code;
    match code {
        Code::Ok => StatusCode::OK,
        Code::Cancelled => StatusCode::REQUEST_TIMEOUT,
        Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => {
            StatusCode::BAD_REQUEST
        }
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::proto::etcdserverpb::{
        compare, Compare, RangeRequest, RangeResponse, ResponseHeader, TxnRequest,
    };
    use crate::server::proto::mvccpb::KeyValue;

    #[test]
    fn responses_are_written_as_etcds_gateway_writes_them() {
        let response = RangeResponse {
            header: Some(ResponseHeader {
                cluster_id: 6001611773266757492,
                member_id: 13049071153751544597,
                revision: 3,
                raft_term: 2,
            }),
            kvs: vec![KeyValue {
                key: b"foo".to_vec(),
                create_revision: 2,
                mod_revision: 3,
                version: 2,
                value: b"bar".to_vec(),
                lease: 0,
            }],
            more: false,
            count: 1,
        };
        // As etcd 3.5.1 answered `curl /v3/kv/range -d '{"key":"Zm9v"}'`.
        assert_eq!(
            serde_json::to_string(&response).unwrap(),
            r#"{"header":{"cluster_id":"6001611773266757492","member_id":"13049071153751544597","revision":"3","raft_term":"2"},"kvs":[{"key":"Zm9v","create_revision":"2","mod_revision":"3","version":"2","value":"YmFy"}],"count":"1"}"#
        );
    }

    #[test]
    fn requests_take_numbers_or_strings_enums_by_name_and_ignore_unknown_fields() {
        let range: RangeRequest = serde_json::from_str(
            r#"{"key":"Zm9v","limit":"1","revision":2,"serializable":true,"bogus":1}"#,
        )
        .unwrap();
        assert_eq!(
            (range.key.as_slice(), range.limit, range.revision),
            (&b"foo"[..], 1, 2)
        );
        assert!(range.serializable);
        let txn: TxnRequest = serde_json::from_str(
            r#"{"compare":[{"target":"CREATE","result":"GREATER","key":"Zm9v","create_revision":"2"}]}"#,
        )
        .unwrap();
        let Compare {
            target,
            result,
            target_union,
            ..
        } = &txn.compare[0];
        assert_eq!(*target, compare::CompareTarget::Create as i32);
        assert_eq!(*result, compare::CompareResult::Greater as i32);
        assert_eq!(*target_union, Some(compare::TargetUnion::CreateRevision(2)));
        assert!(serde_json::from_str::<RangeRequest>(r#"{"key":"not base64!"}"#).is_err());
    }

    #[test]
    fn errors_map_to_grpc_gateways_http_statuses() {
        assert_eq!(
            http_status(tonic::Code::InvalidArgument),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(http_status(tonic::Code::NotFound), StatusCode::NOT_FOUND);
        assert_eq!(
            http_status(tonic::Code::OutOfRange),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            http_status(tonic::Code::Unauthenticated),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            http_status(tonic::Code::PermissionDenied),
            StatusCode::FORBIDDEN
        );
    }
}
