//! cfssl's signing configuration (`ca-config.json`): a default profile and named profiles with
//! usages, expiry, CA constraints, validity bounds and a hostname whitelist.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use rcgen::{ExtendedKeyUsagePurpose, KeyUsagePurpose};
use serde::Deserialize;
use serde_json::Value;
use time::OffsetDateTime;

use super::duration::parse_go_duration;
use crate::error::{Error, Result};
use crate::input::{self, as_object, canonical_keys, join_path, Warnings};

/// cfssl's lifetime when neither the profile nor the default profile names one.
pub const DEFAULT_EXPIRY: Duration = Duration::from_secs(8760 * 3600);
/// cfssl backdates every certificate by five minutes to tolerate clock skew.
pub const DEFAULT_BACKDATE: Duration = Duration::from_secs(5 * 60);

/// A key usage or an extended key usage, by cfssl's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    Key(KeyUsagePurpose),
    Extended(ExtendedUsage),
}

/// Extended key usages, including the IPsec ones rcgen has no variant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtendedUsage {
    Any,
    ServerAuth,
    ClientAuth,
    CodeSigning,
    EmailProtection,
    IpsecEndSystem,
    IpsecTunnel,
    IpsecUser,
    TimeStamping,
    OcspSigning,
}

impl ExtendedUsage {
    pub fn to_rcgen(self) -> ExtendedKeyUsagePurpose {
        use ExtendedKeyUsagePurpose as E;
        match self {
            ExtendedUsage::Any => E::Any,
            ExtendedUsage::ServerAuth => E::ServerAuth,
            ExtendedUsage::ClientAuth => E::ClientAuth,
            ExtendedUsage::CodeSigning => E::CodeSigning,
            ExtendedUsage::EmailProtection => E::EmailProtection,
            ExtendedUsage::IpsecEndSystem => E::Other(vec![1, 3, 6, 1, 5, 5, 7, 3, 5]),
            ExtendedUsage::IpsecTunnel => E::Other(vec![1, 3, 6, 1, 5, 5, 7, 3, 6]),
            ExtendedUsage::IpsecUser => E::Other(vec![1, 3, 6, 1, 5, 5, 7, 3, 7]),
            ExtendedUsage::TimeStamping => E::TimeStamping,
            ExtendedUsage::OcspSigning => E::OcspSigning,
        }
    }
}

/// cfssl's usage names, in the order `ctl` lists them.
pub const USAGE_NAMES: &[(&str, Usage)] = {
    use ExtendedUsage as X;
    use KeyUsagePurpose as K;
    &[
        ("signing", Usage::Key(K::DigitalSignature)),
        ("digital signature", Usage::Key(K::DigitalSignature)),
        ("content commitment", Usage::Key(K::ContentCommitment)),
        ("key encipherment", Usage::Key(K::KeyEncipherment)),
        ("key agreement", Usage::Key(K::KeyAgreement)),
        ("data encipherment", Usage::Key(K::DataEncipherment)),
        ("cert sign", Usage::Key(K::KeyCertSign)),
        ("crl sign", Usage::Key(K::CrlSign)),
        ("encipher only", Usage::Key(K::EncipherOnly)),
        ("decipher only", Usage::Key(K::DecipherOnly)),
        ("any", Usage::Extended(X::Any)),
        ("server auth", Usage::Extended(X::ServerAuth)),
        ("client auth", Usage::Extended(X::ClientAuth)),
        ("code signing", Usage::Extended(X::CodeSigning)),
        ("email protection", Usage::Extended(X::EmailProtection)),
        ("s/mime", Usage::Extended(X::EmailProtection)),
        ("ipsec end system", Usage::Extended(X::IpsecEndSystem)),
        ("ipsec tunnel", Usage::Extended(X::IpsecTunnel)),
        ("ipsec user", Usage::Extended(X::IpsecUser)),
        ("timestamping", Usage::Extended(X::TimeStamping)),
        ("ocsp signing", Usage::Extended(X::OcspSigning)),
    ]
};

impl Usage {
    pub fn parse(name: &str) -> Option<Usage> {
        let name = name.trim();
        USAGE_NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, u)| *u)
    }
}

/// A profile's CA constraint: whether certificates it signs are (intermediate) CAs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaConstraint {
    pub is_ca: bool,
    pub max_path_len: i64,
    pub max_path_len_zero: bool,
}

