//! `ctl pki …`: cfssl's commands and flags, cfssljson's files, and `init`/`check` for the whole
//! etcd set.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use rcgen::KeyPair;

use super::{interactive, print_warnings};
use crate::error::{Error, Result};
use crate::input::Warnings;
use crate::output::FileSet;
use crate::pki::certinfo::{self, certificate_text, csr_text, describe_certificate, describe_csr};
use crate::pki::check::{check_dir, report_table};
use crate::pki::config::{self, SigningConfig};
use crate::pki::duration::{parse_go_duration, parse_lifetime};
use crate::pki::init::{self, default_profile_document, split_hosts, InitOptions, InitPlan};
use crate::pki::issue::{self, CertificateAuthority, Issued};
use crate::pki::keys::{self, KeyGenerator, KeyKind, KeySpec};
use crate::pki::output::{bare_files, cfssl_json};
use crate::pki::renew::{self, until, Outcome, Plan, RenewOptions, RotateOptions};
use crate::pki::request::Request;

#[derive(Debug, Subcommand)]
pub enum PkiCommand {
    /// Print an example signing config, certificate request or init profile
    PrintDefaults(PrintDefaultsArgs),
    /// Make a key and a certificate: a new CA with --initca, else signed by --ca
    Gencert(GencertArgs),
    /// Make a key and a certificate request (CSR)
    Genkey(GenkeyArgs),
    /// Sign a certificate request (CSR PEM) with a CA
    Sign(SignArgs),
    /// Make a key and a self-signed certificate for HOSTNAME
    Selfsign(SelfsignArgs),
    /// Describe a certificate or CSR (cfssl certinfo's JSON, or text)
    Certinfo(CertinfoArgs),
    /// Make the whole etcd set (CA, client, server, peer) in one step
    Init(InitArgs),
    /// Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes
    Check(CheckArgs),
    /// Re-issue certificates from the directory's CA: same subject, SANs and usages, new validity
    Renew(RenewArgs),
    /// Re-issue the server and peer certificates with more hosts in their SANs (a new member's address)
    AddHost(AddHostArgs),
    /// Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish
    RotateCa(RotateCaArgs),
}

#[derive(Debug, Args)]
pub struct RenewArgs {
    /// The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)
    #[arg(long, value_name = "DIR", default_value = "/etc/etcd/pki")]
    pub dir: PathBuf,
    /// Certificates to renew, by base name (server for server.pem) [default: every one but the CA]
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// New lifetime, as 8760h or 365d [default: the lifetime each certificate had]
    #[arg(long, value_name = "DURATION")]
    pub expiry: Option<String>,
    /// Renew only certificates that expire within this window, as 30d or 720h (for a timer)
    #[arg(long, value_name = "DURATION")]
    pub within: Option<String>,
    /// Make new keys (of the same kind) instead of keeping the existing ones
    #[arg(long)]
    pub rekey: bool,
    /// Do not keep the replaced files as NAME.pem.previous (and NAME-key.pem.previous)
    #[arg(long)]
    pub no_backup: bool,
}

#[derive(Debug, Args)]
pub struct AddHostArgs {
    /// The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)
    #[arg(long, value_name = "DIR", default_value = "/etc/etcd/pki")]
    pub dir: PathBuf,
    /// Addresses or DNS names to add, as 10.0.0.4 etcd4.example.com
    #[arg(
        value_name = "HOST",
        required_unless_present = "member",
        conflicts_with = "member",
        value_delimiter = ','
    )]
    pub hosts: Vec<String>,
    /// For a set made with init --per-member: the new member's own pair, server-NAME.pem and peer-NAME.pem, for HOST
    #[arg(long, value_name = "NAME=HOST")]
    pub member: Option<String>,
    /// Do not keep the replaced files as NAME.pem.previous
    #[arg(long)]
    pub no_backup: bool,
}

#[derive(Debug, Args)]
pub struct RotateCaArgs {
    /// The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)
    #[arg(
        long,
        value_name = "DIR",
        default_value = "/etc/etcd/pki",
        global = true
    )]
    pub dir: PathBuf,
    #[command(subcommand)]
    pub step: RotateStep,
}

