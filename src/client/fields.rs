//! etcdctl 3.5's `-w fields` output: one `"Name" : value` line per field, strings quoted as
//! Go's `%q` quotes them, so scripts that grep etcdctl's fields read ctl's the same way.

use std::fmt::{Display, Write as _};

use crate::server::proto::authpb::Permission;
use crate::server::proto::etcdserverpb::{
    response_op::Response as OpResponse, AlarmMember, DeleteRangeResponse, Member, PutResponse,
    RangeResponse, ResponseHeader, StatusResponse, TxnResponse, WatchResponse,
};
use crate::server::proto::mvccpb::KeyValue;

/// Lines of fields, built in etcdctl's order.
#[derive(Default)]
pub struct Fields(String);

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    /// `"name" : value`, as Go's Println writes it.
    pub fn value(&mut self, name: &str, value: impl Display) -> &mut Fields {
        let _ = writeln!(self.0, "\"{name}\" : {value}");
        self
    }

    /// `"name" : "text"`, the text quoted as Go's `%q`.
    pub fn quoted(&mut self, name: &str, text: &[u8]) -> &mut Fields {
        let _ = writeln!(self.0, "\"{name}\" : {}", go_quote(text));
        self
    }

    pub fn blank(&mut self) -> &mut Fields {
        self.0.push('\n');
        self
    }

    /// The four header lines; a missing header reads as zeros, as Go's getters give.
    pub fn header(&mut self, header: Option<&ResponseHeader>) -> &mut Fields {
        let h = header.cloned().unwrap_or_default();
        self.value("ClusterID", h.cluster_id)
            .value("MemberID", h.member_id)
            .value("Revision", h.revision)
            .value("RaftTerm", h.raft_term)
    }

    pub fn kv(&mut self, prefix: &str, kv: &KeyValue) -> &mut Fields {
        self.quoted(&format!("{prefix}Key"), &kv.key)
            .value(&format!("{prefix}CreateRevision"), kv.create_revision)
            .value(&format!("{prefix}ModRevision"), kv.mod_revision)
            .value(&format!("{prefix}Version"), kv.version)
            .quoted(&format!("{prefix}Value"), &kv.value)
            .value(&format!("{prefix}Lease"), kv.lease)
    }

    pub fn range(&mut self, r: &RangeResponse) -> &mut Fields {
        self.header(r.header.as_ref());
        for kv in &r.kvs {
            self.kv("", kv);
        }
        self.value("More", r.more).value("Count", r.count)
    }

    pub fn put(&mut self, r: &PutResponse) -> &mut Fields {
        self.header(r.header.as_ref());
        if let Some(prev) = &r.prev_kv {
            self.kv("Prev", prev);
        }
        self
    }

    pub fn delete(&mut self, r: &DeleteRangeResponse) -> &mut Fields {
        self.header(r.header.as_ref()).value("Deleted", r.deleted);
        for kv in &r.prev_kvs {
            self.kv("Prev", kv);
        }
        self
    }

    pub fn txn(&mut self, r: &TxnResponse) -> &mut Fields {
        self.header(r.header.as_ref())
            .value("Succeeded", r.succeeded);
        for response in r.responses.iter().filter_map(|r| r.response.as_ref()) {
            match response {
                OpResponse::ResponseRange(g) => self.range(g),
                OpResponse::ResponsePut(p) => self.put(p),
                OpResponse::ResponseDeleteRange(d) => self.delete(d),
                // etcdctl's txn syntax cannot nest a txn, and neither can ctl's.
                OpResponse::ResponseTxn(t) => self.value("Succeeded", t.succeeded),
            };
        }
        self
    }

    pub fn watch(&mut self, r: &WatchResponse) -> &mut Fields {
        self.header(r.header.as_ref());
        for event in &r.events {
            self.value("Type", if event.r#type == 1 { "DELETE" } else { "PUT" });
            if let Some(prev) = &event.prev_kv {
                self.kv("Prev", prev);
            }
            self.kv("", &event.kv.clone().unwrap_or_default());
        }
        self
    }

    pub fn member_list(
        &mut self,
        header: Option<&ResponseHeader>,
        members: &[Member],
    ) -> &mut Fields {
        self.header(header);
        for m in members {
            self.value("ID", m.id).quoted("Name", m.name.as_bytes());
            for url in &m.peer_ur_ls {
                self.quoted("PeerURL", url.as_bytes());
            }
            for url in &m.client_ur_ls {
                self.quoted("ClientURL", url.as_bytes());
            }
            self.value("IsLearner", m.is_learner).blank();
        }
        self
    }

    /// One endpoint's health; `took` and `error` as etcdctl's strings.
    pub fn endpoint_health(
        &mut self,
        endpoint: &str,
        health: bool,
        took: &str,
        error: &str,
    ) -> &mut Fields {
        self.quoted("Endpoint", endpoint.as_bytes())
            .value("Health", health)
            .value("Took", took)
            .value("Error", error)
            .blank()
    }

    pub fn endpoint_status(&mut self, endpoint: &str, s: &StatusResponse) -> &mut Fields {
        self.header(s.header.as_ref())
            .quoted("Version", s.version.as_bytes())
            .value("DBSize", s.db_size)
            .value("Leader", s.leader)
            .value("IsLearner", s.is_learner)
            .value("RaftIndex", s.raft_index)
            .value("RaftTerm", s.raft_term)
            .value("RaftAppliedIndex", s.raft_applied_index)
            .value("Errors", format!("[{}]", s.errors.join(" ")))
            .quoted("Endpoint", endpoint.as_bytes())
            .blank()
    }

    pub fn endpoint_hash(
        &mut self,
        endpoint: &str,
        header: Option<&ResponseHeader>,
        hash: u32,
    ) -> &mut Fields {
        self.header(header)
            .quoted("Endpoint", endpoint.as_bytes())
            .value("Hash", hash)
            .blank()
    }

    pub fn alarms(
        &mut self,
        header: Option<&ResponseHeader>,
        alarms: &[AlarmMember],
    ) -> &mut Fields {
        self.header(header);
        for a in alarms {
            self.value("MemberID", a.member_id)
                .value("AlarmType", crate::client::health::alarm_name(a.alarm))
                .blank();
        }
        self
    }

    /// A role's permissions; etcdctl writes the type after two spaces.
    pub fn role_permissions(
        &mut self,
        header: Option<&ResponseHeader>,
        perms: &[Permission],
    ) -> &mut Fields {
        self.header(header);
        for p in perms {
            let kind = match p.perm_type {
                1 => "WRITE",
                2 => "READWRITE",
                _ => "READ",
            };
            self.value("PermType", format!(" {kind}"))
                .quoted("Key", &p.key)
                .quoted("RangeEnd", &p.range_end);
        }
        self
    }

    pub fn names(&mut self, name: &str, values: &[String]) -> &mut Fields {
        let _ = write!(self.0, "\"{name}\" :");
        for v in values {
            let _ = write!(self.0, " {}", go_quote(v.as_bytes()));
        }
        self.blank()
    }

    pub fn text(&self) -> &str {
        &self.0
    }

    pub fn into_text(self) -> String {
        self.0
    }
}

