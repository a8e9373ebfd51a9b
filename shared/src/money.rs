//! Money: integer minor units of a currency, the one way amounts are kept, read and shown by
//! the engine, REST, the field app and the console.
//!
//! Amounts are never floating point. A fund round has its currency; an application, its budget
//! lines, decisions and tranches are in their round's currency. Every currency the hub uses has
//! two minor digits (cents, paisa, laari...), as ISO 4217 gives them for USD, EUR, BDT, INR, LKR,
//! MVR and PKR.

use std::fmt;

/// An ISO 4217 currency code: three capital letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The fund's currency when nothing names another: what rounds are set up in by default.
    pub const DEFAULT: Currency = Currency(*b"USD");

    /// The currencies the console offers for a fund round, the default first: US dollars, euros,
    /// and the currencies of the region's countries.
    pub const OFFERED: [Currency; 7] = [
        Currency(*b"USD"),
        Currency(*b"EUR"),
        Currency(*b"BDT"),
        Currency(*b"INR"),
        Currency(*b"LKR"),
        Currency(*b"MVR"),
        Currency(*b"PKR"),
    ];

    /// A currency from its code, `None` unless it is three capital letters.
    pub fn parse(code: &str) -> Option<Self> {
        let [a, b, c] = code.as_bytes() else {
            return None;
        };
        let letters = [*a, *b, *c];
        letters
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Self(letters))
    }

    pub fn as_str(&self) -> &str {
        // Three ASCII capitals, by construction.
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }
}

/// On the wire a currency is its code.
impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount: minor units of a currency. Serialized as `{minor, currency}` where it is handed
/// to a page to write in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// The amount without its currency, with thousands separators and two decimals:
    /// `12,500.00` (for a form field, or a table under a heading that names the currency).
    pub fn amount_text(&self) -> String {
        amount_text(self.minor)
    }

    /// Reads an amount as people type it into a form, in `currency`: digits with optional
    /// thousands separators (`,` or spaces), at most two decimals, and an optional currency
    /// sign or code around it. Nothing negative, nothing that overflows.
    pub fn parse(text: &str, currency: Currency) -> Option<Self> {
        let text = text.trim();
        let text = text
            .strip_prefix(currency.as_str())
            .unwrap_or(text)
            .trim_start();
        let cleaned: String = text
            .trim_start_matches(['$', '৳', '₹', '₨'])
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '_'))
            .collect();
        if cleaned.is_empty() {
            return Some(Self::new(0, currency));
        }
        let (whole, fraction) = match cleaned.split_once('.') {
            Some((whole, fraction)) => (whole, fraction),
            None => (cleaned.as_str(), ""),
        };
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || fraction.len() > 2 {
            return None;
        }
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let fraction: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().ok()? * 10,
            _ => fraction.parse().ok()?,
        };
        let minor = whole.checked_mul(100)?.checked_add(fraction)?;
        Some(Self::new(minor, currency))
    }
}

/// The amount and its currency, as people read it: `USD 12,500.00`.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.amount_text())
    }
}

/// `minor` units as an amount with thousands separators and two decimals, `12,500.00`, for a
/// sentence that is about one known currency.
pub fn amount_text(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let whole = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}.{:02}", abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_shown_with_their_currency_separators_and_two_decimals() {
        let usd = Currency::DEFAULT;
        assert_eq!(Money::new(1_250_000, usd).to_string(), "USD 12,500.00");
        assert_eq!(Money::new(5, usd).amount_text(), "0.05");
        assert_eq!(Money::new(123_456_789, usd).amount_text(), "1,234,567.89");
        let taka = Currency::parse("BDT").expect("a code");
        assert_eq!(Money::new(-99, taka).to_string(), "BDT -0.99");
    }

    #[test]
    fn amounts_are_read_as_people_type_them() {
        let usd = Currency::DEFAULT;
        let read = |text: &str| Money::parse(text, usd).map(|m| m.minor);
        assert_eq!(read("1250"), Some(125_000));
        assert_eq!(read("1,250.5"), Some(125_050));
        assert_eq!(read(" $ 12 500.00 "), Some(1_250_000));
        assert_eq!(read("USD 0.05"), Some(5));
        assert_eq!(read(".5"), Some(50));
        assert_eq!(read(""), Some(0));
        for bad in ["12.345", "-5", "ten", ".", "99999999999999999999"] {
            assert_eq!(read(bad), None, "{bad}");
        }
        let taka = Currency::parse("BDT").expect("a code");
        assert_eq!(
            Money::parse("৳ 1,000", taka).map(|m| m.minor),
            Some(100_000)
        );
    }

    #[test]
    fn only_three_letters_make_a_currency() {
        for bad in ["US", "USDT", "U$D", "", "12A", "usd", " INR "] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Currency::parse("INR").map(|c| c.to_string()),
            Some("INR".into())
        );
    }
}
