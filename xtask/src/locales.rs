//! The catalogues the web apps load: `locales/` copied next to the page, with an index of the
//! languages and two pseudo-locales generated from English for the tests.
//!
//! Adding a language is adding a folder `locales/<tag>/` with the same files as `locales/en/`;
//! its `language.ftl` names it (`language-name`) and gives its direction
//! (`language-direction`, `ltr` or `rtl`). Nothing here lists languages.

use std::path::Path;

use anyhow::{Context, Result, bail};
use fluent_syntax::ast;

/// Pseudo-locales, made from English: every letter accented and vowels doubled (text about 40%
/// longer, to find what overflows), and the same written right to left. Any plain English left
/// on a screen in either one did not come from the catalogue.
const PSEUDO: &[(&str, &str)] = &[("en-XA", "ltr"), ("en-XB", "rtl")];

/// Copies `locales/` into `web/locales/`, writes `web/locales/index.json` and the
/// pseudo-locales.
pub fn copy_locales(source: &Path, web: &Path) -> Result<()> {
    let out = web.join("locales");
    if out.exists() {
        std::fs::remove_dir_all(&out)?;
    }
    let mut languages = Vec::new();
    for tag in &tags(source)? {
        let dir = source.join(tag);
        let (name, direction) = language_of(&dir)?;
        std::fs::create_dir_all(out.join(tag))?;
        for file in ftl_files(&dir)? {
            std::fs::copy(dir.join(&file), out.join(tag).join(&file))?;
        }
        languages.push(serde_json::json!({"tag": tag, "name": name, "dir": direction}));
    }
    let mut pseudo = Vec::new();
    for (tag, direction) in PSEUDO {
        std::fs::create_dir_all(out.join(tag))?;
        for file in ftl_files(&source.join("en"))? {
            let text = std::fs::read_to_string(source.join("en").join(&file))?;
            let text =
                pseudo_translate(&text, direction).with_context(|| format!("locales/en/{file}"))?;
            std::fs::write(out.join(tag).join(&file), text)?;
        }
        pseudo.push(serde_json::json!({"tag": tag, "name": tag, "dir": direction}));
    }
    let all = languages.iter().chain(&pseudo);
    write_manifests(
        &web.join("manifest.webmanifest"),
        &out,
        &web.join("manifests"),
        all,
    )?;
    let index = serde_json::json!({"languages": languages, "pseudo": pseudo});
    std::fs::write(
        out.join("index.json"),
        serde_json::to_string_pretty(&index)?,
    )?;
    Ok(())
}

/// One web app manifest per language, `manifests/<tag>.webmanifest`: the template
/// `manifest.webmanifest` with the name, short name and description from the language's
/// `manifest.ftl`, and its `lang` and `dir`.
fn write_manifests<'a>(
    template: &Path,
    locales: &Path,
    out: &Path,
    languages: impl Iterator<Item = &'a serde_json::Value>,
) -> Result<()> {
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    std::fs::create_dir_all(out)?;
    let template: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(template)?)?;
    for language in languages {
        let tag = language["tag"].as_str().context("tag")?;
        let id: unic_langid::LanguageIdentifier = tag.parse().context("language tag")?;
        let mut bundle = fluent_bundle::FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        // English first, the language's own words over it: a language still being written
        // gets English where it has no words yet (the catalogue test says what is missing).
        for dir in ["en", tag] {
            for file in ["common.ftl", "manifest.ftl"] {
                let Ok(text) = std::fs::read_to_string(locales.join(dir).join(file)) else {
                    continue;
                };
                let resource = fluent_bundle::FluentResource::try_new(text)
                    .map_err(|(_, e)| anyhow::anyhow!("locales/{dir}/{file}: {e:?}"))?;
                bundle.add_resource_overriding(resource);
            }
        }
        let message = |id: &str| -> Result<String> {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .with_context(|| format!("locales/{tag}/manifest.ftl: no {id}"))?;
            let mut errors = Vec::new();
            Ok(bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned())
        };
        let mut manifest = template.clone();
        manifest["name"] = message("manifest-name")?.into();
        manifest["short_name"] = message("manifest-short-name")?.into();
        manifest["description"] = message("manifest-description")?.into();
        manifest["lang"] = tag.into();
        manifest["dir"] = language["dir"].clone();
        // The manifest sits one folder down; its paths stay relative to the app.
        manifest["id"] = "../".into();
        manifest["start_url"] = "../".into();
        manifest["scope"] = "../".into();
        if let Some(icons) = manifest["icons"].as_array_mut() {
            for icon in icons {
                if let Some(src) = icon["src"].as_str() {
                    icon["src"] = format!("../{src}").into();
                }
            }
        }
        std::fs::write(
            out.join(format!("{tag}.webmanifest")),
            serde_json::to_string_pretty(&manifest)?,
        )?;
    }
    Ok(())
}

