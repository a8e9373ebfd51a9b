//! Shortening text people wrote, for a list row or a preview: cut between user-perceived
//! characters (extended grapheme clusters), never inside one, so a Devanagari or Sinhala
//! conjunct, a Thaana vowel sign or an emoji sequence is kept whole or left out whole. And what
//! a search of a few words matches ([`all_words_found`]), the same in every list searched.

use unicode_segmentation::UnicodeSegmentation;

/// `text` on one line (runs of whitespace, line breaks included, become one space), cut to at
/// most `max` user-perceived characters; a cut text ends with an ellipsis, within `max`.
pub fn preview(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.graphemes(true).count() <= max {
        return line;
    }
    let mut kept: Vec<&str> = line.graphemes(true).take(max.saturating_sub(1)).collect();
    // A cluster ending in a virama or a zero-width joiner begins a conjunct with the next one
    // (Sinhala ශ්‍රී is two clusters by Unicode's rules, one letter to its reader): it goes too.
    while kept.last().is_some_and(|g| g.ends_with(JOINS_NEXT)) {
        kept.pop();
    }
    format!("{}…", kept.concat().trim_end())
}

/// What makes a cluster join the next into a conjunct: the zero-width joiner, and the viramas
/// of the region's scripts that write conjuncts (Devanagari, Bengali, Gurmukhi, Gujarati,
/// Oriya, Telugu, Kannada, Malayalam, Sinhala). Tamil's pulli ends a letter and is left alone.
const JOINS_NEXT: &[char] = &[
    '\u{200D}', '\u{094D}', '\u{09CD}', '\u{0A4D}', '\u{0ACD}', '\u{0B4D}', '\u{0C4D}', '\u{0CCD}',
    '\u{0D4D}', '\u{0DCA}',
];

/// Whether every word of `query` (any case) is in one of `haystack`'s texts; an empty query
/// matches everything.
pub fn all_words_found(haystack: &[String], query: &str) -> bool {
    let haystack = haystack.join("\n").to_lowercase();
    query
        .split_whitespace()
        .all(|word| haystack.contains(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_on_one_line() {
        assert_eq!(
            preview("Ward forum\n\nnext   week", 40),
            "Ward forum next week"
        );
    }

    #[test]
    fn a_cut_never_splits_a_conjunct_or_a_combining_mark() {
        // क्षि is one user-perceived character made of four code points (क ् ष ि).
        let hindi = "क्षिति प्रशिक्षण";
        let cut = preview(hindi, 3);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(hindi.starts_with(cut.trim_end_matches('…')), "{cut}");
        assert!(
            !cut.trim_end_matches('…').ends_with('\u{094D}'),
            "no dangling virama: {cut}"
        );
        // Thaana: every vowel is a combining mark on its consonant.
        let thaana = "ކައުންސިލް";
        let cut = preview(thaana, 3);
        let kept = cut.trim_end_matches('…');
        assert_eq!(kept.graphemes(true).count(), 2, "{cut}");
        assert!(thaana.starts_with(kept));
        // Sinhala with a zero-width joiner inside ශ්‍රී.
        let sinhala = "ශ්‍රී ලංකාව";
        assert_eq!(preview(sinhala, 3), "ශ්‍රී…", "the conjunct whole");
        assert_eq!(
            preview(sinhala, 2),
            "…",
            "or left out whole, never half of it"
        );
    }

    #[test]
    fn the_cut_fits_within_the_limit_ellipsis_included() {
        let cut = preview("abcdefghij", 5);
        assert_eq!(cut, "abcd…");
        assert_eq!(cut.graphemes(true).count(), 5);
    }
}
