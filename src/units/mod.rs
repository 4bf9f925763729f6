//! `ctl render-units`: one cluster description in, per-member systemd units, etcd config files or
//! EnvironmentFiles out, checked before anything is written.

pub mod description;
pub mod pki_check;
pub mod render;

pub use description::{Cluster, Member, Tls};
pub use render::{render_member, render_member_files, Format};
