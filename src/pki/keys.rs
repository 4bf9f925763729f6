//! Private keys: the `key` section of a request, generation, and loading the PEM formats cfssl
//! and OpenSSL write (PKCS#1 "RSA PRIVATE KEY", SEC1 "EC PRIVATE KEY", PKCS#8 "PRIVATE KEY").

use std::fmt;

use rcgen::{KeyPair, PublicKeyData, RsaKeySize, SignatureAlgorithm};
use serde::{Deserialize, Serialize};
use x509_parser::prelude::FromDer;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

use crate::error::{Error, Result};

/// A key algorithm and size, as in a request's `"key": {"algo": "rsa", "size": 2048}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeySpec {
    #[serde(default = "default_algo")]
    pub algo: String,
    /// Bits for RSA, the curve size for ECDSA; 0 means the algorithm's default.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub size: u32,
}

fn default_algo() -> String {
    "ecdsa".to_string()
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Default for KeySpec {
    /// cfssl's default: ECDSA on P-256.
    fn default() -> Self {
        KeySpec {
            algo: "ecdsa".into(),
            size: 256,
        }
    }
}

/// A key type ctl can generate and sign with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Rsa(u32),
    Ecdsa(u32),
    Ed25519,
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyKind::Rsa(bits) => write!(f, "RSA-{bits}"),
            KeyKind::Ecdsa(bits) => write!(f, "ECDSA-P{bits}"),
            KeyKind::Ed25519 => f.write_str("Ed25519"),
        }
    }
}

impl KeyKind {
    /// The signature algorithm certificates signed by this key use: the hash grows with the key,
    /// as cfssl chooses it.
    pub fn signature_algorithm(self) -> &'static SignatureAlgorithm {
        match self {
            KeyKind::Rsa(bits) if bits >= 4096 => &rcgen::PKCS_RSA_SHA512,
            KeyKind::Rsa(bits) if bits >= 3072 => &rcgen::PKCS_RSA_SHA384,
            KeyKind::Rsa(_) => &rcgen::PKCS_RSA_SHA256,
            KeyKind::Ecdsa(384) => &rcgen::PKCS_ECDSA_P384_SHA384,
            KeyKind::Ecdsa(521) => &rcgen::PKCS_ECDSA_P521_SHA512,
            KeyKind::Ecdsa(_) => &rcgen::PKCS_ECDSA_P256_SHA256,
            KeyKind::Ed25519 => &rcgen::PKCS_ED25519,
        }
    }

    /// RSA-4096 and larger take seconds to generate: worth a spinner.
    pub fn is_slow_to_generate(self) -> bool {
        matches!(self, KeyKind::Rsa(bits) if bits >= 3072)
    }
}

impl KeySpec {
    pub fn new(algo: &str, size: u32) -> Self {
        KeySpec {
            algo: algo.to_string(),
            size,
        }
    }

    /// Checks the spec with cfssl's rules and messages, plus the sizes ctl can generate.
    pub fn kind(&self) -> Result<KeyKind> {
        let hint_sizes = "use \"size\": 2048, 3072 or 4096 for rsa; 256, 384 or 521 for ecdsa";
        match self.algo.to_ascii_lowercase().as_str() {
            "rsa" => match self.size {
                0 => Ok(KeyKind::Rsa(2048)),
                s if s < 2048 => Err(Error::new(
                    format!("invalid key: RSA key is too weak ({s} bits)"),
                    hint_sizes,
                )),
                s if s > 8192 => Err(Error::new(
                    format!("invalid key: RSA key size too large ({s} bits)"),
                    hint_sizes,
                )),
                s @ (2048 | 3072 | 4096) => Ok(KeyKind::Rsa(s)),
                s => Err(Error::new(
                    format!(
                        "invalid key: ctl generates RSA keys of 2048, 3072 or 4096 bits, not {s}"
                    ),
                    hint_sizes,
                )),
            },
            "ecdsa" => match self.size {
                0 => Ok(KeyKind::Ecdsa(256)),
                s @ (256 | 384 | 521) => Ok(KeyKind::Ecdsa(s)),
                s => Err(Error::new(
                    format!("invalid key: invalid curve (ecdsa size {s})"),
                    hint_sizes,
                )),
            },
            "ed25519" => Ok(KeyKind::Ed25519),
            other => Err(Error::new(
                format!("invalid key: invalid algorithm \"{other}\""),
                "use \"algo\": \"rsa\", \"ecdsa\" or \"ed25519\"",
            )),
        }
    }

    pub fn validate(&self) -> Result<()> {
        self.kind().map(|_| ())
    }
}

/// Generates a new key of the given kind.
pub fn generate(kind: KeyKind) -> Result<KeyPair> {
    let alg = kind.signature_algorithm();
    let generated = match kind {
        KeyKind::Rsa(bits) => {
            let size = match bits {
                4096 => RsaKeySize::_4096,
                3072 => RsaKeySize::_3072,
                _ => RsaKeySize::_2048,
            };
            KeyPair::generate_rsa_for(alg, size)
        }
        _ => KeyPair::generate_for(alg),
    };
    generated.map_err(|e| {
        Error::new(
            format!("key generation failed: {e}"),
            "this is a bug in ctl or its crypto library; please report it",
        )
    })
}

