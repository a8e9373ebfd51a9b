//! Signed-in devices: the name a person gives one (or one from what it is), and its platform as read from a browser's
//! user agent (a fixed code, so no free text from the client is stored as the platform).

/// The longest device name, in characters.
pub const NAME_MAX: usize = 60;

/// The name a device of no known platform gets when none is given.
pub const UNNAMED: &str = "Unnamed device";

/// The name a device gets when none is given: what it is, from its `platform`.
pub fn default_name(platform: &str) -> &'static str {
    match platform {
        "android" => "Android phone",
        "ios" => "iPhone or iPad",
        "windows" => "Windows computer",
        "macos" => "Mac",
        "linux" => "Linux computer",
        _ => UNNAMED,
    }
}

/// A device name, trimmed; `None` or blank gives [`default_name`] of its `platform`. Refused
/// when too long or holding control characters, with the reason.
pub fn name(given: Option<&str>, platform: &str) -> Result<String, String> {
    let Some(text) = given.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(default_name(platform).to_string());
    };
    if text.chars().count() > NAME_MAX {
        return Err(format!("device_name must be at most {NAME_MAX} characters"));
    }
    if text.chars().any(char::is_control) {
        return Err("device_name must not contain control characters".into());
    }
    Ok(text.to_string())
}

/// The platform a user agent names: `android`, `ios`, `windows`, `macos`, `linux` or `other`.
pub fn platform(user_agent: &str) -> &'static str {
    // Order matters: Android agents also say Linux, iOS agents also say "like Mac OS X".
    let ua = user_agent.to_ascii_lowercase();
    if ua.contains("android") {
        "android"
    } else if ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod") {
        "ios"
    } else if ua.contains("windows") {
        "windows"
    } else if ua.contains("mac os x") || ua.contains("macintosh") {
        "macos"
    } else if ua.contains("linux") || ua.contains("cros") {
        "linux"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_defaulted_and_bounded() {
        assert_eq!(name(None, "other").as_deref(), Ok(UNNAMED));
        assert_eq!(name(None, "android").as_deref(), Ok("Android phone"));
        assert_eq!(name(Some("   "), "ios").as_deref(), Ok("iPhone or iPad"));
        assert_eq!(
            name(Some("  Office laptop "), "windows").as_deref(),
            Ok("Office laptop")
        );
        assert_eq!(name(Some("ফোন"), "android").as_deref(), Ok("ফোন"));
        assert!(name(Some(&"x".repeat(61)), "other").is_err());
        assert!(name(Some("a\u{0007}b"), "other").is_err());
    }

    #[test]
    fn platforms_are_read_from_common_user_agents() {
        let android =
            "Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 Chrome/120 Mobile";
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15";
        let windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120";
        let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15";
        let linux = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/156";
        assert_eq!(platform(android), "android");
        assert_eq!(platform(iphone), "ios");
        assert_eq!(platform(windows), "windows");
        assert_eq!(platform(mac), "macos");
        assert_eq!(platform(linux), "linux");
        assert_eq!(platform("curl/8.0"), "other");
        assert_eq!(platform(""), "other");
    }
}
