//! Cluster and endpoint checks: `cluster-health` (the member list, then every member's client
//! URLs checked concurrently over HTTP /health and a gRPC Status), and etcdctl's `endpoint
//! health`, `status` and `hashkv`. They work against real etcd and ctl members alike.

use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde_json::Value;

use super::connection::{all_failed, Connection, Session};
use super::endpoint::Endpoint;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    AlarmRequest, HashKvRequest, HashKvResponse, Member, MemberListRequest, MemberListResponse,
    RangeRequest, StatusRequest, StatusResponse,
};

/// Lists the members through the first endpoint that answers.
pub async fn member_list(session: &Session) -> Result<(Connection, MemberListResponse)> {
    let mut failures = Vec::new();
    for endpoint in &session.options.endpoints {
        let attempt = async {
            let connection = session.connect(endpoint).await?;
            let list = connection
                .call(
                    connection
                        .cluster()
                        .member_list(MemberListRequest::default()),
                )
                .await?;
            Ok::<_, Error>((connection, list))
        };
        match attempt.await {
            Ok(answer) => return Ok(answer),
            Err(e) => failures.push(e),
        }
    }
    Err(all_failed(failures))
}

/// The client URLs of every started member, for `--cluster`.
pub async fn cluster_endpoints(session: &Session) -> Result<Vec<Endpoint>> {
    let (_, list) = member_list(session).await?;
    client_endpoints(&list)
}

/// The client URLs of every member of `list` that advertises them.
pub fn client_endpoints(list: &MemberListResponse) -> Result<Vec<Endpoint>> {
    let mut endpoints = Vec::new();
    for member in &list.members {
        for url in &member.client_ur_ls {
            let endpoint = Endpoint::from_url(url).map_err(|problem| {
                Error::new(
                    format!(
                        "member {:x} advertises a client URL ctl cannot use: {problem}",
                        member.id
                    ),
                    "fix the member's --advertise-client-urls",
                )
            })?;
            if !endpoints.contains(&endpoint) {
                endpoints.push(endpoint);
            }
        }
    }
    if endpoints.is_empty() {
        return Err(Error::new(
            "no member advertises a client URL",
            "start the members, or name them with --endpoints instead of --cluster",
        ));
    }
    Ok(endpoints)
}

/// The member named by `text`: its name, or its ID in hex as etcdctl prints it.
pub fn find_member<'a>(list: &'a MemberListResponse, text: &str) -> Result<&'a Member> {
    let by_id = u64::from_str_radix(text, 16).ok();
    list.members
        .iter()
        .find(|m| m.name == text)
        .or_else(|| list.members.iter().find(|m| Some(m.id) == by_id))
        .ok_or_else(|| {
            let known: Vec<String> = list
                .members
                .iter()
                .map(|m| {
                    let name = if m.name.is_empty() {
                        "unstarted"
                    } else {
                        &m.name
                    };
                    format!("{:x} ({name})", m.id)
                })
                .collect();
            Error::new(
                format!("no member has the ID or name {text:?}"),
                format!("the members are: {}", known.join(", ")),
            )
        })
}

// ---------------------------------------------------------------------------------------------
// cluster-health
// ---------------------------------------------------------------------------------------------

/// What one check of a member found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Healthy,
    Unhealthy,
    Unreachable,
}

impl State {
    pub fn word(self) -> &'static str {
        match self {
            State::Healthy => "healthy",
            State::Unhealthy => "unhealthy",
            State::Unreachable => "unreachable",
        }
    }
}

/// The whole cluster's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every member is healthy.
    Healthy,
    /// Some member is not, but a quorum of voting members is.
    Degraded,
    /// No quorum of healthy voting members (or no member answered at all).
    Unavailable,
}

impl Verdict {
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Healthy => "healthy",
            Verdict::Degraded => "degraded",
            Verdict::Unavailable => "unavailable",
        }
    }

    /// The exit status of `cluster-health`: 0 healthy, 1 degraded, 2 unavailable.
    pub fn exit_code(self) -> i32 {
        match self {
            Verdict::Healthy => 0,
            Verdict::Degraded => 1,
            Verdict::Unavailable => 2,
        }
    }
}

#[derive(Debug, Clone)]
pub struct MemberHealth {
    pub id: u64,
    pub name: String,
    pub is_learner: bool,
    pub state: State,
    /// The client URL the result came from, if any was tried.
    pub url: Option<String>,
    /// Why it is unhealthy or unreachable.
    pub reason: Option<String>,
    pub took: Duration,
}

