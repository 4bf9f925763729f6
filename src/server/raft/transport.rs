//! The outgoing side of member-to-member traffic on the peer URLs: raft messages over one
//! long-lived gRPC stream per peer (TLS with the peer certificates when the URLs are https),
//! lease questions and membership changes for the leader, and the membership a joining member
//! asks for. Every request names the sender's cluster and member IDs. It hands what comes back
//! to the node and knows nothing of the member; the serving side is `api::peer`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use protobuf::Message as _;
use raft::eraftpb::{Message, MessageType};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt as _;
use tonic::metadata::MetadataValue;
use tonic::transport::{Channel, Endpoint};
use tonic::{Request, Status};

use super::node::{NodeMsg, NodeSender};
use crate::server::metrics::Metrics;
use crate::server::proto::ctlpb::raft_client::RaftClient;
use crate::server::proto::ctlpb::{
    LeaseAnswer, LeaseRequest, MemberChangeRequest, MembersRequest, MembersResponse, RaftEnvelope,
};
use crate::server::tls::ReloadingTls;

/// The metadata naming the sender's cluster and member (hex).
pub const CLUSTER_HEADER: &str = "ctl-cluster-id";
pub const MEMBER_HEADER: &str = "ctl-member-id";
/// Messages queued for one peer before newer ones are dropped (raft resends what matters).
const QUEUE: usize = 4096;

/// Who is talking: this member's IDs, sent with every request.
#[derive(Clone, Copy)]
pub struct PeerIdentity {
    pub cluster_id: u64,
    pub member_id: u64,
}

/// How this member dials its peers.
#[derive(Clone)]
pub struct Dialer {
    /// The peer side's TLS material, as reloaded: each new connection takes the current one.
    tls: Option<Arc<ReloadingTls>>,
    /// Channels by URL, reused across calls (one TLS handshake per peer, not per call).
    channels: Arc<Mutex<HashMap<String, Channel>>>,
}

impl Dialer {
    pub fn new(peer_tls: Option<Arc<ReloadingTls>>) -> Dialer {
        Dialer {
            tls: peer_tls,
            channels: Arc::default(),
        }
    }

    /// A lazily connecting channel to `url` (http or https). Over https the connection is
    /// made here with the peer certificate current at dial time, so a reloaded certificate is
    /// used from the next connection on.
    pub fn channel(&self, url: &str) -> Result<Channel, String> {
        let endpoint = |uri: String| {
            Endpoint::from_shared(uri)
                .map(|e| {
                    e.connect_timeout(Duration::from_secs(1))
                        .tcp_nodelay(true)
                        .http2_keep_alive_interval(Duration::from_secs(2))
                        .keep_alive_timeout(Duration::from_secs(5))
                })
                .map_err(|e| format!("bad peer URL {url}: {e}"))
        };
        if !url.starts_with("https://") {
            return Ok(endpoint(url.to_string())?.connect_lazy());
        }
        let tls = self
            .tls
            .clone()
            .ok_or_else(|| format!("{url} is https but no --peer-cert-file is configured"))?;
        let authority = name_authority(url);
        let host = authority
            .rsplit_once(':')
            .map_or(authority.as_str(), |(h, _)| h)
            .trim_matches(['[', ']'])
            .to_string();
        let name = rustls::pki_types::ServerName::try_from(host)
            .map_err(|e| format!("TLS for {url}: {e}"))?;
        let connector = tower::service_fn(move |_: tonic::transport::Uri| {
            let (tls, name, authority) = (tls.clone(), name.clone(), authority.clone());
            async move {
                let tcp = tokio::time::timeout(
                    Duration::from_secs(1),
                    tokio::net::TcpStream::connect(&authority),
                )
                .await
                .map_err(|_| std::io::Error::other("no connection within 1 s"))??;
                tcp.set_nodelay(true)?;
                let stream = tokio_rustls::TlsConnector::from(tls.client())
                    .connect(name, tcp)
                    .await?;
                Ok::<_, std::io::Error>(hyper_util::rt::TokioIo::new(stream))
            }
        });
        // tonic refuses an https URI without TLS of its own; the connector above makes ours.
        let uri = format!("http://{}", name_authority(url));
        Ok(endpoint(uri)?.connect_with_connector_lazy(connector))
    }

    fn client(&self, url: &str) -> Result<RaftClient<Channel>, String> {
        let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
        let channel = match channels.get(url) {
            Some(channel) => channel.clone(),
            None => {
                let channel = self.channel(url)?;
                channels.insert(url.to_string(), channel.clone());
                channel
            }
        };
        Ok(RaftClient::new(channel)
            .max_decoding_message_size(usize::MAX)
            .max_encoding_message_size(usize::MAX))
    }

