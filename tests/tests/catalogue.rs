//! The catalogues of `locales/`: every language parses, has every message English has (with the
//! same attributes and the same variables), and every message id the code uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use hubdesk_shared::events::EventKind;
use hubdesk_shared::model::{
    ApplicationStatus, BudgetCategory, Category, Channel, Country, Kind, MessageRole, Priority,
    Role, Status, TeamShare,
};
use hubdesk_shared::notify::NotificationKind;

/// A message's shape: its attributes and the variables it uses anywhere.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn languages() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(root().join("locales"))
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

/// Every message (and term) of one language, by file then id, or the parse errors.
fn catalogue(tag: &str) -> Result<BTreeMap<String, BTreeMap<String, Shape>>, String> {
    let dir = root().join("locales").join(tag);
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{tag}: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let resource = fluent_syntax::parser::parse(text.as_str())
            .map_err(|(_, errors)| format!("locales/{tag}/{name} does not parse: {errors:?}"))?;
        let mut messages = BTreeMap::new();
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            if let Some(pattern) = value {
                pattern_variables(pattern, &mut variables);
            }
            for attribute in attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            messages.insert(
                id,
                Shape {
                    has_value: value.is_some(),
                    attributes: attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    variables,
                },
            );
        }
        files.insert(name, messages);
    }
    Ok(files)
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn all_ids(files: &BTreeMap<String, BTreeMap<String, Shape>>) -> BTreeMap<&str, &Shape> {
    files
        .values()
        .flat_map(|messages| messages.iter().map(|(id, shape)| (id.as_str(), shape)))
        .collect()
}

