//! Auth tokens, as etcd's `--auth-token` makes them. `simple` (the default): an opaque
//! "<16 letters>.<raft index>", assigned through raft so every member knows it, and valid on
//! each member for `--auth-token-ttl` seconds after its last use there. `jwt,pub-key=…,priv-key=…,sign-method=…[,ttl=…]`: a signed
//! token carrying the user name and the auth revision, valid on every member until it expires.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{AuthError, AuthInfo};

/// How long a JWT lives unless `ttl=` says otherwise (etcd's default).
const JWT_TTL: Duration = Duration::from_secs(300);

struct Simple {
    ttl: Duration,
    tokens: Mutex<HashMap<String, (String, Instant)>>,
}

struct Jwt {
    algorithm: jsonwebtoken::Algorithm,
    encoding: Option<jsonwebtoken::EncodingKey>,
    decoding: jsonwebtoken::DecodingKey,
    ttl: Duration,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Claims {
    username: String,
    revision: u64,
    exp: u64,
}

enum Kind {
    Simple(Simple),
    Jwt(Box<Jwt>),
}

pub struct Tokens {
    kind: Kind,
}

/// The random part of a simple token.
pub fn simple_token_prefix() -> String {
    random_letters(16)
}

fn random_letters(n: usize) -> String {
    use aws_lc_rs::rand::SecureRandom as _;
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut bytes = vec![0u8; n];
    aws_lc_rs::rand::SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system's random source works");
    bytes
        .iter()
        .map(|b| LETTERS[*b as usize % LETTERS.len()] as char)
        .collect()
}

impl Tokens {
    /// Tokens as `--auth-token` (and, for simple tokens, `--auth-token-ttl` seconds) say.
    pub fn from_flags(option: &str, ttl_seconds: u64) -> Result<Tokens, String> {
        let mut parts = option.split(',');
        let kind = parts.next().unwrap_or("simple");
        let mut options: HashMap<&str, &str> = HashMap::new();
        for part in parts {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("--auth-token: \"{part}\" is not name=value"))?;
            if options.insert(name, value).is_some() {
                return Err(format!("--auth-token names {name} twice"));
            }
        }
        match kind {
            "simple" => Ok(Tokens {
                kind: Kind::Simple(Simple {
                    ttl: Duration::from_secs(ttl_seconds.max(1)),
                    tokens: Mutex::new(HashMap::new()),
                }),
            }),
            "jwt" => Ok(Tokens {
                kind: Kind::Jwt(Box::new(Jwt::from_options(&options)?)),
            }),
            other => Err(format!(
                "--auth-token \"{other}\" is neither simple nor jwt"
            )),
        }
    }

    pub fn is_jwt(&self) -> bool {
        matches!(self.kind, Kind::Jwt(_))
    }

    /// Keeps a simple token assigned through raft (a JWT member keeps none).
    pub fn keep_simple(&self, username: &str, token: &str) {
        if let Kind::Simple(simple) = &self.kind {
            let mut tokens = simple.tokens.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            tokens.retain(|_, (_, expires)| *expires > now);
            tokens.insert(token.to_string(), (username.to_string(), now + simple.ttl));
        }
    }

    /// A new JWT for `username`, authenticated at auth `revision`. Simple tokens are assigned
    /// through raft instead (`keep_simple`).
    pub fn sign_jwt(&self, username: &str, revision: u64) -> Result<String, AuthError> {
        match &self.kind {
            Kind::Simple(_) => Err(AuthError::AuthFailed),
            Kind::Jwt(jwt) => {
                let Some(key) = &jwt.encoding else {
                    // A member with only the public key verifies tokens but issues none.
                    return Err(AuthError::AuthFailed);
                };
                let exp = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| (d + jwt.ttl).as_secs());
                let claims = Claims {
                    username: username.to_string(),
                    revision,
                    exp,
                };
                jsonwebtoken::encode(&jsonwebtoken::Header::new(jwt.algorithm), &claims, key)
                    .map_err(|_| AuthError::AuthFailed)
            }
        }
    }

    /// Who `token` stands for; simple tokens are renewed by use. `revision` is the store's
    /// current one, which a simple token's identity takes.
    pub fn info(&self, token: &str, revision: u64) -> Result<AuthInfo, AuthError> {
        match &self.kind {
            Kind::Simple(simple) => {
                let mut tokens = simple.tokens.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                match tokens.get_mut(token) {
                    Some((user, expires)) if *expires > now => {
                        *expires = now + simple.ttl;
                        Ok(AuthInfo {
                            username: user.clone(),
                            revision,
                        })
                    }
                    Some(_) => {
                        tokens.remove(token);
                        Err(AuthError::InvalidAuthToken)
                    }
                    None => Err(AuthError::InvalidAuthToken),
                }
            }
            Kind::Jwt(jwt) => {
                let mut validation = jsonwebtoken::Validation::new(jwt.algorithm);
                validation.leeway = 0;
                let data = jsonwebtoken::decode::<Claims>(token, &jwt.decoding, &validation)
                    .map_err(|_| AuthError::InvalidAuthToken)?;
                Ok(AuthInfo {
                    username: data.claims.username,
                    revision: data.claims.revision,
                })
            }
        }
    }

    /// Drops a user's simple tokens (deleted, or a new password). JWTs live until they expire,
    /// as in etcd; the auth revision they carry makes them stale after any change.
    pub fn forget_user(&self, username: &str) {
        if let Kind::Simple(simple) = &self.kind {
            simple
                .tokens
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|_, (user, _)| user != username);
        }
    }

    pub fn forget_all(&self) {
        if let Kind::Simple(simple) = &self.kind {
            simple
                .tokens
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
        }
    }
}

