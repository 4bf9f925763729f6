//! A request body holding a sequence of JSON objects (`{…}{…}` or one per line), read as they
//! arrive: the client side of the gateway's bidirectional streams (watch, lease keep-alive).

use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use axum::body::{Body, BodyDataStream};
use bytes::{Buf, BytesMut};
use futures_util::Stream;
use serde::de::DeserializeOwned;
use tonic::Status;

/// Where a stream leaves the reason it stopped reading early, so the response can end with it.
pub type Failure = Arc<Mutex<Option<Status>>>;

pub struct JsonRequests<T> {
    body: BodyDataStream,
    buffered: BytesMut,
    /// Most bytes one object may take before the stream is refused.
    limit: usize,
    ended: bool,
    failure: Failure,
    item: PhantomData<fn() -> T>,
}

impl<T> JsonRequests<T> {
    pub fn new(body: Body, limit: usize, failure: Failure) -> JsonRequests<T> {
        JsonRequests {
            body: body.into_data_stream(),
            buffered: BytesMut::new(),
            limit,
            ended: false,
            failure,
            item: PhantomData,
        }
    }

    fn fail(&mut self, status: Status) -> Poll<Option<Result<T, Status>>> {
        self.ended = true;
        *self.failure.lock().unwrap() = Some(status.clone());
        Poll::Ready(Some(Err(status)))
    }
}

/// What the buffered bytes hold: a whole object (and how many bytes it took), the start of
/// one, or nothing but whitespace.
enum Parsed<T> {
    Whole(T, usize),
    Partial,
    Empty,
    Invalid(String),
}

fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Parsed<T> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Parsed::Empty;
    }
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<T>();
    match values.next() {
        Some(Ok(value)) => Parsed::Whole(value, values.byte_offset()),
        Some(Err(e)) if e.is_eof() => Parsed::Partial,
        Some(Err(e)) => Parsed::Invalid(e.to_string()),
        None => Parsed::Empty,
    }
}

impl<T: DeserializeOwned> Stream for JsonRequests<T> {
    type Item = Result<T, Status>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if self.ended {
                return Poll::Ready(None);
            }
            match parse::<T>(&self.buffered) {
                Parsed::Whole(value, used) => {
                    self.buffered.advance(used);
                    return Poll::Ready(Some(Ok(value)));
                }
                Parsed::Invalid(e) => return self.fail(Status::invalid_argument(e)),
                Parsed::Partial | Parsed::Empty if self.buffered.len() > self.limit => {
                    let limit = self.limit;
                    return self.fail(Status::resource_exhausted(format!(
                        "a streamed request is larger than {limit} bytes"
                    )));
                }
                Parsed::Partial | Parsed::Empty => {}
            }
            match Pin::new(&mut self.body).poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => self.buffered.extend_from_slice(&chunk),
                Poll::Ready(Some(Err(e))) => {
                    return self.fail(Status::cancelled(format!("request body: {e}")))
                }
                Poll::Ready(None) => {
                    self.ended = true;
                    return match parse::<T>(&self.buffered) {
                        Parsed::Empty => Poll::Ready(None),
                        _ => {
                            self.ended = false;
                            self.fail(Status::invalid_argument("unexpected EOF"))
                        }
                    };
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Item {
        n: u32,
    }

    async fn collect(chunks: Vec<&'static str>) -> (Vec<Result<u32, String>>, Option<Status>) {
        let stream = futures_util::stream::iter(
            chunks
                .into_iter()
                .map(|c| Ok::<_, std::io::Error>(bytes::Bytes::from(c))),
        );
        let failure = Failure::default();
        let requests = JsonRequests::<Item>::new(Body::from_stream(stream), 64, failure.clone());
        let items = requests
            .map(|r| r.map(|i| i.n).map_err(|e| e.message().to_string()))
            .collect()
            .await;
        let failure = failure.lock().unwrap().take();
        (items, failure)
    }

    #[tokio::test]
    async fn objects_split_anywhere_across_chunks_arrive_whole_and_in_order() {
        let (items, failure) =
            collect(vec!["{\"n\":1}{\"", "n\":2}\n", " {\"n\"", ":3}  \n"]).await;
        assert_eq!(items, vec![Ok(1), Ok(2), Ok(3)]);
        assert!(failure.is_none());
    }

    #[tokio::test]
    async fn malformed_and_truncated_input_ends_the_stream_with_the_reason() {
        let (items, failure) = collect(vec!["{\"n\":1} nonsense"]).await;
        assert_eq!(items.len(), 2);
        assert!(items[1].is_err());
        assert_eq!(failure.unwrap().code(), tonic::Code::InvalidArgument);

        let (items, failure) = collect(vec!["{\"n\":1}{\"n\":"]).await;
        assert_eq!(items[0], Ok(1));
        assert_eq!(items[1], Err("unexpected EOF".to_string()));
        assert!(failure.is_some());
    }

    #[tokio::test]
    async fn an_object_larger_than_the_limit_is_refused_instead_of_buffered() {
        let huge: &'static str =
            Box::leak(format!("{{\"n\":1, \"pad\":\"{}", "x".repeat(100)).into_boxed_str());
        let (items, failure) = collect(vec![huge, "\"}"]).await;
        assert_eq!(items.len(), 1);
        assert_eq!(failure.unwrap().code(), tonic::Code::ResourceExhausted);
    }
}
