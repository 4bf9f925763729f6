//! `ctl render-units`: per-member units, config files or environment files.

use std::path::PathBuf;

use clap::Args;

use super::print_warnings;
use crate::error::{Error, Result};
use crate::output::{Access, FileSet};
use crate::units::description::{Member, DEFAULT_CLIENT_PORT, DEFAULT_PEER_PORT};
use crate::units::pki_check::check_member_certificates;
use crate::units::render::VARIABLES;
use crate::units::{render_member_files, Cluster, Format, Tls};

#[derive(Debug, Args)]
pub struct RenderUnitsArgs {
    /// Write an example cluster description (the seed's cluster) to FILE and stop
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "cluster.yaml")]
    pub init: Option<PathBuf>,
    /// The cluster description (YAML or JSON)
    #[arg(long, short = 'c', value_name = "FILE")]
    pub cluster: Option<PathBuf>,
    /// With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)
    #[arg(long = "member", short = 'm', value_name = "NAME[=ADDRESS]")]
    pub members: Vec<String>,
    /// What to render
    #[arg(long, value_enum, default_value = "unit")]
    pub format: Format,
    /// Directory to write <member>/<file> into
    #[arg(long, value_name = "DIR", default_value = "units")]
    pub out: PathBuf,
    /// Print instead of writing files
    #[arg(long)]
    pub stdout: bool,
    /// Render with this minijinja template instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// Print the built-in template for --format and the variables it gets
    #[arg(long)]
    pub print_template: bool,
    /// Check that the certificates in DIR fit the members before writing
    #[arg(long, value_name = "DIR")]
    pub check_pki: Option<PathBuf>,
    /// Overwrite an existing file with --init
    #[arg(long)]
    pub force: bool,
    /// PKI directory with server.pem, server-key.pem, peer.pem, peer-key.pem, ca.pem
    #[arg(long, value_name = "DIR")]
    pub pki_dir: Option<PathBuf>,
    /// Each member uses its own pair, server-NAME.pem and peer-NAME.pem (from `ctl pki init --per-member`)
    #[arg(long, conflicts_with = "no_tls")]
    pub per_member_certs: bool,
    /// Plain http instead of TLS
    #[arg(long, conflicts_with = "pki_dir")]
    pub no_tls: bool,
    /// --initial-cluster-token
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Data directory
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Heartbeat interval in milliseconds
    #[arg(long, value_name = "MS")]
    pub heartbeat_interval: Option<u64>,
    /// Election timeout in milliseconds
    #[arg(long, value_name = "MS")]
    pub election_timeout: Option<u64>,
    /// The member command, e.g. /usr/local/bin/etcd or "/usr/local/bin/ctl serve"
    #[arg(long, value_name = "COMMAND")]
    pub binary: Option<String>,
}