    /// Asks the member at `url` (the leader) a lease question.
    pub async fn ask_lease(
        &self,
        url: &str,
        me: PeerIdentity,
        request: LeaseRequest,
    ) -> Result<LeaseAnswer, String> {
        let mut client = self.client(url)?;
        match tokio::time::timeout(Duration::from_secs(3), client.lease(with_ids(request, me)))
            .await
        {
            Ok(Ok(answer)) => Ok(answer.into_inner()),
            Ok(Err(e)) => Err(e.message().to_string()),
            Err(_) => Err("the leader did not answer within 3 s".into()),
        }
    }

    /// Asks the leader at `url` to make a membership change.
    pub async fn ask_member_change(
        &self,
        url: &str,
        me: PeerIdentity,
        request: MemberChangeRequest,
        timeout: Duration,
    ) -> Result<MembersResponse, Status> {
        let mut client = self.client(url).map_err(Status::unavailable)?;
        match tokio::time::timeout(timeout, client.member_change(with_ids(request, me))).await {
            Ok(result) => result.map(|r| r.into_inner()),
            Err(_) => Err(Status::unavailable("etcdserver: request timed out")),
        }
    }

    /// The round trip of one small request to the member at `url` (etcd's peer prober).
    pub async fn probe(&self, url: &str) -> Result<Duration, String> {
        let mut client = self.client(url)?;
        let started = std::time::Instant::now();
        match tokio::time::timeout(Duration::from_secs(3), client.members(MembersRequest {})).await
        {
            Ok(Ok(_)) => Ok(started.elapsed()),
            Ok(Err(e)) => Err(e.message().to_string()),
            Err(_) => Err("no answer within 3 s".into()),
        }
    }

    /// Asks the members at `urls` for the membership (for joining a running cluster).
    pub async fn fetch_members(&self, urls: &[String]) -> Result<MembersResponse, String> {
        let mut last = String::from("no peer URL to ask");
        for url in urls {
            let mut client = self.client(url)?;
            match tokio::time::timeout(Duration::from_secs(3), client.members(MembersRequest {}))
                .await
            {
                Ok(Ok(response)) => return Ok(response.into_inner()),
                Ok(Err(e)) => last = format!("{url}: {}", e.message()),
                Err(_) => last = format!("{url}: no answer within 3 s"),
            }
        }
        Err(last)
    }
}

/// host:port of a peer URL.
fn name_authority(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or_default().to_string()
}

fn with_ids<T>(message: T, me: PeerIdentity) -> Request<T> {
    let mut request = Request::new(message);
    let metadata = request.metadata_mut();
    metadata.insert(
        CLUSTER_HEADER,
        MetadataValue::try_from(format!("{:x}", me.cluster_id)).expect("hex is ASCII"),
    );
    metadata.insert(
        MEMBER_HEADER,
        MetadataValue::try_from(format!("{:x}", me.member_id)).expect("hex is ASCII"),
    );
    request
}

/// Wait this long after a peer's stream broke before dialling it again.
const REDIAL_AFTER: Duration = Duration::from_millis(100);

struct Peer {
    url: String,
    /// Feeds the peer's gRPC stream directly: a message goes from the node task to the
    /// connection's body without a forwarding task in between.
    queue: mpsc::Sender<Message>,
    link: Arc<Link>,
}

/// What a peer's stream task shares with the sending side.
#[derive(Default)]
struct Link {
    /// When the stream broke; the next message after `REDIAL_AFTER` opens a new one.
    broken_at: Mutex<Option<Instant>>,
    /// Snapshots queued but not yet handed to the connection: reported failed if it breaks.
    snapshots_queued: AtomicUsize,
    /// The outage was logged; one warning per peer is enough.
    warned: AtomicBool,
}

