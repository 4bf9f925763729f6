//! Who a request comes from, kept to make further requests on its behalf (the JSON gateway,
//! Lock and Election): the metadata that carries its token and the client certificate name its
//! connection verified.

use tonic::metadata::{AsciiMetadataValue, MetadataMap};

use crate::server::auth::identity::{token, ClientName};

#[derive(Clone, Default)]
pub struct Caller {
    metadata: MetadataMap,
    client: Option<ClientName>,
}

impl Caller {
    /// The caller of a gRPC request.
    pub fn of<T>(request: &tonic::Request<T>) -> Caller {
        Caller {
            metadata: request.metadata().clone(),
            client: request.extensions().get::<ClientName>().cloned(),
        }
    }

    /// The caller of an HTTP request: its `Authorization` header is the token, as etcd's
    /// gateway passes it on.
    pub fn of_http(parts: &http::request::Parts) -> Caller {
        let mut metadata = MetadataMap::new();
        let authorization = parts
            .headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| AsciiMetadataValue::try_from(v).ok());
        if let Some(value) = authorization {
            metadata.insert("authorization", value);
        }
        Caller {
            metadata,
            client: parts.extensions.get::<ClientName>().cloned(),
        }
    }

    /// `message` as a gRPC request from this caller.
    pub fn request<T>(&self, message: T) -> tonic::Request<T> {
        let mut request = tonic::Request::new(message);
        *request.metadata_mut() = self.metadata.clone();
        if let Some(client) = &self.client {
            request.extensions_mut().insert(client.clone());
        }
        request
    }

    pub fn token(&self) -> Option<String> {
        token(&self.metadata)
    }

    pub fn client(&self) -> Option<ClientName> {
        self.client.clone()
    }
}