pub fn run(args: RenderUnitsArgs) -> Result<()> {
    if let Some(path) = &args.init {
        return write_example(path, args.force);
    }
    if args.print_template {
        for (name, template) in args.format.files() {
            if args.format.files().len() > 1 {
                println!("# {name}");
            }
            print!("{template}");
        }
        println!("\n# variables:");
        for (name, meaning) in VARIABLES {
            println!("#   {name}: {meaning}");
        }
        return Ok(());
    }
    let (cluster, selected) = cluster_from_args(&args)?;
    let warnings = cluster.validate()?;
    print_warnings(&warnings);
    if matches!(args.format, Format::Config | Format::Env) && !cluster.extra_flags.is_empty() {
        print_warnings(&[format!(
            "extra_flags have no place in {}; they are left out",
            args.format.file_name()
        )]);
    }
    if let Some(dir) = &args.check_pki {
        check_member_certificates(&cluster, dir)?;
    }
    let template_text = match &args.template {
        Some(path) => Some((path.display().to_string(), crate::input::read_text(path)?)),
        None => None,
    };
    let template = template_text
        .as_ref()
        .map(|(o, t)| (o.as_str(), t.as_str()));
    let members: Vec<&Member> = match &selected {
        Some(name) => vec![cluster.member(name)?],
        None => cluster.members.iter().collect(),
    };
    let mut rendered = Vec::new();
    for member in &members {
        for (file, text) in render_member_files(&cluster, member, args.format, template)? {
            rendered.push((member.name.clone(), file, text));
        }
    }
    if args.stdout {
        let several = rendered.len() > 1;
        for (name, file, text) in rendered {
            if several {
                println!("# {name}/{file}");
            }
            print!("{text}");
        }
        return Ok(());
    }
    let mut files = FileSet::new();
    for (name, file, text) in rendered {
        files.add(args.out.join(&name).join(file), text, Access::Public);
    }
    for path in files.write_all()? {
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

fn write_example(path: &PathBuf, force: bool) -> Result<()> {
    if path.exists() && !force {
        return Err(Error::new(
            format!("{} already exists", path.display()),
            "pass --force to replace it, or name another file: --init other.yaml",
        ));
    }
    let mut files = FileSet::new();
    files.add(path, Cluster::example_yaml(), Access::Public);
    files.write_all()?;
    eprintln!(
        "wrote {}; render it with: ctl render-units --cluster {} --out units",
        path.display(),
        path.display()
    );
    Ok(())
}

/// The cluster from --cluster or the inline --member NAME=ADDRESS form, with flag overrides,
/// and the member selected for rendering, if any.
fn cluster_from_args(args: &RenderUnitsArgs) -> Result<(Cluster, Option<String>)> {
    let (mut cluster, selected) = match &args.cluster {
        Some(path) => {
            if args.members.len() > 1 {
                return Err(Error::new(
                    "with --cluster, --member selects one member to render",
                    "pass --member once, or leave it out to render every member",
                ));
            }
            if let Some(m) = args.members.first().filter(|m| m.contains('=')) {
                return Err(Error::new(
                    format!("--member {m} defines a member, but --cluster already describes them"),
                    "use --member NAME to select one member of the description",
                ));
            }
            (Cluster::load(path)?, args.members.first().cloned())
        }
        None => {
            if args.members.is_empty() {
                return Err(Error::new(
                    "no cluster to render",
                    "pass --cluster cluster.yaml (ctl render-units --init writes one) or --member NAME=ADDRESS for each member",
                ));
            }
            let members = args
                .members
                .iter()
                .map(|m| parse_inline_member(m))
                .collect::<Result<Vec<_>>>()?;
            (Cluster::from_members(members), None)
        }
    };
    if let Some(dir) = &args.pki_dir {
        let current = cluster.tls_settings.clone().unwrap_or_default();
        cluster.tls_settings = Some(Tls {
            pki_dir: dir.clone(),
            ..current
        });
    }
    if args.per_member_certs {
        if let Some(tls) = &mut cluster.tls_settings {
            tls.per_member = true;
        }
    }
    if args.no_tls {
        cluster.tls_settings = None;
    }
    if let Some(token) = &args.token {
        cluster.token = token.clone();
    }
    if let Some(dir) = &args.data_dir {
        cluster.data_dir = dir.clone();
    }
    if let Some(ms) = args.heartbeat_interval {
        cluster.heartbeat_interval = ms;
    }
    if let Some(ms) = args.election_timeout {
        cluster.election_timeout = ms;
    }
    if let Some(binary) = &args.binary {
        cluster.binary = binary.clone();
    }
    Ok((cluster, selected))
}

fn parse_inline_member(text: &str) -> Result<Member> {
    let (name, address) = text.split_once('=').ok_or_else(|| {
        Error::new(
            format!("--member {text} has no address"),
            "write --member NAME=ADDRESS, e.g. --member master1=192.168.255.131",
        )
    })?;
    Ok(Member {
        name: name.trim().to_string(),
        address: address.trim().to_string(),
        client_port: DEFAULT_CLIENT_PORT,
        peer_port: DEFAULT_PEER_PORT,
    })
}
