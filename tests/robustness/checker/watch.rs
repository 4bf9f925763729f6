//! etcd's watch guarantees (etcd.io/docs/v3.5/learning/api_guarantees, "Watch APIs"), checked
//! for each watcher against the change log:
//! - ordered: events arrive in revision order;
//! - unique: no event arrives twice (nor below a resumed stream's start revision);
//! - reliable: no revision in the watched range is skipped, up to the end of the run;
//! - atomic: a revision's events arrive together in one response;
//! - resumable: a broken stream resumed from the last revision + 1 continues as if unbroken;
//! - bookmarkable: a progress notification for revision R comes after every event up to R.
//!
//! Each event must also be the change the log holds, with the right prev_kv.

use super::Findings;
use crate::history::{ChangeLog, ReplyKind, WatchLog};

pub fn check(logs: &[WatchLog], log: &ChangeLog, last: i64, findings: &mut Findings) {
    for watch in logs {
        let who = format!("the watcher on m{}", watch.member + 1);
        let mut delivered: i64 = 0;
        let mut seen = std::collections::HashSet::new();
        for (number, session) in watch.sessions.iter().enumerate() {
            let mut created = false;
            for reply in &session.replies {
                match &reply.kind {
                    ReplyKind::Created => created = true,
                    ReplyKind::Canceled {
                        reason,
                        compact_revision,
                    } => findings.add(
                        "watch resumable",
                        format!(
                            "{who}'s stream {number} (from revision {}) was canceled: {reason:?}, compact revision {compact_revision}",
                            session.start_revision
                        ),
                    ),
                    ReplyKind::Progress => {
                        // Every revision up to the notification's must be delivered already.
                        let owed = (reply.revision > delivered)
                            .then(|| log.range(delivered + 1..=reply.revision).next())
                            .flatten()
                            .map(|(r, _)| *r);
                        if let Some(missing) = owed {
                            findings.add(
                                "watch bookmarkable",
                                format!(
                                    "{who} got a progress notification for revision {} before the event of revision {missing} (last delivered: {delivered})",
                                    reply.revision
                                ),
                            );
                        }
                        if reply.revision < delivered {
                            findings.add(
                                "watch bookmarkable",
                                format!(
                                    "{who} got a progress notification for revision {} after the event of revision {delivered}",
                                    reply.revision
                                ),
                            );
                        }
                        if reply.revision > last {
                            findings.add(
                                "watch bookmarkable",
                                format!(
                                    "{who} got a progress notification for revision {}, beyond the last revision {last}",
                                    reply.revision
                                ),
                            );
                        }
                    }
                    ReplyKind::Events => {
                        if !created {
                            findings.add(
                                "watch ordered",
                                format!("{who} got events before its stream {number} was created"),
                            );
                        }
                        let mut at = 0;
                        while at < reply.events.len() {
                            let revision = reply.events[at].revision();
                            let end = reply.events[at..]
                                .iter()
                                .position(|e| e.revision() != revision)
                                .map_or(reply.events.len(), |p| at + p);
                            let got = &reply.events[at..end];
                            at = end;
                            if revision > reply.revision {
                                findings.add(
                                    "watch ordered",
                                    format!(
                                        "{who} got an event of revision {revision} in a response of revision {}",
                                        reply.revision
                                    ),
                                );
                            }
                            if revision < session.start_revision {
                                findings.add(
                                    "watch unique",
                                    format!(
                                        "{who}'s stream {number} from revision {} got revision {revision}, below its start",
                                        session.start_revision
                                    ),
                                );
                            }
                            if revision <= delivered {
                                let (check, how) = if seen.contains(&revision) {
                                    ("watch unique", "again")
                                } else {
                                    ("watch ordered", "late")
                                };
                                findings.add(
                                    check,
                                    format!("{who} got revision {revision} {how}, after revision {delivered}"),
                                );
                                seen.insert(revision);
                                continue;
                            }
                            seen.insert(revision);
                            let expected_next = log.range(delivered + 1..).next().map(|(r, _)| *r);
                            if expected_next != Some(revision) {
                                findings.add(
                                    "watch reliable",
                                    format!(
                                        "{who} got revision {revision} after {delivered}, skipping revision {expected_next:?}"
                                    ),
                                );
                            }
                            delivered = revision;
                            match log.get(&revision) {
                                None => findings.add(
                                    "watch reliable",
                                    format!("{who} got revision {revision}, which the change log does not have: {got:?}"),
                                ),
                                Some(expected) if expected.len() != got.len() => {
                                    findings.add(
                                        "watch atomic",
                                        format!(
                                            "{who} got {} of revision {revision}'s {} events in one response",
                                            got.len(),
                                            expected.len()
                                        ),
                                    );
                                }
                                Some(expected) => {
                                    for (event, want) in got.iter().zip(expected) {
                                        if event != want {
                                            let check = if event.kv == want.kv && event.kind == want.kind {
                                                "watch prev_kv"
                                            } else {
                                                "watch reliable"
                                            };
                                            findings.add(
                                                check,
                                                format!("{who} got {event:?} for revision {revision}; the change log has {want:?}"),
                                            );
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if delivered < last && log.range(delivered + 1..).next().is_some() {
            findings.add(
                "watch reliable",
                format!("{who} ended at revision {delivered}; the last change is at {last}"),
            );
        }
        findings.note_resumes(watch.sessions.len().saturating_sub(1));
    }
}