/// One signing profile, resolved and validated.
#[derive(Debug, Clone)]
pub struct Profile {
    pub usages: Vec<Usage>,
    pub expiry: Duration,
    pub backdate: Duration,
    pub ca_constraint: CaConstraint,
    pub not_before: Option<OffsetDateTime>,
    pub not_after: Option<OffsetDateTime>,
    pub name_whitelist: Option<regex::Regex>,
    pub crl_url: Option<String>,
}

impl Default for Profile {
    /// cfssl's profile when no configuration is given.
    fn default() -> Self {
        use ExtendedUsage as X;
        use KeyUsagePurpose as K;
        Profile {
            usages: vec![
                Usage::Key(K::DigitalSignature),
                Usage::Key(K::KeyEncipherment),
                Usage::Extended(X::ServerAuth),
                Usage::Extended(X::ClientAuth),
            ],
            expiry: DEFAULT_EXPIRY,
            backdate: DEFAULT_BACKDATE,
            ca_constraint: CaConstraint::default(),
            not_before: None,
            not_after: None,
            name_whitelist: None,
            crl_url: None,
        }
    }
}

impl Profile {
    pub fn has(&self, usage: ExtendedUsage) -> bool {
        self.usages.contains(&Usage::Extended(usage))
    }
}

/// A signing configuration: the default profile and the named ones.
#[derive(Debug, Clone, Default)]
pub struct SigningConfig {
    pub default: Profile,
    pub profiles: BTreeMap<String, Profile>,
}

impl SigningConfig {
    /// The profile called `name`, or the default one when no name is given. Unlike cfssl, an
    /// unknown name is an error rather than a silent fall-back to the default.
    pub fn profile(&self, name: Option<&str>, origin: &str) -> Result<&Profile> {
        let Some(name) = name else {
            return Ok(&self.default);
        };
        self.profiles.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
            Error::new(
                format!("{origin} has no profile \"{name}\""),
                if known.is_empty() {
                    "the file defines no profiles: add one under signing.profiles, or leave out --profile".to_string()
                } else {
                    format!("use one of: {}", known.join(", "))
                },
            )
        })
    }
}

/// Fields of a cfssl profile that ctl reads.
const PROFILE_FIELDS: &[&str] = &[
    "usages",
    "expiry",
    "backdate",
    "ca_constraint",
    "not_before",
    "not_after",
    "name_whitelist",
    "crl_url",
];
/// Fields cfssl knows that have no meaning for a local signer like ctl.
const CFSSL_ONLY_PROFILE_FIELDS: &[&str] = &[
    "issuer_urls",
    "ocsp_url",
    "ocsp_no_check",
    "auth_key",
    "remote",
    "auth_remote",
    "copy_extensions",
    "allowed_extensions",
    "policies",
    "lint_error_level",
    "ignored_lints",
    "cert_store",
    "expiry_string",
];

#[derive(Deserialize, Default)]
struct RawProfile {
    #[serde(default)]
    usages: Vec<String>,
    expiry: Option<String>,
    backdate: Option<String>,
    #[serde(default)]
    ca_constraint: RawCaConstraint,
    not_before: Option<String>,
    not_after: Option<String>,
    name_whitelist: Option<String>,
    crl_url: Option<String>,
}

#[derive(Deserialize, Default)]
struct RawCaConstraint {
    #[serde(default)]
    is_ca: bool,
    #[serde(default)]
    max_path_len: i64,
    #[serde(default)]
    max_path_len_zero: bool,
}

/// Reads a signing configuration file (JSON or YAML).
pub fn load(path: &Path, warnings: &mut Warnings) -> Result<SigningConfig> {
    let origin = path.display().to_string();
    let text = input::read_text(path)?;
    let value = input::parse(&origin, &text)?;
    from_value(value, &origin, warnings)
}

