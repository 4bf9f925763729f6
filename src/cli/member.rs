//! `ctl member list|add|remove|update|promote`, with etcdctl's output. Members may be named by
//! their hex ID or by their name.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::client::{block_on, print, ConnectionArgs};
use crate::client::format::{header_json, json_line, table, Object, WriteOut};
use crate::client::health::{find_member, member_list};
use crate::client::Session;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::{
    Member, MemberAddRequest, MemberListResponse, MemberPromoteRequest, MemberRemoveRequest,
    MemberUpdateRequest, ResponseHeader,
};

#[derive(Debug, Args)]
pub struct MemberArgs {
    #[command(subcommand)]
    pub command: MemberCommand,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// List the members: ID, status, name, peer and client URLs, learner
    List,
    /// Add a member (start it afterwards with the printed settings)
    Add {
        /// The new member's name (its --name)
        name: String,
        /// The new member's peer URLs, comma-separated
        #[arg(long, value_name = "URLS", required = true)]
        peer_urls: String,
        /// Add it as a learner, which gets the log but does not vote until promoted
        #[arg(long)]
        learner: bool,
    },
    /// Remove a member (by hex ID or name)
    Remove {
        #[arg(value_name = "ID|NAME")]
        member: String,
    },
    /// Change a member's peer URLs (by hex ID or name)
    Update {
        #[arg(value_name = "ID|NAME")]
        member: String,
        /// The new peer URLs, comma-separated
        #[arg(long, value_name = "URLS", required = true)]
        peer_urls: String,
    },
    /// Promote a learner to a voting member (by hex ID or name)
    Promote {
        #[arg(value_name = "ID|NAME")]
        member: String,
    },
}

pub fn run(args: MemberArgs) -> Result<i32> {
    let write_out = args.connection.write_out;
    // As etcdctl: only list has a table and fields; the changes print simple or JSON.
    if !matches!(args.command, MemberCommand::List) {
        write_out.require("member", &[WriteOut::Simple, WriteOut::Json])?;
    }
    let session = args.connection.session()?;
    block_on(async move {
        match args.command {
            MemberCommand::List => {
                let (_, list) = member_list(&session).await?;
                print(&render_list(&list, write_out));
            }
            MemberCommand::Add {
                name,
                peer_urls,
                learner,
            } => add(&session, write_out, &name, &peer_urls, learner).await?,
            MemberCommand::Remove { member } => {
                let (connection, id) = resolve(&session, &member).await?;
                let response = connection
                    .call(
                        connection
                            .cluster()
                            .member_remove(MemberRemoveRequest { id }),
                    )
                    .await?;
                print(&done(
                    write_out,
                    "removed from",
                    id,
                    response.header.as_ref(),
                    &response.members,
                ));
            }
            MemberCommand::Update { member, peer_urls } => {
                let peer_ur_ls = split_urls(&peer_urls)?;
                let (connection, id) = resolve(&session, &member).await?;
                let request = MemberUpdateRequest { id, peer_ur_ls };
                let response = connection
                    .call(connection.cluster().member_update(request))
                    .await?;
                print(&done(
                    write_out,
                    "updated in",
                    id,
                    response.header.as_ref(),
                    &response.members,
                ));
            }
            MemberCommand::Promote { member } => {
                let (connection, id) = resolve(&session, &member).await?;
                let response = connection
                    .call(
                        connection
                            .cluster()
                            .member_promote(MemberPromoteRequest { id }),
                    )
                    .await?;
                print(&done(
                    write_out,
                    "promoted in",
                    id,
                    response.header.as_ref(),
                    &response.members,
                ));
            }
        }
        Ok(0)
    })
}

fn split_urls(text: &str) -> Result<Vec<String>> {
    let urls: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_string)
        .collect();
    for url in &urls {
        crate::url::parse(url).map_err(|problem| {
            Error::new(
                format!("--peer-urls: {problem}"),
                "write peer URLs like https://10.0.0.4:2380, comma-separated",
            )
        })?;
    }
    if urls.is_empty() {
        return Err(Error::new(
            "--peer-urls is empty",
            "pass the member's peer URLs, e.g. https://10.0.0.4:2380",
        ));
    }
    Ok(urls)
}

