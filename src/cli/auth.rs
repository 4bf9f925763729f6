//! `ctl user …`, `ctl role …` and `ctl auth enable|disable|status`, with etcdctl's syntax and
//! output, against etcd and ctl members alike.

use std::io::BufRead;

use clap::{ArgAction, Args, Subcommand};

use super::client::{block_on, print, ConnectionArgs};
use crate::client::fields::Fields;
use crate::client::format::{header_json, json_line, Object, WriteOut};
use crate::client::kv::prefix_end;
use crate::error::{Error, Result};
use crate::server::proto::authpb::{permission::Type as PermType, Permission, UserAddOptions};
use crate::server::proto::etcdserverpb::*;

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)
    Add {
        // Not `user`: that is the global --user flag's name.
        #[arg(value_name = "NAME[:PASSWORD]")]
        new_user: String,
        /// A user without a password (it logs in with a client certificate)
        #[arg(long)]
        no_password: bool,
        /// Ask for the password on the terminal; false reads one line from standard input
        #[arg(long, default_value_t = true, action = ArgAction::Set, value_name = "BOOL")]
        interactive: bool,
        /// The new user's password, instead of asking
        #[arg(long, value_name = "PASSWORD")]
        new_user_password: Option<String>,
    },
    /// Delete a user
    Delete { name: String },
    /// Show a user's roles
    Get {
        name: String,
        /// Show each role's permissions too
        #[arg(long)]
        detail: bool,
    },
    /// List the users
    List,
    /// Change a user's password
    Passwd {
        name: String,
        /// Ask on the terminal; false reads one line from standard input
        #[arg(long, default_value_t = true, action = ArgAction::Set, value_name = "BOOL")]
        interactive: bool,
    },
    /// Grant a role to a user
    GrantRole {
        #[arg(value_name = "USER")]
        name: String,
        role: String,
    },
    /// Revoke a role from a user
    RevokeRole {
        #[arg(value_name = "USER")]
        name: String,
        role: String,
    },
}

#[derive(Debug, Args)]
pub struct RoleArgs {
    #[command(subcommand)]
    pub command: RoleCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Add a role
    Add { name: String },
    /// Delete a role
    Delete { name: String },
    /// Show a role's permissions
    Get { name: String },
    /// List the roles
    List,
    /// Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key
    GrantPermission {
        role: String,
        #[arg(value_name = "read|write|readwrite")]
        permission: String,
        key: String,
        end: Option<String>,
        /// The permission covers every key starting with KEY
        #[arg(long, conflicts_with = "from_key")]
        prefix: bool,
        /// The permission covers KEY and every key after it
        #[arg(long)]
        from_key: bool,
    },
    /// Revoke a permission (KEY and END as it was granted)
    RevokePermission {
        role: String,
        key: String,
        end: Option<String>,
        #[arg(long, conflicts_with = "from_key")]
        prefix: bool,
        #[arg(long)]
        from_key: bool,
    },
}

#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Turn authentication on (creates the root role for the root user when it lacks one)
    Enable,
    /// Turn authentication off
    Disable,
    /// Whether authentication is on, and the auth store's revision
    Status,
}

/// A response's header and a list of names, as etcdctl's `-w json` prints them.
fn names_json(header: Option<&ResponseHeader>, field: &str, names: &[String]) -> String {
    json_line(
        &Object::new()
            .some("header", header_json(header))
            .some(field, Some(serde_json::json!(names)))
            .build(),
    ) + "\n"
}

/// etcdctl's permission range: an empty key means "\0"; --prefix and --from-key ends.
fn permission_range(
    key: &str,
    end: Option<&str>,
    prefix: bool,
    from_key: bool,
) -> Result<(Vec<u8>, Vec<u8>)> {
    if end.is_some() && (prefix || from_key) {
        let flag = if prefix { "--prefix" } else { "--from-key" };
        return Err(Error::new(
            format!("unexpected endkey argument with {flag} flag"),
            format!("give either an end key or {flag}, not both"),
        ));
    }
    if key.is_empty() {
        let end = if prefix || from_key {
            vec![0]
        } else {
            Vec::new()
        };
        return Ok((vec![0], end));
    }
    let key = key.as_bytes().to_vec();
    let end = match (end, prefix, from_key) {
        (Some(end), _, _) => end.as_bytes().to_vec(),
        (None, true, _) => prefix_end(&key),
        (None, _, true) => vec![0],
        _ => Vec::new(),
    };
    Ok((key, end))
}

