//! The outgoing side of member-to-member traffic on the peer URLs: raft messages over one
//! long-lived raft stream per peer (`stream`; TLS with the peer certificates when the URLs are
//! https, and a gRPC stream to members that predate it),
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

use prometheus::IntCounter;
use tokio::io::{AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _};

use super::node::{NodeMsg, NodeSender};
use super::stream;
use crate::server::metrics::Metrics;
use crate::server::proto::ctlpb::raft_client::RaftClient;
use crate::server::proto::ctlpb::{
    LeaseAnswer, LeaseRequest, MemberChangeRequest, MembersRequest, MembersResponse, RaftEnvelope,
};
use crate::server::tls::ReloadingTls;

/// The metadata naming the sender's cluster and member (hex).
pub const CLUSTER_HEADER: &str = "ctl-cluster-id";
pub const MEMBER_HEADER: &str = "ctl-member-id";
/// Batches (one per node turn) queued for one peer before newer ones are dropped (raft resends
/// what matters).
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
        let tls = self.peer_tls(url)?;
        let authority = name_authority(url);
        let name = server_name(url, &authority)?;
        let connector = tower::service_fn(move |_: tonic::transport::Uri| {
            let (tls, name, authority) = (tls.clone(), name.clone(), authority.clone());
            async move {
                let tcp = connect_tcp(&authority).await?;
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

    /// The peer TLS material for an https `url`.
    fn peer_tls(&self, url: &str) -> Result<Arc<ReloadingTls>, String> {
        self.tls
            .clone()
            .ok_or_else(|| format!("{url} is https but no --peer-cert-file is configured"))
    }

    /// Opens the raft stream to the member at `url`: a connection of its own (TLS with the
    /// current peer certificate on https), upgraded from HTTP/1.1.
    async fn open_stream(&self, url: &str, me: PeerIdentity) -> Result<Opened, String> {
        let authority = name_authority(url);
        let tcp = connect_tcp(&authority)
            .await
            .map_err(|e| format!("cannot connect: {e}"))?;
        // A dead peer is noticed within seconds, as HTTP/2 keepalive did for the gRPC stream:
        // probes on an idle connection, and a limit on how long sent bytes may go unacknowledged.
        let socket = socket2::SockRef::from(&tcp);
        let keepalive = socket2::TcpKeepalive::new()
            .with_time(Duration::from_secs(2))
            .with_interval(Duration::from_secs(1))
            .with_retries(3);
        socket
            .set_tcp_keepalive(&keepalive)
            .and_then(|()| socket.set_tcp_user_timeout(Some(STALL)))
            .map_err(|e| format!("cannot set TCP keepalive: {e}"))?;
        if !url.starts_with("https://") {
            return upgrade(tcp, &authority, me).await;
        }
        let tls = self.peer_tls(url)?;
        let mut config = (*tls.client()).clone();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        let stream = tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(server_name(url, &authority)?, tcp)
            .await
            .map_err(|e| format!("TLS handshake: {e}"))?;
        upgrade(stream, &authority, me).await
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

/// What a peer answered to the raft stream's upgrade.
enum Opened {
    /// The raw stream, ready for frames.
    Framed(hyper::upgrade::Upgraded),
    /// A member that predates the raft stream: send over its gRPC service instead.
    Grpc,
    /// It refused this member, saying why.
    Refused(String),
}

/// A TCP connection to `authority` within a second, without Nagle's delay.
async fn connect_tcp(authority: &str) -> std::io::Result<tokio::net::TcpStream> {
    let tcp = tokio::time::timeout(
        Duration::from_secs(1),
        tokio::net::TcpStream::connect(authority),
    )
    .await
    .map_err(|_| std::io::Error::other("no connection within 1 s"))??;
    tcp.set_nodelay(true)?;
    Ok(tcp)
}

/// The name a peer's certificate must carry: the host of its URL.
fn server_name(
    url: &str,
    authority: &str,
) -> Result<rustls::pki_types::ServerName<'static>, String> {
    let host = authority
        .rsplit_once(':')
        .map_or(authority, |(h, _)| h)
        .trim_matches(['[', ']'])
        .to_string();
    rustls::pki_types::ServerName::try_from(host).map_err(|e| format!("TLS for {url}: {e}"))
}

/// Asks for the raft stream over the HTTP/1.1 connection `io`, naming this member.
async fn upgrade<S>(io: S, authority: &str, me: PeerIdentity) -> Result<Opened, String>
where
    S: tokio::io::AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    use http::header::{CONNECTION, HOST, UPGRADE};
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(io))
            .await
            .map_err(|e| e.to_string())?;
    tokio::spawn(connection.with_upgrades());
    let request = http::Request::get(stream::STREAM_PATH)
        .header(HOST, authority)
        .header(CONNECTION, "upgrade")
        .header(UPGRADE, stream::PROTOCOL)
        .header(CLUSTER_HEADER, format!("{:x}", me.cluster_id))
        .header(MEMBER_HEADER, format!("{:x}", me.member_id))
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    if status == http::StatusCode::SWITCHING_PROTOCOLS {
        let io = hyper::upgrade::on(response)
            .await
            .map_err(|e| e.to_string())?;
        return Ok(Opened::Framed(io));
    }
    if !stream::REFUSED.contains(&status.as_u16()) {
        return Ok(Opened::Grpc);
    }
    let body = http_body_util::BodyExt::collect(response.into_body())
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    Ok(Opened::Refused(
        String::from_utf8_lossy(&body).trim().to_string(),
    ))
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
    /// The peer stream task's queue: one batch per node turn.
    queue: mpsc::Sender<Vec<Message>>,
    link: Arc<Link>,
}

/// What a peer's stream task shares with the sending side.
struct Link {
    /// When the stream broke; the next message after `REDIAL_AFTER` opens a new one.
    broken_at: Mutex<Option<Instant>>,
    /// A plain TCP stream's send side, once open: senders write their frames to the socket
    /// themselves, without waking the stream's task.
    outbox: Mutex<Outbox>,
    /// Wakes the stream's task to finish what the socket would not take at once.
    flush: tokio::sync::Notify,
    sent_bytes: IntCounter,
    /// Snapshots queued but not yet handed to the connection: reported failed if it breaks.
    snapshots_queued: AtomicUsize,
    /// The outage was logged; one warning per peer is enough.
    warned: AtomicBool,
}

impl Link {
    fn broken_at(&self) -> Option<Instant> {
        *self.broken_at.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn outbox(&self) -> std::sync::MutexGuard<'_, Outbox> {
        self.outbox.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Appends `batch`'s frames to `buffer`; returns how many snapshots it holds. A message
    /// too big for a frame is dropped (raft sends again; a snapshot is reported failed).
    fn encode(
        &self,
        id: u64,
        batch: Vec<Message>,
        buffer: &mut Vec<u8>,
        node: &NodeSender,
    ) -> usize {
        let mut snapshots = 0;
        for message in batch {
            let is_snapshot = message.get_msg_type() == MessageType::MsgSnapshot;
            match stream::encode(&message, buffer) {
                Ok(length) => {
                    self.sent_bytes.inc_by(length as u64);
                    snapshots += usize::from(is_snapshot);
                }
                Err(e) => {
                    tracing::error!(peer = format!("{id:x}"), "{e}");
                    if is_snapshot {
                        self.snapshots_queued.fetch_sub(1, Ordering::AcqRel);
                        let _ = node.send(NodeMsg::SnapshotStatus {
                            id,
                            finished: false,
                        });
                    }
                }
            }
        }
        snapshots
    }

    /// Snapshots whose frames went to the connection: raft hears they went out.
    fn snapshots_sent(&self, id: u64, count: usize, node: &NodeSender) {
        for _ in 0..count {
            self.snapshots_queued.fetch_sub(1, Ordering::AcqRel);
            let _ = node.send(NodeMsg::SnapshotStatus { id, finished: true });
        }
    }
}

/// Frames for a plain TCP raft stream that any sender may write.
#[derive(Default)]
struct Outbox {
    /// Set while the stream is open and plain.
    socket: Option<Arc<tokio::net::tcp::OwnedWriteHalf>>,
    /// Frames the socket has not taken yet, in order; the stream's task writes them as it can.
    unsent: Vec<u8>,
    /// Why a write failed; the stream's task ends the stream with it.
    failed: Option<String>,
}

impl Outbox {
    /// Writes what the socket takes now without waiting.
    fn write_some(&mut self) {
        let Some(socket) = &self.socket else { return };
        while !self.unsent.is_empty() && self.failed.is_none() {
            match socket.try_write(&self.unsent) {
                Ok(0) => self.failed = Some("the peer closed the raft stream".into()),
                Ok(written) => {
                    self.unsent.drain(..written);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
                Err(e) => self.failed = Some(e.to_string()),
            }
        }
        if self.unsent.is_empty() && self.unsent.capacity() > WRITE_BUFFER * 4 {
            // A snapshot's buffer is not kept for the heartbeats after it.
            self.unsent = Vec::new();
        }
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

    /// Sends messages to their peers; `urls` gives each member's peer URL. Each peer's share
    /// goes to its stream as one batch, written with one write.
    pub fn send(&self, messages: Vec<Message>, url_of: impl Fn(u64) -> Option<String>) {
        let mut batches: Vec<(u64, Vec<Message>)> = Vec::new();
        for message in messages {
            match batches.iter_mut().find(|(to, _)| *to == message.to) {
                Some((_, batch)) => batch.push(message),
                None => batches.push((message.to, vec![message])),
            }
        }
        let mut peers = self.peers.lock().unwrap_or_else(|e| e.into_inner());
        for (to, batch) in batches {
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
            let snapshots = batch
                .iter()
                .filter(|m| m.get_msg_type() == MessageType::MsgSnapshot)
                .count();
            let sent = !waiting && {
                let peer = peers
                    .entry(to)
                    .or_insert_with(|| self.start_peer(to, url, warned));
                peer.link
                    .snapshots_queued
                    .fetch_add(snapshots, Ordering::AcqRel);
                let sent = self.hand_over(to, peer, batch);
                if !sent {
                    peer.link
                        .snapshots_queued
                        .fetch_sub(snapshots, Ordering::AcqRel);
                }
                sent
            };
            if !sent {
                self.metrics.peer_send_failed(to);
                let _ = self.node.send(NodeMsg::Unreachable { id: to });
                for _ in 0..snapshots {
                    let _ = self.node.send(NodeMsg::SnapshotStatus {
                        id: to,
                        finished: false,
                    });
                }
            }
        }
    }

    /// Writes `batch` to peer `to`'s socket at once when its stream is open and plain, or
    /// queues it for the stream's task. False when the peer cannot take it now.
    fn hand_over(&self, to: u64, peer: &Peer, batch: Vec<Message>) -> bool {
        let link = &peer.link;
        let mut outbox = link.outbox();
        if outbox.socket.is_none() {
            // Under the outbox lock: the task drains this queue before it opens the outbox,
            // so no batch overtakes another.
            return peer.queue.try_send(batch).is_ok();
        }
        if outbox.unsent.len() >= MAX_UNSENT || outbox.failed.is_some() {
            return false;
        }
        let waiting = !outbox.unsent.is_empty();
        let snapshots = link.encode(to, batch, &mut outbox.unsent, &self.node);
        if !waiting {
            outbox.write_some();
        }
        if !outbox.unsent.is_empty() || outbox.failed.is_some() {
            link.flush.notify_one();
        }
        drop(outbox);
        link.snapshots_sent(to, snapshots, &self.node);
        true
    }

    /// Forgets a peer (removed from the cluster).
    pub fn remove(&self, id: u64) {
        self.peers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
    }

    /// Starts the task that opens the stream to peer `id` and writes the queue's batches to
    /// it. When the stream breaks, the link is marked and the next send opens a new one.
    fn start_peer(&self, id: u64, url: String, warned: bool) -> Peer {
        let (queue, pending) = mpsc::channel::<Vec<Message>>(QUEUE);
        self.metrics.peer_added(id);
        let link = Arc::new(Link {
            warned: AtomicBool::new(warned),
            broken_at: Mutex::default(),
            outbox: Mutex::default(),
            flush: tokio::sync::Notify::new(),
            sent_bytes: self.metrics.peer_sent_counter(id),
            snapshots_queued: AtomicUsize::new(0),
        });
        let stream = PeerStream {
            id,
            me: self.me,
            url: url.clone(),
            dialer: self.dialer.clone(),
            node: self.node.clone(),
            link: link.clone(),
            metrics: self.metrics.clone(),
        };
        self.runtime.spawn(stream.run(pending));
        Peer { url, queue, link }
    }
}

/// A write that makes no progress for this long means the peer is gone (or stopped reading):
/// the stream is dropped and dialled again. HTTP/2 keepalive did this for the gRPC stream.
const STALL: Duration = Duration::from_secs(5);
/// A write's buffer: batches queued meanwhile join it up to this size.
const WRITE_BUFFER: usize = 256 * 1024;
/// Bytes a plain stream may hold unsent before newer batches are refused (raft resends what
/// matters): the bound that the queue's length is for the other streams.
const MAX_UNSENT: usize = 64 * 1024 * 1024;

/// The task writing one peer's stream.
struct PeerStream {
    id: u64,
    me: PeerIdentity,
    url: String,
    dialer: Dialer,
    node: NodeSender,
    link: Arc<Link>,
    metrics: Arc<Metrics>,
}

impl PeerStream {
    async fn run(self, mut pending: mpsc::Receiver<Vec<Message>>) {
        let opened = tokio::time::timeout(
            Duration::from_secs(3),
            self.dialer.open_stream(&self.url, self.me),
        )
        .await
        .unwrap_or_else(|_| Err("no raft stream within 3 s".into()));
        let result = match opened {
            Ok(Opened::Framed(io)) => self.write_framed(io, &mut pending).await,
            Ok(Opened::Grpc) => self.write_grpc(pending).await,
            Ok(Opened::Refused(reason)) | Err(reason) => Err(reason),
        };
        if let Err(reason) = result {
            self.broken(reason);
        }
        // Ok: every sender is gone (the peer was forgotten or its URL changed).
    }

    /// Writes each batch, with the batches queued meanwhile, in one write. Whatever the peer
    /// says back is why it closed the stream.
    async fn write_framed(
        &self,
        io: hyper::upgrade::Upgraded,
        pending: &mut mpsc::Receiver<Vec<Message>>,
    ) -> Result<(), String> {
        use hyper_util::rt::TokioIo;
        let io = match io.downcast::<TokioIo<tokio::net::TcpStream>>() {
            Ok(parts) if parts.read_buf.is_empty() => {
                let result = self.write_direct(parts.io.into_inner(), pending).await;
                let mut outbox = self.link.outbox();
                (outbox.socket, outbox.unsent) = (None, Vec::new());
                return result;
            }
            // Nothing is said before the first frame but why the stream closes.
            Ok(parts) => return Err(String::from_utf8_lossy(&parts.read_buf).trim().to_string()),
            Err(io) => io,
        };
        let (read, mut write) = tokio::io::split(TokioIo::new(io));
        let writing = async {
            let mut buffer = Vec::with_capacity(64 * 1024);
            while let Some(batch) = pending.recv().await {
                buffer.clear();
                let mut snapshots = self.link.encode(self.id, batch, &mut buffer, &self.node);
                while buffer.len() < WRITE_BUFFER {
                    let Ok(batch) = pending.try_recv() else { break };
                    snapshots += self.link.encode(self.id, batch, &mut buffer, &self.node);
                }
                write_progressing(&mut write, &buffer).await?;
                self.link.snapshots_sent(self.id, snapshots, &self.node);
                // A snapshot's buffer is not kept for the heartbeats after it.
                if buffer.capacity() > WRITE_BUFFER * 4 {
                    buffer = Vec::with_capacity(64 * 1024);
                }
            }
            Ok(())
        };
        tokio::select! {
            result = writing => result,
            reason = refusal(read) => Err(reason),
        }
    }

    /// A plain TCP stream: senders write to the socket themselves (`Transport::hand_over`);
    /// this task finishes what the socket would not take and watches for the peer's reason
    /// to close it.
    async fn write_direct(
        &self,
        socket: tokio::net::TcpStream,
        pending: &mut mpsc::Receiver<Vec<Message>>,
    ) -> Result<(), String> {
        let (read, write) = socket.into_split();
        let write = Arc::new(write);
        {
            // What was queued while the stream opened goes first.
            let mut outbox = self.link.outbox();
            let mut snapshots = 0;
            let mut unsent = std::mem::take(&mut outbox.unsent);
            while let Ok(batch) = pending.try_recv() {
                snapshots += self.link.encode(self.id, batch, &mut unsent, &self.node);
            }
            outbox.unsent = unsent;
            outbox.socket = Some(write.clone());
            self.link.snapshots_sent(self.id, snapshots, &self.node);
        }
        self.link.flush.notify_one();
        let flushing = async {
            loop {
                tokio::select! {
                    () = self.link.flush.notified() => {}
                    batch = pending.recv() => {
                        // Every sender is gone (the peer was forgotten or its URL changed).
                        let Some(batch) = batch else { return Ok(()) };
                        // Not sent here once the outbox is open; kept in order if it were.
                        let mut outbox = self.link.outbox();
                        let snapshots =
                            self.link.encode(self.id, batch, &mut outbox.unsent, &self.node);
                        drop(outbox);
                        self.link.snapshots_sent(self.id, snapshots, &self.node);
                    }
                }
                loop {
                    {
                        let mut outbox = self.link.outbox();
                        outbox.write_some();
                        if let Some(e) = outbox.failed.take() {
                            return Err(e);
                        }
                        if outbox.unsent.is_empty() {
                            break;
                        }
                    }
                    match tokio::time::timeout(STALL, write.writable()).await {
                        Ok(Ok(())) => {}
                        Ok(Err(e)) => return Err(e.to_string()),
                        Err(_) => {
                            return Err(format!("the peer took nothing for {} s", STALL.as_secs()))
                        }
                    }
                }
            }
        };
        tokio::select! {
            result = flushing => result,
            reason = refusal(read) => Err(reason),
        }
    }

    /// The stream to a member that predates the raft stream: one gRPC stream of envelopes.
    async fn write_grpc(&self, pending: mpsc::Receiver<Vec<Message>>) -> Result<(), String> {
        // Made inside the runtime: a new channel starts its own tasks.
        let mut client = self.dialer.client(&self.url)?;
        let (id, node, link, sent_bytes) = (
            self.id,
            self.node.clone(),
            self.link.clone(),
            self.link.sent_bytes.clone(),
        );
        let messages =
            futures_util::StreamExt::flat_map(ReceiverStream::new(pending), tokio_stream::iter);
        let stream = messages.map(move |message| {
            let envelope = RaftEnvelope {
                message: message.write_to_bytes().expect("raft message encodes"),
            };
            sent_bytes.inc_by(envelope.message.len() as u64);
            if message.get_msg_type() == MessageType::MsgSnapshot {
                link.snapshots_queued.fetch_sub(1, Ordering::AcqRel);
                let _ = node.send(NodeMsg::SnapshotStatus { id, finished: true });
            }
            envelope
        });
        match client.send(with_ids(stream, self.me)).await {
            Ok(_) => Ok(()),
            Err(e) => Err(e.message().to_string()),
        }
    }

    /// The stream broke: mark the link, tell raft the peer is unreachable and every snapshot
    /// still queued failed, or stop the member if the peer said it was removed.
    fn broken(&self, reason: String) {
        let id = self.id;
        *self
            .link
            .broken_at
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
        if reason.contains("was removed from the cluster") {
            let _ = self.node.send(NodeMsg::Removed);
            return;
        }
        if !self.link.warned.swap(true, Ordering::Relaxed) {
            tracing::warn!(peer = format!("{id:x}"), url = %self.url, "peer unreachable: {reason}");
        }
        self.metrics.peer_send_failed(id);
        let _ = self.node.send(NodeMsg::Unreachable { id });
        for _ in 0..self.link.snapshots_queued.swap(0, Ordering::AcqRel) {
            let _ = self.node.send(NodeMsg::SnapshotStatus {
                id,
                finished: false,
            });
        }
    }
}

/// What the peer says back on a raft stream: only why it closed it.
async fn refusal(mut read: impl tokio::io::AsyncRead + Unpin) -> String {
    let mut said = Vec::new();
    match (&mut read).take(4096).read_to_end(&mut said).await {
        Ok(_) if said.is_empty() => "the peer closed the raft stream".to_string(),
        Ok(_) => String::from_utf8_lossy(&said).trim().to_string(),
        Err(e) => e.to_string(),
    }
}

/// Writes all of `bytes`, failing if a write makes no progress within `STALL`.
async fn write_progressing<W: AsyncWrite + Unpin>(
    write: &mut W,
    mut bytes: &[u8],
) -> Result<(), String> {
    while !bytes.is_empty() {
        match tokio::time::timeout(STALL, write.write(bytes)).await {
            Err(_) => return Err(format!("the peer took nothing for {} s", STALL.as_secs())),
            Ok(Err(e)) => return Err(e.to_string()),
            Ok(Ok(0)) => return Err("the peer closed the raft stream".into()),
            Ok(Ok(written)) => bytes = &bytes[written..],
        }
    }
    write.flush().await.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::proto::ctlpb::raft_server::{Raft, RaftServer};
    use crate::server::proto::ctlpb::SendResult;
    use crate::server::raft::node::{self, NodeReceiver};
    use axum::response::IntoResponse as _;

    const ME: PeerIdentity = PeerIdentity {
        cluster_id: 0xc1,
        member_id: 1,
    };

    fn heartbeat(commit: u64) -> Message {
        let mut message = Message::default();
        message.set_msg_type(MessageType::MsgHeartbeat);
        message.from = 1;
        message.to = 2;
        message.commit = commit;
        message
    }

    /// A heartbeat carrying `size` bytes of context: more than a socket buffer takes at once
    /// when sent in numbers.
    fn big(commit: u64, size: usize) -> Message {
        let mut message = heartbeat(commit);
        message.context = vec![commit as u8; size].into();
        message
    }

    /// Serves `router` as a member's peer listener does, on a port of 127.0.0.1.
    async fn peer_listener(router: axum::Router) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(crate::server::listen::serve(listener, None, router));
        url
    }

    fn sender(node: NodeSender) -> Transport {
        Transport::new(
            ME,
            Dialer::new(None),
            tokio::runtime::Handle::current(),
            node,
            &[],
            Arc::new(Metrics::default()),
        )
    }

    /// The commit numbers of the heartbeats received, until `count` have come.
    async fn commits(received: &mut mpsc::UnboundedReceiver<Message>, count: usize) -> Vec<u64> {
        let mut commits = Vec::new();
        while commits.len() < count {
            let message = tokio::time::timeout(Duration::from_secs(10), received.recv())
                .await
                .expect("the messages arrive within 10 s")
                .expect("the receiver lives");
            commits.push(message.commit);
        }
        commits
    }

    /// A node inbox that must hear `wanted` within 10 s (other messages are skipped).
    async fn expect_in_inbox(inbox: &mut NodeReceiver, wanted: impl Fn(&NodeMsg) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, inbox.recv()).await {
                Ok(Some(msg)) if wanted(&msg) => return,
                Ok(Some(_)) => continue,
                _ => panic!("the node was not told within 10 s"),
            }
        }
    }

    /// A peer that upgrades to the raft stream and hands over what it reads; after `refuse_after`
    /// messages it closes the stream with a reason, as a member does for a removed sender.
    fn stream_peer(
        received: mpsc::UnboundedSender<Message>,
        refuse_after: Option<usize>,
    ) -> axum::Router {
        let handler = move |headers: http::HeaderMap, mut request: axum::extract::Request| {
            let received = received.clone();
            async move {
                assert_eq!(headers[CLUSTER_HEADER], "c1");
                assert_eq!(headers[MEMBER_HEADER], "1");
                assert_eq!(headers[http::header::UPGRADE], stream::PROTOCOL);
                let upgrade = hyper::upgrade::on(&mut request);
                tokio::spawn(async move {
                    let io = hyper_util::rt::TokioIo::new(upgrade.await.unwrap());
                    let (read, mut write) = tokio::io::split(io);
                    let mut count = 0;
                    let result = stream::receive(read, |message, _| {
                        count += 1;
                        if refuse_after.is_some_and(|n| count > n) {
                            return Err("member 1 was removed from the cluster".into());
                        }
                        received.send(message).map_err(|e| e.to_string())
                    })
                    .await;
                    if let Err(reason) = result {
                        write.write_all(reason.as_bytes()).await.unwrap();
                        write.shutdown().await.unwrap();
                    }
                });
                (
                    http::StatusCode::SWITCHING_PROTOCOLS,
                    [
                        (http::header::CONNECTION, "upgrade"),
                        (http::header::UPGRADE, stream::PROTOCOL),
                    ],
                )
                    .into_response()
            }
        };
        axum::Router::new().route(stream::STREAM_PATH, axum::routing::get(handler))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn messages_cross_the_raft_stream_whole_and_in_order() {
        let (sent, mut received) = mpsc::unbounded_channel();
        let url = peer_listener(stream_peer(sent, None)).await;
        let (node, _inbox) = node::channel();
        let transport = sender(node);
        // Batches of every size, a big one among them, as node turns would hand them over.
        let mut next = 0;
        for size in [1, 2, 3, 500, 1, 40] {
            let batch = (next..next + size).map(heartbeat).collect();
            transport.send(batch, |_| Some(url.clone()));
            next += size;
        }
        // 16 MiB at once: the socket takes part, the stream's task writes the rest, and what
        // is sent meanwhile waits behind it.
        transport.send(
            (next..next + 64).map(|c| big(c, 256 * 1024)).collect(),
            |_| Some(url.clone()),
        );
        transport.send(vec![heartbeat(next + 64)], |_| Some(url.clone()));
        next += 65;
        let expected: Vec<u64> = (0..next).collect();
        assert_eq!(commits(&mut received, next as usize).await, expected);
    }

    /// A member built before the raft stream answers its path as gRPC does an unknown method;
    /// the sender then uses the gRPC stream that member serves.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_member_without_the_raft_stream_is_sent_to_over_grpc() {
        struct OldMember(mpsc::UnboundedSender<Message>);
        #[tonic::async_trait]
        impl Raft for OldMember {
            async fn send(
                &self,
                request: Request<tonic::Streaming<RaftEnvelope>>,
            ) -> Result<tonic::Response<SendResult>, Status> {
                let mut stream = request.into_inner();
                while let Some(envelope) = stream.next().await {
                    let message = Message::parse_from_bytes(&envelope?.message).unwrap();
                    let _ = self.0.send(message);
                }
                Ok(tonic::Response::new(SendResult {}))
            }
            async fn members(
                &self,
                _: Request<MembersRequest>,
            ) -> Result<tonic::Response<MembersResponse>, Status> {
                Err(Status::unimplemented("test"))
            }
            async fn lease(
                &self,
                _: Request<LeaseRequest>,
            ) -> Result<tonic::Response<LeaseAnswer>, Status> {
                Err(Status::unimplemented("test"))
            }
            async fn member_change(
                &self,
                _: Request<MemberChangeRequest>,
            ) -> Result<tonic::Response<MembersResponse>, Status> {
                Err(Status::unimplemented("test"))
            }
        }
        let (sent, mut received) = mpsc::unbounded_channel();
        let router =
            tonic::service::Routes::new(RaftServer::new(OldMember(sent))).into_axum_router();
        let url = peer_listener(router).await;
        let (node, _inbox) = node::channel();
        let transport = sender(node);
        transport.send((0..3).map(heartbeat).collect(), |_| Some(url.clone()));
        transport.send((3..5).map(heartbeat).collect(), |_| Some(url.clone()));
        assert_eq!(commits(&mut received, 5).await, vec![0, 1, 2, 3, 4]);
    }

    /// A peer that refuses this member as removed, at the upgrade or later on the open stream,
    /// stops it; any other refusal makes the peer unreachable for raft.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_refusal_naming_the_removal_stops_the_member_whenever_it_comes() {
        // On the open stream, after two messages were taken.
        let (sent, mut received) = mpsc::unbounded_channel();
        let url = peer_listener(stream_peer(sent, Some(2))).await;
        let (node, mut inbox) = node::channel();
        let transport = sender(node);
        transport.send((0..2).map(heartbeat).collect(), |_| Some(url.clone()));
        assert_eq!(commits(&mut received, 2).await, vec![0, 1]);
        transport.send(vec![heartbeat(2)], |_| Some(url.clone()));
        expect_in_inbox(&mut inbox, |m| matches!(m, NodeMsg::Removed)).await;

        // At the upgrade, as an HTTP status with the reason.
        for (status, reason, removed) in [
            (
                403,
                "member 1 was removed from the cluster and may not rejoin",
                true,
            ),
            (
                412,
                "cluster ID mismatch: this member is in cluster c2",
                false,
            ),
        ] {
            let refuse = move || async move {
                (http::StatusCode::from_u16(status).unwrap(), reason).into_response()
            };
            let router = axum::Router::new().route(stream::STREAM_PATH, axum::routing::get(refuse));
            let url = peer_listener(router).await;
            let (node, mut inbox) = node::channel();
            sender(node).send(vec![heartbeat(0)], |_| Some(url.clone()));
            if removed {
                expect_in_inbox(&mut inbox, |m| matches!(m, NodeMsg::Removed)).await;
            } else {
                expect_in_inbox(&mut inbox, |m| matches!(m, NodeMsg::Unreachable { id: 2 })).await;
            }
        }
    }
}
