//! `ctl get|put|del|watch|txn`: etcdctl's key commands and their output.

use std::io::Read;

use clap::Args;
use serde_json::Value;

use super::client::{block_on, print, ConnectionArgs};
use crate::client::fields::Fields;
use crate::client::format::{header_json, json_line, kv_json, Object, WriteOut};
use crate::client::kv::{
    delete_request, parse_lease_id, put_request, range_request, GetOptions, KeySpec,
};
use crate::client::txn;
use crate::client::Session;
use crate::error::{Error, Result};
use crate::server::proto::etcdserverpb::response_op::Response as OpResponse;
use crate::server::proto::etcdserverpb::watch_request::RequestUnion;
use crate::server::proto::etcdserverpb::{
    DeleteRangeResponse, PutResponse, RangeResponse, TxnResponse, WatchCreateRequest, WatchRequest,
};
use crate::server::proto::mvccpb::KeyValue;

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The key (with --prefix: the prefix)
    pub key: String,
    /// End of the range [KEY, RANGE_END)
    pub range_end: Option<String>,
    /// Every key that starts with KEY
    #[arg(long)]
    pub prefix: bool,
    /// Every key from KEY on
    #[arg(long)]
    pub from_key: bool,
}

impl KeyArgs {
    fn spec(&self) -> KeySpec {
        KeySpec {
            key: self.key.clone(),
            range_end: self.range_end.clone(),
            prefix: self.prefix,
            from_key: self.from_key,
        }
    }
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(flatten)]
    pub keys: KeyArgs,
    /// At most this many keys
    #[arg(long, default_value_t = 0)]
    pub limit: i64,
    /// Read at this revision (0: the latest)
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// l: linearizable (through the leader); s: serializable (this member's copy, faster)
    #[arg(long, default_value = "l", value_parser = ["l", "s"])]
    pub consistency: String,
    /// Sort by this field
    #[arg(long, value_parser = ["CREATE", "KEY", "MODIFY", "VALUE", "VERSION"], ignore_case = true)]
    pub sort_by: Option<String>,
    /// Sort order
    #[arg(long, value_parser = ["ASCEND", "DESCEND"], ignore_case = true)]
    pub order: Option<String>,
    /// Keys without values
    #[arg(long)]
    pub keys_only: bool,
    /// Only the number of keys
    #[arg(long)]
    pub count_only: bool,
    /// Values without keys
    #[arg(long)]
    pub print_value_only: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    pub key: String,
    /// The value; read from standard input when left out
    #[arg(allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Attach the key to this lease (hex ID)
    #[arg(long, value_name = "ID")]
    pub lease: Option<String>,
    /// Print the previous key-value
    #[arg(long)]
    pub prev_kv: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct DelArgs {
    #[command(flatten)]
    pub keys: KeyArgs,
    /// Print the deleted key-values
    #[arg(long)]
    pub prev_kv: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub keys: KeyArgs,
    /// Start from this revision (0: from now); history must not be compacted
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// Print each event's previous key-value
    #[arg(long)]
    pub prev_kv: bool,
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Standard input holds three sections separated by blank lines: compares, \
    requests on success, requests on failure. For example:\n\n  mod(\"key1\") > \"0\"\n\n  put key1 \
    \"overwrote-key1\"\n\n  put key1 \"created-key1\"\n\nCompares: value|version|create|mod|lease(\"key\") \
    =|!=|<|> \"operand\". Requests: put KEY VALUE, get KEY [--prefix], del KEY [--prefix]."
)]
pub struct TxnArgs {
    #[command(flatten)]
    pub connection: ConnectionArgs,
}