#[derive(Debug, Subcommand)]
pub enum RotateStep {
    /// Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA
    Start(RotateStartArgs),
    /// Drop the old CA from ca.pem, once every certificate is signed by the new one
    Finish,
}

#[derive(Debug, Args)]
pub struct RotateStartArgs {
    /// The new CA's common name [default: the old one's, with the date of the rotation]
    #[arg(long, value_name = "NAME")]
    pub ca_name: Option<String>,
    /// New keys for the re-issued certificates too
    #[arg(long)]
    pub rekey: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DefaultsKind {
    /// A signing config (ca-config.json) with etcd's server, client and peer profiles
    Config,
    /// A certificate request (csr.json)
    Csr,
    /// A `ctl pki init` profile: signing config, CA request and the set's requests
    Init,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DocFormat {
    Json,
    Yaml,
}

#[derive(Debug, Args)]
pub struct PrintDefaultsArgs {
    /// What to print
    #[arg(value_enum)]
    pub kind: DefaultsKind,
    /// JSON (cfssl's format) or YAML
    #[arg(long, value_enum, default_value = "json")]
    pub format: DocFormat,
}

/// Where issued material goes.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]
    #[arg(long, value_name = "NAME")]
    pub bare: Option<String>,
    /// Directory for the files
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// Print cfssl's JSON response instead of writing files (pipe it to cfssljson)
    #[arg(long, conflicts_with_all = ["bare"])]
    pub json: bool,
    /// Overwrite existing key files without asking
    #[arg(long)]
    pub force: bool,
}

/// The CA to sign with and the profile to sign under.
#[derive(Debug, Args)]
pub struct SigningArgs {
    /// CA certificate (PEM)
    #[arg(long, value_name = "FILE")]
    pub ca: Option<PathBuf>,
    /// CA private key (PEM: PKCS#1, SEC1 or PKCS#8)
    #[arg(long, value_name = "FILE")]
    pub ca_key: Option<PathBuf>,
    /// Signing config (cfssl's ca-config.json, or YAML)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Profile of the signing config to sign under [default: the config's default profile]
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Hosts for the certificate, comma-separated; replaces the request's hosts
    #[arg(long, value_name = "LIST")]
    pub hostname: Option<String>,
}

#[derive(Debug, Args)]
pub struct GencertArgs {
    /// Make a new self-signed CA from the request
    #[arg(long)]
    pub initca: bool,
    #[command(flatten)]
    pub signing: SigningArgs,
    /// Certificate request (cfssl csr JSON, or YAML); - reads standard input
    #[arg(value_name = "CSRJSON")]
    pub request: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GenkeyArgs {
    /// Make the request for a CA (CA:TRUE)
    #[arg(long)]
    pub initca: bool,
    /// Certificate request (cfssl csr JSON, or YAML); - reads standard input
    #[arg(value_name = "CSRJSON")]
    pub request: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    #[command(flatten)]
    pub signing: SigningArgs,
    /// Certificate request in PEM (NAME.csr)
    #[arg(value_name = "CSR")]
    pub csr: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SelfsignArgs {
    /// Hosts the certificate is for, comma-separated
    #[arg(value_name = "HOSTNAME")]
    pub hostname: String,
    /// Certificate request (cfssl csr JSON, or YAML)
    #[arg(value_name = "CSRJSON")]
    pub request: PathBuf,
    /// Signing config for usages and expiry
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Profile of the signing config
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InfoFormat {
    Json,
    Text,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["cert", "csr"])))]
pub struct CertinfoArgs {
    /// Certificate file (PEM)
    #[arg(long, value_name = "FILE")]
    pub cert: Option<PathBuf>,
    /// Certificate request file (PEM)
    #[arg(long, value_name = "FILE")]
    pub csr: Option<PathBuf>,
    /// JSON as cfssl certinfo prints it, or text for people
    #[arg(short = 'o', long = "output", value_enum, default_value = "json")]
    pub format: InfoFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum KeyAlgo {
    Rsa,
    Ecdsa,
    Ed25519,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Profile (YAML or JSON): signing config, CA request and the set's requests; see `ctl pki print-defaults init`
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Member addresses for the server and peer certificates, comma-separated (127.0.0.1 and localhost are always added)
    #[arg(long, value_name = "LIST")]
    pub hosts: Option<String>,
    /// One server and peer pair per member, server-NAME.pem and peer-NAME.pem valid for that member's host only: NAME=HOST,… (instead of --hosts)
    #[arg(long, value_name = "NAME=HOST,…", conflicts_with = "hosts")]
    pub per_member: Option<String>,
    /// Directory for the files
    #[arg(long, value_name = "DIR", default_value = "/etc/etcd/pki")]
    pub dir: PathBuf,
    /// The CA's common name
    #[arg(long, value_name = "NAME", default_value = "etcd")]
    pub ca_name: String,
    /// Key algorithm for every key [default: the seed's RSA-2048 CA and ECDSA P-256 certificates]
    #[arg(long, value_enum)]
    pub key_algo: Option<KeyAlgo>,
    /// Key size: 2048, 3072 or 4096 for rsa; 256, 384 or 521 for ecdsa
    #[arg(long, value_name = "BITS")]
    pub key_size: Option<u32>,
    /// Lifetime of every certificate, as a Go duration
    #[arg(long, value_name = "DURATION", default_value = "43800h")]
    pub expiry: String,
    /// Never ask: take the flags and defaults as they are
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Overwrite existing key files without asking
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The PKI directory (ca.pem, NAME.pem, NAME-key.pem)
    #[arg(long, value_name = "DIR", default_value = "/etc/etcd/pki")]
    pub dir: PathBuf,
    /// Hosts every server and peer certificate must cover, comma-separated
    #[arg(long, value_name = "LIST")]
    pub hosts: Option<String>,
    /// Table for people, JSON for scripts
    #[arg(short = 'o', long = "output", value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// List every certificate with its expiry and days left, as kubeadm's check-expiration
    #[arg(long, conflicts_with = "endpoints")]
    pub expiration: bool,
    /// Check the certificates live members serve on these client and peer URLs (comma-separated or repeated): chain, SANs, usages, expiry
    #[arg(long, value_name = "URL", value_delimiter = ',', num_args = 1..)]
    pub endpoints: Vec<String>,
    /// Trusted CAs for --endpoints [default: DIR/ca.pem]
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,
    /// Client certificate to offer with --endpoints, for listeners that require one [default: DIR/client.pem if present]
    #[arg(long, value_name = "FILE", requires = "key")]
    pub cert: Option<PathBuf>,
    /// Key of --cert
    #[arg(long, value_name = "FILE", requires = "cert")]
    pub key: Option<PathBuf>,
}

pub fn run(command: PkiCommand) -> Result<()> {
    match command {
        PkiCommand::PrintDefaults(args) => print_defaults(args),
        PkiCommand::Gencert(args) => gencert(args),
        PkiCommand::Genkey(args) => genkey(args),
        PkiCommand::Sign(args) => sign(args),
        PkiCommand::Selfsign(args) => selfsign(args),
        PkiCommand::Certinfo(args) => certinfo_cmd(args),
        PkiCommand::Init(args) => init_cmd(args),
        PkiCommand::Check(args) => check(args),
        PkiCommand::Renew(args) => renew_cmd(args),
        PkiCommand::AddHost(args) => {
            let plan = match &args.member {
                Some(pair) => {
                    let members = init::split_members(pair)?;
                    let [(name, host)] = members.as_slice() else {
                        return Err(Error::new(
                            "--member takes one NAME=HOST",
                            "add members one at a time: --member m4=10.0.0.4",
                        ));
                    };
                    renew::add_member(&args.dir, name, host, &mut TerminalKeys)?
                }
                None => {
                    renew::add_hosts(&args.dir, &args.hosts, !args.no_backup, &mut TerminalKeys)?
                }
            };
            write_plan(plan, &args.dir)
        }
        PkiCommand::RotateCa(args) => rotate_ca_cmd(args),
    }
}

fn print_document(value: &serde_json::Value, format: DocFormat) {
    let text = match format {
        DocFormat::Json => {
            // cfssl prints with four spaces.
            let mut out = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
            let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
            serde::Serialize::serialize(value, &mut ser).expect("JSON value");
            String::from_utf8(out).expect("JSON is UTF-8") + "\n"
        }
        DocFormat::Yaml => serde_yaml::to_string(value).expect("YAML from JSON value"),
    };
    let _ = std::io::stdout().write_all(text.as_bytes());
}

fn print_defaults(args: PrintDefaultsArgs) -> Result<()> {
    let value = match args.kind {
        DefaultsKind::Config => serde_json::json!({"signing": init::seed_signing("43800h")}),
        DefaultsKind::Csr => serde_json::json!({
            "CN": "etcd",
            "hosts": ["127.0.0.1", "localhost"],
            "key": {"algo": "ecdsa", "size": 256},
            "names": [{"C": "US", "ST": "CA", "L": "San Francisco", "O": "etcd"}]
        }),
        DefaultsKind::Init => default_profile_document(&InitOptions {
            hosts: vec![
                "192.168.255.131".into(),
                "192.168.255.132".into(),
                "192.168.255.133".into(),
            ],
            ..InitOptions::default()
        }),
    };
    print_document(&value, args.format);
    Ok(())
}

/// Generates keys, showing a spinner on a terminal while the slow ones (RSA-3072 and up) work.
struct TerminalKeys;

impl KeyGenerator for TerminalKeys {
    fn generate(&mut self, label: &str, kind: KeyKind) -> Result<KeyPair> {
        if !kind.is_slow_to_generate() {
            return keys::generate(kind);
        }
        let spinner = super::spinner(format!("generating the {kind} key for {label}"));
        let key = keys::generate(kind);
        spinner.finish_and_clear();
        key
    }
}

fn load_request(path: &Path) -> Result<Request> {
    let mut warnings = Warnings::default();
    let request = Request::load(path, &mut warnings)?;
    print_warnings(&warnings.0);
    Ok(request)
}

fn load_signing(path: Option<&Path>) -> Result<SigningConfig> {
    match path {
        None => Ok(SigningConfig::default()),
        Some(path) => {
            let mut warnings = Warnings::default();
            let config = config::load(path, &mut warnings)?;
            print_warnings(&warnings.0);
            Ok(config)
        }
    }
}

fn load_ca(signing: &SigningArgs, command: &str) -> Result<CertificateAuthority> {
    match (&signing.ca, &signing.ca_key) {
        (Some(ca), Some(key)) => CertificateAuthority::load(ca, key),
        _ => Err(Error::new(
            format!("{command} needs the CA certificate and key to sign with"),
            format!(
                "pass --ca ca.pem --ca-key ca-key.pem{}",
                if command == "gencert" {
                    ", or --initca to make a new CA"
                } else {
                    ""
                }
            ),
        )),
    }
}

fn hostname_list(signing: &SigningArgs) -> Option<Vec<String>> {
    signing.hostname.as_deref().map(split_hosts)
}

/// The file base name: --bare, else what the command suggests, else the input file's stem.
fn bare_name(output: &OutputArgs, suggested: Option<&str>, input: &Path) -> String {
    if let Some(name) = &output.bare {
        return name.clone();
    }
    if let Some(name) = suggested {
        return name.to_string();
    }
    let stem = input.file_stem().and_then(|s| s.to_str()).unwrap_or("cert");
    let stem = stem.strip_suffix("-csr").unwrap_or(stem);
    if stem == "-" || stem.is_empty() {
        "cert".to_string()
    } else {
        stem.to_string()
    }
}

/// Refuses to replace existing key files unless forced or confirmed at a terminal.
fn confirm_overwrite(existing: &[&Path], force: bool) -> Result<()> {
    if existing.is_empty() || force {
        return Ok(());
    }
    let list = existing
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if interactive() {
        let answer = dialoguer::Confirm::new()
            .with_prompt(format!(
                "{list} already exist{}; overwrite?",
                if existing.len() == 1 { "s" } else { "" }
            ))
            .default(false)
            .interact()
            .unwrap_or(false);
        if answer {
            return Ok(());
        }
        return Err(Error::new(
            "nothing written: existing keys kept",
            "choose another --out/--dir or --bare name",
        ));
    }
    Err(Error::new(
        format!(
            "refusing to overwrite existing key file{} {list}",
            if existing.len() == 1 { "" } else { "s" }
        ),
        "pass --force to replace them, or choose another --out/--dir or --bare name",
    ))
}

/// The output directory as files are named in messages: `ca.pem` rather than `./ca.pem`.
fn output_dir(output: &OutputArgs) -> PathBuf {
    if output.out == Path::new(".") {
        PathBuf::new()
    } else {
        output.out.clone()
    }
}

/// Before any key is generated: refuses to replace an existing NAME-key.pem unless forced or
/// confirmed (nothing is written with --json).
fn check_key_overwrite(output: &OutputArgs, name: &str) -> Result<()> {
    if output.json {
        return Ok(());
    }
    let key = output_dir(output).join(format!("{name}-key.pem"));
    if key.exists() {
        confirm_overwrite(&[key.as_path()], output.force)?;
    }
    Ok(())
}

/// Prints cfssl's JSON with --json, else writes the bare files.
fn emit(output: &OutputArgs, name: &str, issued: &Issued) -> Result<()> {
    if output.json {
        println!("{}", cfssl_json(issued));
        return Ok(());
    }
    let mut files = FileSet::new();
    bare_files(&mut files, &output_dir(output), name, issued);
    let written = files.write_all()?;
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    eprintln!("wrote {}", names.join(", "));
    Ok(())
}

fn gencert(args: GencertArgs) -> Result<()> {
    let request = load_request(&args.request)?;
    if args.initca {
        if args.signing.ca.is_some() || args.signing.ca_key.is_some() {
            return Err(Error::new(
                "--initca makes a new CA; --ca and --ca-key sign with an existing one",
                "pass either --initca or --ca with --ca-key",
            ));
        }
        let name = bare_name(&args.output, Some("ca"), &args.request);
        check_key_overwrite(&args.output, &name)?;
        let key = TerminalKeys.generate(&name, request.key.kind()?)?;
        let issued = issue::init_ca(&request, key)?;
        return emit(&args.output, &name, &issued);
    }
    let ca = load_ca(&args.signing, "gencert")?;
    let config = load_signing(args.signing.config.as_deref())?;
    let origin = config_origin(&args.signing);
    let profile = config.profile(args.signing.profile.as_deref(), &origin)?;
    let name = bare_name(&args.output, args.signing.profile.as_deref(), &args.request);
    check_key_overwrite(&args.output, &name)?;
    let key = TerminalKeys.generate(&name, request.key.kind()?)?;
    let mut warnings = Vec::new();
    let hosts = hostname_list(&args.signing);
    let issued = ca.gencert(&request, key, profile, hosts.as_deref(), &mut warnings)?;
    print_warnings(&warnings);
    emit(&args.output, &name, &issued)
}

fn config_origin(signing: &SigningArgs) -> String {
    signing
        .config
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "the default signing config (no --config given)".to_string())
}

fn genkey(args: GenkeyArgs) -> Result<()> {
    let request = load_request(&args.request)?;
    let name = bare_name(&args.output, args.initca.then_some("ca"), &args.request);
    check_key_overwrite(&args.output, &name)?;
    let key = TerminalKeys.generate(&name, request.key.kind()?)?;
    let issued = issue::key_and_csr(&request, key, args.initca)?;
    emit(&args.output, &name, &issued)
}

fn sign(args: SignArgs) -> Result<()> {
    let csr_text = crate::input::read_text(&args.csr)?;
    let ca = load_ca(&args.signing, "sign")?;
    let config = load_signing(args.signing.config.as_deref())?;
    let profile = config.profile(
        args.signing.profile.as_deref(),
        &config_origin(&args.signing),
    )?;
    let name = bare_name(&args.output, None, &args.csr);
    let mut warnings = Vec::new();
    let hosts = hostname_list(&args.signing);
    let issued = ca.sign_csr(
        &csr_text,
        &args.csr.display().to_string(),
        profile,
        hosts.as_deref(),
        &mut warnings,
    )?;
    print_warnings(&warnings);
    emit(&args.output, &name, &issued)
}

fn selfsign(args: SelfsignArgs) -> Result<()> {
    let request = load_request(&args.request)?;
    let config = load_signing(args.config.as_deref())?;
    let origin = args
        .config
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let profile = config.profile(args.profile.as_deref(), &origin)?;
    let hosts = split_hosts(&args.hostname);
    if hosts.is_empty() {
        return Err(Error::new(
            "selfsign needs at least one hostname",
            "ctl pki selfsign www.example.com csr.json",
        ));
    }
    let name = bare_name(&args.output, None, &args.request);
    check_key_overwrite(&args.output, &name)?;
    let key = TerminalKeys.generate(&name, request.key.kind()?)?;
    let issued = issue::selfsign(&request, key, &hosts, profile)?;
    eprintln!(
        "warning: a self-signed certificate is trusted by nobody else; use it for tests only"
    );
    emit(&args.output, &name, &issued)
}

fn certinfo_cmd(args: CertinfoArgs) -> Result<()> {
    let (path, is_cert) = match (&args.cert, &args.csr) {
        (Some(p), _) => (p, true),
        (_, Some(p)) => (p, false),
        _ => unreachable!("clap requires one of --cert and --csr"),
    };
    let origin = path.display().to_string();
    let text = crate::input::read_text(path)?;
    let out = if is_cert {
        let der = certinfo::pem_block(
            &text,
            &["CERTIFICATE"],
            &origin,
            "pass a certificate with --cert, or a CSR with --csr",
        )?;
        let info = describe_certificate(&der).map_err(|e| e.context(&origin))?;
        match args.format {
            InfoFormat::Json => serde_json::to_string_pretty(&info).expect("serializable") + "\n",
            InfoFormat::Text => certificate_text(&info),
        }
    } else {
        let der = certinfo::pem_block(
            &text,
            &["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"],
            &origin,
            "pass a CSR with --csr, or a certificate with --cert",
        )?;
        let info = describe_csr(&der).map_err(|e| e.context(&origin))?;
        match args.format {
            InfoFormat::Json => serde_json::to_string_pretty(&info).expect("serializable") + "\n",
            InfoFormat::Text => csr_text(&info),
        }
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(())
}

fn init_options(args: &InitArgs) -> Result<InitOptions> {
    let key = match (args.key_algo, args.key_size) {
        (None, None) => None,
        (None, Some(_)) => {
            return Err(Error::new(
                "--key-size needs --key-algo",
                "pass --key-algo rsa --key-size 4096, for example",
            ))
        }
        (Some(algo), size) => {
            let name = match algo {
                KeyAlgo::Rsa => "rsa",
                KeyAlgo::Ecdsa => "ecdsa",
                KeyAlgo::Ed25519 => "ed25519",
            };
            let spec = KeySpec::new(name, size.unwrap_or(0));
            spec.validate()?;
            Some(spec)
        }
    };
    parse_go_duration(&args.expiry).map_err(|problem| {
        Error::new(
            format!("--expiry: {problem}"),
            "write a Go duration such as 43800h (5 years)",
        )
    })?;
    Ok(InitOptions {
        ca_name: args.ca_name.clone(),
        hosts: args.hosts.as_deref().map(split_hosts).unwrap_or_default(),
        key,
        expiry: args.expiry.clone(),
    })
}

/// Asks for what the flags did not settle, starting from their values.
fn prompt_options(mut options: InitOptions) -> Result<InitOptions> {
    use dialoguer::{Input, Select};
    let cancelled = |e: dialoguer::Error| {
        Error::new(
            format!("prompt cancelled: {e}"),
            "pass --yes to take the flags as they are",
        )
    };
    options.ca_name = Input::new()
        .with_prompt("CA name (CN)")
        .default(options.ca_name)
        .interact_text()
        .map_err(cancelled)?;
    let hosts: String = Input::new()
        .with_prompt("Member addresses, comma-separated (127.0.0.1 and localhost are always added)")
        .default(options.hosts.join(","))
        .allow_empty(true)
        .validate_with(|text: &String| -> std::result::Result<(), String> {
            split_hosts(text).iter().try_for_each(|h| {
                crate::pki::request::san_for(h)
                    .map(|_| ())
                    .map_err(|e| e.cause)
            })
        })
        .interact_text()
        .map_err(cancelled)?;
    options.hosts = split_hosts(&hosts);
    let choices: [(&str, Option<KeySpec>); 6] = [
        ("as the seed: RSA-2048 CA, ECDSA P-256 certificates", None),
        ("ECDSA P-256 everywhere", Some(KeySpec::new("ecdsa", 256))),
        ("ECDSA P-384 everywhere", Some(KeySpec::new("ecdsa", 384))),
        ("RSA-2048 everywhere", Some(KeySpec::new("rsa", 2048))),
        (
            "RSA-4096 everywhere (slow to generate)",
            Some(KeySpec::new("rsa", 4096)),
        ),
        ("Ed25519 everywhere", Some(KeySpec::new("ed25519", 0))),
    ];
    let current = choices
        .iter()
        .position(|(_, spec)| *spec == options.key)
        .unwrap_or(0);
    let picked = Select::new()
        .with_prompt("Key algorithm")
        .items(choices.iter().map(|(label, _)| *label))
        .default(current)
        .interact()
        .map_err(cancelled)?;
    options.key = choices[picked].1.clone();
    options.expiry = Input::new()
        .with_prompt("Certificate lifetime (Go duration)")
        .default(options.expiry)
        .validate_with(|text: &String| parse_go_duration(text).map(|_| ()))
        .interact_text()
        .map_err(cancelled)?;
    Ok(options)
}

fn init_cmd(args: InitArgs) -> Result<()> {
    let mut warnings = Warnings::default();
    let members = args
        .per_member
        .as_deref()
        .map(init::split_members)
        .transpose()?;
    let mut plan = match &args.profile {
        Some(path) => {
            let extra_hosts = args.hosts.as_deref().map(split_hosts).unwrap_or_default();
            InitPlan::load(path, &extra_hosts, &mut warnings)?
        }
        None => {
            let mut options = init_options(&args)?;
            if !args.yes && interactive() {
                options = prompt_options(options)?;
            }
            if options.hosts.is_empty() && members.is_none() {
                warnings.push("no --hosts given: the server and peer certificates cover only 127.0.0.1 and localhost");
            }
            InitPlan::from_options(&options, &mut warnings)?
        }
    };
    if let Some(members) = &members {
        plan.split_per_member(members)?;
    }
    print_warnings(&warnings.0);
    let key_files = plan.key_files(&args.dir);
    let existing: Vec<&Path> = key_files
        .iter()
        .filter(|p| p.exists())
        .map(PathBuf::as_path)
        .collect();
    confirm_overwrite(&existing, args.force)?;
    let (files, sign_warnings) = plan.execute(&args.dir, &mut TerminalKeys)?;
    print_warnings(&sign_warnings);
    let written = files.write_all()?;
    println!("wrote {} files to {}:", written.len(), args.dir.display());
    for path in &written {
        println!(
            "  {}",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("?")
        );
    }
    let hosts = if members.is_some() {
        String::new()
    } else {
        plan.hosts.join(",")
    };
    println!(
        "check them with: ctl pki check --dir {}{}",
        args.dir.display(),
        if hosts.is_empty() {
            String::new()
        } else {
            format!(" --hosts {hosts}")
        }
    );
    Ok(())
}

fn check(args: CheckArgs) -> Result<()> {
    if args.expiration {
        return check_expiration(&args);
    }
    if !args.endpoints.is_empty() {
        return check_endpoints(&args);
    }
    let hosts = args.hosts.as_deref().map(split_hosts).unwrap_or_default();
    let report = check_dir(&args.dir, &hosts)?;
    match args.format {
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serializable")
        ),
        ReportFormat::Table => print!("{}", report_table(&report)),
    }
    if report.ok {
        Ok(())
    } else {
        Err(Error::new(
            format!("{} failed its checks", args.dir.display()),
            "fix the FAIL lines above (re-issue with `ctl pki gencert`, or chmod 600 key files)",
        ))
    }
}

fn lifetime_flag(flag: &str, text: &str) -> Result<std::time::Duration> {
    parse_lifetime(text).map_err(|problem| {
        Error::new(
            format!("{flag}: {problem}"),
            "write a duration such as 30d, 720h or 1h30m",
        )
    })
}

/// Writes a renewal plan and prints, per certificate, what happened and until when.
fn write_plan(plan: Plan, dir: &Path) -> Result<()> {
    print_warnings(&plan.warnings);
    let renewed = plan
        .changes
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Renewed { .. }))
        .count();
    plan.files.write_all()?;
    for change in &plan.changes {
        match &change.outcome {
            Outcome::Renewed {
                not_after,
                serial,
                rekeyed,
            } => println!(
                "renewed {:<14} until {}, serial {serial}{}",
                change.file,
                until(*not_after),
                if *rekeyed { ", new key" } else { "" }
            ),
            Outcome::Kept { not_after } => {
                println!("kept    {:<14} until {}", change.file, until(*not_after))
            }
        }
    }
    if renewed > 0 {
        println!(
            "members running ctl serve pick the new files up within seconds; others need a restart ({})",
            dir.display()
        );
    }
    Ok(())
}