/// Makes keys; the command line wraps it to show a spinner while slow keys generate.
pub trait KeyGenerator {
    /// Generates a key of `kind` for the certificate called `label`.
    fn generate(&mut self, label: &str, kind: KeyKind) -> Result<KeyPair>;
}

/// Generates keys without showing anything.
pub struct QuietKeys;

impl KeyGenerator for QuietKeys {
    fn generate(&mut self, _label: &str, kind: KeyKind) -> Result<KeyPair> {
        generate(kind)
    }
}

/// The kind of the key behind a SubjectPublicKeyInfo.
pub fn kind_of_spki(spki_der: &[u8]) -> Option<KeyKind> {
    let (_, spki) = SubjectPublicKeyInfo::from_der(spki_der).ok()?;
    match spki.parsed().ok()? {
        PublicKey::RSA(rsa) => Some(KeyKind::Rsa(rsa.key_size() as u32)),
        PublicKey::EC(point) => Some(KeyKind::Ecdsa(match point.key_size() {
            256 => 256,
            384 => 384,
            _ => 521,
        })),
        _ if spki.algorithm.algorithm.to_id_string() == "1.3.101.112" => Some(KeyKind::Ed25519),
        _ => None,
    }
}

/// A private key read from a file, ready to sign with the algorithm its size calls for.
pub struct LoadedKey {
    pub key_pair: KeyPair,
    pub kind: KeyKind,
}

impl fmt::Debug for LoadedKey {
    /// Shows the kind only: key material never reaches a log or a message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LoadedKey({})", self.kind)
    }
}

/// Reads a private key from PEM text; `origin` names it in messages. The key itself never
/// appears in an error.
pub fn load_private_key(pem_text: &str, origin: &str) -> Result<LoadedKey> {
    let blocks = pem::parse_many(pem_text).map_err(|_| not_a_key(origin))?;
    if blocks.iter().any(|b| b.tag() == "ENCRYPTED PRIVATE KEY") {
        return Err(Error::new(
            format!("{origin} holds an encrypted private key"),
            format!("decrypt it first: openssl pkey -in {origin} -out plain-key.pem"),
        ));
    }
    let block = blocks
        .iter()
        .find(|b| {
            matches!(
                b.tag(),
                "PRIVATE KEY" | "RSA PRIVATE KEY" | "EC PRIVATE KEY"
            )
        })
        .ok_or_else(|| {
            if blocks.iter().any(|b| b.tag() == "CERTIFICATE") {
                Error::new(
                    format!("{origin} holds a certificate, not a private key"),
                    "pass the key file (cfssljson writes it as NAME-key.pem)",
                )
            } else {
                not_a_key(origin)
            }
        })?;
    let single = super::certinfo::pem_text(block.tag(), block.contents());
    let probe = KeyPair::from_pem(&single).map_err(|_| not_a_key(origin))?;
    let kind = kind_of_spki(&probe.subject_public_key_info()).ok_or_else(|| {
        Error::new(
            format!("{origin}: unsupported key type"),
            "use an RSA, ECDSA (P-256, P-384, P-521) or Ed25519 key",
        )
    })?;
    let alg = kind.signature_algorithm();
    let key_pair = if probe.algorithm() == alg {
        probe
    } else {
        KeyPair::from_pem_and_sign_algo(&single, alg).map_err(|_| not_a_key(origin))?
    };
    Ok(LoadedKey { key_pair, kind })
}

fn not_a_key(origin: &str) -> Error {
    Error::new(
        format!("{origin} is not a PEM private key ctl can read"),
        "pass an unencrypted RSA, ECDSA or Ed25519 key in PEM (PKCS#1, SEC1 or PKCS#8)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cfssl_size_messages() {
        let err = KeySpec::new("rsa", 1024).kind().unwrap_err();
        assert!(err.cause.contains("RSA key is too weak"), "{err:?}");
        let err = KeySpec::new("ecdsa", 255).kind().unwrap_err();
        assert!(err.cause.contains("invalid curve"), "{err:?}");
        let err = KeySpec::new("dsa", 1024).kind().unwrap_err();
        assert!(err.cause.contains("invalid algorithm"), "{err:?}");
        assert_eq!(KeySpec::new("RSA", 0).kind().unwrap(), KeyKind::Rsa(2048));
    }

    #[test]
    fn generated_keys_load_back_with_their_kind() {
        for kind in [
            KeyKind::Ecdsa(256),
            KeyKind::Ecdsa(384),
            KeyKind::Ecdsa(521),
            KeyKind::Ed25519,
            KeyKind::Rsa(2048),
        ] {
            let key = generate(kind).unwrap();
            let loaded = load_private_key(&key.serialize_pem(), "k.pem").unwrap();
            assert_eq!(loaded.kind, kind);
            assert_eq!(loaded.key_pair.public_key_raw(), key.public_key_raw());
        }
    }

    #[test]
    fn a_certificate_is_not_a_key() {
        let err = load_private_key(
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            "ca.pem",
        )
        .unwrap_err();
        assert!(
            err.cause.contains("certificate, not a private key"),
            "{err:?}"
        );
    }
}
