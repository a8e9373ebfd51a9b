//! The language an answer is worded in: the request's `Accept-Language` (the apps set it to the
//! person's language), read once by [`in_language`] for the whole request, and the server's
//! words in it ([`words`], [`say`], [`csv_header`]) from the catalogues of `locales/`.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use fluent_bundle::FluentArgs;

use crate::error::Message;
use crate::i18n;

tokio::task_local! {
    /// The language the request being answered asked for.
    static LANGUAGE: &'static str;
}

/// Middleware: answers the request in the language its `Accept-Language` asks for (when the
/// build has it; English otherwise).
pub async fn in_language(request: Request, next: Next) -> Response {
    let asked = request
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let tag = i18n::negotiate(None, asked);
    LANGUAGE.scope(tag, next.run(request)).await
}

/// The language of the request being answered (English outside one).
pub fn current() -> &'static str {
    LANGUAGE.try_with(|tag| *tag).unwrap_or(i18n::FALLBACK)
}

/// Message `id` in the language of the request being answered.
pub fn words(id: &str, args: Option<&FluentArgs>) -> String {
    i18n::text(current(), id, args)
}

/// A service's message in the request's language (English text stays English: it is for
/// programs).
pub fn say(message: &Message) -> String {
    match message {
        Message::Text(text) => text.clone(),
        Message::Catalogue { id, args } => i18n::format(current(), id, args),
    }
}

/// A CSV export's header row in the request's language: column `c` is message `csv-<c>` (in
/// English the column's code itself, which formulas and scripts rely on). Computed in the
/// handler: the export's rows are written by a task of their own, outside the request.
pub fn csv_header(columns: &[&str]) -> Vec<String> {
    columns
        .iter()
        .map(|column| words(&format!("csv-{column}"), None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_of_every_export_has_words_and_english_keeps_the_codes() {
        let exports: [&[&str]; 3] = [
            &crate::store::reports::EXPORT_HEADER,
            &super::super::audit::CSV_HEADER,
            &super::super::fund::LEDGER_HEADER,
        ];
        for columns in exports {
            for column in columns {
                let id = format!("csv-{column}");
                assert!(i18n::has("en", &id), "{id} is not in locales/en/server.ftl");
            }
            assert_eq!(
                csv_header(columns),
                columns.to_vec(),
                "outside a request: English"
            );
        }
    }
}
