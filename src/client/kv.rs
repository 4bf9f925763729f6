//! Key ranges and requests as etcdctl builds them from its flags: a key alone, an explicit end,
//! `--prefix` (end = the prefix with its last byte incremented) or `--from-key` (end = "\0").

use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{DeleteRangeRequest, PutRequest, RangeRequest};

/// How a command names its keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeySpec {
    pub key: String,
    pub range_end: Option<String>,
    pub prefix: bool,
    pub from_key: bool,
}

impl KeySpec {
    /// (key, range_end) for a request.
    pub fn bounds(&self) -> Result<(Vec<u8>, Vec<u8>)> {
        let exclusive = [self.range_end.is_some(), self.prefix, self.from_key]
            .iter()
            .filter(|b| **b)
            .count();
        if exclusive > 1 {
            return Err(Error::new(
                "a range end, --prefix and --from-key exclude each other",
                "give one of them",
            ));
        }
        let key = self.key.as_bytes().to_vec();
        if self.prefix {
            if key.is_empty() {
                // Every key.
                return Ok((vec![0], vec![0]));
            }
            return Ok((key.clone(), prefix_end(&key)));
        }
        if self.from_key {
            let key = if key.is_empty() { vec![0] } else { key };
            return Ok((key, vec![0]));
        }
        let end = self
            .range_end
            .as_ref()
            .map(|e| e.as_bytes().to_vec())
            .unwrap_or_default();
        Ok((key, end))
    }
}

/// The smallest key after every key that starts with `prefix`; "\0" (to the end) when the
/// prefix is all 0xff.
pub fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

/// Options of `get` besides the keys.
#[derive(Debug, Clone, Default)]
pub struct GetOptions {
    pub limit: i64,
    pub revision: i64,
    pub serializable: bool,
    pub keys_only: bool,
    pub count_only: bool,
    /// (order, target) as etcd's enums: SortOrder, SortTarget.
    pub sort: Option<(i32, i32)>,
}

pub fn range_request(keys: &KeySpec, options: &GetOptions) -> Result<RangeRequest> {
    let (key, range_end) = keys.bounds()?;
    let (sort_order, sort_target) = options.sort.unwrap_or((0, 0));
    Ok(RangeRequest {
        key,
        range_end,
        limit: options.limit,
        revision: options.revision,
        sort_order,
        sort_target,
        serializable: options.serializable,
        keys_only: options.keys_only,
        count_only: options.count_only,
        ..Default::default()
    })
}

pub fn delete_request(keys: &KeySpec, prev_kv: bool) -> Result<DeleteRangeRequest> {
    let (key, range_end) = keys.bounds()?;
    Ok(DeleteRangeRequest {
        key,
        range_end,
        prev_kv,
    })
}

pub fn put_request(key: &str, value: &str, lease: i64, prev_kv: bool) -> PutRequest {
    PutRequest {
        key: key.as_bytes().to_vec(),
        value: value.as_bytes().to_vec(),
        lease,
        prev_kv,
        ..Default::default()
    }
}

/// A lease ID as etcdctl takes it: hexadecimal.
pub fn parse_lease_id(text: &str) -> Result<i64> {
    u64::from_str_radix(text.trim_start_matches("0x"), 16)
        .map(|id| id as i64)
        .map_err(|_| {
            Error::new(
                format!("{text:?} is not a lease ID"),
                "lease IDs are hexadecimal, as `ctl lease grant` and `ctl lease list` print them",
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_end_after_their_last_key() {
        assert_eq!(prefix_end(b"abc"), b"abd");
        assert_eq!(prefix_end(b"a\xff"), b"b");
        assert_eq!(prefix_end(b"\xff\xff"), b"\0");
    }

    #[test]
    fn key_specs_map_to_etcds_bounds() {
        let spec = |key: &str, end: Option<&str>, prefix, from_key| KeySpec {
            key: key.into(),
            range_end: end.map(str::to_string),
            prefix,
            from_key,
        };
        assert_eq!(
            spec("a", None, false, false).bounds().unwrap(),
            (b"a".to_vec(), vec![])
        );
        assert_eq!(
            spec("a", Some("c"), false, false).bounds().unwrap(),
            (b"a".to_vec(), b"c".to_vec())
        );
        assert_eq!(
            spec("a", None, true, false).bounds().unwrap(),
            (b"a".to_vec(), b"b".to_vec())
        );
        assert_eq!(
            spec("", None, true, false).bounds().unwrap(),
            (vec![0], vec![0])
        );
        assert_eq!(
            spec("a", None, false, true).bounds().unwrap(),
            (b"a".to_vec(), vec![0])
        );
        assert!(spec("a", Some("c"), true, false).bounds().is_err());
    }
}
