//! One socket write for all the responses a connection has ready.
//!
//! hyper runs each request as its own task; a finished response wakes the connection task, which
//! tokio runs next, so each response went out in its own write (0.93 writes per range response
//! against etcd's 0.27). On loopback a write also costs the receiver's TCP processing, and the
//! flush was 30% of a member's CPU under 64 readers. The connection's first write of a batch
//! therefore steps back once, to the end of the run queue: responses finished meanwhile join
//! the same buffer, and the whole batch goes out in one write and one flush.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// An IO stream whose writes wait one scheduler turn before each flush.
pub struct Coalescing<S> {
    inner: S,
    /// This batch has had its turn; cleared when the batch is flushed.
    waited: bool,
}

impl<S> Coalescing<S> {
    pub fn new(inner: S) -> Coalescing<S> {
        Coalescing {
            inner,
            waited: false,
        }
    }

    /// Pending once per batch, with the task queued again behind the tasks already ready.
    fn wait_turn(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        if self.waited {
            return Poll::Ready(());
        }
        self.waited = true;
        // A task that wakes itself goes to the back of tokio's queue, not its LIFO slot.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Coalescing<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Coalescing<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if !buf.is_empty() {
            std::task::ready!(self.wait_turn(cx));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if bufs.iter().any(|b| !b.is_empty()) {
            std::task::ready!(self.wait_turn(cx));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let flushed = Pin::new(&mut self.inner).poll_flush(cx);
        if flushed.is_ready() {
            self.waited = false;
        }
        flushed
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::task::{Wake, Waker};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    struct CountingWaker(AtomicUsize);

    impl Wake for CountingWaker {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
        fn wake_by_ref(self: &Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn the_first_write_of_each_batch_waits_one_turn() {
        let (client, _server) = tokio::io::duplex(1024);
        let mut stream = Coalescing::new(client);
        let wakes = Arc::new(CountingWaker(AtomicUsize::new(0)));
        let waker = Waker::from(wakes.clone());
        let mut cx = Context::from_waker(&waker);
        let mut pinned = Pin::new(&mut stream);

        assert!(pinned.as_mut().poll_write(&mut cx, b"one").is_pending());
        assert_eq!(wakes.0.load(Ordering::SeqCst), 1, "it queues itself again");
        assert!(matches!(
            pinned.as_mut().poll_write(&mut cx, b"one"),
            Poll::Ready(Ok(3))
        ));
        assert!(matches!(
            pinned.as_mut().poll_write(&mut cx, b"two"),
            Poll::Ready(Ok(3))
        ));
        assert!(pinned.as_mut().poll_flush(&mut cx).is_ready());
        // The next batch waits again.
        assert!(pinned.as_mut().poll_write(&mut cx, b"three").is_pending());
        assert_eq!(wakes.0.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn bytes_arrive_whole_and_in_order() {
        let (client, mut server) = tokio::io::duplex(1 << 16);
        let mut stream = Coalescing::new(client);
        for i in 0..100u32 {
            stream.write_all(&i.to_be_bytes()).await.unwrap();
            if i % 7 == 0 {
                stream.flush().await.unwrap();
            }
        }
        stream.shutdown().await.unwrap();
        let mut received = Vec::new();
        server.read_to_end(&mut received).await.unwrap();
        let expected: Vec<u8> = (0..100u32).flat_map(|i| i.to_be_bytes()).collect();
        assert_eq!(received, expected);
    }
}