fn print_kv(out: &mut String, kv: &KeyValue, value_only: bool, hex: bool) {
    let text = |bytes: &[u8]| {
        if hex {
            bytes.iter().map(|b| format!("\\x{b:02x}")).collect()
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if !value_only {
        out.push_str(&text(&kv.key));
        out.push('\n');
    }
    out.push_str(&text(&kv.value));
    out.push('\n');
}

fn range_simple(out: &mut String, r: &RangeResponse, value_only: bool, hex: bool) {
    for kv in &r.kvs {
        print_kv(out, kv, value_only, hex);
    }
}

fn range_json(r: &RangeResponse) -> Value {
    Object::new()
        .some("header", header_json(r.header.as_ref()))
        .list("kvs", r.kvs.iter().map(kv_json).collect())
        .flag("more", r.more)
        .num("count", r.count)
        .build()
}

fn put_simple(out: &mut String, r: &PutResponse, hex: bool) {
    out.push_str("OK\n");
    if let Some(prev) = &r.prev_kv {
        print_kv(out, prev, false, hex);
    }
}

fn put_json(r: &PutResponse) -> Value {
    Object::new()
        .some("header", header_json(r.header.as_ref()))
        .some("prev_kv", r.prev_kv.as_ref().map(kv_json))
        .build()
}

fn del_simple(out: &mut String, r: &DeleteRangeResponse, hex: bool) {
    out.push_str(&format!("{}\n", r.deleted));
    for kv in &r.prev_kvs {
        print_kv(out, kv, false, hex);
    }
}

fn del_json(r: &DeleteRangeResponse) -> Value {
    Object::new()
        .some("header", header_json(r.header.as_ref()))
        .num("deleted", r.deleted)
        .list("prev_kvs", r.prev_kvs.iter().map(kv_json).collect())
        .build()
}

pub fn get(args: GetArgs) -> Result<i32> {
    let sort = match (&args.sort_by, &args.order) {
        (None, None) => None,
        (by, order) => {
            let target = match by.as_deref().map(str::to_uppercase).as_deref() {
                Some("VERSION") => 1,
                Some("CREATE") => 2,
                Some("MODIFY") => 3,
                Some("VALUE") => 4,
                _ => 0,
            };
            let order = match order.as_deref().map(str::to_uppercase).as_deref() {
                Some("DESCEND") => 2,
                _ => 1,
            };
            Some((order, target))
        }
    };
    let options = GetOptions {
        limit: args.limit,
        revision: args.rev,
        serializable: args.consistency == "s",
        keys_only: args.keys_only,
        count_only: args.count_only,
        sort,
    };
    let request = range_request(&args.keys.spec(), &options)?;
    args.connection
        .write_out
        .require("get", &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields])?;
    let session = args.connection.session()?;
    let response = block_on(async move {
        let c = session.connect_any().await?;
        c.call(c.kv().range(request)).await
    })?;
    let mut out = String::new();
    match args.connection.write_out {
        WriteOut::Json => out = json_line(&range_json(&response)) + "\n",
        WriteOut::Fields => out = Fields::new().range(&response).text().to_string(),
        _ if args.count_only => out = format!("{}\n", response.count),
        _ => range_simple(
            &mut out,
            &response,
            args.print_value_only,
            args.connection.hex,
        ),
    }
    print(&out);
    Ok(0)
}

pub fn put(args: PutArgs) -> Result<i32> {
    let value = match args.value {
        Some(v) => v,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| {
                Error::new(
                    format!("cannot read the value from standard input: {e}"),
                    "pass the value as an argument",
                )
            })?;
            text
        }
    };
    let lease = args
        .lease
        .as_deref()
        .map(parse_lease_id)
        .transpose()?
        .unwrap_or(0);
    let request = put_request(&args.key, &value, lease, args.prev_kv);
    args.connection
        .write_out
        .require("put", &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields])?;
    let session = args.connection.session()?;
    let response = block_on(async move {
        let c = session.connect_any().await?;
        c.call(c.kv().put(request)).await
    })?;
    let mut out = String::new();
    match args.connection.write_out {
        WriteOut::Json => out = json_line(&put_json(&response)) + "\n",
        WriteOut::Fields => out = Fields::new().put(&response).text().to_string(),
        _ => put_simple(&mut out, &response, args.connection.hex),
    }
    print(&out);
    Ok(0)
}