/// Reads a signing configuration: either a whole cfssl config (`{"signing": …}`) or, inside a
/// `ctl pki init` profile, just the `signing` section's content.
pub fn from_value(
    mut value: Value,
    origin: &str,
    warnings: &mut Warnings,
) -> Result<SigningConfig> {
    let top = as_object(&mut value, origin, "")?;
    let signing_path;
    let signing = if top.keys().any(|k| k.eq_ignore_ascii_case("signing")) {
        canonical_keys(
            top,
            &["signing", "auth_keys", "remotes"],
            origin,
            "",
            warnings,
        );
        for cfssl_only in ["auth_keys", "remotes"] {
            if top.remove(cfssl_only).is_some() {
                warnings.push(format!(
                    "{origin}: \"{cfssl_only}\" is for cfssl's remote signing and is ignored by ctl"
                ));
            }
        }
        signing_path = "signing";
        top.get_mut("signing").expect("checked above")
    } else {
        signing_path = "";
        &mut value
    };
    let signing = as_object(signing, origin, signing_path)?;
    canonical_keys(
        signing,
        &["default", "profiles"],
        origin,
        signing_path,
        warnings,
    );

    let default_path = join_path(signing_path, "default");
    let default_raw = match signing.remove("default") {
        Some(v) => raw_profile(v, origin, &default_path, warnings)?,
        None => RawProfile::default(),
    };
    let base = Profile::default();
    let default = resolve(default_raw, &base, origin, &default_path)?;

    let mut profiles = BTreeMap::new();
    if let Some(mut raw_profiles) = signing.remove("profiles") {
        let profiles_path = join_path(signing_path, "profiles");
        let map = as_object(&mut raw_profiles, origin, &profiles_path)?;
        for (name, raw) in std::mem::take(map) {
            let path = join_path(&profiles_path, &name);
            let raw = raw_profile(raw, origin, &path, warnings)?;
            profiles.insert(name, resolve(raw, &default, origin, &path)?);
        }
    }
    Ok(SigningConfig { default, profiles })
}

fn raw_profile(
    mut value: Value,
    origin: &str,
    path: &str,
    warnings: &mut Warnings,
) -> Result<RawProfile> {
    let object = as_object(&mut value, origin, path)?;
    let mut known: Vec<&str> = PROFILE_FIELDS.to_vec();
    known.extend_from_slice(CFSSL_ONLY_PROFILE_FIELDS);
    canonical_keys(object, &known, origin, path, warnings);
    for field in CFSSL_ONLY_PROFILE_FIELDS {
        if object.remove(*field).is_some() {
            warnings.push(format!(
                "{origin}: \"{}\" is a cfssl feature ctl does not implement; it is ignored",
                join_path(path, field)
            ));
        }
    }
    if let Some(constraint) = object.get_mut("ca_constraint") {
        let constraint_path = join_path(path, "ca_constraint");
        let constraint = as_object(constraint, origin, &constraint_path)?;
        canonical_keys(
            constraint,
            &["is_ca", "max_path_len", "max_path_len_zero"],
            origin,
            &constraint_path,
            warnings,
        );
    }
    input::typed(value, &format!("{origin} ({path})"))
}

