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

/// The backend's first I/O failure: after one, redb answers every call with "Previous I/O
/// error occurred", which would hide the cause (a full disk, say) from the operator.
static FIRST_BACKEND_IO_ERROR: std::sync::OnceLock<String> = std::sync::OnceLock::new();

impl From<redb::Error> for ApiError {
    fn from(e: redb::Error) -> ApiError {
        let text = match &e {
            redb::Error::Io(io) => {
                let text = format!("I/O error: {io}");
                FIRST_BACKEND_IO_ERROR.get_or_init(|| text.clone());
                text
            }
            redb::Error::PreviousIo => match FIRST_BACKEND_IO_ERROR.get() {
                Some(first) => format!("{first} (an earlier write failed)"),
                None => e.to_string(),
            },
            _ => e.to_string(),
        };
        ApiError::internal(format!("backend: {text}"))
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
