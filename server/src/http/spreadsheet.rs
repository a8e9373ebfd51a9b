//! CSV cells safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or
//! a carriage return would be read as a formula (CSV injection), so it is written with a leading
//! apostrophe, which spreadsheets show as text. Every CSV export writes its rows through
//! [`row`].

use std::borrow::Cow;

use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::AppError;

/// The CSV `out` holds, as a download named `filename`.
pub fn download(out: csv::Writer<Vec<u8>>, filename: &str) -> Result<Response, AppError> {
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        Body::from(bytes),
    )
        .into_response())
}

/// `text` as a cell no spreadsheet runs as a formula.
pub fn cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A row of cells, each made safe by [`cell`].
pub fn row<I, S>(cells: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    cells
        .into_iter()
        .map(|c| cell(c.as_ref()).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_start_like_a_formula_are_written_as_text() {
        for risky in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(risky), format!("'{risky}"));
        }
        for plain in ["Dhaka", "12500", "", "a=b", "ধন্যবাদ"] {
            assert_eq!(cell(plain), plain);
        }
    }
}
