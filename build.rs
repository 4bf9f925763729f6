//! Compiles ctl's etcd-compatible protobuf definitions (proto/) into Rust with tonic, using protox
//! so the build needs no system protoc, and derives their JSON mapping (etcd's gateway writes
//! proto field names, 64-bit integers as strings, bytes as base64, enums by name) with pbjson.

use prost::Message;

fn main() {
    let files = [
        "proto/etcdserverpb/rpc.proto",
        "proto/v3lockpb/v3lock.proto",
        "proto/v3electionpb/v3election.proto",
        "proto/ctlpb/internal.proto",
    ];
    println!("cargo:rerun-if-changed=proto");
    let descriptors = protox::compile(files, ["proto"]).expect("proto/ definitions compile");
    let encoded = descriptors.encode_to_vec();
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .compile_fds(descriptors)
        .expect("generated code for proto/");
    pbjson_build::Builder::new()
        .register_descriptors(&encoded)
        .expect("descriptors for pbjson")
        .preserve_proto_field_names()
        // As etcd's gateway: a field it does not know is ignored, not an error.
        .ignore_unknown_fields()
        .build(&[
            ".etcdserverpb",
            ".mvccpb",
            ".authpb",
            ".v3lockpb",
            ".v3electionpb",
        ])
        .expect("JSON mapping for proto/");
}
