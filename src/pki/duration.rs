//! Go's duration syntax ("43800h", "1h30m", "1.5h", "90s"), which cfssl profiles use.

use std::time::Duration;

/// A Go duration, or a whole number of days as `30d` (what operators write for certificates).
pub fn parse_lifetime(text: &str) -> Result<Duration, String> {
    match text.trim().strip_suffix('d').map(str::parse::<u64>) {
        Some(Ok(days)) => Ok(Duration::from_secs(days * 86400)),
        _ => parse_go_duration(text),
    }
}

/// Parses a Go duration string. Negative durations are refused: no certificate lifetime is
/// negative.
pub fn parse_go_duration(text: &str) -> Result<Duration, String> {
    let s = text.trim();
    if s.is_empty() {
        return Err("an empty duration".into());
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    if s.starts_with('-') {
        return Err(format!("\"{text}\" is negative"));
    }
    if s == "0" {
        return Ok(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(|| format!("\"{text}\" lacks a unit (use h, m, s, ms, us or ns)"))?;
        if number_len == 0 {
            return Err(format!(
                "\"{text}\" is not a duration like \"8760h\" or \"1h30m\""
            ));
        }
        let number: f64 = rest[..number_len]
            .parse()
            .map_err(|_| format!("\"{text}\" has a malformed number"))?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let seconds_per_unit = match &rest[..unit_len] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" | "μs" => 1e-6,
            "ns" => 1e-9,
            unit => {
                return Err(format!(
                    "\"{text}\" has the unknown unit \"{unit}\" (use h, m, s, ms, us or ns; days are written as hours, e.g. 8760h for a year)"
                ))
            }
        };
        total += number * seconds_per_unit;
        rest = &rest[unit_len..];
    }
    if !total.is_finite() || total > 1e12 {
        return Err(format!("\"{text}\" is too long"));
    }
    Ok(Duration::from_secs_f64(total))
}

/// Formats a duration as Go would for whole hours, minutes and seconds ("43800h", "1h30m").
pub fn format_go_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out += &format!("{h}h");
    }
    if m > 0 {
        out += &format!("{m}m");
    }
    if s > 0 || out.is_empty() {
        out += &format!("{s}s");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_cfssl_profiles_contain() {
        assert_eq!(
            parse_go_duration("43800h").unwrap(),
            Duration::from_secs(43800 * 3600)
        );
        assert_eq!(
            parse_go_duration("1h30m").unwrap(),
            Duration::from_secs(5400)
        );
        assert_eq!(
            parse_go_duration("1.5h").unwrap(),
            Duration::from_secs(5400)
        );
        assert_eq!(
            parse_go_duration("8760h0m0s").unwrap(),
            Duration::from_secs(8760 * 3600)
        );
        assert_eq!(
            parse_go_duration("300ms").unwrap(),
            Duration::from_millis(300)
        );
        assert_eq!(parse_go_duration("0").unwrap(), Duration::ZERO);
    }

    #[test]
    fn refuses_what_go_refuses() {
        for bad in ["", "10", "1y", "1d", "h", "-1h", "1..5h"] {
            assert!(parse_go_duration(bad).is_err(), "{bad} should fail");
        }
        assert!(parse_go_duration("365d").unwrap_err().contains("8760h"));
    }

    #[test]
    fn formats_round_trip() {
        for text in ["43800h", "1h30m", "90s", "5m"] {
            let d = parse_go_duration(text).unwrap();
            assert_eq!(format_go_duration(d), text.replace("90s", "1m30s"));
        }
    }
}
