//! Who a gRPC request comes from, as etcd decides it: the token in the `token` metadata (or
//! `authorization`, with or without "Bearer "), else, with `--client-cert-auth`, the common
//! name of the client certificate the connection verified. A token that is present but not
//! valid is refused; it never falls back to the certificate.

use tonic::metadata::MetadataMap;

use super::token::Tokens;
use super::{AuthError, AuthInfo, AuthState};

/// The verified client certificate's common name, put on each request of a TLS connection by
/// the listener.
#[derive(Debug, Clone)]
pub struct ClientName(pub String);

/// The token a request carries, if any.
pub fn token(metadata: &MetadataMap) -> Option<String> {
    let value = metadata
        .get("token")
        .or_else(|| metadata.get("authorization"))?;
    let text = value.to_str().ok()?;
    Some(text.strip_prefix("Bearer ").unwrap_or(text).to_string())
}

/// The identity of a request with `metadata` and `extensions`, when auth is on (None when it
/// is off or nobody is named).
pub fn who(
    state: &AuthState,
    tokens: &Tokens,
    metadata: &MetadataMap,
    extensions: &tonic::Extensions,
    client_cert_auth: bool,
) -> Result<Option<AuthInfo>, AuthError> {
    resolve(
        state,
        tokens,
        token(metadata).as_deref(),
        extensions.get::<ClientName>(),
        client_cert_auth,
    )
}

/// The identity a token or, failing one, a client certificate gives.
pub fn resolve(
    state: &AuthState,
    tokens: &Tokens,
    token: Option<&str>,
    client: Option<&ClientName>,
    client_cert_auth: bool,
) -> Result<Option<AuthInfo>, AuthError> {
    if !state.enabled {
        return Ok(None);
    }
    if let Some(token) = token {
        return tokens.info(token, state.revision).map(Some);
    }
    if client_cert_auth {
        if let Some(ClientName(name)) = client {
            return Ok(Some(AuthInfo {
                username: name.clone(),
                revision: state.revision,
            }));
        }
    }
    Ok(None)
}

/// Why a watch is refused, in the words etcd puts in its cancel reason (a gRPC status as Go
/// prints it).
pub fn watch_refusal(e: AuthError) -> String {
    let (code, e) = match e {
        AuthError::InvalidAuthToken => ("Unauthenticated", e),
        AuthError::AuthOldRevision | AuthError::UserEmpty => ("InvalidArgument", e),
        _ => ("PermissionDenied", AuthError::PermissionDenied),
    };
    format!("rpc error: code = {code} desc = {}", e.message())
}