impl Link {
    fn broken_at(&self) -> Option<Instant> {
        *self.broken_at.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Outgoing raft messages: one queue and one long-lived stream per peer.
pub struct Transport {
    me: PeerIdentity,
    dialer: Dialer,
    runtime: tokio::runtime::Handle,
    node: NodeSender,
    peers: Mutex<HashMap<u64, Peer>>,
    /// Peer URLs learned before the store knows the membership (a joining member).
    known: HashMap<u64, String>,
    metrics: Arc<Metrics>,
}

impl Transport {
    pub fn new(
        me: PeerIdentity,
        dialer: Dialer,
        runtime: tokio::runtime::Handle,
        node: NodeSender,
        known: &[crate::server::proto::etcdserverpb::Member],
        metrics: Arc<Metrics>,
    ) -> Transport {
        Transport {
            me,
            dialer,
            runtime,
            node,
            peers: Mutex::new(HashMap::new()),
            known: known
                .iter()
                .filter_map(|m| Some((m.id, m.peer_ur_ls.first()?.clone())))
                .collect(),
            metrics,
        }
    }

    /// Sends messages to their peers; `urls` gives each member's peer URL.
    pub fn send(&self, messages: Vec<Message>, url_of: impl Fn(u64) -> Option<String>) {
        let mut peers = self.peers.lock().unwrap_or_else(|e| e.into_inner());
        for message in messages {
            let to = message.to;
            let Some(url) = url_of(to).or_else(|| self.known.get(&to).cloned()) else {
                continue;
            };
            // A broken stream is replaced, but not within REDIAL_AFTER of breaking; a changed
            // URL replaces it at once.
            let mut warned = false;
            let mut waiting = false;
            if let Some(peer) = peers.get(&to) {
                let broken_at = peer.link.broken_at();
                let same_url = peer.url == url;
                waiting = same_url && broken_at.is_some_and(|at| at.elapsed() < REDIAL_AFTER);
                if !same_url || (broken_at.is_some() && !waiting) {
                    warned = same_url && peer.link.warned.load(Ordering::Relaxed);
                    peers.remove(&to);
                }
            }
            let is_snapshot = message.get_msg_type() == MessageType::MsgSnapshot;
            let sent = !waiting && {
                let peer = peers
                    .entry(to)
                    .or_insert_with(|| self.start_peer(to, url, warned));
                if is_snapshot {
                    peer.link.snapshots_queued.fetch_add(1, Ordering::AcqRel);
                }
                let sent = peer.queue.try_send(message).is_ok();
                if is_snapshot && !sent {
                    peer.link.snapshots_queued.fetch_sub(1, Ordering::AcqRel);
                }
                sent
            };
            if !sent {
                self.metrics.peer_send_failed(to);
                let _ = self.node.send(NodeMsg::Unreachable { id: to });
                if is_snapshot {
                    let _ = self.node.send(NodeMsg::SnapshotStatus {
                        id: to,
                        finished: false,
                    });
                }
            }
        }
    }

    /// Forgets a peer (removed from the cluster).
    pub fn remove(&self, id: u64) {
        self.peers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
    }

    /// Opens a stream to peer `id`: the queue's messages are encoded as the connection takes
    /// them. When the stream breaks, the link is marked and the next send opens a new one.
    fn start_peer(&self, id: u64, url: String, warned: bool) -> Peer {
        let (queue, pending) = mpsc::channel::<Message>(QUEUE);
        let link = Arc::new(Link {
            warned: AtomicBool::new(warned),
            ..Link::default()
        });
        self.metrics.peer_added(id);
        let me = self.me;
        let node = self.node.clone();
        let metrics = self.metrics.clone();
        let dialer = self.dialer.clone();
        let (task_link, target) = (link.clone(), url.clone());
        self.runtime.spawn(async move {
            // Made inside the runtime: a new channel starts its own tasks.
            let mut client = match dialer.client(&target) {
                Ok(client) => client,
                Err(e) => {
                    tracing::error!(peer = format!("{id:x}"), "{e}");
                    *task_link.broken_at.lock().unwrap_or_else(|e| e.into_inner()) =
                        Some(Instant::now());
                    return;
                }
            };
            let sent_bytes = metrics.peer_sent_counter(id);
            let (stream_node, stream_link) = (node.clone(), task_link.clone());
            let stream = ReceiverStream::new(pending).map(move |message| {
                let envelope = RaftEnvelope {
                    message: message.write_to_bytes().expect("raft message encodes"),
                };
                sent_bytes.inc_by(envelope.message.len() as u64);
                if message.get_msg_type() == MessageType::MsgSnapshot {
                    stream_link.snapshots_queued.fetch_sub(1, Ordering::AcqRel);
                    let _ = stream_node.send(NodeMsg::SnapshotStatus { id, finished: true });
                }
                envelope
            });
            let reason = match client.send(with_ids(stream, me)).await {
                // Every sender is gone: the peer was forgotten or its URL changed.
                Ok(_) => return,
                Err(e) => e.message().to_string(),
            };
            *task_link.broken_at.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
            if reason.contains("was removed from the cluster") {
                let _ = node.send(NodeMsg::Removed);
                return;
            }
            if !task_link.warned.swap(true, Ordering::Relaxed) {
                tracing::warn!(peer = format!("{id:x}"), url = %target, "peer unreachable: {reason}");
            }
            metrics.peer_send_failed(id);
            let _ = node.send(NodeMsg::Unreachable { id });
            for _ in 0..task_link.snapshots_queued.swap(0, Ordering::AcqRel) {
                let _ = node.send(NodeMsg::SnapshotStatus {
                    id,
                    finished: false,
                });
            }
        });
        Peer { url, queue, link }
    }
}