impl Jwt {
    fn from_options(options: &HashMap<&str, &str>) -> Result<Jwt, String> {
        use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey};
        let method = options
            .get("sign-method")
            .ok_or("--auth-token jwt needs sign-method=RS256|ES256|EdDSA|…")?;
        let algorithm: Algorithm = method
            .parse()
            .map_err(|_| format!("--auth-token: unknown sign-method {method}"))?;
        let read = |name: &str| -> Result<Option<Vec<u8>>, String> {
            match options.get(name) {
                Some(path) => std::fs::read(path)
                    .map(Some)
                    .map_err(|e| format!("--auth-token {name}={path}: {e}")),
                None => Ok(None),
            }
        };
        let (public, private) = (read("pub-key")?, read("priv-key")?);
        let bad = |e: jsonwebtoken::errors::Error| format!("--auth-token: a bad key: {e}");
        let (encoding, decoding) = match algorithm {
            Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512 => {
                let secret = private.ok_or("--auth-token jwt with HS* needs priv-key=")?;
                (
                    Some(EncodingKey::from_secret(&secret).map_err(bad)?),
                    DecodingKey::from_secret(&secret).map_err(bad)?,
                )
            }
            Algorithm::RS256
            | Algorithm::RS384
            | Algorithm::RS512
            | Algorithm::PS256
            | Algorithm::PS384
            | Algorithm::PS512 => (
                private
                    .map(|k| EncodingKey::from_rsa_pem(&k))
                    .transpose()
                    .map_err(bad)?,
                DecodingKey::from_rsa_pem(&public.ok_or("--auth-token jwt needs pub-key=")?)
                    .map_err(bad)?,
            ),
            Algorithm::ES256 | Algorithm::ES384 => (
                private
                    .map(|k| EncodingKey::from_ec_pem(&k))
                    .transpose()
                    .map_err(bad)?,
                DecodingKey::from_ec_pem(&public.ok_or("--auth-token jwt needs pub-key=")?)
                    .map_err(bad)?,
            ),
            Algorithm::EdDSA => (
                private
                    .map(|k| EncodingKey::from_ed_pem(&k))
                    .transpose()
                    .map_err(bad)?,
                DecodingKey::from_ed_pem(&public.ok_or("--auth-token jwt needs pub-key=")?)
                    .map_err(bad)?,
            ),
            other => {
                return Err(format!(
                    "--auth-token: sign-method {other:?} is not supported"
                ))
            }
        };
        let ttl = match options.get("ttl") {
            Some(text) => crate::pki::duration::parse_go_duration(text)
                .map_err(|e| format!("--auth-token ttl={text}: {e}"))?,
            None => JWT_TTL,
        };
        Ok(Jwt {
            algorithm,
            encoding,
            decoding,
            ttl,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_tokens_live_their_ttl_after_last_use_and_go_with_their_user() {
        let tokens = Tokens::from_flags("simple", 1).unwrap();
        tokens.keep_simple("alice", "aaaa.1");
        tokens.keep_simple("bob", "bbbb.2");
        assert_eq!(tokens.info("aaaa.1", 7).unwrap().username, "alice");
        assert_eq!(tokens.info("aaaa.1", 7).unwrap().revision, 7);
        assert_eq!(tokens.info("cccc.3", 7), Err(AuthError::InvalidAuthToken));
        tokens.forget_user("alice");
        assert_eq!(tokens.info("aaaa.1", 7), Err(AuthError::InvalidAuthToken));
        std::thread::sleep(Duration::from_millis(1100));
        assert_eq!(tokens.info("bbbb.2", 7), Err(AuthError::InvalidAuthToken));
        assert!(
            tokens.sign_jwt("bob", 1).is_err(),
            "simple members sign no JWT"
        );
    }

    #[test]
    fn jwt_options_are_checked_and_tokens_carry_user_and_revision() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("hs.key");
        std::fs::write(&key, b"a shared secret of some length").unwrap();
        let flag = format!("jwt,priv-key={},sign-method=HS256,ttl=1s", key.display());
        let tokens = Tokens::from_flags(&flag, 300).unwrap();
        let token = tokens.sign_jwt("alice", 9).unwrap();
        assert_eq!(
            tokens.info(&token, 12),
            Ok(AuthInfo {
                username: "alice".into(),
                revision: 9
            })
        );
        let mut forged = token.clone().into_bytes();
        let at = token.rfind('.').unwrap() + 3;
        forged[at] = if forged[at] == b'A' { b'B' } else { b'A' };
        let forged = String::from_utf8(forged).unwrap();
        assert_eq!(tokens.info(&forged, 12), Err(AuthError::InvalidAuthToken));
        std::thread::sleep(Duration::from_millis(2100));
        assert_eq!(tokens.info(&token, 12), Err(AuthError::InvalidAuthToken));

        for (bad, words) in [
            ("jwt,sign-method=RS256", "pub-key"),
            ("jwt,pub-key=/nonexistent,sign-method=RS256", "/nonexistent"),
            ("jwt,sign-method=XX1", "XX1"),
            ("jwt,ttl", "name=value"),
            ("opaque", "neither simple nor jwt"),
        ] {
            let e = Tokens::from_flags(bad, 300).err().unwrap_or_default();
            assert!(e.contains(words), "{bad}: {e}");
        }
    }
}
