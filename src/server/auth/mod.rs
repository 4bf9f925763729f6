//! etcd's authentication and authorization: users with bcrypt passwords, roles holding read,
//! write or readwrite permissions on keys and ranges, the root user and role, and the auth
//! store's revision. Changes go through raft (`apply`), so every member enforces the same
//! rules; requests carry who asks and the revision that was checked (`AuthInfo`), and writes are
//! checked again as they apply, as etcd does. `token` issues and checks tokens; `identity`
//! finds who a gRPC request comes from.
//!
//! With auth off nothing here runs on the request path beyond one atomic load.

pub mod identity;
pub mod store;
pub mod token;

pub use store::{AuthState, AuthStore};

use tonic::Code;

use crate::server::errors::ApiError;

/// Who a request comes from, and the auth store revision that identity was established at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthInfo {
    pub username: String,
    pub revision: u64,
}

/// The root user and role: root is allowed everything.
pub const ROOT: &str = "root";

/// etcd's auth errors, with etcd's gRPC codes and words (clients match on the words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthError {
    RootUserNotExist,
    RootRoleNotExist,
    UserAlreadyExist,
    UserEmpty,
    UserNotFound,
    RoleAlreadyExist,
    RoleNotFound,
    RoleEmpty,
    AuthFailed,
    PermissionNotGiven,
    PermissionDenied,
    RoleNotGranted,
    PermissionNotGranted,
    AuthNotEnabled,
    InvalidAuthToken,
    InvalidAuthMgmt,
    AuthOldRevision,
    /// Authenticate with a password for a user that has none (etcd leaves it unmapped: code
    /// Unknown with its internal words).
    NoPasswordUser,
}

impl AuthError {
    pub fn code(self) -> Code {
        use AuthError::*;
        match self {
            RootUserNotExist | RootRoleNotExist | UserAlreadyExist | UserNotFound
            | RoleAlreadyExist | RoleNotFound | RoleNotGranted | PermissionNotGranted
            | AuthNotEnabled => Code::FailedPrecondition,
            UserEmpty | RoleEmpty | AuthFailed | PermissionNotGiven | InvalidAuthMgmt
            | AuthOldRevision => Code::InvalidArgument,
            PermissionDenied => Code::PermissionDenied,
            InvalidAuthToken => Code::Unauthenticated,
            NoPasswordUser => Code::Unknown,
        }
    }

    pub fn message(self) -> &'static str {
        use AuthError::*;
        match self {
            RootUserNotExist => "etcdserver: root user does not exist",
            RootRoleNotExist => "etcdserver: root user does not have root role",
            UserAlreadyExist => "etcdserver: user name already exists",
            UserEmpty => "etcdserver: user name is empty",
            UserNotFound => "etcdserver: user name not found",
            RoleAlreadyExist => "etcdserver: role name already exists",
            RoleNotFound => "etcdserver: role name not found",
            RoleEmpty => "etcdserver: role name is empty",
            AuthFailed => "etcdserver: authentication failed, invalid user ID or password",
            PermissionNotGiven => "etcdserver: permission not given",
            PermissionDenied => "etcdserver: permission denied",
            RoleNotGranted => "etcdserver: role is not granted to the user",
            PermissionNotGranted => "etcdserver: permission is not granted to the role",
            AuthNotEnabled => "etcdserver: authentication is not enabled",
            InvalidAuthToken => "etcdserver: invalid auth token",
            InvalidAuthMgmt => "etcdserver: invalid auth management",
            AuthOldRevision => "etcdserver: revision of auth store is old",
            NoPasswordUser => {
                "auth: authentication failed, password was given for no password user"
            }
        }
    }

    /// The internal words etcd's maintenance calls leak unconverted (code Unknown), e.g.
    /// "auth: permission denied" for a defragment by a non-root user.
    pub fn raw_message(self) -> &'static str {
        use AuthError::*;
        match self {
            PermissionDenied => "auth: permission denied",
            UserEmpty => "auth: user name is empty",
            UserNotFound => "auth: user not found",
            InvalidAuthToken => "auth: invalid auth token",
            other => other.message(),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> ApiError {
        ApiError::Other(e.code(), e.message().to_string())
    }
}

impl ApiError {
    /// Whether this is the auth error `e`.
    pub fn is_auth(&self, e: AuthError) -> bool {
        matches!(self, ApiError::Other(code, message) if *code == e.code() && message == e.message())
    }
}

impl From<AuthError> for tonic::Status {
    fn from(e: AuthError) -> tonic::Status {
        tonic::Status::new(e.code(), e.message())
    }
}

/// An auth error as etcd's Defragment, Snapshot, Hash and HashKV return it: unconverted.
pub fn raw(e: AuthError) -> tonic::Status {
    tonic::Status::new(Code::Unknown, e.raw_message())
}
