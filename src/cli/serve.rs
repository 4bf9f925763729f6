//! `ctl serve`: etcd's flags in, a running member out.

use clap::Args;

use crate::error::Result;
use crate::server::config::ServeArgs;

#[derive(Debug, Args)]
pub struct ServeCommand {
    #[command(flatten)]
    pub args: ServeArgs,
}

pub fn run(command: ServeCommand) -> Result<()> {
    let config = command.args.resolve()?;
    crate::server::run(config)
}