impl MemberHealth {
    /// The seed's line: `member <id> is healthy: got healthy result from <url>`.
    pub fn line(&self) -> String {
        let id = format!("{:x}", self.id);
        match (self.state, &self.url) {
            (State::Healthy, Some(url)) => {
                format!("member {id} is healthy: got healthy result from {url}")
            }
            (State::Unhealthy, Some(url)) => match &self.reason {
                Some(reason) => {
                    format!("member {id} is unhealthy: got unhealthy result from {url} ({reason})")
                }
                None => format!("member {id} is unhealthy: got unhealthy result from {url}"),
            },
            _ => format!(
                "member {id} is {}: {}",
                self.state.word(),
                self.reason.as_deref().unwrap_or("no answer")
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ClusterHealth {
    pub members: Vec<MemberHealth>,
    pub verdict: Verdict,
    /// Why the member list could not be had, when no endpoint answered.
    pub list_error: Option<Error>,
}

/// Lists the members, checks them all concurrently and judges the cluster.
pub async fn cluster_health(session: &Session) -> ClusterHealth {
    let list = match member_list(session).await {
        Ok((_, list)) => list,
        Err(e) => {
            return ClusterHealth {
                members: Vec::new(),
                verdict: Verdict::Unavailable,
                list_error: Some(e),
            }
        }
    };
    let http = session.http();
    let mut members = list.members;
    members.sort_by_key(|m| m.id);
    let checks = members
        .iter()
        .map(|m| check_member(session, http.as_ref().ok(), m));
    let members: Vec<MemberHealth> = join_all(checks).await;
    let verdict = judge(&members);
    ClusterHealth {
        members,
        verdict,
        list_error: None,
    }
}

/// Healthy when all members are; degraded while a quorum of the voters is.
pub fn judge(members: &[MemberHealth]) -> Verdict {
    let voters: Vec<&MemberHealth> = members.iter().filter(|m| !m.is_learner).collect();
    let healthy_voters = voters.iter().filter(|m| m.state == State::Healthy).count();
    if !members.is_empty() && members.iter().all(|m| m.state == State::Healthy) {
        Verdict::Healthy
    } else if !voters.is_empty() && healthy_voters > voters.len() / 2 {
        Verdict::Degraded
    } else {
        Verdict::Unavailable
    }
}

async fn check_member(
    session: &Session,
    http: Option<&reqwest::Client>,
    member: &Member,
) -> MemberHealth {
    let started = Instant::now();
    let mut health = MemberHealth {
        id: member.id,
        name: member.name.clone(),
        is_learner: member.is_learner,
        state: State::Unreachable,
        url: None,
        reason: Some("no available published client urls".into()),
        took: Duration::ZERO,
    };
    // Each URL in turn until one answers healthy; the best answer wins.
    for url in &member.client_ur_ls {
        let (state, reason) = match Endpoint::from_url(url) {
            Ok(endpoint) => check_url(session, http, &endpoint).await,
            Err(problem) => (
                State::Unreachable,
                Some(format!("bad client URL: {problem}")),
            ),
        };
        let better = health.url.is_none() || state_rank(state) < state_rank(health.state);
        if better {
            health.state = state;
            health.reason = reason;
            health.url = Some(url.clone());
        }
        if state == State::Healthy {
            break;
        }
    }
    health.took = started.elapsed();
    health
}

fn state_rank(state: State) -> u8 {
    match state {
        State::Healthy => 0,
        State::Unhealthy => 1,
        State::Unreachable => 2,
    }
}

/// /health over HTTP and Status over gRPC, at once.
async fn check_url(
    session: &Session,
    http: Option<&reqwest::Client>,
    endpoint: &Endpoint,
) -> (State, Option<String>) {
    let http_check = async {
        let Some(client) = http else {
            return Err("no HTTP client".to_string());
        };
        let response = match client.get(endpoint.health_url()).send().await {
            Ok(response) => response,
            Err(e) => return Err(session.explain_http(&e, endpoint).await.cause),
        };
        let status = response.status();
        let body: Value = response
            .json()
            .await
            .map_err(|e| format!("/health answered {status} without JSON: {e}"))?;
        Ok(body)
    };
    let grpc_check = async {
        let connection = session.connect(endpoint).await?;
        connection
            .call(connection.maintenance().status(StatusRequest::default()))
            .await
    };
    let (http_result, grpc_result) = tokio::join!(http_check, grpc_check);
    match (http_result, grpc_result) {
        (Ok(body), Ok(status)) => {
            if body["health"] == "true" {
                if status.errors.is_empty() {
                    (State::Healthy, None)
                } else {
                    (State::Unhealthy, Some(status.errors.join(", ")))
                }
            } else {
                let reason = body["reason"].as_str().filter(|r| !r.is_empty());
                let reason = reason
                    .map(str::to_string)
                    .or_else(|| (status.leader == 0).then(|| "no leader".to_string()));
                (State::Unhealthy, reason)
            }
        }
        (Ok(_), Err(e)) => (State::Unhealthy, Some(format!("gRPC: {}", e.cause))),
        (Err(e), Ok(_)) => (State::Unhealthy, Some(format!("/health: {e}"))),
        (Err(_), Err(e)) => (State::Unreachable, Some(e.cause)),
    }
}

// ---------------------------------------------------------------------------------------------
// endpoint health | status | hashkv
// ---------------------------------------------------------------------------------------------

/// etcdctl's `endpoint health` for one endpoint.
#[derive(Debug, Clone)]
pub struct EndpointHealth {
    pub endpoint: String,
    pub health: bool,
    pub took: Duration,
    pub error: Option<String>,
}

/// Checks every endpoint concurrently as etcdctl does: a linearizable read commits through
/// raft, and no alarm may be raised.
pub async fn endpoint_health(session: &Session, endpoints: &[Endpoint]) -> Vec<EndpointHealth> {
    join_all(endpoints.iter().map(|endpoint| async move {
        let started = Instant::now();
        let check = async {
            let connection = session.connect(endpoint).await.map_err(|e| e.cause)?;
            let read = RangeRequest {
                key: b"health".to_vec(),
                ..Default::default()
            };
            match connection.call(connection.kv().range(read)).await {
                Ok(_) => {}
                // A cluster with auth refuses the read but has committed it: healthy.
                Err(e) if e.cause.contains("permission denied") => {}
                Err(e) => return Err(e.cause),
            }
            let alarms = connection
                .call(connection.maintenance().alarm(AlarmRequest::default()))
                .await
                .map_err(|e| e.cause)?;
            if !alarms.alarms.is_empty() {
                let names: Vec<String> = alarms
                    .alarms
                    .iter()
                    .map(|a| alarm_name(a.alarm).to_string())
                    .collect();
                return Err(format!("Active Alarm(s): {}", names.join(" ")));
            }
            Ok(())
        };
        let result: std::result::Result<(), String> = check.await;
        EndpointHealth {
            endpoint: endpoint.given.clone(),
            health: result.is_ok(),
            took: started.elapsed(),
            error: result.err(),
        }
    }))
    .await
}

/// The name etcd gives an alarm type.
pub fn alarm_name(alarm: i32) -> &'static str {
    match alarm {
        1 => "NOSPACE",
        2 => "CORRUPT",
        _ => "NONE",
    }
}

/// Defragments every endpoint at once; each endpoint's outcome. Defragmenting rewrites the
/// whole backend, so each gets at least 60 s, beyond the command timeout.
pub async fn defragment_each(
    session: &Session,
    endpoints: &[Endpoint],
) -> Vec<(
    Endpoint,
    Result<crate::server::proto::etcdserverpb::DefragmentResponse>,
)> {
    each_endpoint(session, endpoints, |c| async move {
        let limit = c.command_timeout().max(Duration::from_secs(60));
        let request = crate::server::proto::etcdserverpb::DefragmentRequest {};
        c.call_within(limit, c.maintenance().defragment(request))
            .await
    })
    .await
}

/// Runs `call` against every endpoint concurrently; each endpoint's answer or error.
pub async fn each_endpoint<T, F, Fut>(
    session: &Session,
    endpoints: &[Endpoint],
    call: F,
) -> Vec<(Endpoint, Result<T>)>
where
    F: Fn(Connection) -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let call = &call;
    join_all(endpoints.iter().map(|endpoint| async move {
        let result = match session.connect(endpoint).await {
            Ok(connection) => call(connection).await,
            Err(e) => Err(e),
        };
        (endpoint.clone(), result)
    }))
    .await
}

pub async fn endpoint_status(
    session: &Session,
    endpoints: &[Endpoint],
) -> Vec<(Endpoint, Result<StatusResponse>)> {
    each_endpoint(session, endpoints, |c| async move {
        c.call(c.maintenance().status(StatusRequest::default()))
            .await
    })
    .await
}

pub async fn endpoint_hashkv(
    session: &Session,
    endpoints: &[Endpoint],
    revision: i64,
) -> Vec<(Endpoint, Result<HashKvResponse>)> {
    each_endpoint(session, endpoints, |c| async move {
        c.call(c.maintenance().hash_kv(HashKvRequest { revision }))
            .await
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: u64, learner: bool, state: State) -> MemberHealth {
        MemberHealth {
            id,
            name: format!("m{id}"),
            is_learner: learner,
            state,
            url: Some(format!("https://127.0.0.{id}:2379")),
            reason: None,
            took: Duration::ZERO,
        }
    }

    #[test]
    fn verdicts_follow_the_quorum_of_voters() {
        use State::*;
        let all = |states: &[State]| -> Vec<MemberHealth> {
            states
                .iter()
                .enumerate()
                .map(|(i, s)| member(i as u64 + 1, false, *s))
                .collect()
        };
        assert_eq!(judge(&all(&[Healthy, Healthy, Healthy])), Verdict::Healthy);
        assert_eq!(
            judge(&all(&[Healthy, Healthy, Unreachable])),
            Verdict::Degraded
        );
        assert_eq!(
            judge(&all(&[Healthy, Unhealthy, Unreachable])),
            Verdict::Unavailable
        );
        assert_eq!(judge(&[]), Verdict::Unavailable);
        // A learner does not count towards the quorum, but a sick one degrades the cluster.
        let mut with_learner = all(&[Healthy]);
        with_learner.push(member(9, true, Unreachable));
        assert_eq!(judge(&with_learner), Verdict::Degraded);
    }

    #[test]
    fn lines_are_the_seeds() {
        let m = member(0x5d7a44f5c39446c1, false, State::Healthy);
        assert_eq!(
            m.line(),
            format!(
                "member 5d7a44f5c39446c1 is healthy: got healthy result from {}",
                m.url.as_deref().unwrap()
            )
        );
    }
}
