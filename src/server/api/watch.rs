//! The Watch service: one bidirectional stream carries any number of watchers. A task reads the
//! stream's create, cancel and progress requests and hands them to the hub; the responses come
//! from the stream's bounded outbox in the hub, in the order the hub queued them, split into
//! fragments when a client asked for that and a response is too large.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::Stream;
use prost::Message as _;
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use crate::server::auth::identity::{resolve, token, watch_refusal, ClientName};
use crate::server::auth::store::Access;
use crate::server::member::Member;
use crate::server::proto::etcdserverpb::{
    watch_request::RequestUnion, watch_server::Watch, WatchCreateRequest, WatchRequest,
    WatchResponse,
};
use crate::server::storage::watch::{HubStream, Outgoing};

/// etcd's default interval for progress notifications.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(600);

pub struct WatchService {
    pub member: Arc<Member>,
}

/// The responses of one stream: the hub's outbox turned into `WatchResponse`s.
pub struct WatchResponses {
    stream: Arc<HubStream>,
    member: Arc<Member>,
    /// Fragments of a response not yet sent.
    pending: VecDeque<WatchResponse>,
}

impl WatchResponses {
    fn response(&self, watch_id: i64, revision: i64) -> WatchResponse {
        WatchResponse {
            header: Some(self.member.header(revision)),
            watch_id,
            ..Default::default()
        }
    }

    fn convert(&mut self, item: Outgoing) {
        match item {
            Outgoing::Created {
                watch_id,
                revision,
                cancel_reason,
            } => {
                let mut response = self.response(watch_id, revision);
                response.created = true;
                if let Some(reason) = cancel_reason {
                    response.canceled = true;
                    response.cancel_reason = reason;
                }
                self.pending.push_back(response);
            }
            Outgoing::Progress { watch_id, revision } => {
                self.pending.push_back(self.response(watch_id, revision));
            }
            Outgoing::Canceled {
                watch_id,
                revision,
                compact_revision,
            } => {
                let mut response = self.response(watch_id, revision);
                response.canceled = true;
                response.compact_revision = compact_revision;
                self.pending.push_back(response);
            }
            Outgoing::Events {
                watch_id,
                revision,
                events,
                fragment,
            } => {
                let mut response = self.response(watch_id, revision);
                response.events = events;
                let limit = self.member.limits.max_request_bytes as usize;
                if !fragment || response.encoded_len() < limit || response.events.len() < 2 {
                    self.pending.push_back(response);
                    return;
                }
                // etcd's fragments: each under the limit where one event allows it, all but
                // the last marked as fragments.
                let events = std::mem::take(&mut response.events);
                // The response without events, plus the fragment flag.
                let base = response.encoded_len() + 2;
                let mut part = response.clone();
                let mut size = base;
                for event in events {
                    let len = event.encoded_len();
                    let len = 1 + prost::encoding::encoded_len_varint(len as u64) + len;
                    if !part.events.is_empty() && size + len > limit {
                        let mut full = std::mem::replace(&mut part, response.clone());
                        full.fragment = true;
                        self.pending.push_back(full);
                        size = base;
                    }
                    size += len;
                    part.events.push(event);
                }
                self.pending.push_back(part);
            }
        }
    }
}

impl Stream for WatchResponses {
    type Item = Result<WatchResponse, Status>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(response) = self.pending.pop_front() {
            return Poll::Ready(Some(Ok(response)));
        }
        match self.stream.poll_next(cx) {
            Poll::Ready(Some(item)) => {
                self.convert(item);
                Poll::Ready(self.pending.pop_front().map(Ok))
            }
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Drop for WatchResponses {
    fn drop(&mut self) {
        // The client is gone: its watchers go too.
        self.stream.close();
    }
}

/// Reads the client's requests until the stream fails or closes. A client that only closes
/// its sending side keeps its watchers, as with etcd.
/// Who a watch stream comes from: its token or client certificate, resolved for each create
/// against the auth store as it is then.
struct StreamIdentity {
    token: Option<String>,
    client: Option<ClientName>,
}

/// etcd's isWatchPermitted: read on the watched range (an empty key being "\0").
fn permitted(
    member: &Member,
    identity: &StreamIdentity,
    create: &WatchCreateRequest,
) -> Result<(), String> {
    if !member.auth.enabled() {
        return Ok(());
    }
    let state = member.auth.current();
    let check = || {
        let who = resolve(
            &state,
            &member.auth.tokens,
            identity.token.as_deref(),
            identity.client.as_ref(),
            member.client_cert_auth,
        )?;
        let key: &[u8] = if create.key.is_empty() {
            &[0]
        } else {
            &create.key
        };
        state.check(who.as_ref(), key, &create.range_end, Access::Read)
    };
    check().map_err(watch_refusal)
}

async fn serve_requests<S>(
    member: Arc<Member>,
    identity: StreamIdentity,
    stream: Arc<HubStream>,
    mut requests: S,
) where
    S: Stream<Item = Result<WatchRequest, Status>> + Unpin + Send + 'static,
{
    let mut progress = tokio::time::interval(PROGRESS_INTERVAL);
    progress.tick().await;
    let mut reading = true;
    loop {
        if reading {
            // A client that sends requests but reads no answers waits here, so its answers
            // stay bounded.
            tokio::select! {
                _ = stream.room_for_requests() => {}
                _ = stream.closed() => return,
            }
        }
        tokio::select! {
            request = requests.next(), if reading => match request {
                Some(Ok(WatchRequest { request_union: Some(union) })) => match union {
                    RequestUnion::CreateRequest(create) => match permitted(&member, &identity, &create) {
                        Ok(()) => stream.create(&create),
                        Err(reason) => stream.refuse(reason),
                    },
                    RequestUnion::CancelRequest(cancel) => stream.cancel(cancel.watch_id),
                    RequestUnion::ProgressRequest(_) => stream.request_progress(),
                },
                Some(Ok(_)) => {}
                Some(Err(_)) => {
                    stream.close();
                    return;
                }
                None => reading = false,
            },
            _ = progress.tick() => stream.progress_tick(),
            _ = stream.closed() => return,
        }
    }
}

impl WatchService {
    /// One watch stream: `requests` from a client with `token` or certificate name `client`,
    /// answered by the returned responses (gRPC's stream and the JSON gateway's alike).
    pub fn open<S>(
        &self,
        token: Option<String>,
        client: Option<ClientName>,
        requests: S,
    ) -> WatchResponses
    where
        S: Stream<Item = Result<WatchRequest, Status>> + Unpin + Send + 'static,
    {
        let stream = self.member.hub.open_stream();
        let identity = StreamIdentity { token, client };
        tokio::spawn(serve_requests(
            self.member.clone(),
            identity,
            stream.clone(),
            requests,
        ));
        WatchResponses {
            stream,
            member: self.member.clone(),
            pending: VecDeque::new(),
        }
    }
}

#[tonic::async_trait]
impl Watch for WatchService {
    type WatchStream = WatchResponses;

    async fn watch(
        &self,
        request: Request<Streaming<WatchRequest>>,
    ) -> Result<Response<WatchResponses>, Status> {
        let token = token(request.metadata());
        let client = request.extensions().get::<ClientName>().cloned();
        Ok(Response::new(self.open(
            token,
            client,
            request.into_inner(),
        )))
    }
}
