//! Lease timing. Which leases exist and which keys they hold is replicated state (in the store);
//! when they expire is not: the leader keeps deadlines in memory, renews them on keep-alives
//! without a raft round trip, and proposes a revocation when one passes. A new leader (or a
//! restart) gives every lease a full TTL again, as etcd does.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::server::proto::ctlpb::{LeaseAnswer, LeaseRequest};

/// etcd refuses TTLs above this.
pub const MAX_TTL: i64 = 9_000_000_000;

/// How long a proposed revocation may take before the leader proposes it again.
const REVOKE_RETRY: Duration = Duration::from_secs(3);

struct Deadline {
    ttl: i64,
    expires: Instant,
    revoking_since: Option<Instant>,
}

pub struct Lessor {
    leases: Mutex<HashMap<i64, Deadline>>,
    /// etcd's minimum TTL: long enough to survive a leader election.
    pub min_ttl: i64,
}

impl Lessor {
    /// Answers a keep-alive or TTL question from this member's deadlines (meaningful on the
    /// leader, which alone keeps them).
    pub fn answer(&self, request: &LeaseRequest) -> LeaseAnswer {
        let ttl = if request.renew {
            self.renew(request.id)
        } else {
            self.ttl(request.id)
        };
        match (ttl, self.remaining(request.id)) {
            (Some(ttl), Some(remaining)) => LeaseAnswer {
                found: true,
                ttl,
                remaining,
            },
            _ => LeaseAnswer::default(),
        }
    }

    pub fn new(min_ttl: i64, existing: &[(i64, i64)]) -> Lessor {
        let lessor = Lessor {
            leases: Mutex::new(HashMap::new()),
            min_ttl,
        };
        for &(id, ttl) in existing {
            lessor.granted(id, ttl);
        }
        lessor
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Deadline>> {
        self.leases.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The TTL a grant asking for `ttl` gets.
    pub fn effective_ttl(&self, ttl: i64) -> i64 {
        ttl.max(self.min_ttl)
    }

    pub fn granted(&self, id: i64, ttl: i64) {
        self.lock().insert(
            id,
            Deadline {
                ttl,
                expires: Instant::now() + Duration::from_secs(ttl as u64),
                revoking_since: None,
            },
        );
    }

    /// Replaces every lease (a snapshot from the leader was installed).
    pub fn reset(&self, leases: &[(i64, i64)]) {
        self.lock().clear();
        for &(id, ttl) in leases {
            self.granted(id, ttl);
        }
    }

    pub fn revoked(&self, id: i64) {
        self.lock().remove(&id);
    }

    /// A keep-alive: restarts the lease's TTL and returns it, or None if the lease is gone.
    pub fn renew(&self, id: i64) -> Option<i64> {
        let mut leases = self.lock();
        let lease = leases.get_mut(&id)?;
        lease.expires = Instant::now() + Duration::from_secs(lease.ttl as u64);
        Some(lease.ttl)
    }

    /// The lease's TTL, or None if it is gone.
    pub fn ttl(&self, id: i64) -> Option<i64> {
        self.lock().get(&id).map(|l| l.ttl)
    }

    /// Seconds left (rounded up as etcd does), or None if the lease is gone.
    pub fn remaining(&self, id: i64) -> Option<i64> {
        let leases = self.lock();
        let lease = leases.get(&id)?;
        let left = lease.expires.saturating_duration_since(Instant::now());
        Some(left.as_secs_f64().ceil() as i64)
    }

    /// `ids` ordered by deadline, soonest first.
    pub fn by_expiry(&self, mut ids: Vec<i64>) -> Vec<i64> {
        let leases = self.lock();
        ids.sort_by_key(|id| (leases.get(id).map(|l| l.expires), *id));
        ids
    }

    /// Gives every lease a full TTL from now (a new leader, or a restart).
    pub fn promote(&self) {
        let now = Instant::now();
        for lease in self.lock().values_mut() {
            lease.expires = now + Duration::from_secs(lease.ttl as u64);
            lease.revoking_since = None;
        }
    }

    /// Leases past their deadline that need a revocation proposed now.
    pub fn take_expired(&self) -> Vec<i64> {
        let now = Instant::now();
        let mut expired = Vec::new();
        for (&id, lease) in self.lock().iter_mut() {
            let retry = lease
                .revoking_since
                .is_none_or(|since| now.duration_since(since) >= REVOKE_RETRY);
            if lease.expires <= now && retry {
                lease.revoking_since = Some(now);
                expired.push(id);
            }
        }
        expired.sort_unstable();
        expired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_reported_once_until_the_retry_interval() {
        let lessor = Lessor::new(0, &[(7, 0)]);
        assert_eq!(lessor.take_expired(), vec![7]);
        assert!(lessor.take_expired().is_empty());
        lessor.revoked(7);
        assert_eq!(lessor.renew(7), None);
    }

    #[test]
    fn renew_restarts_the_ttl() {
        let lessor = Lessor::new(2, &[(1, 60)]);
        assert_eq!(lessor.renew(1), Some(60));
        assert_eq!(lessor.remaining(1), Some(60));
        assert_eq!(lessor.effective_ttl(1), 2);
    }
}
