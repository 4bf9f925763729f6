//! The errors etcd's clients recognize: etcd's gRPC codes and messages, because clients match on
//! them (etcdctl prints them, client libraries retry or fail by them).

use tonic::{Code, Status};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    EmptyKey,
    KeyNotFound,
    ValueProvided,
    LeaseProvided,
    TooManyOps,
    DuplicateKey,
    Compacted,
    FutureRevision,
    NoSpace,
    LeaseNotFound,
    LeaseExists,
    LeaseTtlTooLarge,
    RequestTooLarge,
    NoLeader,
    Timeout,
    Stopped,
    Corrupt,
    /// Anything else, with etcd's "etcdserver: " prefix already in the message.
    Other(Code, String),
}

impl ApiError {
    pub fn code(&self) -> Code {
        use ApiError::*;
        match self {
            EmptyKey | KeyNotFound | ValueProvided | LeaseProvided | TooManyOps | DuplicateKey
            | RequestTooLarge => Code::InvalidArgument,
            Compacted | FutureRevision | LeaseTtlTooLarge => Code::OutOfRange,
            NoSpace => Code::ResourceExhausted,
            LeaseNotFound => Code::NotFound,
            LeaseExists => Code::FailedPrecondition,
            NoLeader | Timeout | Stopped => Code::Unavailable,
            Corrupt => Code::DataLoss,
            Other(code, _) => *code,
        }
    }

    pub fn message(&self) -> &str {
        use ApiError::*;
        match self {
            EmptyKey => "etcdserver: key is not provided",
            KeyNotFound => "etcdserver: key not found",
            ValueProvided => "etcdserver: value is provided",
            LeaseProvided => "etcdserver: lease is provided",
            TooManyOps => "etcdserver: too many operations in txn request",
            DuplicateKey => "etcdserver: duplicate key given in txn request",
            Compacted => "etcdserver: mvcc: required revision has been compacted",
            FutureRevision => "etcdserver: mvcc: required revision is a future revision",
            NoSpace => "etcdserver: mvcc: database space exceeded",
            LeaseNotFound => "etcdserver: requested lease not found",
            LeaseExists => "etcdserver: lease already exists",
            LeaseTtlTooLarge => "etcdserver: too large lease TTL",
            RequestTooLarge => "etcdserver: request is too large",
            NoLeader => "etcdserver: no leader",
            Timeout => "etcdserver: request timed out",
            Stopped => "etcdserver: server stopped",
            Corrupt => "etcdserver: corrupt cluster",
            Other(_, message) => message,
        }
    }

    /// An unexpected failure, on one line (gRPC carries the message in a header).
    pub fn internal(what: impl std::fmt::Display) -> ApiError {
        let text = format!("etcdserver: {what}").replace(['\r', '\n'], " ");
        tracing::error!("{text}");
        ApiError::Other(Code::Internal, text)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl From<ApiError> for Status {
    fn from(e: ApiError) -> Status {
        Status::new(e.code(), e.message().to_string())
    }
}

impl From<redb::Error> for ApiError {
    fn from(e: redb::Error) -> ApiError {
        ApiError::internal(format!("backend: {e}"))
    }
}

macro_rules! backend_error {
    ($($t:ty),*) => {$(
        impl From<$t> for ApiError {
            fn from(e: $t) -> ApiError {
                ApiError::from(redb::Error::from(e))
            }
        }
    )*};
}
backend_error!(
    redb::StorageError,
    redb::TableError,
    redb::TransactionError,
    redb::CommitError
);

pub type ApiResult<T> = std::result::Result<T, ApiError>;
