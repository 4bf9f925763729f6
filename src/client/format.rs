//! Output in etcdctl's formats: the simple comma-separated lines, its tablewriter tables
//! (centred upper-case headers, right-aligned cells), go-humanize byte sizes and the JSON of
//! Go's protobuf structs (snake_case tags, zero values omitted, bytes in base64).

use serde_json::{Map, Value};

use crate::server::proto::etcdserverpb::ResponseHeader;
use crate::server::proto::mvccpb::KeyValue;

/// How a command prints: `-w simple|table|json|fields`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WriteOut {
    Simple,
    Table,
    Json,
    /// etcdctl's `"Name" : value` lines
    Fields,
}

impl WriteOut {
    fn name(self) -> &'static str {
        match self {
            WriteOut::Simple => "simple",
            WriteOut::Table => "table",
            WriteOut::Json => "json",
            WriteOut::Fields => "fields",
        }
    }

    /// Refuses a format the command cannot print. etcdctl says "table not supported as output
    /// format" after doing the work (a member already added); ctl says it before.
    pub fn require(self, command: &str, supported: &[WriteOut]) -> crate::error::Result<()> {
        if supported.contains(&self) {
            return Ok(());
        }
        let names: Vec<&str> = supported.iter().map(|w| w.name()).collect();
        Err(crate::error::Error::new(
            format!("{command} cannot print -w {}", self.name()),
            format!("use -w {}", names.join(" or -w ")),
        ))
    }
}

/// A table as etcdctl's tablewriter draws it.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let header: Vec<String> = header.iter().map(|h| h.to_uppercase()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let rule: String = widths
        .iter()
        .map(|w| format!("+{}", "-".repeat(w + 2)))
        .collect::<String>()
        + "+\n";
    let mut out = rule.clone();
    for (i, h) in header.iter().enumerate() {
        let gap = widths[i] - h.chars().count();
        let left = gap / 2;
        out.push_str(&format!(
            "| {}{h}{} ",
            " ".repeat(left),
            " ".repeat(gap - left)
        ));
    }
    out.push_str("|\n");
    out.push_str(&rule);
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            out.push_str(&format!("| {cell:>width$} ", width = widths[i]));
        }
        out.push_str("|\n");
    }
    out.push_str(&rule);
    out
}

/// Bytes as go-humanize's `Bytes` writes them: SI units, one decimal below 10.
pub fn human_bytes(size: u64) -> String {
    if size < 10 {
        return format!("{size} B");
    }
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let exponent = ((size as f64).ln() / 1000f64.ln()).floor() as usize;
    let exponent = exponent.min(UNITS.len() - 1);
    let value = (size as f64 / 1000f64.powi(exponent as i32) * 10.0 + 0.5).floor() / 10.0;
    if value < 10.0 {
        format!("{value:.1} {}", UNITS[exponent])
    } else {
        format!("{} {}", round_half_even(value), UNITS[exponent])
    }
}

/// Go's `%.0f`: halves round to even.
fn round_half_even(value: f64) -> i64 {
    let floor = value.floor();
    let fraction = value - floor;
    let floor = floor as i64;
    if fraction > 0.5 || (fraction == 0.5 && floor % 2 == 1) {
        floor + 1
    } else {
        floor
    }
}

/// An object builder that leaves out zero values, as Go's `omitempty` does.
#[derive(Default)]
pub struct Object(Map<String, Value>);

impl Object {
    pub fn new() -> Object {
        Object::default()
    }

    pub fn num(mut self, key: &str, value: impl Into<i128>) -> Object {
        let value: i128 = value.into();
        if value != 0 {
            let number = if value < 0 {
                Value::from(value as i64)
            } else {
                Value::from(value as u64)
            };
            self.0.insert(key.into(), number);
        }
        self
    }

    pub fn text(mut self, key: &str, value: &str) -> Object {
        if !value.is_empty() {
            self.0.insert(key.into(), Value::from(value));
        }
        self
    }

    pub fn bytes(mut self, key: &str, value: &[u8]) -> Object {
        if !value.is_empty() {
            use base64::Engine as _;
            let text = base64::engine::general_purpose::STANDARD.encode(value);
            self.0.insert(key.into(), Value::from(text));
        }
        self
    }

    pub fn flag(mut self, key: &str, value: bool) -> Object {
        if value {
            self.0.insert(key.into(), Value::from(true));
        }
        self
    }

    /// Always present, whatever the value.
    pub fn any(mut self, key: &str, value: impl Into<Value>) -> Object {
        self.0.insert(key.into(), value.into());
        self
    }

    pub fn some(mut self, key: &str, value: Option<Value>) -> Object {
        if let Some(value) = value {
            self.0.insert(key.into(), value);
        }
        self
    }

    pub fn list(mut self, key: &str, values: Vec<Value>) -> Object {
        if !values.is_empty() {
            self.0.insert(key.into(), Value::Array(values));
        }
        self
    }

    pub fn build(self) -> Value {
        Value::Object(self.0)
    }
}

pub fn header_json(header: Option<&ResponseHeader>) -> Option<Value> {
    header.map(|h| {
        Object::new()
            .num("cluster_id", h.cluster_id)
            .num("member_id", h.member_id)
            .num("revision", h.revision)
            .num("raft_term", h.raft_term)
            .build()
    })
}

pub fn kv_json(kv: &KeyValue) -> Value {
    Object::new()
        .bytes("key", &kv.key)
        .num("create_revision", kv.create_revision)
        .num("mod_revision", kv.mod_revision)
        .num("version", kv.version)
        .bytes("value", &kv.value)
        .num("lease", kv.lease)
        .build()
}

/// One line of JSON, as etcdctl prints it.
pub fn json_line(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_look_like_tablewriters() {
        let text = table(
            &["ID", "Status"],
            &[vec!["8e9e05c52164694d".into(), "started".into()]],
        );
        assert_eq!(
            text,
            "+------------------+---------+\n\
             |        ID        | STATUS  |\n\
             +------------------+---------+\n\
             | 8e9e05c52164694d | started |\n\
             +------------------+---------+\n"
        );
    }

    #[test]
    fn byte_sizes_match_go_humanize() {
        assert_eq!(human_bytes(0), "0 B");
        assert_eq!(human_bytes(9), "9 B");
        assert_eq!(human_bytes(20480), "20 kB");
        assert_eq!(human_bytes(25000), "25 kB");
        assert_eq!(human_bytes(1500), "1.5 kB");
        assert_eq!(human_bytes(1_000_000), "1.0 MB");
        assert_eq!(human_bytes(123_456_789), "124 MB");
        assert_eq!(human_bytes(20_500), "20 kB");
    }

    #[test]
    fn zero_values_are_omitted() {
        let v = Object::new()
            .num("a", 0u64)
            .num("b", 7u64)
            .text("c", "")
            .build();
        assert_eq!(json_line(&v), r#"{"b":7}"#);
    }
}