/// A password from the terminal (twice, to confirm) or one line of standard input.
fn read_password(name: &str, interactive: bool) -> Result<String> {
    if !interactive {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Error::new(
                format!("cannot read the password: {e}"),
                "pipe it in on standard input",
            )
        })?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Err(Error::new(
            format!("no password for {name}, and no terminal to ask on"),
            "give NAME:PASSWORD, --new-user-password, or --interactive=false with the password on standard input",
        ));
    }
    dialoguer::Password::new()
        .with_prompt(format!("Password of {name}"))
        .with_confirmation(
            format!("Type password of {name} again for confirmation"),
            "the passwords do not match",
        )
        .allow_empty_password(true)
        .interact()
        .map_err(|e| Error::new(format!("cannot read the password: {e}"), "type it again"))
}

/// A role's permissions as etcdctl prints them.
fn role_text(name: &str, perms: &[Permission]) -> String {
    let show = |perm: &Permission| -> String {
        let key = String::from_utf8_lossy(&perm.key);
        if perm.range_end.is_empty() {
            key.into_owned()
        } else if perm.range_end == [0] {
            format!("[{key}, <open ended>")
        } else {
            let end = String::from_utf8_lossy(&perm.range_end);
            if prefix_end(&perm.key) == perm.range_end {
                format!("[{key}, {end}) (prefix {key})")
            } else {
                format!("[{key}, {end})")
            }
        }
    };
    let mut text = format!("Role {name}\nKV Read:\n");
    let is =
        |perm: &Permission, kinds: &[PermType]| kinds.iter().any(|k| *k as i32 == perm.perm_type);
    for perm in perms
        .iter()
        .filter(|p| is(p, &[PermType::Read, PermType::Readwrite]))
    {
        text.push_str(&format!("\t{}\n", show(perm)));
    }
    text.push_str("KV Write:\n");
    for perm in perms
        .iter()
        .filter(|p| is(p, &[PermType::Write, PermType::Readwrite]))
    {
        text.push_str(&format!("\t{}\n", show(perm)));
    }
    text
}

/// What etcdctl prints for a change that answers with a header alone.
fn header_only(write_out: WriteOut, header: Option<&ResponseHeader>, simple: String) -> String {
    match write_out {
        WriteOut::Json => {
            json_line(&Object::new().some("header", header_json(header)).build()) + "\n"
        }
        WriteOut::Fields => Fields::new().header(header).text().to_string(),
        _ => simple,
    }
}

const WITH_FIELDS: &[WriteOut] = &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields];
const WITHOUT_FIELDS: &[WriteOut] = &[WriteOut::Simple, WriteOut::Json];