pub fn del(args: DelArgs) -> Result<i32> {
    let request = delete_request(&args.keys.spec(), args.prev_kv)?;
    args.connection
        .write_out
        .require("del", &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields])?;
    let session = args.connection.session()?;
    let response = block_on(async move {
        let c = session.connect_any().await?;
        c.call(c.kv().delete_range(request)).await
    })?;
    let mut out = String::new();
    match args.connection.write_out {
        WriteOut::Json => out = json_line(&del_json(&response)) + "\n",
        WriteOut::Fields => out = Fields::new().delete(&response).text().to_string(),
        _ => del_simple(&mut out, &response, args.connection.hex),
    }
    print(&out);
    Ok(0)
}

pub fn txn(args: TxnArgs) -> Result<i32> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|e| {
        Error::new(
            format!("cannot read the transaction from standard input: {e}"),
            "pipe it in, e.g. ctl txn < txn.txt",
        )
    })?;
    let request = txn::parse(&text)?;
    args.connection
        .write_out
        .require("txn", &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields])?;
    let session = args.connection.session()?;
    let response = block_on(async move {
        let c = session.connect_any().await?;
        c.call(c.kv().txn(request)).await
    })?;
    print(&render_txn(
        &response,
        args.connection.write_out,
        args.connection.hex,
    ));
    Ok(0)
}

fn render_txn(response: &TxnResponse, write_out: WriteOut, hex: bool) -> String {
    if write_out == WriteOut::Fields {
        return Fields::new().txn(response).text().to_string();
    }
    if write_out == WriteOut::Json {
        let responses: Vec<Value> = response
            .responses
            .iter()
            .filter_map(|r| r.response.as_ref())
            .map(|r| {
                let inner = match r {
                    OpResponse::ResponseRange(g) => {
                        serde_json::json!({"response_range": range_json(g)})
                    }
                    OpResponse::ResponsePut(p) => serde_json::json!({"response_put": put_json(p)}),
                    OpResponse::ResponseDeleteRange(d) => {
                        serde_json::json!({"response_delete_range": del_json(d)})
                    }
                    OpResponse::ResponseTxn(t) => {
                        serde_json::json!({"response_txn": {"succeeded": t.succeeded}})
                    }
                };
                serde_json::json!({ "Response": inner })
            })
            .collect();
        let value = Object::new()
            .some("header", header_json(response.header.as_ref()))
            .flag("succeeded", response.succeeded)
            .list("responses", responses)
            .build();
        return json_line(&value) + "\n";
    }
    let mut out = String::from(if response.succeeded {
        "SUCCESS\n"
    } else {
        "FAILURE\n"
    });
    for r in response
        .responses
        .iter()
        .filter_map(|r| r.response.as_ref())
    {
        out.push('\n');
        match r {
            OpResponse::ResponseRange(g) => range_simple(&mut out, g, false, hex),
            OpResponse::ResponsePut(p) => put_simple(&mut out, p, hex),
            OpResponse::ResponseDeleteRange(d) => del_simple(&mut out, d, hex),
            OpResponse::ResponseTxn(t) => out.push_str(if t.succeeded {
                "SUCCESS\n"
            } else {
                "FAILURE\n"
            }),
        }
    }
    out
}

/// Watches until interrupted. When the member goes away, reconnects (to any endpoint) and
/// resumes after the last revision seen, so no event is missed or repeated.
pub fn watch(args: WatchArgs) -> Result<i32> {
    let (key, range_end) = args.keys.spec().bounds()?;
    args.connection.write_out.require(
        "watch",
        &[WriteOut::Simple, WriteOut::Json, WriteOut::Fields],
    )?;
    let session = args.connection.session()?;
    let write_out = args.connection.write_out;
    let hex = args.connection.hex;
    block_on(async move {
        let mut next_revision = args.rev;
        loop {
            let create = WatchCreateRequest {
                key: key.clone(),
                range_end: range_end.clone(),
                start_revision: next_revision,
                prev_kv: args.prev_kv,
                ..Default::default()
            };
            match watch_once(&session, create, write_out, hex, &mut next_revision).await {
                Ok(code) => return Ok(code),
                Err(WatchEnd::Fatal(e)) => return Err(e),
                Err(WatchEnd::Lost(e)) => {
                    eprintln!("watch interrupted: {}; reconnecting", e.cause);
                    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                }
            }
        }
    })
}

