//! Reading the JSON and YAML documents operators hand to ctl (cfssl profiles, CSRs, cluster
//! descriptions): precise syntax errors with file:line:column, cfssl's case-insensitive field
//! names, and warnings for fields ctl does not know.

use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The two document syntaxes ctl reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Yaml,
}

impl Syntax {
    /// JSON for `.json`, YAML for `.yaml`/`.yml`; otherwise guessed from the first character.
    pub fn detect(origin: &str, text: &str) -> Syntax {
        let lower = origin.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Syntax::Json
        } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            Syntax::Yaml
        } else if text.trim_start().starts_with(['{', '[']) {
            Syntax::Json
        } else {
            Syntax::Yaml
        }
    }
}

/// Reads a whole file as text; `-` reads standard input.
pub fn read_text(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("read", Path::new("standard input"), &e))?;
        return Ok(text);
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, &e))?;
    String::from_utf8(bytes).map_err(|_| {
        Error::new(
            format!("{} is not UTF-8 text", path.display()),
            "pass a JSON or YAML text file",
        )
    })
}

/// Parses `text` (named `origin` in messages) into a JSON value.
pub fn parse(origin: &str, text: &str) -> Result<Value> {
    match Syntax::detect(origin, text) {
        Syntax::Json => serde_json::from_str(text).map_err(|e| json_error(origin, text, &e)),
        Syntax::Yaml => {
            if text.trim().is_empty() {
                return Err(Error::new(
                    format!("{origin} is empty"),
                    "write the document into the file, or pass another file",
                ));
            }
            serde_yaml::from_str(text).map_err(|e| yaml_error(origin, &e))
        }
    }
}

fn json_error(origin: &str, text: &str, err: &serde_json::Error) -> Error {
    let (line, column) = (err.line(), err.column());
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let here = format!("{origin}:{line}:{column}");
    let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    if message.contains("expected `:`") {
        // The seed's published profiles lost their colons: "expiry""43800h".
        let (before, after) = split_at_column(line_text, column);
        let key = last_string_literal(before);
        let value = after.trim_start().trim_end_matches(',').trim();
        if let Some(key) = key {
            return Error::new(
                format!("{here}: missing ':' after the key \"{key}\""),
                format!("write \"{key}\": {value} (a colon between key and value)"),
            );
        }
        return Error::new(
            format!("{here}: missing ':' between a key and its value"),
            "write \"key\": value",
        );
    }
    if message.starts_with("trailing comma") {
        return Error::new(
            format!("{here}: trailing comma"),
            "JSON allows no ',' before a closing '}' or ']': remove it",
        );
    }
    if message.starts_with("EOF while parsing") {
        return Error::new(
            format!("{here}: the document ends early ({message})"),
            "a closing '}' or ']' or a closing quote is missing",
        );
    }
    if message.starts_with("expected `,` or `}`") || message.starts_with("expected `,` or `]`") {
        return Error::new(
            format!("{here}: {}", message.replace('`', "'")),
            "a ',' is missing between two entries",
        );
    }
    Error::new(
        format!("{here}: {}", message.replace('`', "'")),
        "fix the JSON at that spot (quotes, commas, colons), or write the file as YAML",
    )
}

/// Splits a line at a 1-based column counted in characters, leaving the character at the
/// column in the second half.
fn split_at_column(line: &str, column: usize) -> (&str, &str) {
    let at = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(line.len());
    line.split_at(at)
}

/// The content of the last complete "string literal" in `text`.
fn last_string_literal(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let body = text.strip_suffix('"')?;
    let start = body.rfind('"')?;
    Some(&body[start + 1..])
}

fn yaml_error(origin: &str, err: &serde_yaml::Error) -> Error {
    let message = err.to_string();
    let message = match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    let here = match err.location() {
        Some(loc) => format!("{origin}:{}:{}", loc.line(), loc.column()),
        None => origin.to_string(),
    };
    Error::new(
        format!("{here}: {message}"),
        "fix the YAML at that spot (indentation, ': ' after keys, quoting), or write the file as JSON",
    )
}

/// Collects warnings about a document while it is read.
#[derive(Debug, Default)]
pub struct Warnings(pub Vec<String>);

impl Warnings {
    pub fn push(&mut self, warning: impl Into<String>) {
        self.0.push(warning.into());
    }
}

