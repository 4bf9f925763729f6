//! The WAL's fdatasync, on a thread of its own. The node writes a Ready's records and goes on
//! (applying, answering, stepping the next messages) while this thread makes them durable;
//! it then reports the Ready's number and the node sends the messages that depended on it.
//! Readies queued while a sync runs share the next one, so a busy member syncs once per batch
//! however many Readies the batch spans. A member with nothing else to do (its inbox empty, no
//! sync out) syncs on the node's own thread instead: the hand-off would cost two thread wakes,
//! about a third of a quiet member's context switches per write, for no overlap.

use std::collections::VecDeque;
use std::fs::File;
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::Instant;

use crate::server::metrics::Metrics;

/// What a sync achieved: every Ready up to this number is durable, or the sync failed (and
/// nothing after the last success may be taken as durable).
pub type Synced = Result<u64, String>;

struct Job {
    number: u64,
    /// The segment written; a rotation puts two segments in one batch.
    file: Arc<File>,
}

pub struct Syncer {
    jobs: mpsc::Sender<Job>,
}

impl Syncer {
    /// Starts the thread; `report` hears of each batch synced, in order.
    pub fn start(
        metrics: Arc<Metrics>,
        report: impl Fn(Synced) + Send + 'static,
    ) -> std::io::Result<Syncer> {
        let (jobs, queue) = mpsc::channel();
        std::thread::Builder::new()
            .name("wal-sync".into())
            .spawn(move || run(queue, &metrics, report))?;
        Ok(Syncer { jobs })
    }

    /// Makes Ready `number`'s records, written to `file`, durable; the report follows.
    pub fn sync(&self, number: u64, file: Arc<File>) {
        // The thread stops only after a failure it has reported, which stops the node too.
        let _ = self.jobs.send(Job { number, file });
    }
}

fn run(queue: Receiver<Job>, metrics: &Metrics, report: impl Fn(Synced)) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        batch.extend(queue.try_iter());
        let started = Instant::now();
        let mut synced: Option<&Arc<File>> = None;
        for job in &batch {
            if synced.is_some_and(|file| Arc::ptr_eq(file, &job.file)) {
                continue;
            }
            if let Err(e) = job.file.sync_data() {
                report(Err(e.to_string()));
                return;
            }
            synced = Some(&job.file);
        }
        metrics.wal_fsync(started.elapsed());
        report(Ok(batch.last().expect("one job").number));
    }
}

/// Readies handed to raft whose WAL records are not known durable yet, oldest first, with the
/// messages each may send only once it is (a follower's acknowledgements, votes).
pub struct Unsynced<M> {
    readies: VecDeque<Ready<M>>,
}

struct Ready<M> {
    number: u64,
    /// It wrote entries or a new term or vote. One that did not is durable as soon as every
    /// Ready before it is.
    needs_sync: bool,
    messages: Vec<M>,
}

impl<M> Default for Unsynced<M> {
    fn default() -> Self {
        Unsynced {
            readies: VecDeque::new(),
        }
    }
}

impl<M> Unsynced<M> {
    pub fn push(&mut self, number: u64, needs_sync: bool, messages: Vec<M>) {
        self.readies.push_back(Ready {
            number,
            needs_sync,
            messages,
        });
    }

    /// Takes the Readies durable now that those up to `synced` are: the last one's number, to
    /// tell raft, and their messages in order. None when the oldest still waits for a sync.
    pub fn release(&mut self, synced: u64) -> Option<(u64, Vec<M>)> {
        let mut last = None;
        let mut messages = Vec::new();
        while let Some(front) = self.readies.front() {
            if front.needs_sync && front.number > synced {
                break;
            }
            let ready = self.readies.pop_front().expect("checked");
            messages.extend(ready.messages);
            last = Some(ready.number);
        }
        last.map(|number| (number, messages))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;
    use std::time::Duration;

    #[test]
    fn messages_wait_for_their_ready_and_every_ready_before_it_to_be_synced() {
        let mut unsynced = Unsynced::default();
        // Nothing written and nothing before it: free at once.
        unsynced.push(1, false, vec!["heartbeat ack"]);
        assert_eq!(unsynced.release(0), Some((1, vec!["heartbeat ack"])));
        unsynced.push(2, true, vec!["append ack 10"]);
        // Wrote nothing itself, but acknowledges what Ready 2 wrote: it waits behind it.
        unsynced.push(3, false, vec!["append ack 10 again"]);
        unsynced.push(4, true, vec!["vote"]);
        assert_eq!(unsynced.release(0), None);
        assert_eq!(unsynced.release(1), None);
        assert_eq!(
            unsynced.release(2),
            Some((3, vec!["append ack 10", "append ack 10 again"]))
        );
        assert_eq!(unsynced.release(3), None, "Ready 4 is not synced yet");
        unsynced.push(5, false, vec!["read index"]);
        assert_eq!(unsynced.release(4), Some((5, vec!["vote", "read index"])));
        assert_eq!(unsynced.release(9), None, "a late report finds nothing");
    }

    #[test]
    fn reports_each_batch_in_order_and_the_last_number_covers_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let first = Arc::new(File::create(dir.path().join("a")).unwrap());
        let second = Arc::new(File::create(dir.path().join("b")).unwrap());
        let (tx, rx) = channel();
        let syncer = Syncer::start(Arc::new(Metrics::new(Default::default())), move |s| {
            tx.send(s).unwrap()
        })
        .unwrap();
        syncer.sync(1, first.clone());
        syncer.sync(2, first.clone());
        syncer.sync(3, second.clone());
        let mut last = 0;
        while last < 3 {
            let number = rx.recv_timeout(Duration::from_secs(5)).unwrap().unwrap();
            assert!(number > last, "reports go forward: {number} after {last}");
            last = number;
        }
        assert_eq!(last, 3);
    }
}
