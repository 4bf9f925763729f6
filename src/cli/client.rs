//! The flags every client command shares (etcdctl's, plus the seed's v2 spellings as aliases),
//! and running a command's async work.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::client::connection::Credentials;
use crate::client::endpoint::parse_list;
use crate::client::format::WriteOut;
use crate::client::{ClientOptions, Keepalive, Session, TlsOptions};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Args)]
pub struct ConnectionArgs {
    /// Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when
    /// any TLS flag is given
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_ENDPOINTS",
        default_value = "127.0.0.1:2379",
        value_name = "ENDPOINTS",
        help_heading = "Connection"
    )]
    pub endpoints: String,
    /// CA certificate that signed the members' server certificates
    #[arg(
        long,
        visible_alias = "ca-file",
        global = true,
        env = "ETCDCTL_CACERT",
        value_name = "FILE",
        help_heading = "Connection"
    )]
    pub cacert: Option<PathBuf>,
    /// Client certificate, for members that require one (--client-cert-auth)
    #[arg(
        long = "cert",
        visible_alias = "cert-file",
        global = true,
        env = "ETCDCTL_CERT",
        value_name = "FILE",
        help_heading = "Connection"
    )]
    pub cert_file: Option<PathBuf>,
    /// Private key of the client certificate
    #[arg(
        long = "key",
        visible_alias = "key-file",
        global = true,
        env = "ETCDCTL_KEY",
        value_name = "FILE",
        help_heading = "Connection"
    )]
    pub key_file: Option<PathBuf>,
    /// Accept any server certificate (encrypted, but not authenticated: for diagnosis only)
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_INSECURE_SKIP_TLS_VERIFY",
        help_heading = "Connection"
    )]
    pub insecure_skip_tls_verify: bool,
    /// How long to wait for a connection (TCP and TLS)
    #[arg(long, global = true, env = "ETCDCTL_DIAL_TIMEOUT", default_value = "2s", value_parser = duration, value_name = "DURATION", help_heading = "Connection")]
    pub dial_timeout: Duration,
    /// How long to wait for an answer
    #[arg(long, global = true, env = "ETCDCTL_COMMAND_TIMEOUT", default_value = "5s", value_parser = duration, value_name = "DURATION", help_heading = "Connection")]
    pub command_timeout: Duration,
    /// How often to ping a connection that has streams open (at least every 10 s, as etcdctl)
    #[arg(long, global = true, env = "ETCDCTL_KEEPALIVE_TIME", default_value = "2s", value_parser = duration, value_name = "DURATION", help_heading = "Connection")]
    pub keepalive_time: Duration,
    /// How long a ping may go unanswered before the connection counts as lost
    #[arg(long, global = true, env = "ETCDCTL_KEEPALIVE_TIMEOUT", default_value = "6s", value_parser = duration, value_name = "DURATION", help_heading = "Connection")]
    pub keepalive_timeout: Duration,
    /// Plain http for endpoints without a scheme when no TLS flag is given; false: https, with
    /// the system's trusted CAs unless --cacert says otherwise
    #[arg(long, global = true, env = "ETCDCTL_INSECURE_TRANSPORT", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, value_name = "BOOL", help_heading = "Connection")]
    pub insecure_transport: bool,
    /// Print the client flags (as ETCDCTL_* variables, the password hidden) and each
    /// connection's outcome on standard error
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_DEBUG",
        help_heading = "Connection"
    )]
    pub debug: bool,
    /// Output format
    #[arg(
        short = 'w',
        long = "write-out",
        global = true,
        env = "ETCDCTL_WRITE_OUT",
        value_enum,
        default_value = "simple",
        help_heading = "Connection"
    )]
    pub write_out: WriteOut,
    /// Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex
    #[arg(long, global = true, env = "ETCDCTL_HEX", help_heading = "Connection")]
    pub hex: bool,
    /// User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left
    /// out)
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_USER",
        value_name = "NAME[:PASSWORD]",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub user: Option<String>,
    /// The --user's password (instead of NAME:PASSWORD)
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_PASSWORD",
        value_name = "PASSWORD",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub password: Option<String>,
}

/// Parses a Go duration flag ("2s", "500ms", "1m30s").
pub fn duration(text: &str) -> std::result::Result<Duration, String> {
    crate::pki::duration::parse_go_duration(text)
}

impl ConnectionArgs {
    pub fn options(&self) -> Result<ClientOptions> {
        let tls = TlsOptions {
            cacert: self.cacert.clone(),
            cert: self.cert_file.clone(),
            key: self.key_file.clone(),
            insecure_skip_verify: self.insecure_skip_tls_verify,
        };
        let https = tls.any() || !self.insecure_transport;
        if self.debug {
            self.print_debug();
        }
        Ok(ClientOptions {
            endpoints: parse_list(&self.endpoints, https)?,
            tls,
            dial_timeout: self.dial_timeout,
            command_timeout: self.command_timeout,
            credentials: self.credentials()?,
            keepalive: self.keepalive(),
            debug: self.debug,
        })
    }