/// Renames the keys of `object` that match one of `known` case-insensitively (as cfssl's Go
/// JSON decoding does) to that spelling, and removes the others with a warning naming them.
pub fn canonical_keys(
    object: &mut Map<String, Value>,
    known: &[&str],
    origin: &str,
    path: &str,
    warnings: &mut Warnings,
) {
    let keys: Vec<String> = object.keys().cloned().collect();
    for key in keys {
        if known.contains(&key.as_str()) {
            continue;
        }
        let value = object.remove(&key).expect("key listed from the map");
        match known.iter().find(|k| k.eq_ignore_ascii_case(&key)) {
            Some(canonical) if !object.contains_key(*canonical) => {
                object.insert(canonical.to_string(), value);
            }
            _ => {
                let field = join_path(path, &key);
                let suggestion = closest(&key, known)
                    .map(|k| format!("; did you mean \"{k}\"?"))
                    .unwrap_or_default();
                warnings.push(format!(
                    "{origin}: unknown field \"{field}\" is ignored{suggestion} (known: {})",
                    known.join(", ")
                ));
            }
        }
    }
}

/// `a.b` paths for messages.
pub fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(&word, &c.to_ascii_lowercase()), *c))
        .filter(|(distance, c)| *distance <= 2.max(c.len() / 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// The object at `value`, or an error naming the field that should have been one.
pub fn as_object<'v>(
    value: &'v mut Value,
    origin: &str,
    path: &str,
) -> Result<&'v mut Map<String, Value>> {
    let kind = kind_of(value);
    value.as_object_mut().ok_or_else(|| {
        let what = if path.is_empty() {
            "the document".to_string()
        } else {
            format!("\"{path}\"")
        };
        Error::new(
            format!("{origin}: {what} must be an object (with fields), not {kind}"),
            "compare with `ctl pki print-defaults` for the expected layout",
        )
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Deserializes a normalized value into `T`, naming the offending field on a type mismatch.
pub fn typed<T: DeserializeOwned>(value: Value, origin: &str) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let at = if path == "." {
            String::new()
        } else {
            format!(" \"{path}\"")
        };
        Error::new(
            format!("{origin}: field{at}: {inner}"),
            "compare with `ctl pki print-defaults` for the expected types",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_colon_names_the_key_and_the_fix() {
        let text = "{\n    \"signing\": {\n        \"default\": {\n            \"expiry\"\"43800h\"\n        }\n    }\n}\n";
        let err = parse("ca-config.json", text).unwrap_err();
        assert_eq!(
            err.cause,
            "ca-config.json:4:21: missing ':' after the key \"expiry\""
        );
        assert_eq!(
            err.hint,
            "write \"expiry\": \"43800h\" (a colon between key and value)"
        );
    }

    #[test]
    fn trailing_comma_is_explained() {
        let err = parse("x.json", "{\"a\": 1,}").unwrap_err();
        assert!(
            err.cause.starts_with("x.json:1:9: trailing comma"),
            "{err:?}"
        );
    }

    #[test]
    fn yaml_errors_carry_a_position() {
        let err = parse("x.yaml", "a: [1, 2\nb: 3\n").unwrap_err();
        assert!(err.cause.starts_with("x.yaml:"), "{err:?}");
        assert!(err.cause.split(':').nth(1).unwrap().parse::<u32>().is_ok());
    }

    #[test]
    fn keys_match_case_insensitively_and_unknown_ones_warn() {
        let mut value: Value =
            serde_json::from_str(r#"{"Expiry": "1h", "usages": [], "expirry": "2h"}"#).unwrap();
        let mut warnings = Warnings::default();
        let object = as_object(&mut value, "c.json", "").unwrap();
        canonical_keys(
            object,
            &["expiry", "usages"],
            "c.json",
            "signing.default",
            &mut warnings,
        );
        assert_eq!(object.get("expiry"), Some(&Value::from("1h")));
        assert!(!object.contains_key("expirry"));
        assert_eq!(warnings.0.len(), 1);
        assert!(
            warnings.0[0].contains("\"signing.default.expirry\"")
                && warnings.0[0].contains("did you mean \"expiry\""),
            "{:?}",
            warnings.0
        );
    }
}
