//! The raft stream between two members: one TCP (or TLS) connection per sending member and
//! peer, opened as an HTTP/1.1 request to `STREAM_PATH` on the peer URL and upgraded to
//! `PROTOCOL`. From then on it carries length-prefixed raft messages one way and, the other way,
//! at most one line: why the receiver closed it.
//!
//! Why not a gRPC stream: over HTTP/2 each message crossed two task hops on each side (the
//! request body's pipe task and the connection task; the connection task and the stream's
//! handler), each a thread wake, for every message of every write. Here the node writes each
//! turn's batch for a peer with one non-blocking write to a plain socket itself (over TLS, the
//! stream's one task does), and the receiver's one task reads frames straight into the node's
//! inbox.

use bytes::{Buf, BytesMut};
use protobuf::Message as _;
use raft::eraftpb::Message;
use tokio::io::{AsyncRead, AsyncReadExt as _};

/// The path a member opens its raft stream on, on the peer's peer URL.
pub const STREAM_PATH: &str = "/ctl/raft/stream";
/// The `Upgrade` token of the raft stream; its version changes with the frame format.
pub const PROTOCOL: &str = "ctl-raft/1";
/// The HTTP status of a refused stream whose body says why (another cluster, a removed
/// member). Any other answer but 101 comes from a member that predates the raft stream.
pub const REFUSED: [u16; 2] = [403, 412];
/// Bytes of the big-endian length before each message.
const LENGTH: usize = 4;
/// A frame's bytes are read at most this far ahead of what has arrived, so a length announced
/// by the peer costs memory only as its bytes come in.
const READ_AHEAD: usize = 1 << 20;

/// Appends `message` to `out` as one frame; returns its encoded length.
pub fn encode(message: &Message, out: &mut Vec<u8>) -> Result<usize, String> {
    let start = out.len();
    out.extend_from_slice(&[0; LENGTH]);
    message
        .write_to_vec(out)
        .map_err(|e| format!("raft message does not encode: {e}"))?;
    let length = out.len() - start - LENGTH;
    let Ok(prefix) = u32::try_from(length) else {
        out.truncate(start);
        return Err(format!(
            "a raft message of {length} bytes exceeds the 4 GiB frame limit"
        ));
    };
    out[start..start + LENGTH].copy_from_slice(&prefix.to_be_bytes());
    Ok(length)
}

/// Reads frames from `io` until it ends, handing each message and its encoded length to
/// `deliver`. Stops with the reason when the stream is malformed, breaks, or `deliver`
/// refuses a message; `Ok` when the sender closed the stream between frames.
pub async fn receive<R: AsyncRead + Unpin>(
    mut io: R,
    mut deliver: impl FnMut(Message, usize) -> Result<(), String>,
) -> Result<(), String> {
    let mut buffer = BytesMut::with_capacity(64 * 1024);
    loop {
        let mut wanted = LENGTH;
        while buffer.len() >= LENGTH {
            let length = u32::from_be_bytes(buffer[..LENGTH].try_into().expect("4 bytes")) as usize;
            wanted = LENGTH + length;
            if buffer.len() < wanted {
                break;
            }
            buffer.advance(LENGTH);
            let frame = buffer.split_to(length);
            let message =
                Message::parse_from_bytes(&frame).map_err(|e| format!("bad raft message: {e}"))?;
            deliver(message, length)?;
            wanted = LENGTH;
        }
        let missing = wanted
            .saturating_sub(buffer.len())
            .clamp(LENGTH, READ_AHEAD);
        buffer.reserve(missing.max(16 * 1024));
        match io.read_buf(&mut buffer).await {
            Ok(0) if buffer.is_empty() => return Ok(()),
            Ok(0) => return Err("the stream ended inside a frame".into()),
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use raft::eraftpb::{Entry, MessageType};

    fn message(index: u64, data: &[u8]) -> Message {
        let mut message = Message::default();
        message.set_msg_type(MessageType::MsgAppend);
        message.from = 1;
        message.to = 2;
        message.index = index;
        let entry = Entry {
            index: index + 1,
            data: data.to_vec().into(),
            ..Default::default()
        };
        message.entries = vec![entry].into();
        message
    }

    /// Frames written in one buffer come out whole and in order, whatever the read sizes.
    #[tokio::test]
    async fn frames_survive_any_split() {
        let sent: Vec<Message> = (0..50)
            .map(|i| message(i, &vec![i as u8; (i * 97) as usize]))
            .collect();
        let mut wire = Vec::new();
        for m in &sent {
            encode(m, &mut wire).unwrap();
        }
        // One byte at a time, then everything at once.
        for chunk in [1, wire.len()] {
            let (mut writer, reader) = tokio::io::duplex(chunk);
            let bytes = wire.clone();
            tokio::spawn(async move {
                use tokio::io::AsyncWriteExt as _;
                writer.write_all(&bytes).await.unwrap();
            });
            let mut got = Vec::new();
            receive(reader, |m, _| {
                got.push(m);
                Ok(())
            })
            .await
            .unwrap();
            assert_eq!(got, sent, "read in chunks of {chunk}");
        }
    }

    #[tokio::test]
    async fn a_cut_frame_and_a_refusal_are_errors() {
        let mut wire = Vec::new();
        encode(&message(1, b"payload"), &mut wire).unwrap();
        let cut = &wire[..wire.len() - 1];
        let err = receive(cut, |_, _| Ok(())).await.unwrap_err();
        assert!(err.contains("inside a frame"), "{err}");

        let err = receive(&wire[..], |_, _| Err("member 2 was removed".into()))
            .await
            .unwrap_err();
        assert_eq!(err, "member 2 was removed");

        let garbage = [0, 0, 0, 3, 0xff, 0xff, 0xff];
        let err = receive(&garbage[..], |_, _| Ok(())).await.unwrap_err();
        assert!(err.starts_with("bad raft message"), "{err}");
    }
}