fn renew_cmd(args: RenewArgs) -> Result<()> {
    let options = RenewOptions {
        names: args.names,
        expiry: args
            .expiry
            .as_deref()
            .map(|t| lifetime_flag("--expiry", t))
            .transpose()?,
        within: args
            .within
            .as_deref()
            .map(|t| lifetime_flag("--within", t))
            .transpose()?,
        rekey: args.rekey,
        backup: !args.no_backup,
    };
    let plan = renew::renew(&args.dir, &options, &mut TerminalKeys)?;
    write_plan(plan, &args.dir)
}

fn rotate_ca_cmd(args: RotateCaArgs) -> Result<()> {
    let finishing = matches!(args.step, RotateStep::Finish);
    let plan = match args.step {
        RotateStep::Start(start) => renew::rotate_ca_start(
            &args.dir,
            &RotateOptions {
                ca_name: start.ca_name,
                rekey: start.rekey,
            },
            &mut TerminalKeys,
        )?,
        RotateStep::Finish => renew::rotate_ca_finish(&args.dir)?,
    };
    write_plan(plan, &args.dir)?;
    if finishing {
        println!("ca.pem now holds the new CA alone: copy it to every member and client");
    } else {
        println!(
            "next: copy ca.pem (both CAs) to every member and client first, then the certificates; once all serve them, run `ctl pki rotate-ca --dir {} finish`",
            args.dir.display()
        );
    }
    Ok(())
}

