//! etcd's v3 API types and services, generated at build time from proto/, with the JSON
//! mapping of etcd's gateway (serde impls from pbjson).

#![allow(clippy::all, missing_docs)]

pub mod mvccpb {
    tonic::include_proto!("mvccpb");
    include!(concat!(env!("OUT_DIR"), "/mvccpb.serde.rs"));
}

pub mod authpb {
    tonic::include_proto!("authpb");
    include!(concat!(env!("OUT_DIR"), "/authpb.serde.rs"));
}

pub mod etcdserverpb {
    tonic::include_proto!("etcdserverpb");
    include!(concat!(env!("OUT_DIR"), "/etcdserverpb.serde.rs"));
}

/// etcd's lock service.
pub mod v3lockpb {
    tonic::include_proto!("v3lockpb");
    include!(concat!(env!("OUT_DIR"), "/v3lockpb.serde.rs"));
}

/// etcd's election service.
pub mod v3electionpb {
    tonic::include_proto!("v3electionpb");
    include!(concat!(env!("OUT_DIR"), "/v3electionpb.serde.rs"));
}

/// ctl's raft log payloads (proto/ctlpb/internal.proto).
pub mod ctlpb {
    tonic::include_proto!("ctlpb");
}

#[cfg(test)]
mod tests {
    use super::etcdserverpb::{PutRequest, RangeRequest};
    use prost::Message;

    /// Field numbers and types decide compatibility with etcdctl: check the bytes.
    #[test]
    fn put_request_has_etcds_wire_layout() {
        let put = PutRequest {
            key: b"a".to_vec(),
            value: b"b".to_vec(),
            lease: 5,
            prev_kv: true,
            ignore_value: true,
            ignore_lease: true,
        };
        assert_eq!(
            put.encode_to_vec(),
            [0x0a, 1, b'a', 0x12, 1, b'b', 0x18, 5, 0x20, 1, 0x28, 1, 0x30, 1]
        );
    }

    #[test]
    fn range_request_has_etcds_wire_layout() {
        let range = RangeRequest {
            key: b"k".to_vec(),
            range_end: b"l".to_vec(),
            limit: 2,
            revision: 3,
            serializable: true,
            keys_only: true,
            count_only: true,
            ..Default::default()
        };
        assert_eq!(
            range.encode_to_vec(),
            [0x0a, 1, b'k', 0x12, 1, b'l', 0x18, 2, 0x20, 3, 0x38, 1, 0x40, 1, 0x48, 1]
        );
    }
}
