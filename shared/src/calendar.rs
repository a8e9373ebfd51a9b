//! Calendar periods of a time, in UTC: the month feedback is reported by, and the quarter a
//! city's needs assessment belongs to.

/// The civil date (year, month 1-12, day) of `ms` since the Unix epoch, in UTC (proleptic
/// Gregorian, after Howard Hinnant's published days-to-civil method).
fn civil(ms: i64) -> (i64, i64, i64) {
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM` of a time in ms since the epoch, in UTC.
pub fn month_of(ms: i64) -> String {
    let (year, month, _) = civil(ms);
    format!("{year:04}-{month:02}")
}

/// `YYYY-Qn` of a time in ms since the epoch, in UTC.
pub fn quarter_of(ms: i64) -> String {
    let (year, month, _) = civil(ms);
    format!("{year:04}-Q{}", (month - 1) / 3 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters_are_read_in_utc() {
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(civil(0), (1970, 1, 1));
        // 2026-12-07 and 2027-01-01 00:00 UTC.
        assert_eq!(month_of(1_796_601_600_000), "2026-12");
        assert_eq!(month_of(1_798_761_600_000), "2027-01");
        assert_eq!(month_of(1_798_761_599_999), "2026-12");
        assert_eq!(civil(1_796_601_600_000), (2026, 12, 7));
        assert_eq!(quarter_of(1_798_761_599_999), "2026-Q4");
        assert_eq!(quarter_of(1_798_761_600_000), "2027-Q1");
        // 2024-02-29 is in the first quarter; 2024-07-01 in the third.
        assert_eq!(quarter_of(1_709_164_800_000), "2024-Q1");
        assert_eq!(quarter_of(1_719_792_000_000), "2024-Q3");
    }
}
