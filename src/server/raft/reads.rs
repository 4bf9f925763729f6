//! Linearizable reads waiting on ReadIndex rounds.
//!
//! One round is out at a time, as in etcd's read loop: reads that arrive while a round is out
//! wait for the next one and share it. Each round costs a heartbeat to every follower and back
//! (and, from a follower, a trip to the leader), so under load a member sends a few rounds for
//! many reads instead of one round per turn of the raft loop. A read queued after a round was
//! sent never joins that round: the leader confirmed its commit index before the read arrived.
//! A round whose answer is overdue is asked again under the same context; a leader change
//! starts a new round at once for the reads that were out.

use std::time::{Duration, Instant};

/// The reads of one member, each waiter `W` answered with a read index.
pub struct ReadRounds<W> {
    /// This member's ID opens every round's context: the leader keys pending reads by context
    /// and drops a duplicate silently, so contexts must differ across members.
    member_id: u64,
    next_round: u64,
    queued: Vec<W>,
    /// The round out, if any: its context, when it was last asked, and its reads.
    out: Option<OutRound<W>>,
}

struct OutRound<W> {
    context: Vec<u8>,
    asked: Instant,
    reads: Vec<W>,
}

/// A round to ask raft for: its context and how many reads share it.
pub struct Round {
    pub context: Vec<u8>,
    pub reads: usize,
}

impl<W> ReadRounds<W> {
    pub fn new(member_id: u64) -> ReadRounds<W> {
        ReadRounds {
            member_id,
            next_round: 1,
            queued: Vec::new(),
            out: None,
        }
    }

    pub fn queue(&mut self, waiter: W) {
        self.queued.push(waiter);
    }

    /// The next round, if reads are waiting and none is out; the caller passes its context to
    /// raft's read_index at once.
    pub fn start_round(&mut self, now: Instant) -> Option<Round> {
        if self.queued.is_empty() || self.out.is_some() {
            return None;
        }
        let mut context = self.member_id.to_be_bytes().to_vec();
        context.extend_from_slice(&self.next_round.to_be_bytes());
        self.next_round += 1;
        let reads = std::mem::take(&mut self.queued);
        let round = Round {
            context: context.clone(),
            reads: reads.len(),
        };
        self.out = Some(OutRound {
            context,
            asked: now,
            reads,
        });
        Some(round)
    }

    /// The reads a round confirmed (none if the context is not the round out: another
    /// member's, or one given up at a leader change).
    pub fn confirmed(&mut self, context: &[u8]) -> Vec<W> {
        match self.out.take() {
            Some(round) if round.context == context => round.reads,
            other => {
                self.out = other;
                Vec::new()
            }
        }
    }

    /// The context of the round out, if it was asked `after` or longer ago (a message on the way
    /// to or from the leader lost), to ask raft again. The same context lets either answer count
    /// (as etcd sends the same request again every 500 ms), so a slow answer is never thrown
    /// away.
    pub fn overdue(&mut self, now: Instant, after: Duration) -> Option<Vec<u8>> {
        let round = self.out.as_mut()?;
        if now.duration_since(round.asked) < after {
            return None;
        }
        round.asked = now;
        Some(round.context.clone())
    }

    /// The leader changed: a round sent to the old one may never be answered, so its reads
    /// queue again at once (asking again is always safe; a late answer is ignored).
    pub fn leader_changed(&mut self) {
        if let Some(round) = self.out.take() {
            self.queued.extend(round.reads);
        }
    }

    /// Every read, queued or out (the node is stopping).
    pub fn drain(&mut self) -> impl Iterator<Item = W> + '_ {
        let out = self.out.take().into_iter().flat_map(|round| round.reads);
        self.queued.drain(..).chain(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arriving_while_a_round_is_out_share_the_next_round() {
        let now = Instant::now();
        let mut reads = ReadRounds::new(7);
        assert!(reads.start_round(now).is_none(), "no reads, no round");
        reads.queue(1);
        reads.queue(2);
        let first = reads.start_round(now).expect("two reads wait");
        assert_eq!(first.reads, 2);
        reads.queue(3);
        reads.queue(4);
        reads.queue(5);
        assert!(
            reads.start_round(now).is_none(),
            "a second round must not start while the first is out"
        );
        assert_eq!(reads.confirmed(&first.context), vec![1, 2]);
        assert!(reads.confirmed(&first.context).is_empty(), "answered once");
        let second = reads.start_round(now).expect("three reads wait");
        assert_eq!(second.reads, 3);
        assert_ne!(first.context, second.context);
        assert!(second.context.starts_with(&7u64.to_be_bytes()));
        let mut answered = reads.confirmed(&second.context);
        answered.sort();
        assert_eq!(answered, vec![3, 4, 5]);
    }

    #[test]
    fn a_lost_round_is_asked_again_under_its_context_and_a_leader_change_starts_a_new_one() {
        let start = Instant::now();
        let after = Duration::from_millis(500);
        let mut reads = ReadRounds::new(1);
        reads.queue("a");
        let first = reads.start_round(start).unwrap();
        reads.queue("b");
        assert!(
            reads.overdue(start + after / 2, after).is_none(),
            "not overdue yet"
        );
        assert_eq!(
            reads.overdue(start + after, after),
            Some(first.context.clone())
        );
        assert!(
            reads.overdue(start + after + after / 2, after).is_none(),
            "asked again, so due again only one interval later"
        );
        assert!(reads.start_round(start + after).is_none(), "still out");

        reads.leader_changed();
        let after_change = reads.start_round(start).expect("re-asked at once");
        assert_eq!(
            after_change.reads, 2,
            "the read out and the one queued behind it"
        );
        assert_ne!(after_change.context, first.context);
        assert!(
            reads.confirmed(&first.context).is_empty(),
            "a late answer is ignored"
        );
        reads.queue("c");
        let mut left: Vec<_> = reads.drain().collect();
        left.sort();
        assert_eq!(left, vec!["a", "b", "c"]);
    }
}
