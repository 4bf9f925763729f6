//! The Watch service: one bidirectional stream carries any number of watchers. Each stream has a
//! task that reads create/cancel/progress requests and forwards the hub's deliveries as
//! responses, split into fragments when a client asked for that and a response is too large.

use std::collections::HashMap;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures_util::Stream;
use prost::Message as _;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::{Request, Response, Status, Streaming};

use super::super::errors::ApiError;
use super::super::member::Member;
use super::super::proto::etcdserverpb::{
    watch_request::RequestUnion, watch_server::Watch, WatchCreateRequest, WatchRequest,
    WatchResponse,
};
use super::super::watch::Delivery;

/// etcd's default interval for progress notifications.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(600);

pub struct WatchService {
    pub member: Arc<Member>,
}

type WatchStream = Pin<Box<dyn Stream<Item = Result<WatchResponse, Status>> + Send>>;

struct StreamWatcher {
    hub_key: u64,
    fragment: bool,
    progress_notify: bool,
}

struct WatchSession {
    member: Arc<Member>,
    out: mpsc::Sender<Result<WatchResponse, Status>>,
    deliveries: mpsc::UnboundedSender<Delivery>,
    watchers: HashMap<i64, StreamWatcher>,
    next_id: i64,
}

impl WatchSession {
    fn response(&self, watch_id: i64) -> WatchResponse {
        WatchResponse {
            header: Some(self.member.header(self.member.hub.published())),
            watch_id,
            ..Default::default()
        }
    }

    async fn send(&self, response: WatchResponse) -> bool {
        self.out.send(Ok(response)).await.is_ok()
    }

    async fn create(&mut self, request: WatchCreateRequest) -> bool {
        let watch_id = if request.watch_id != 0 {
            request.watch_id
        } else {
            while self.watchers.contains_key(&self.next_id) {
                self.next_id += 1;
            }
            self.next_id
        };
        if request.key.is_empty() || self.watchers.contains_key(&watch_id) {
            // etcd answers a bad create with a created-and-canceled response.
            let mut response = self.response(watch_id);
            response.created = true;
            response.canceled = true;
            response.cancel_reason = if request.key.is_empty() {
                ApiError::EmptyKey.to_string()
            } else {
                "etcdserver: mvcc: watcher ID already in use".into()
            };
            return self.send(response).await;
        }
        let mut created = self.response(watch_id);
        created.created = true;
        if !self.send(created).await {
            return false;
        }
        match self.member.hub.register(
            &self.member.store,
            watch_id,
            &request,
            self.deliveries.clone(),
        ) {
            Ok(hub_key) => {
                self.watchers.insert(
                    watch_id,
                    StreamWatcher {
                        hub_key,
                        fragment: request.fragment,
                        progress_notify: request.progress_notify,
                    },
                );
                true
            }
            Err(e) => {
                let mut response = self.response(watch_id);
                response.canceled = true;
                response.cancel_reason = e.to_string();
                if e == ApiError::Compacted {
                    response.compact_revision = self.member.store.compact_revision();
                }
                self.send(response).await
            }
        }
    }

    async fn cancel(&mut self, watch_id: i64) -> bool {
        if let Some(watcher) = self.watchers.remove(&watch_id) {
            self.member.hub.unregister(watcher.hub_key);
            let mut response = self.response(watch_id);
            response.canceled = true;
            return self.send(response).await;
        }
        true
    }

    async fn deliver(&self, delivery: Delivery) -> bool {
        let Some(watcher) = self.watchers.get(&delivery.watch_id) else {
            return true;
        };
        let mut response = WatchResponse {
            header: Some(self.member.header(delivery.revision)),
            watch_id: delivery.watch_id,
            events: delivery.events,
            ..Default::default()
        };
        let limit = self.member.limits.max_request_bytes as usize;
        if !watcher.fragment || response.encoded_len() <= limit || response.events.len() < 2 {
            return self.send(response).await;
        }
        // Split into fragments, each under the limit where one event allows it.
        let events = std::mem::take(&mut response.events);
        let mut fragment = response.clone();
        let mut size = 0;
        for event in events {
            let len = event.encoded_len();
            if !fragment.events.is_empty() && size + len > limit {
                let mut full = std::mem::replace(&mut fragment, response.clone());
                full.fragment = true;
                if !self.send(full).await {
                    return false;
                }
                size = 0;
            }
            size += len;
            fragment.events.push(event);
        }
        self.send(fragment).await
    }

    async fn progress(&self, only_notify: bool) -> bool {
        if only_notify {
            for (&watch_id, watcher) in &self.watchers {
                if watcher.progress_notify && !self.send(self.response(watch_id)).await {
                    return false;
                }
            }
            true
        } else {
            // A progress request is answered once for the stream, with watch ID -1.
            self.send(self.response(-1)).await
        }
    }

    fn close(&mut self) {
        for (_, watcher) in self.watchers.drain() {
            self.member.hub.unregister(watcher.hub_key);
        }
    }
}

#[tonic::async_trait]
impl Watch for WatchService {
    type WatchStream = WatchStream;

    async fn watch(
        &self,
        request: Request<Streaming<WatchRequest>>,
    ) -> Result<Response<WatchStream>, Status> {
        let mut requests = request.into_inner();
        let (out, responses) = mpsc::channel(128);
        let (deliveries, mut incoming) = mpsc::unbounded_channel();
        let mut session = WatchSession {
            member: self.member.clone(),
            out,
            deliveries,
            watchers: HashMap::new(),
            next_id: 0,
        };
        tokio::spawn(async move {
            let mut progress = tokio::time::interval(PROGRESS_INTERVAL);
            progress.tick().await;
            loop {
                let alive = tokio::select! {
                    request = requests.next() => match request {
                        Some(Ok(WatchRequest { request_union: Some(union) })) => match union {
                            RequestUnion::CreateRequest(create) => session.create(create).await,
                            RequestUnion::CancelRequest(cancel) => session.cancel(cancel.watch_id).await,
                            RequestUnion::ProgressRequest(_) => session.progress(false).await,
                        },
                        Some(Ok(_)) => true,
                        Some(Err(_)) | None => false,
                    },
                    Some(delivery) = incoming.recv() => session.deliver(delivery).await,
                    _ = progress.tick() => session.progress(true).await,
                    _ = session.out.closed() => false,
                };
                if !alive {
                    break;
                }
            }
            session.close();
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(responses))))
    }
}