async fn add(
    session: &Session,
    write_out: WriteOut,
    name: &str,
    peer_urls: &str,
    learner: bool,
) -> Result<()> {
    let urls = split_urls(peer_urls)?;
    let connection = session.connect_any().await?;
    let request = MemberAddRequest {
        peer_ur_ls: urls.clone(),
        is_learner: learner,
    };
    let response = connection
        .call(connection.cluster().member_add(request))
        .await?;
    let added = response.member.clone().unwrap_or_default();
    let cluster_id = response.header.as_ref().map_or(0, |h| h.cluster_id);
    if write_out == WriteOut::Json {
        let value = Object::new()
            .some("header", header_json(response.header.as_ref()))
            .some("member", Some(member_json(&added)))
            .list(
                "members",
                response.members.iter().map(member_json).collect(),
            )
            .build();
        print(&(json_line(&value) + "\n"));
        return Ok(());
    }
    let initial_cluster: Vec<String> = response
        .members
        .iter()
        .flat_map(|m| {
            let member_name = if m.id == added.id {
                name
            } else {
                m.name.as_str()
            };
            m.peer_ur_ls
                .iter()
                .map(move |u| format!("{member_name}={u}"))
        })
        .collect();
    print(&format!(
        "Member {:>16x} added to cluster {:>16x}\n\n\
         ETCD_NAME={name:?}\n\
         ETCD_INITIAL_CLUSTER={:?}\n\
         ETCD_INITIAL_ADVERTISE_PEER_URLS={:?}\n\
         ETCD_INITIAL_CLUSTER_STATE=\"existing\"\n",
        added.id,
        cluster_id,
        initial_cluster.join(","),
        urls.join(","),
    ));
    Ok(())
}

/// Finds the member named by `text` (a hex ID or a member name); returns a connection that
/// answered and the ID.
async fn resolve(session: &Session, text: &str) -> Result<(crate::client::Connection, u64)> {
    let (connection, list) = member_list(session).await?;
    let id = find_member(&list, text)?.id;
    Ok((connection, id))
}

fn done(
    write_out: WriteOut,
    verb: &str,
    id: u64,
    header: Option<&ResponseHeader>,
    members: &[Member],
) -> String {
    if write_out == WriteOut::Json {
        let value = Object::new()
            .some("header", header_json(header))
            .list("members", members.iter().map(member_json).collect())
            .build();
        return json_line(&value) + "\n";
    }
    format!(
        "Member {id:>16x} {verb} cluster {:>16x}\n",
        header.map_or(0, |h| h.cluster_id)
    )
}

/// Go's JSON of an etcdserverpb.Member.
pub fn member_json(m: &Member) -> Value {
    Object::new()
        .num("ID", m.id)
        .text("name", &m.name)
        .list(
            "peerURLs",
            m.peer_ur_ls
                .iter()
                .map(|u| Value::from(u.as_str()))
                .collect(),
        )
        .list(
            "clientURLs",
            m.client_ur_ls
                .iter()
                .map(|u| Value::from(u.as_str()))
                .collect(),
        )
        .flag("isLearner", m.is_learner)
        .build()
}

/// `member list` as etcdctl prints it.
pub fn render_list(list: &MemberListResponse, write_out: WriteOut) -> String {
    let rows: Vec<Vec<String>> = list
        .members
        .iter()
        .map(|m| {
            vec![
                format!("{:x}", m.id),
                if m.name.is_empty() {
                    "unstarted"
                } else {
                    "started"
                }
                .to_string(),
                m.name.clone(),
                m.peer_ur_ls.join(","),
                m.client_ur_ls.join(","),
                m.is_learner.to_string(),
            ]
        })
        .collect();
    match write_out {
        WriteOut::Simple => rows.iter().map(|r| r.join(", ") + "\n").collect(),
        WriteOut::Table => table(
            &[
                "ID",
                "Status",
                "Name",
                "Peer Addrs",
                "Client Addrs",
                "Is Learner",
            ],
            &rows,
        ),
        WriteOut::Json => {
            let value = Object::new()
                .some("header", header_json(list.header.as_ref()))
                .list("members", list.members.iter().map(member_json).collect())
                .build();
            json_line(&value) + "\n"
        }
        WriteOut::Fields => {
            let mut f = crate::client::fields::Fields::new();
            f.member_list(list.header.as_ref(), &list.members);
            f.into_text()
        }
    }
}