fn check_expiration(args: &CheckArgs) -> Result<()> {
    let rows = crate::pki::check::expirations(&args.dir)?;
    match args.format {
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("serializable")
        ),
        ReportFormat::Table => print!("{}", crate::pki::check::expiration_table(&rows)),
    }
    let expired: Vec<&str> = rows
        .iter()
        .filter(|r| r.days_left < 0)
        .map(|r| r.certificate.as_str())
        .collect();
    if expired.is_empty() {
        Ok(())
    } else {
        Err(Error::new(
            format!("expired: {}", expired.join(", ")),
            format!("renew with `ctl pki renew --dir {}`", args.dir.display()),
        ))
    }
}

fn check_endpoints(args: &CheckArgs) -> Result<()> {
    use crate::pki::probe;
    let cacert = args
        .cacert
        .clone()
        .unwrap_or_else(|| args.dir.join("ca.pem"));
    let cas = probe::read_bundle(&cacert)?;
    let (cert, key) = match (&args.cert, &args.key) {
        (Some(c), Some(k)) => (Some(c.clone()), Some(k.clone())),
        _ => {
            let (c, k) = (args.dir.join("client.pem"), args.dir.join("client-key.pem"));
            if c.exists() && k.exists() {
                (Some(c), Some(k))
            } else {
                (None, None)
            }
        }
    };
    let identity = match (cert, key) {
        (Some(c), Some(k)) => Some((
            crate::pem::read_certs(&c, "client certificate (--cert)")?,
            crate::pem::read_key(&k, "--cert")?,
        )),
        _ => None,
    };
    let reports: Vec<probe::EndpointReport> = args
        .endpoints
        .iter()
        .map(|url| {
            let identity = identity
                .as_ref()
                .map(|(certs, key)| (certs.clone(), key.clone_key()));
            probe::probe(url, &cas, identity).unwrap_or_else(|e| probe::unreachable_report(url, &e))
        })
        .collect();
    match args.format {
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&reports).expect("serializable")
        ),
        ReportFormat::Table => print!("{}", probe::endpoints_table(&reports)),
    }
    let failed = reports
        .iter()
        .filter(|r| r.status() == crate::pki::check::Status::Fail)
        .count();
    if failed == 0 {
        Ok(())
    } else {
        Err(Error::new(
            format!("{failed} of {} endpoints failed their checks", reports.len()),
            "fix the FAIL lines above: renew or re-issue the member's certificate (ctl pki renew, ctl pki add-host)",
        ))
    }
}