#[test]
fn every_language_parses_and_has_every_english_message_with_the_same_variables() {
    let english = catalogue("en").expect("English parses");
    let mut problems = Vec::new();
    for tag in languages().iter().filter(|t| *t != "en") {
        let theirs = match catalogue(tag) {
            Ok(files) => files,
            Err(error) => {
                problems.push(error);
                continue;
            }
        };
        for (file, messages) in &english {
            let Some(their_messages) = theirs.get(file) else {
                problems.push(format!("locales/{tag}/{file} is missing"));
                continue;
            };
            for (id, shape) in messages {
                // A language's own name and direction are its own.
                match their_messages.get(id) {
                    None => problems.push(format!("locales/{tag}/{file}: no {id}")),
                    Some(their) if id.starts_with("language-") => {
                        assert!(their.has_value, "{tag}: {id} is empty");
                    }
                    Some(their) if their.attributes != shape.attributes => problems.push(format!(
                        "locales/{tag}/{file}: {id} has attributes {:?}, English {:?}",
                        their.attributes, shape.attributes
                    )),
                    Some(their) if their.variables != shape.variables => problems.push(format!(
                        "locales/{tag}/{file}: {id} uses {:?}, English {:?}",
                        their.variables, shape.variables
                    )),
                    Some(_) => {}
                }
            }
            for id in their_messages
                .keys()
                .filter(|id| !messages.contains_key(*id))
            {
                problems.push(format!("locales/{tag}/{file}: {id} is not in English"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn no_message_id_is_written_twice_across_files() {
    let english = catalogue("en").expect("English parses");
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for (file, messages) in &english {
        for id in messages.keys() {
            if let Some(other) = seen.insert(id, file) {
                panic!("{id} is in both {other} and {file}");
            }
        }
    }
}

/// Ids the code names literally: `t("id"`, `attr("id"`, `has("id"` and `data-l10n-id="id"` in
/// the web apps; in Rust, `words("id"`, `Message::id("id"`, `text(…, "id"` and every string
/// literal starting like one of the ids Rust hands out (`"problem-…"`, `"account-…"`, ...).
fn ids_used_in_code() -> BTreeSet<(String, String)> {
    let mut used = BTreeSet::new();
    let mut files = Vec::new();
    collect(&root().join("client-wasm/web"), &mut files);
    collect(&root().join("client-wasm/src"), &mut files);
    collect(&root().join("server/src"), &mut files);
    collect(&root().join("shared/src"), &mut files);
    let patterns: &[(&str, char)] = &[
        ("t(\"", '"'),
        ("attr(\"", '"'),
        ("has(\"", '"'),
        ("data-l10n-id=\"", '"'),
        ("words(\"", '"'),
        ("Message::id(\"", '"'),
        ("i18n::text(", '"'),
    ];
    // Literal ids in Rust, by how they start.
    const RUST_PREFIXES: &[&str] = &[
        "problem-",
        "lock-pin-",
        "device-default-",
        "device-name-",
        "account-",
        "client-",
    ];
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let name = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .display()
            .to_string();
        for (start, end) in patterns {
            for (at, _) in text.match_indices(start) {
                // `t(` but not `get(` or `set.has(`: a call of the catalogue's own function.
                let before = text[..at].chars().next_back();
                let called = start.ends_with("(\"") && !start.starts_with("i18n");
                if called && before.is_some_and(|c| c.is_alphanumeric() || "_.:".contains(c)) {
                    continue;
                }
                let rest = &text[at + start.len()..];
                let id: String = match *start {
                    // `i18n::text(tag, "id", …)`: the first string literal after the call.
                    "i18n::text(" => rest
                        .split([';', '\n'])
                        .next()
                        .and_then(|call| call.split('"').nth(1))
                        .unwrap_or("")
                        .to_string(),
                    _ => rest.split(*end).next().unwrap_or("").to_string(),
                };
                let plain = id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if !id.is_empty() && plain {
                    used.insert((name.clone(), id));
                }
            }
        }
        if name.ends_with(".rs") {
            for prefix in RUST_PREFIXES {
                for (at, _) in text.match_indices(&format!("\"{prefix}")) {
                    let id: String = text[at + 1..].split('"').next().unwrap_or("").to_string();
                    let plain = id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                    // `"device-default-{platform}"` and the like are patterns, not ids.
                    if plain && !id.ends_with('-') {
                        used.insert((name.clone(), id));
                    }
                }
            }
        }
    }
    used
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            // Built or copied output, not our code; and unit tests, whose strings are made up.
            let skipped = [
                "pkg",
                "vendor",
                "locales",
                "manifests",
                "node_modules",
                "tests",
            ];
            if !skipped.contains(&name.as_str()) {
                collect(&path, out);
            }
        } else if name != "tests.rs" && [".js", ".html", ".rs"].iter().any(|x| name.ends_with(x)) {
            out.push(path);
        }
    }
}

#[test]
fn every_message_id_the_code_names_is_in_the_english_catalogue() {
    let english = catalogue("en").expect("English parses");
    let ids = all_ids(&english);
    let missing: Vec<String> = ids_used_in_code()
        .into_iter()
        .filter(|(_, id)| !ids.contains_key(id.as_str()))
        .map(|(file, id)| format!("{file}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "ids not in locales/en:\n{}",
        missing.join("\n")
    );
    assert!(
        ids_used_in_code().len() > 50,
        "the scan finds the ids the code uses"
    );
}

#[test]
fn every_code_a_record_can_carry_has_words() {
    let english = catalogue("en").expect("English parses");
    let ids = all_ids(&english);
    let codes: Vec<&str> = Kind::ALL
        .iter()
        .map(|c| c.as_str())
        .chain(Category::ALL.iter().map(|c| c.as_str()))
        .chain(Country::ALL.iter().map(|c| c.as_str()))
        .chain(BudgetCategory::ALL.iter().map(|c| c.as_str()))
        .chain(TeamShare::ALL.iter().map(|c| c.as_str()))
        .chain(MessageRole::ALL.iter().map(|c| c.as_str()))
        .chain(Status::ALL.iter().map(|c| c.as_str()))
        .chain(Priority::ALL.iter().map(|c| c.as_str()))
        .chain(Role::ALL.iter().map(|c| c.as_str()))
        .chain(ApplicationStatus::ALL.iter().map(|c| c.as_str()))
        .chain(Channel::ALL.iter().map(|c| c.as_str()))
        .collect();
    let missing: Vec<_> = codes
        .iter()
        .filter(|code| !ids.contains_key(format!("code-{code}").as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "codes without words in common.ftl: {missing:?}"
    );
    for status in Status::ALL {
        assert!(
            ids.contains_key(format!("status-{status}").as_str()),
            "status-{status}"
        );
    }
}

/// Every kind of notification has words for a push and for the settings, and the apps' list of
/// kinds (`js/push.js`, which words pushes for the service worker) names each one, marking those
/// a push may gather.
#[test]
fn every_kind_of_notification_has_words_and_the_apps_know_it() {
    let english = catalogue("en").expect("English parses");
    let ids = all_ids(&english);
    let push_js = std::fs::read_to_string(root().join("client-wasm/web/js/push.js"))
        .expect("js/push.js reads");
    let list = |name: &str| -> BTreeSet<String> {
        let start = push_js
            .find(&format!("const {name} = ["))
            .unwrap_or_else(|| panic!("js/push.js has {name}"));
        let rest = &push_js[start..];
        let body = &rest[..rest.find("];").expect("the list ends")];
        body.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let kinds = list("KINDS");
    let gathered = list("GATHERED");
    for kind in NotificationKind::ALL {
        let code = kind.as_str();
        for id in [format!("notify-{code}"), format!("notify-kind-{code}")] {
            assert!(ids.contains_key(id.as_str()), "{id} is in locales/en");
        }
        assert!(kinds.contains(code), "js/push.js KINDS names {code}");
        assert_eq!(
            gathered.contains(code),
            kind.gathered(),
            "js/push.js GATHERED and shared agree on {code}"
        );
        if kind.gathered() {
            let id = format!("notify-{code}-gathered");
            assert!(ids.contains_key(id.as_str()), "{id} is in locales/en");
        }
    }
    assert_eq!(
        kinds.len(),
        NotificationKind::ALL.len(),
        "no kind shared does not have"
    );
}

/// Every kind of event has its words in both apps, and the console's list of kinds names each.
#[test]
fn every_kind_of_event_has_words_in_both_apps() {
    let english = catalogue("en").expect("English parses");
    let ids = all_ids(&english);
    let console = std::fs::read_to_string(root().join("client-wasm/web/console/events.js"))
        .expect("console/events.js reads");
    for kind in EventKind::ALL {
        let code = kind.as_str();
        for id in [
            format!("events-kind-{code}"),
            format!("console-event-kind-{code}"),
        ] {
            assert!(ids.contains_key(id.as_str()), "{id} is in locales/en");
        }
        assert!(
            console.contains(&format!("\"{code}\"")),
            "console/events.js offers {code}"
        );
    }
}