/// Turns a raw profile into a checked one; fields it leaves out come from `fallback`.
fn resolve(raw: RawProfile, fallback: &Profile, origin: &str, path: &str) -> Result<Profile> {
    let field_error = |field: &str, problem: String, hint: &str| {
        Error::new(
            format!("{origin}: \"{}\": {problem}", join_path(path, field)),
            hint.to_string(),
        )
    };
    let mut usages = Vec::new();
    for name in &raw.usages {
        let usage = Usage::parse(name).ok_or_else(|| {
            let valid: Vec<&str> = USAGE_NAMES.iter().map(|(n, _)| *n).collect();
            field_error(
                "usages",
                format!("unknown usage \"{name}\""),
                &format!("valid usages: {}", valid.join(", ")),
            )
        })?;
        if !usages.contains(&usage) {
            usages.push(usage);
        }
    }
    if raw.usages.is_empty() {
        usages = fallback.usages.clone();
    }
    let duration = |field: &str, text: &Option<String>, default: Duration| -> Result<Duration> {
        match text {
            None => Ok(default),
            Some(t) => parse_go_duration(t).map_err(|problem| {
                field_error(
                    field,
                    problem,
                    "write a Go duration such as \"43800h\" (5 years) or \"8760h\" (1 year)",
                )
            }),
        }
    };
    let expiry = duration("expiry", &raw.expiry, fallback.expiry)?;
    if expiry.is_zero() {
        return Err(field_error(
            "expiry",
            "is zero".into(),
            "write a lifetime such as \"8760h\"",
        ));
    }
    let backdate = duration("backdate", &raw.backdate, fallback.backdate)?;
    let timestamp = |field: &str, text: &Option<String>| -> Result<Option<OffsetDateTime>> {
        text.as_deref()
            .map(|t| {
                OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).map_err(
                    |e| {
                        field_error(
                            field,
                            format!("\"{t}\" is not a timestamp ({e})"),
                            "write an RFC 3339 time such as \"2030-01-01T00:00:00Z\"",
                        )
                    },
                )
            })
            .transpose()
    };
    let not_before = timestamp("not_before", &raw.not_before)?;
    let not_after = timestamp("not_after", &raw.not_after)?;
    if let (Some(b), Some(a)) = (not_before, not_after) {
        if a <= b {
            return Err(field_error(
                "not_after",
                "is not after not_before".into(),
                "swap or correct the two times",
            ));
        }
    }
    let name_whitelist = raw
        .name_whitelist
        .as_deref()
        .map(|pattern| {
            regex::Regex::new(pattern).map_err(|e| {
                field_error(
                    "name_whitelist",
                    format!(
                        "is not a valid regular expression: {}",
                        e.to_string().lines().last().unwrap_or("")
                    ),
                    "write a regular expression such as \"^(.*\\\\.)?example\\\\.com$\"",
                )
            })
        })
        .transpose()?;
    let ca = raw.ca_constraint;
    if ca.max_path_len < 0 && ca.is_ca {
        return Err(field_error(
            "ca_constraint.max_path_len",
            "is negative".into(),
            "use 0 or more",
        ));
    }
    Ok(Profile {
        usages,
        expiry,
        backdate,
        ca_constraint: CaConstraint {
            is_ca: ca.is_ca,
            max_path_len: ca.max_path_len,
            max_path_len_zero: ca.max_path_len_zero,
        },
        not_before,
        not_after,
        name_whitelist,
        crl_url: raw.crl_url.or_else(|| fallback.crl_url.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(text: &str) -> (Result<SigningConfig>, Vec<String>) {
        let mut warnings = Warnings::default();
        let value = input::parse("ca-config.json", text).unwrap();
        (
            from_value(value, "ca-config.json", &mut warnings),
            warnings.0,
        )
    }

    #[test]
    fn seed_profiles_load_with_their_usages() {
        let (config, warnings) = load_str(
            r#"{"signing":{"default":{"expiry":"43800h"},"profiles":{
                "peer":{"expiry":"43800h","usages":["signing","key encipherment","server auth","client auth"]},
                "client":{"Expiry":"1h","USAGES":["signing","client auth"]}}}}"#,
        );
        let config = config.unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let peer = config.profile(Some("peer"), "c").unwrap();
        assert!(peer.has(ExtendedUsage::ServerAuth) && peer.has(ExtendedUsage::ClientAuth));
        assert_eq!(peer.expiry, Duration::from_secs(43800 * 3600));
        let client = config.profile(Some("client"), "c").unwrap();
        assert_eq!(client.expiry, Duration::from_secs(3600));
        assert!(!client.has(ExtendedUsage::ServerAuth));
    }

    #[test]
    fn unknown_usage_lists_the_valid_ones() {
        let (config, _) = load_str(r#"{"signing":{"default":{"usages":["server auht"]}}}"#);
        let err = config.unwrap_err();
        assert!(
            err.cause.contains("unknown usage \"server auht\""),
            "{err:?}"
        );
        assert!(err.hint.contains("server auth") && err.hint.contains("cert sign"));
    }

    #[test]
    fn unknown_profile_is_an_error_not_a_fallback() {
        let (config, _) = load_str(r#"{"signing":{"profiles":{"server":{}}}}"#);
        let err = config
            .unwrap()
            .profile(Some("sever"), "ca-config.json")
            .unwrap_err();
        assert_eq!(err.cause, "ca-config.json has no profile \"sever\"");
        assert_eq!(err.hint, "use one of: server");
    }

    #[test]
    fn profiles_inherit_the_default_expiry_and_unknown_fields_warn() {
        let (config, warnings) = load_str(
            r#"{"signing":{"default":{"expiry":"2h"},"profiles":{"a":{"expirey":"1h","ocsp_url":"x"}}}}"#,
        );
        assert_eq!(
            config.unwrap().profiles["a"].expiry,
            Duration::from_secs(7200)
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("signing.profiles.a.expirey"));
    }
}
