//! Compiles ctl's etcd-compatible protobuf definitions (proto/) into Rust with tonic, using protox
//! so the build needs no system protoc.

fn main() {
    let files = ["proto/etcdserverpb/rpc.proto", "proto/ctlpb/internal.proto"];
    println!("cargo:rerun-if-changed=proto");
    let descriptors = protox::compile(files, ["proto"]).expect("proto/ definitions compile");
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .compile_fds(descriptors)
        .expect("generated code for proto/");
}
