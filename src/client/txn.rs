//! etcdctl's `txn` text: three sections separated by blank lines — compares, then the requests
//! run on success, then those run on failure:
//!
//! ```text
//! mod("key1") > "0"
//!
//! put key1 "overwrote-key1"
//!
//! put key1 "created-key1"
//! put key2 "some extra key"
//! ```
//!
//! Compares are `value|version|create|mod|lease("key") =|!=|<|> "operand"`; requests are
//! `put KEY VALUE [--lease=ID]`, `get KEY [END] [--prefix] [--from-key] [--limit=N] [--rev=N]
//! [--keys-only] [--count-only]` and `del KEY [END] [--prefix] [--from-key] [--prev-kv]`.

use super::kv::{delete_request, parse_lease_id, put_request, range_request, GetOptions, KeySpec};
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::compare::{CompareResult, CompareTarget, TargetUnion};
use crate::server::proto::etcdserverpb::request_op::Request;
use crate::server::proto::etcdserverpb::{Compare, RequestOp, TxnRequest};

/// Parses the whole text (as read from standard input).
pub fn parse(text: &str) -> Result<TxnRequest> {
    let mut sections: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            if sections.len() < 3 {
                sections.push(Vec::new());
            }
            continue;
        }
        sections
            .last_mut()
            .expect("one section")
            .push((n + 1, line));
    }
    sections.resize(3, Vec::new());
    let compare = sections[0]
        .iter()
        .map(|(n, l)| parse_compare(l).map_err(|e| e.context(format!("line {n}"))))
        .collect::<Result<Vec<_>>>()?;
    let ops = |section: &[(usize, &str)]| {
        section
            .iter()
            .map(|(n, l)| parse_op(l).map_err(|e| e.context(format!("line {n}"))))
            .collect::<Result<Vec<_>>>()
    };
    Ok(TxnRequest {
        compare,
        success: ops(&sections[1])?,
        failure: ops(&sections[2])?,
    })
}

fn compare_hint() -> &'static str {
    "write compares like: mod(\"key1\") > \"0\", value(\"key1\") = \"v\", version(\"k\") != \"2\""
}

/// `target("key") op "operand"`.
pub fn parse_compare(line: &str) -> Result<Compare> {
    let bad = |why: &str| Error::new(format!("bad compare {line:?}: {why}"), compare_hint());
    let open = line.find('(').ok_or_else(|| bad("no (\"key\")"))?;
    let target_name = line[..open].trim();
    let close = line.rfind(')').ok_or_else(|| bad("no closing )"))?;
    let inside = split_words(&line[open + 1..close]).map_err(|w| bad(&w))?;
    let (key, range_end) = match inside.as_slice() {
        [key] => (key.clone(), String::new()),
        [key, end] => (key.trim_end_matches(',').to_string(), end.clone()),
        _ => return Err(bad("name one key, in quotes")),
    };
    let rest = split_words(&line[close + 1..]).map_err(|w| bad(&w))?;
    let [op, operand] = rest.as_slice() else {
        return Err(bad(
            "expected an operator and a quoted operand after the key",
        ));
    };
    let result = match op.as_str() {
        "=" | "==" => CompareResult::Equal,
        "!=" => CompareResult::NotEqual,
        ">" => CompareResult::Greater,
        "<" => CompareResult::Less,
        other => {
            return Err(bad(&format!(
                "unknown operator {other:?} (use =, !=, < or >)"
            )))
        }
    };
    let number = || {
        operand
            .parse::<i64>()
            .map_err(|_| bad(&format!("{operand:?} is not a number")))
    };
    let (target, union) = match target_name {
        "value" | "val" | "v" => (
            CompareTarget::Value,
            TargetUnion::Value(operand.clone().into_bytes()),
        ),
        "version" | "ver" => (CompareTarget::Version, TargetUnion::Version(number()?)),
        "create" | "c" => (
            CompareTarget::Create,
            TargetUnion::CreateRevision(number()?),
        ),
        "mod" | "m" => (CompareTarget::Mod, TargetUnion::ModRevision(number()?)),
        "lease" => (
            CompareTarget::Lease,
            TargetUnion::Lease(if operand == "0" {
                0
            } else {
                parse_lease_id(operand)?
            }),
        ),
        other => {
            return Err(bad(&format!(
                "unknown target {other:?} (use value, version, create, mod or lease)"
            )))
        }
    };
    Ok(Compare {
        result: result as i32,
        target: target as i32,
        key: key.into_bytes(),
        range_end: range_end.into_bytes(),
        target_union: Some(union),
    })
}

