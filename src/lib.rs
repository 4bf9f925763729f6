//! ctl: one binary for secure etcd clusters. The command-line layer (`cli`) parses and prints;
//! the work lives in the capability modules below, which tests call directly.

pub mod bench;
pub mod cli;
pub mod client;
pub mod error;
pub mod input;
pub mod output;
pub mod pem;
pub mod pki;
pub mod sandbox;
pub mod server;
pub mod units;
pub mod url;