/// The languages of `source` (`locales/`): its folders, by tag.
pub fn tags(source: &Path) -> Result<Vec<String>> {
    let mut tags: Vec<String> = std::fs::read_dir(source)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    Ok(tags)
}

fn ftl_files(dir: &Path) -> Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    files.sort();
    Ok(files)
}

/// A language's own name and its direction, from its `language.ftl`.
fn language_of(dir: &Path) -> Result<(String, String)> {
    let path = dir.join("language.ftl");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("{} is missing", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str())
        .map_err(|(_, errors)| anyhow::anyhow!("{}: {errors:?}", path.display()))?;
    let value = |id: &str| {
        resource.body.iter().find_map(|entry| match entry {
            ast::Entry::Message(m) if m.id.name == id => {
                m.value.as_ref().and_then(|p| match p.elements.as_slice() {
                    [ast::PatternElement::TextElement { value }] => Some(value.trim().to_string()),
                    _ => None,
                })
            }
            _ => None,
        })
    };
    let name =
        value("language-name").with_context(|| format!("{}: no language-name", path.display()))?;
    let direction = value("language-direction")
        .with_context(|| format!("{}: no language-direction", path.display()))?;
    if direction != "ltr" && direction != "rtl" {
        bail!("{}: language-direction must be ltr or rtl", path.display());
    }
    Ok((name, direction))
}

/// The English catalogue `text` with its words (never its ids, variables or variant keys)
/// accented and lengthened; for `rtl`, each run of words also forced right to left.
fn pseudo_translate(text: &str, direction: &str) -> Result<String> {
    let mut resource = fluent_syntax::parser::parse(text.to_string())
        .map_err(|(_, errors)| anyhow::anyhow!("{errors:?}"))?;
    let rtl = direction == "rtl";
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            // language.ftl's values are read by the build, not shown.
            ast::Entry::Message(m) if m.id.name.starts_with("language-") => continue,
            ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(pattern) = value {
            pseudo_pattern(pattern, rtl);
        }
        for attribute in attributes {
            pseudo_pattern(&mut attribute.value, rtl);
        }
    }
    Ok(fluent_syntax::serializer::serialize(&resource))
}

fn pseudo_pattern(pattern: &mut ast::Pattern<String>, rtl: bool) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = pseudo_text(value, rtl),
            ast::PatternElement::Placeable { expression } => pseudo_expression(expression, rtl),
        }
    }
}

fn pseudo_expression(expression: &mut ast::Expression<String>, rtl: bool) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                pseudo_pattern(&mut variant.value, rtl);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            pseudo_expression(expression, rtl);
        }
        ast::Expression::Inline(_) => {}
    }
}

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "àƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ";

fn pseudo_text(text: &str, rtl: bool) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for c in text.chars() {
        match PLAIN.find(c) {
            Some(i) => {
                let accented = ACCENTED.chars().nth(i).unwrap_or(c);
                out.push(accented);
                if "aeiouAEIOU".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
    if rtl && out.chars().any(char::is_alphabetic) {
        // Right-to-left override around the run, ended by pop directional formatting.
        format!("\u{202E}{out}\u{202C}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_translation_changes_words_but_not_ids_variables_or_variant_keys() -> Result<()> {
        let source = "greeting = Hello { $name }\n    .title = Hi\ncount = { $n ->\n    [one] One item\n   *[other] { $n } items\n}\n";
        let out = pseudo_translate(source, "ltr")?;
        assert!(out.contains("greeting = Ĥééļļöö { $name }"), "{out}");
        assert!(out.contains(".title = Ĥîî"), "{out}");
        assert!(out.contains("[one] ÖÖñéé îîŧééɱ"), "{out}");
        assert!(out.contains("*[other] { $n }"), "{out}");
        Ok(())
    }

    #[test]
    fn the_right_to_left_pseudo_locale_forces_each_run_right_to_left() -> Result<()> {
        let out = pseudo_translate("a = Send\n", "rtl")?;
        assert!(out.contains("a = \u{202E}Šééñđ\u{202C}"), "{out}");
        Ok(())
    }
}