pub fn user(args: UserArgs) -> Result<i32> {
    // Passwords are read before connecting, as etcdctl does.
    let password = match &args.command {
        UserCommand::Add {
            new_user: user,
            no_password,
            interactive,
            new_user_password,
        } => match (user.split_once(':'), no_password) {
            (_, true) => None,
            (Some((_, password)), _) => Some(password.to_string()),
            (None, _) => match new_user_password {
                Some(password) => Some(password.clone()),
                None => Some(read_password(user, *interactive)?),
            },
        },
        UserCommand::Passwd { name, interactive } => Some(read_password(name, *interactive)?),
        _ => None,
    };
    let write_out = args.connection.write_out;
    let listing = matches!(args.command, UserCommand::Get { .. } | UserCommand::List);
    write_out.require("user", if listing { WITHOUT_FIELDS } else { WITH_FIELDS })?;
    let session = args.connection.session()?;
    let json = write_out == WriteOut::Json;
    block_on(async move {
        let c = session.connect_any().await?;
        let text = match args.command {
            UserCommand::Add {
                new_user: user,
                no_password,
                ..
            } => {
                let name = user
                    .split_once(':')
                    .map_or(user.as_str(), |(n, _)| n)
                    .to_string();
                let request = AuthUserAddRequest {
                    name: name.clone(),
                    password: password.unwrap_or_default(),
                    options: Some(UserAddOptions { no_password }),
                    hashed_password: String::new(),
                };
                let r = c.call(c.auth().user_add(request)).await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("User {name} created\n"),
                )
            }
            UserCommand::Delete { name } => {
                let r = c
                    .call(
                        c.auth()
                            .user_delete(AuthUserDeleteRequest { name: name.clone() }),
                    )
                    .await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("User {name} deleted\n"),
                )
            }
            UserCommand::Get { name, detail } => {
                let r = c
                    .call(c.auth().user_get(AuthUserGetRequest { name: name.clone() }))
                    .await?;
                if json {
                    names_json(r.header.as_ref(), "roles", &r.roles)
                } else if detail {
                    let mut text = format!("User: {name}\n");
                    for role in &r.roles {
                        let got = c
                            .call(c.auth().role_get(AuthRoleGetRequest { role: role.clone() }))
                            .await?;
                        text.push('\n');
                        text.push_str(&role_text(role, &got.perm));
                    }
                    text
                } else {
                    let roles: String = r.roles.iter().map(|r| format!(" {r}")).collect();
                    format!("User: {name}\nRoles:{roles}\n")
                }
            }
            UserCommand::List => {
                let r = c.call(c.auth().user_list(AuthUserListRequest {})).await?;
                if json {
                    names_json(r.header.as_ref(), "users", &r.users)
                } else {
                    r.users.iter().map(|u| format!("{u}\n")).collect()
                }
            }
            UserCommand::Passwd { name, .. } => {
                let request = AuthUserChangePasswordRequest {
                    name,
                    password: password.unwrap_or_default(),
                    hashed_password: String::new(),
                };
                let r = c.call(c.auth().user_change_password(request)).await?;
                header_only(write_out, r.header.as_ref(), "Password updated\n".into())
            }
            UserCommand::GrantRole { name: user, role } => {
                let request = AuthUserGrantRoleRequest {
                    user: user.clone(),
                    role: role.clone(),
                };
                let r = c.call(c.auth().user_grant_role(request)).await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Role {role} is granted to user {user}\n"),
                )
            }
            UserCommand::RevokeRole { name: user, role } => {
                let request = AuthUserRevokeRoleRequest {
                    name: user.clone(),
                    role: role.clone(),
                };
                let r = c.call(c.auth().user_revoke_role(request)).await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Role {role} is revoked from user {user}\n"),
                )
            }
        };
        print(&text);
        Ok(0)
    })
}

pub fn role(args: RoleArgs) -> Result<i32> {
    // A bad permission type or range is refused before connecting.
    let grant = match &args.command {
        RoleCommand::GrantPermission {
            permission,
            key,
            end,
            prefix,
            from_key,
            ..
        } => {
            let kind = match permission.to_ascii_uppercase().as_str() {
                "READ" => PermType::Read,
                "WRITE" => PermType::Write,
                "READWRITE" => PermType::Readwrite,
                _ => {
                    return Err(Error::new(
                        format!("invalid permission type: {permission}"),
                        "use read, write or readwrite",
                    ))
                }
            };
            Some((
                kind,
                permission_range(key, end.as_deref(), *prefix, *from_key)?,
            ))
        }
        RoleCommand::RevokePermission {
            key,
            end,
            prefix,
            from_key,
            ..
        } => Some((
            PermType::Read,
            permission_range(key, end.as_deref(), *prefix, *from_key)?,
        )),
        _ => None,
    };
    let write_out = args.connection.write_out;
    write_out.require("role", WITH_FIELDS)?;
    let session = args.connection.session()?;
    let json = write_out == WriteOut::Json;
    block_on(async move {
        let c = session.connect_any().await?;
        let text = match args.command {
            RoleCommand::Add { name } => {
                let r = c
                    .call(c.auth().role_add(AuthRoleAddRequest { name: name.clone() }))
                    .await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Role {name} created\n"),
                )
            }
            RoleCommand::Delete { name } => {
                let r = c
                    .call(
                        c.auth()
                            .role_delete(AuthRoleDeleteRequest { role: name.clone() }),
                    )
                    .await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Role {name} deleted\n"),
                )
            }
            RoleCommand::Get { name } => {
                let r = c
                    .call(c.auth().role_get(AuthRoleGetRequest { role: name.clone() }))
                    .await?;
                if write_out == WriteOut::Fields {
                    let mut f = Fields::new();
                    f.role_permissions(r.header.as_ref(), &r.perm);
                    f.into_text()
                } else if json {
                    let perms: Vec<serde_json::Value> = r
                        .perm
                        .iter()
                        .map(|p| {
                            Object::new()
                                .num("permType", p.perm_type)
                                .bytes("key", &p.key)
                                .bytes("range_end", &p.range_end)
                                .build()
                        })
                        .collect();
                    json_line(
                        &Object::new()
                            .some("header", header_json(r.header.as_ref()))
                            .some("perm", Some(serde_json::Value::Array(perms)))
                            .build(),
                    ) + "\n"
                } else {
                    role_text(&name, &r.perm)
                }
            }
            RoleCommand::List => {
                let r = c.call(c.auth().role_list(AuthRoleListRequest {})).await?;
                if write_out == WriteOut::Fields {
                    let mut f = Fields::new();
                    f.header(r.header.as_ref()).names("Roles", &r.roles);
                    f.into_text()
                } else if json {
                    names_json(r.header.as_ref(), "roles", &r.roles)
                } else {
                    r.roles.iter().map(|r| format!("{r}\n")).collect()
                }
            }
            RoleCommand::GrantPermission { role, .. } => {
                let (kind, (key, range_end)) = grant.expect("parsed above");
                let request = AuthRoleGrantPermissionRequest {
                    name: role.clone(),
                    perm: Some(Permission {
                        perm_type: kind as i32,
                        key,
                        range_end,
                    }),
                };
                let r = c.call(c.auth().role_grant_permission(request)).await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Role {role} updated\n"),
                )
            }
            RoleCommand::RevokePermission {
                role, key: shown, ..
            } => {
                let (_, (key, range_end)) = grant.expect("parsed above");
                let request = AuthRoleRevokePermissionRequest {
                    role: role.clone(),
                    key,
                    range_end: range_end.clone(),
                };
                let r = c.call(c.auth().role_revoke_permission(request)).await?;
                let what = if range_end.is_empty() {
                    format!("key {shown}")
                } else if range_end == [0] {
                    format!("range [{shown}, <open ended>")
                } else {
                    format!("range [{shown}, {})", String::from_utf8_lossy(&range_end))
                };
                header_only(
                    write_out,
                    r.header.as_ref(),
                    format!("Permission of {what} is revoked from role {role}\n"),
                )
            }
        };
        print(&text);
        Ok(0)
    })
}