/// `put|get|del …` with etcdctl's arguments.
pub fn parse_op(line: &str) -> Result<RequestOp> {
    let hint = "write requests like: put key value, get key --prefix, del key";
    let bad = |why: String| Error::new(format!("bad request {line:?}: {why}"), hint);
    let words = split_words(line).map_err(bad)?;
    let Some((verb, args)) = words.split_first() else {
        return Err(bad("empty".into()));
    };
    let mut positional = Vec::new();
    let mut keys = KeySpec::default();
    let mut get = GetOptions::default();
    let mut lease = 0;
    let mut prev_kv = false;
    for arg in args {
        let (flag, value) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v)),
            _ => (arg.as_str(), None),
        };
        let number = |v: Option<&str>| -> Result<i64> {
            v.and_then(|v| v.parse().ok())
                .ok_or_else(|| bad(format!("{flag} needs =NUMBER")))
        };
        match flag {
            "--prefix" => keys.prefix = true,
            "--from-key" => keys.from_key = true,
            "--prev-kv" => prev_kv = true,
            "--keys-only" => get.keys_only = true,
            "--count-only" => get.count_only = true,
            "--limit" => get.limit = number(value)?,
            "--rev" => get.revision = number(value)?,
            "--lease" => {
                lease = parse_lease_id(value.ok_or_else(|| bad("--lease needs =ID".into()))?)?
            }
            f if f.starts_with("--") => return Err(bad(format!("unknown flag {f}"))),
            _ => positional.push(arg.clone()),
        }
    }
    let request = match verb.as_str() {
        "put" => {
            let [key, value] = positional.as_slice() else {
                return Err(bad("put needs a key and a value".into()));
            };
            Request::RequestPut(put_request(key, value, lease, prev_kv))
        }
        "get" | "del" | "delete" => {
            match positional.as_slice() {
                [key] => keys.key = key.clone(),
                [key, end] => {
                    keys.key = key.clone();
                    keys.range_end = Some(end.clone());
                }
                _ => {
                    return Err(bad(format!(
                        "{verb} needs a key (and optionally a range end)"
                    )))
                }
            }
            if verb == "get" {
                Request::RequestRange(range_request(&keys, &get)?)
            } else {
                Request::RequestDeleteRange(delete_request(&keys, prev_kv)?)
            }
        }
        other => {
            return Err(bad(format!(
                "unknown request {other:?} (use put, get or del)"
            )))
        }
    };
    Ok(RequestOp {
        request: Some(request),
    })
}

/// Splits on spaces, honouring double quotes and backslash escapes inside them.
pub fn split_words(text: &str) -> std::result::Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some('n') => current.push('\n'),
                            Some('t') => current.push('\t'),
                            Some(other) => current.push(other),
                            None => return Err("unfinished escape".into()),
                        },
                        Some(other) => current.push(other),
                        None => return Err("unclosed quote".into()),
                    }
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut current));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                current.push(c);
            }
        }
    }
    if in_word {
        words.push(current);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etcdctls_example_parses() {
        let txn = parse(
            "mod(\"key1\") > \"0\"\n\nput key1 \"overwrote-key1\"\n\nput key1 \"created-key1\"\nput key2 \"some extra key\"\n",
        )
        .unwrap();
        assert_eq!(txn.compare.len(), 1);
        assert_eq!(txn.compare[0].target, CompareTarget::Mod as i32);
        assert_eq!(txn.compare[0].result, CompareResult::Greater as i32);
        assert_eq!(
            txn.compare[0].target_union,
            Some(TargetUnion::ModRevision(0))
        );
        assert_eq!(txn.success.len(), 1);
        assert_eq!(txn.failure.len(), 2);
        let Some(Request::RequestPut(put)) = &txn.failure[1].request else {
            panic!("not a put")
        };
        assert_eq!(put.value, b"some extra key");
    }

    #[test]
    fn mistakes_name_the_line() {
        let err = parse("mod(\"k\") >> \"0\"\n").unwrap_err();
        assert!(err.cause.starts_with("line 1: "), "{err:?}");
        let err = parse("\nfrob k\n").unwrap_err();
        assert!(err.cause.contains("frob"), "{err:?}");
        assert!(parse("value(\"k\") = \"unclosed\n").is_err());
    }

    #[test]
    fn gets_and_deletes_take_flags() {
        let Some(Request::RequestRange(get)) =
            parse_op("get a --prefix --limit=2").unwrap().request
        else {
            panic!()
        };
        assert_eq!(
            (get.key, get.range_end, get.limit),
            (b"a".to_vec(), b"b".to_vec(), 2)
        );
        assert!(parse_op("del a --bogus").is_err());
    }
}
