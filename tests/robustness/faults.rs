//! Faults injected while clients run, one at a time, each healed before the next: SIGKILL and
//! restart on the same data dir, SIGSTOP/SIGCONT, and a partition isolating one member on the
//! peer port, aimed at the leader half of the time. A partition counts only once it is seen to
//! take: the isolated member loses its leader (a leader steps down by check-quorum, a follower
//! stops hearing one).

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::cluster::{raft_view, Cluster};
use crate::traffic::Rng;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    None,
    Kill,
    Pause,
    Partition,
    Mixed,
}

impl Fault {
    pub const ALL: [Fault; 5] = [
        Fault::None,
        Fault::Kill,
        Fault::Pause,
        Fault::Partition,
        Fault::Mixed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Fault::None => "none",
            Fault::Kill => "kill",
            Fault::Pause => "pause",
            Fault::Partition => "partition",
            Fault::Mixed => "mixed",
        }
    }
}

#[derive(Default, Clone)]
pub struct Injected {
    pub kills: usize,
    pub pauses: usize,
    pub partitions: usize,
    /// Partitions whose isolated member never lost its leader.
    pub unverified: Vec<String>,
    pub leader_targeted: usize,
}

impl fmt::Display for Injected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if self.kills > 0 {
            parts.push(format!("kill×{}", self.kills));
        }
        if self.pauses > 0 {
            parts.push(format!("pause×{}", self.pauses));
        }
        if self.partitions > 0 {
            parts.push(format!("partition×{}", self.partitions));
        }
        if parts.is_empty() {
            return f.write_str("-");
        }
        write!(
            f,
            "{} ({} on the leader)",
            parts.join(" "),
            self.leader_targeted
        )
    }
}

/// The member that currently leads, as the members say.
async fn leader(endpoints: &[String]) -> Option<usize> {
    for endpoint in endpoints {
        if let Ok((_, leader)) = raft_view(endpoint).await {
            if leader == 0 {
                continue;
            }
            for (i, e) in endpoints.iter().enumerate() {
                if let Ok((id, _)) = raft_view(e).await {
                    if id == leader {
                        return Some(i);
                    }
                }
            }
        }
    }
    None
}

/// Injects `fault` from 1.5 s into the run until `window` has passed, then heals everything.
pub async fn inject(
    fault: Fault,
    cluster: Arc<Mutex<Cluster>>,
    endpoints: Vec<String>,
    window: Duration,
    mut rng: Rng,
) -> Result<Injected, String> {
    let mut injected = Injected::default();
    if fault == Fault::None {
        tokio::time::sleep(window).await;
        return Ok(injected);
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    while started.elapsed() + Duration::from_secs(4) < window {
        let kind = match fault {
            Fault::Mixed => [Fault::Kill, Fault::Pause, Fault::Partition][rng.below(3) as usize],
            other => other,
        };
        let on_leader = rng.below(2) == 0;
        let target = match (on_leader, leader(&endpoints).await) {
            (true, Some(leader)) => {
                injected.leader_targeted += 1;
                leader
            }
            _ => rng.below(endpoints.len() as u64) as usize,
        };
        match kind {
            Fault::Kill => {
                cluster.lock().unwrap().kill(target);
                injected.kills += 1;
                tokio::time::sleep(
                    rng.between(Duration::from_millis(300), Duration::from_millis(2000)),
                )
                .await;
                cluster.lock().unwrap().start(target)?;
            }
            Fault::Pause => {
                cluster.lock().unwrap().pause(target);
                injected.pauses += 1;
                tokio::time::sleep(
                    rng.between(Duration::from_millis(1500), Duration::from_millis(3000)),
                )
                .await;
                cluster.lock().unwrap().resume(target);
            }
            Fault::Partition => {
                cluster.lock().unwrap().firewall.isolate(target)?;
                injected.partitions += 1;
                let hold = rng.between(Duration::from_millis(2500), Duration::from_millis(4000));
                let since = Instant::now();
                let mut verified = false;
                while since.elapsed() < Duration::from_secs(6) {
                    if let Ok((_, 0)) = raft_view(&endpoints[target]).await {
                        verified = true;
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                if !verified {
                    injected.unverified.push(format!(
                        "m{} kept a leader for 6 s while cut off from its peers",
                        target + 1
                    ));
                }
                if let Some(left) = hold.checked_sub(since.elapsed()) {
                    tokio::time::sleep(left).await;
                }
                cluster.lock().unwrap().firewall.heal()?;
            }
            _ => {}
        }
        tokio::time::sleep(rng.between(Duration::from_millis(1000), Duration::from_millis(2000)))
            .await;
    }
    if let Some(left) = window.checked_sub(started.elapsed()) {
        tokio::time::sleep(left).await;
    }
    heal(&cluster)?;
    Ok(injected)
}

/// Every member running, resumed and connected.
pub fn heal(cluster: &Arc<Mutex<Cluster>>) -> Result<(), String> {
    let mut cluster = cluster.lock().unwrap();
    cluster.firewall.heal()?;
    for i in 0..cluster.members.len() {
        if cluster.members[i].paused {
            cluster.resume(i);
        }
        if !cluster.running(i) {
            cluster.start(i)?;
        }
    }
    Ok(())
}
