//! etcd's HTTP endpoints on the client URLs: /health, /version, /livez, /readyz and /metrics.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::server::member::{Member, CLUSTER_VERSION, SERVER_VERSION};

/// How long /health waits for a linearizable read before calling the member unhealthy.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(2);

pub fn router(member: Arc<Member>) -> Router {
    monitoring()
        .route("/version", get(version))
        .route("/livez", get(livez))
        .route("/readyz", get(readyz))
        .with_state(member)
        .layer(axum::middleware::map_response(
            crate::server::gateway::allow_any_origin,
        ))
}

/// What --listen-metrics-urls serve: the metrics and the health check.
pub fn metrics_router(member: Arc<Member>) -> Router {
    monitoring().with_state(member)
}

/// /health and /metrics, served on the client URLs and the metrics URLs alike.
fn monitoring() -> Router<Arc<Member>> {
    Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics))
}

/// Why the member is unhealthy, if it is: no leader, an alarm, or a read that does not complete.
pub async fn unhealthy_reason(member: &Member) -> Option<String> {
    if !member.has_leader() {
        return Some("RAFT NO LEADER".into());
    }
    if let Some(alarm) = member.alarm_names().first() {
        return Some(format!("ALARM {alarm}"));
    }
    match tokio::time::timeout(HEALTH_TIMEOUT, member.read_barrier()).await {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(_) => Some("QGET ERROR timeout".into()),
    }
}

async fn health(State(member): State<Arc<Member>>) -> impl IntoResponse {
    let reason = unhealthy_reason(&member).await;
    match &reason {
        None => member.metrics.health_success.inc(),
        Some(_) => member.metrics.health_failures.inc(),
    }
    match reason {
        None => (
            StatusCode::OK,
            Json(json!({"health": "true", "reason": ""})),
        ),
        Some(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"health": "false", "reason": reason})),
        ),
    }
}

/// etcd's two fields exactly: clients such as etcd3-py build a record from them and fail on
/// any other, so ctl's own version goes in a header.
async fn version() -> impl IntoResponse {
    (
        [(CTL_VERSION_HEADER, env!("CARGO_PKG_VERSION"))],
        Json(json!({
            "etcdserver": SERVER_VERSION,
            "etcdcluster": CLUSTER_VERSION,
        })),
    )
}

/// The header of /version that names the ctl release serving it.
pub const CTL_VERSION_HEADER: &str = "x-ctl-version";

async fn livez() -> impl IntoResponse {
    "ok\n"
}

async fn readyz(State(member): State<Arc<Member>>) -> impl IntoResponse {
    match unhealthy_reason(&member).await {
        None => (StatusCode::OK, "ok\n".to_string()),
        Some(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("[-]{reason}\nreadyz check failed\n"),
        ),
    }
}

async fn metrics(State(member): State<Arc<Member>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        member.metrics.render(&member.gauges()),
    )
}