enum WatchEnd {
    /// The connection went away: try again.
    Lost(Error),
    /// The watch cannot go on (compacted, refused).
    Fatal(Error),
}

async fn watch_once(
    session: &Session,
    create: WatchCreateRequest,
    write_out: WriteOut,
    hex: bool,
    next_revision: &mut i64,
) -> std::result::Result<i32, WatchEnd> {
    let connection = session.connect_any().await.map_err(WatchEnd::Lost)?;
    let (sender, requests) = tokio::sync::mpsc::channel(1);
    let _ = sender
        .send(WatchRequest {
            request_union: Some(RequestUnion::CreateRequest(create)),
        })
        .await;
    let stream = tokio_stream::wrappers::ReceiverStream::new(requests);
    let mut responses = connection
        .watch()
        .watch(stream)
        .await
        .map_err(|s| WatchEnd::Lost(connection.status_error(&s)))?
        .into_inner();
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    loop {
        let message = tokio::select! {
            _ = &mut interrupted => return Ok(0),
            message = responses.message() => message,
        };
        let response = match message {
            Ok(Some(response)) => response,
            Ok(None) => {
                return Err(WatchEnd::Lost(Error::new(
                    format!("{} closed the watch", connection.endpoint.url),
                    "",
                )))
            }
            Err(status) => return Err(WatchEnd::Lost(connection.status_error(&status))),
        };
        if response.canceled {
            let (why, hint) = if response.compact_revision > 0 {
                let why = format!(
                    "the requested revision has been compacted (oldest available: {})",
                    response.compact_revision
                );
                (
                    why,
                    "watch from a later revision (--rev), or from now (no --rev)",
                )
            } else {
                // Refused at creation: auth ("permission denied", …) or a bad request.
                let reason = response.cancel_reason.clone();
                let hint = crate::client::connection::hint_for(&reason);
                (reason, hint)
            };
            return Err(WatchEnd::Fatal(Error::new(
                format!("watch canceled: {why}"),
                hint,
            )));
        }
        let mut out = String::new();
        if write_out == WriteOut::Fields {
            if !response.events.is_empty() {
                out = Fields::new().watch(&response).text().to_string();
            }
        } else if write_out == WriteOut::Json {
            if !response.events.is_empty() {
                let events: Vec<Value> = response
                    .events
                    .iter()
                    .map(|e| {
                        Object::new()
                            .any("type", if e.r#type == 1 { "DELETE" } else { "PUT" })
                            .some("kv", e.kv.as_ref().map(kv_json))
                            .some("prev_kv", e.prev_kv.as_ref().map(kv_json))
                            .build()
                    })
                    .collect();
                let value = Object::new()
                    .some("header", header_json(response.header.as_ref()))
                    .list("events", events)
                    .build();
                out = json_line(&value) + "\n";
            }
        } else {
            for event in &response.events {
                out.push_str(if event.r#type == 1 {
                    "DELETE\n"
                } else {
                    "PUT\n"
                });
                if let Some(prev) = &event.prev_kv {
                    print_kv(&mut out, prev, false, hex);
                }
                if let Some(kv) = &event.kv {
                    print_kv(&mut out, kv, false, hex);
                }
            }
        }
        if let Some(last) = response.events.last().and_then(|e| e.kv.as_ref()) {
            *next_revision = last.mod_revision + 1;
        } else if *next_revision == 0 {
            // From now on: resume after the revision the watch started at.
            if let Some(h) = &response.header {
                *next_revision = h.revision + 1;
            }
        }
        print(&out);
    }
}