pub fn auth(args: AuthArgs) -> Result<i32> {
    let status = matches!(args.command, AuthCommand::Status);
    args.connection
        .write_out
        .require("auth", if status { WITHOUT_FIELDS } else { WITH_FIELDS })?;
    // etcdctl prints enable and disable in words whatever the format, but for JSON.
    let write_out = match args.connection.write_out {
        WriteOut::Fields => WriteOut::Simple,
        other => other,
    };
    let session = args.connection.session()?;
    let json = write_out == WriteOut::Json;
    block_on(async move {
        let c = session.connect_any().await?;
        let text = match args.command {
            AuthCommand::Enable => {
                // As etcdctl: a root user without the root role gets one, then it retries.
                let header = loop {
                    let attempt = c.auth().auth_enable(AuthEnableRequest {}).await;
                    match attempt {
                        Ok(r) => break r.into_inner().header,
                        Err(status)
                            if status.message()
                                == "etcdserver: root user does not have root role" =>
                        {
                            c.call(c.auth().role_add(AuthRoleAddRequest {
                                name: "root".into(),
                            }))
                            .await?;
                            c.call(c.auth().user_grant_role(AuthUserGrantRoleRequest {
                                user: "root".into(),
                                role: "root".into(),
                            }))
                            .await?;
                        }
                        Err(status) => return Err(c.status_error(&status)),
                    }
                };
                header_only(
                    write_out,
                    header.as_ref(),
                    "Authentication Enabled\n".into(),
                )
            }
            AuthCommand::Disable => {
                let r = c.call(c.auth().auth_disable(AuthDisableRequest {})).await?;
                header_only(
                    write_out,
                    r.header.as_ref(),
                    "Authentication Disabled\n".into(),
                )
            }
            AuthCommand::Status => {
                let r = c.call(c.auth().auth_status(AuthStatusRequest {})).await?;
                if json {
                    json_line(
                        &Object::new()
                            .some("header", header_json(r.header.as_ref()))
                            .some("enabled", Some(serde_json::json!(r.enabled)))
                            .num("authRevision", r.auth_revision)
                            .build(),
                    ) + "\n"
                } else {
                    format!(
                        "Authentication Status: {}\nAuthRevision: {}\n",
                        r.enabled, r.auth_revision
                    )
                }
            }
        };
        print(&text);
        Ok(0)
    })
}