    pub fn keepalive(&self) -> Keepalive {
        Keepalive {
            time: self.keepalive_time,
            timeout: self.keepalive_timeout,
        }
    }

    /// etcdctl --debug's list of its flags as variables; the password never shows.
    fn print_debug(&self) {
        let path = |p: &Option<PathBuf>| {
            p.as_ref()
                .map_or(String::new(), |p| p.display().to_string())
        };
        let hidden = |set: bool| if set { "<hidden>" } else { "" };
        let user = self
            .user
            .as_deref()
            .map(|u| u.split_once(':').map_or(u, |(name, _)| name));
        let lines = [
            ("ENDPOINTS", self.endpoints.clone()),
            ("CACERT", path(&self.cacert)),
            ("CERT", path(&self.cert_file)),
            ("KEY", path(&self.key_file)),
            (
                "INSECURE_SKIP_TLS_VERIFY",
                self.insecure_skip_tls_verify.to_string(),
            ),
            ("INSECURE_TRANSPORT", self.insecure_transport.to_string()),
            ("DIAL_TIMEOUT", format!("{:?}", self.dial_timeout)),
            ("COMMAND_TIMEOUT", format!("{:?}", self.command_timeout)),
            ("KEEPALIVE_TIME", format!("{:?}", self.keepalive_time)),
            ("KEEPALIVE_TIMEOUT", format!("{:?}", self.keepalive_timeout)),
            ("WRITE_OUT", format!("{:?}", self.write_out).to_lowercase()),
            ("HEX", self.hex.to_string()),
            ("USER", user.unwrap_or_default().to_string()),
            (
                "PASSWORD",
                hidden(
                    self.password.is_some()
                        || self.user.as_deref().is_some_and(|u| u.contains(':')),
                )
                .to_string(),
            ),
        ];
        for (name, value) in lines {
            eprintln!("ETCDCTL_{name}={value}");
        }
    }

    /// --user and --password (or a prompt on a terminal), as etcdctl reads them.
    fn credentials(&self) -> Result<Option<Credentials>> {
        credentials(
            self.user.as_deref(),
            self.password.as_deref(),
            ("--user", "--password", Some("ETCDCTL_PASSWORD")),
        )
    }

    pub fn session(&self) -> Result<Session> {
        Session::new(self.options()?)
    }
}

/// Runs a command's async work on a runtime of its own.
pub fn block_on<T>(work: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            Error::new(
                format!("cannot start the async runtime: {e}"),
                "check the process limits",
            )
        })?
        .block_on(work)
}

/// Prints `text` as a whole, so a closed pipe (e.g. `| head`) ends quietly.
pub fn print(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// A user and password from a NAME[:PASSWORD] flag and a password flag (their names and the
/// password's variable in `flags`, for the errors), asking on a terminal when neither gives
/// the password.
pub fn credentials(
    user: Option<&str>,
    password: Option<&str>,
    flags: (&str, &str, Option<&str>),
) -> Result<Option<Credentials>> {
    let (user_flag, password_flag, password_variable) = flags;
    let Some(user) = user else {
        if password.is_some() {
            return Err(Error::new(
                format!("{password_flag} without {user_flag}"),
                format!("name the user with {user_flag} NAME"),
            ));
        }
        return Ok(None);
    };
    let (name, inline) = match user.split_once(':') {
        Some((name, password)) => (name.to_string(), Some(password.to_string())),
        None => (user.to_string(), None),
    };
    if name.is_empty() {
        return Err(Error::new(
            format!("{user_flag} names nobody"),
            format!("write {user_flag} NAME[:PASSWORD]"),
        ));
    }
    if inline.is_some() && password.is_some() {
        return Err(Error::new(
            format!("a password in {user_flag} and {password_flag} both"),
            format!(
                "give the password once: {user_flag} NAME:PASSWORD or {user_flag} NAME {password_flag} PASSWORD"
            ),
        ));
    }
    let password = match inline.or_else(|| password.map(str::to_string)) {
        Some(password) => password,
        None if std::io::IsTerminal::is_terminal(&std::io::stdin()) => dialoguer::Password::new()
            .with_prompt("Password")
            .allow_empty_password(true)
            .interact()
            .map_err(|e| {
                Error::new(
                    format!("cannot read the password: {e}"),
                    format!("type it, or give {password_flag}"),
                )
            })?,
        None => {
            return Err(Error::new(
                format!("no password for {name}, and no terminal to ask on"),
                match password_variable {
                    Some(variable) => {
                        format!("give {user_flag} NAME:PASSWORD, {password_flag}, or {variable}")
                    }
                    None => format!("give {user_flag} NAME:PASSWORD or {password_flag}"),
                },
            ))
        }
    };
    Ok(Some(Credentials {
        user: name,
        password,
    }))
}