/// Go's `strconv.Quote` of the bytes as a string: printable characters as they are, the usual
/// backslash escapes, `\xNN` for bytes that are not UTF-8, `\u`/`\U` for other code points.
pub fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x0c' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\x0b' => out.push_str("\\v"),
                c if is_go_printable(c) => out.push(c),
                c if (c as u32) < 0x80 => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c if (c as u32) < 0x10000 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

/// Go's `unicode.IsPrint`, closely: ASCII space and graphic characters; beyond ASCII, all but
/// controls, spaces and the invisible format characters.
fn is_go_printable(c: char) -> bool {
    if c.is_ascii() {
        return c == ' ' || c.is_ascii_graphic();
    }
    let invisible = matches!(c as u32, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f
        | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f
        | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xfffe | 0xffff);
    !(c.is_control() || c.is_whitespace() || invisible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_as_go_does() {
        assert_eq!(go_quote(b"plain"), r#""plain""#);
        assert_eq!(go_quote(b"a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(go_quote(b"tab\tnl\n\x00\x7f"), r#""tab\tnl\n\x00\x7f""#);
        assert_eq!(go_quote("grüße".as_bytes()), "\"grüße\"");
        assert_eq!(go_quote(b"\xff\xfeok"), r#""\xff\xfeok""#);
        assert_eq!(go_quote("\u{a0}\u{200b}".as_bytes()), r#""\u00a0\u200b""#);
    }

    #[test]
    fn a_range_reads_as_etcdctl_prints_it() {
        let response = RangeResponse {
            header: Some(ResponseHeader {
                cluster_id: 1,
                member_id: 2,
                revision: 3,
                raft_term: 4,
            }),
            kvs: vec![KeyValue {
                key: b"k".to_vec(),
                create_revision: 2,
                mod_revision: 3,
                version: 2,
                value: b"v 1".to_vec(),
                lease: 0,
            }],
            more: false,
            count: 1,
        };
        let text = Fields::new().range(&response).text().to_string();
        assert_eq!(
            text,
            "\"ClusterID\" : 1\n\"MemberID\" : 2\n\"Revision\" : 3\n\"RaftTerm\" : 4\n\
             \"Key\" : \"k\"\n\"CreateRevision\" : 2\n\"ModRevision\" : 3\n\"Version\" : 2\n\
             \"Value\" : \"v 1\"\n\"Lease\" : 0\n\"More\" : false\n\"Count\" : 1\n"
        );
    }
}
