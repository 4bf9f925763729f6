//! go-grpc-prometheus's server metrics for every gRPC call, from outside the services: each
//! call's start, its messages and bytes each way (counted from gRPC's length-prefixed frames as
//! the bodies stream), and its end with the status code from the trailers (or Canceled when the
//! client leaves first). The bodies are wrapped in place, not boxed.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Buf;
use http_body::{Frame, SizeHint};

use crate::server::metrics::{GrpcMethod, Metrics, GRPC_CODES};

/// A call being metered, until its response arrives.
pub struct Started {
    call: Call,
}

/// Starts metering `request` if it is one of etcd's gRPC calls (by content type and path);
/// other requests pass with a body that only forwards.
pub fn start<B>(
    metrics: &Arc<Metrics>,
    request: http::Request<B>,
) -> (http::Request<Metered<B>>, Option<Started>) {
    let grpc = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/grpc"));
    let Some(method) = GrpcMethod::of_path(request.uri().path()).filter(|_| grpc) else {
        return (request.map(Metered::passing), None);
    };
    metrics.grpc_started(method);
    let started = Instant::now();
    let request = request.map(|body| Metered {
        inner: body,
        meter: Some(Meter {
            frames: FrameCounter::default(),
            side: Side::Received,
            call: Call::new(metrics.clone(), method, started),
        }),
    });
    let call = Call::new(metrics.clone(), method, started);
    (request, Some(Started { call }))
}

/// Meters the response of a call `start` began.
pub fn finish<B>(
    started: Option<Started>,
    response: http::Response<B>,
) -> http::Response<Metered<B>> {
    let Some(Started { mut call }) = started else {
        return response.map(Metered::passing);
    };
    // A call that fails before any message answers with its status in the headers.
    if let Some(code) = response.headers().get("grpc-status") {
        call.record(code.as_bytes());
        return response.map(Metered::passing);
    }
    response.map(|body| Metered {
        inner: body,
        meter: Some(Meter {
            frames: FrameCounter::default(),
            side: Side::Sent,
            call,
        }),
    })
}

/// The end of one call, recorded once.
struct Call {
    metrics: Arc<Metrics>,
    method: GrpcMethod,
    started: Instant,
    finished: bool,
}

impl Call {
    fn new(metrics: Arc<Metrics>, method: GrpcMethod, started: Instant) -> Call {
        Call {
            metrics,
            method,
            started,
            finished: false,
        }
    }

    /// Records the call's status (grpc-status's value: a code number), once.
    fn record(&mut self, status: &[u8]) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        let code = std::str::from_utf8(status)
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .and_then(|n| GRPC_CODES.get(n))
            .copied()
            .unwrap_or("Unknown");
        self.metrics
            .grpc_handled(self.method, code, self.started.elapsed());
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Received,
    Sent,
}

/// Counts whole gRPC messages in a byte stream: a 5-byte prefix (flag, big-endian length),
/// then the message, split across chunks in any way.
#[derive(Default)]
struct FrameCounter {
    /// Bytes of the current prefix seen so far.
    prefix: [u8; 5],
    prefix_len: usize,
    /// Bytes of the current message still to come.
    remaining: u64,
}

impl FrameCounter {
    /// Feeds `bytes`; how many messages completed in them.
    fn feed(&mut self, mut bytes: &[u8]) -> u64 {
        let mut completed = 0;
        while !bytes.is_empty() {
            if self.remaining > 0 {
                let take = (self.remaining as usize).min(bytes.len());
                self.remaining -= take as u64;
                bytes = &bytes[take..];
                if self.remaining == 0 {
                    completed += 1;
                }
                continue;
            }
            let take = (5 - self.prefix_len).min(bytes.len());
            self.prefix[self.prefix_len..self.prefix_len + take].copy_from_slice(&bytes[..take]);
            self.prefix_len += take;
            bytes = &bytes[take..];
            if self.prefix_len == 5 {
                self.prefix_len = 0;
                let length = u32::from_be_bytes([
                    self.prefix[1],
                    self.prefix[2],
                    self.prefix[3],
                    self.prefix[4],
                ]);
                self.remaining = u64::from(length);
                if length == 0 {
                    completed += 1;
                }
            }
        }
        completed
    }
}

/// A body of a metered call (or one passing through unmetered).
pub struct Metered<B> {
    inner: B,
    meter: Option<Meter>,
}

struct Meter {
    frames: FrameCounter,
    side: Side,
    call: Call,
}

impl<B> Metered<B> {
    fn passing(inner: B) -> Metered<B> {
        Metered { inner, meter: None }
    }
}

impl<B> http_body::Body for Metered<B>
where
    B: http_body::Body<Data = bytes::Bytes> + Unpin,
{
    type Data = bytes::Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_frame(cx);
        let (Some(meter), Poll::Ready(Some(Ok(frame)))) = (&mut this.meter, &polled) else {
            return polled;
        };
        if let Some(data) = frame.data_ref() {
            let messages = meter.frames.feed(data.chunk());
            let bytes = data.remaining() as u64;
            let call = &meter.call;
            match meter.side {
                Side::Received => call.metrics.grpc_received(call.method, messages, bytes),
                Side::Sent => call.metrics.grpc_sent(call.method, messages, bytes),
            }
        } else if let Some(trailers) = frame.trailers_ref() {
            if meter.side == Side::Sent {
                let status = trailers
                    .get("grpc-status")
                    .map_or(&b"2"[..], |v| v.as_bytes());
                meter.call.record(status);
            }
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        // A response dropped before its trailers is a call the client cancelled; the request
        // side only counts.
        if self.side == Side::Sent {
            self.call.record(b"1");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FrameCounter;

    #[test]
    fn messages_are_counted_however_the_bytes_are_split() {
        let mut message = vec![0u8, 0, 0, 0, 3, b'a', b'b', b'c'];
        message.extend_from_slice(&[0, 0, 0, 0, 0]); // an empty message
        message.extend_from_slice(&[0, 0, 0, 0, 2, b'x', b'y']);
        let whole = FrameCounter::default().feed(&message);
        assert_eq!(whole, 3);
        for split in 1..message.len() {
            let mut counter = FrameCounter::default();
            let (a, b) = message.split_at(split);
            assert_eq!(counter.feed(a) + counter.feed(b), 3, "split at {split}");
        }
        let mut counter = FrameCounter::default();
        let by_byte: u64 = message.iter().map(|b| counter.feed(&[*b])).sum();
        assert_eq!(by_byte, 3);
    }
}
