//! The apps in the region's languages, in real Chromium: the pseudo-locales find any word
//! written in code instead of the catalogue and anything that does not fit a phone's screen
//! or a desk's; Urdu and Dhivehi (both right to left) lay the page out right to left, show
//! their own script on every main screen, and file a request offline that reaches the hub.
//! On every screen of every run, axe-core finds no serious or critical WCAG 2.2 A/AA problem.
//! Screenshots of every screen are kept in `tests/e2e/artifacts` (`l10n-*.png`).

use anyhow::{Context, Result};
use hubdesk_tests::browser::{BrowserTest, marker};

struct Language<'a> {
    tag: &'a str,
    dir: &'a str,
    /// A character class of the language's script, as a JavaScript regular expression.
    script: Option<&'a str>,
    /// A request's title and description in the language.
    title: &'a str,
    description: &'a str,
    /// The demo's guidance item in the language (published in English, Bengali and Urdu).
    guidance: Option<&'a str>,
}

async fn field_app_in(language: Language<'_>) -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let agent = test.server.login("agent").await?;
    let marker = marker();
    let mut env = vec![
        ("HUBDESK_USERNAME", "aishath"),
        ("HUBDESK_LANGUAGE", language.tag),
        ("HUBDESK_DIR", language.dir),
        ("HUBDESK_MARKER", marker.as_str()),
        ("HUBDESK_TITLE", language.title),
        ("HUBDESK_DESCRIPTION", language.description),
    ];
    if let Some(script) = language.script {
        env.push(("HUBDESK_SCRIPT", script));
    }
    if let Some(title) = language.guidance {
        env.push(("HUBDESK_GUIDANCE_TITLE", title));
    }
    if language.tag == "en" {
        env.push(("HUBDESK_TEXT_200", "1"));
    }
    let result = test.script("l10n-field.mjs", &env).await?.finish().await?;
    let screens = result["screens"].as_array().context("screens")?;
    assert!(screens.len() >= 10, "{result}");
    // The request filed offline in the language is at the hub, its words intact.
    let id = result["filed"].as_str().context("filed")?;
    let reply = agent.get(&format!("/api/requests/{id}")).await?;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let title = reply.body["request"]["title"].as_str().context("title")?;
    assert_eq!(title, format!("{} {marker}", language.title));
    Ok(())
}

#[tokio::test]
async fn every_field_app_screen_takes_its_words_from_the_catalogue_and_fits_a_phone() -> Result<()>
{
    field_app_in(Language {
        tag: "en-XA",
        dir: "ltr",
        script: None,
        title: "Ward forum",
        description: "How do other cities run ward forums?",
        guidance: None,
    })
    .await
}

#[tokio::test]
async fn the_field_app_mirrors_right_to_left_with_every_word_from_the_catalogue() -> Result<()> {
    field_app_in(Language {
        tag: "en-XB",
        dir: "rtl",
        script: None,
        title: "Ward forum",
        description: "How do other cities run ward forums?",
        guidance: None,
    })
    .await
}

#[tokio::test]
async fn the_field_app_speaks_urdu_right_to_left_and_files_a_request_offline() -> Result<()> {
    field_app_in(Language {
        tag: "ur",
        dir: "rtl",
        script: Some("[\\u0600-\\u06FF]"),
        title: "وارڈ فورم کے لیے مدد",
        description: "دوسرے شہر وارڈ فورم کیسے چلاتے ہیں؟",
        guidance: Some("مقامی ایکشن پلان کیسے لکھیں"),
    })
    .await
}

#[tokio::test]
async fn the_field_app_speaks_dhivehi_right_to_left_and_files_a_request_offline() -> Result<()> {
    field_app_in(Language {
        tag: "dv",
        dir: "rtl",
        script: Some("[\\u0780-\\u07BF]"),
        title: "ވޯޑު ފޯރަމަށް އެހީ",
        description: "އެހެން ސިޓީތަކުން ވޯޑު ފޯރަމް ހިންގަނީ ކިހިނެއް؟",
        guidance: None,
    })
    .await
}

async fn console_in(tag: &str, dir: &str) -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let env = [("HUBDESK_LANGUAGE", tag), ("HUBDESK_DIR", dir)];
    let result = test
        .script("l10n-console.mjs", &env)
        .await?
        .finish()
        .await?;
    let screens = result["screens"].as_array().context("screens")?;
    assert!(screens.len() >= 9, "{result}");
    Ok(())
}

#[tokio::test]
async fn every_console_screen_takes_its_words_from_the_catalogue_and_fits_a_desk() -> Result<()> {
    console_in("en-XA", "ltr").await
}

#[tokio::test]
async fn the_console_mirrors_right_to_left_with_every_word_from_the_catalogue() -> Result<()> {
    console_in("en-XB", "rtl").await
}

#[tokio::test]
async fn the_field_app_in_english_works_by_keyboard_and_at_200_percent_text_with_no_serious_accessibility_problem()
-> Result<()> {
    field_app_in(Language {
        tag: "en",
        dir: "ltr",
        script: None,
        title: "Ward forum",
        description: "How do other cities run ward forums?",
        guidance: Some("How to write a local action plan"),
    })
    .await
}

#[tokio::test]
async fn the_console_in_english_has_no_serious_accessibility_problem() -> Result<()> {
    console_in("en", "ltr").await
}

#[tokio::test]
async fn the_console_in_urdu_is_right_to_left_with_no_serious_accessibility_problem() -> Result<()>
{
    console_in("ur", "rtl").await
}

#[tokio::test]
async fn a_language_used_once_switches_with_no_network_and_reaches_the_hub_when_back() -> Result<()>
{
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    test.script("pwa-languages.mjs", &[("HUBDESK_USERNAME", "anjali")])
        .await?
        .finish()
        .await?;
    let anjali = test.server.login("anjali").await?;
    let me = anjali.get("/api/me").await?;
    assert_eq!(
        me.body["language"], "bn",
        "the language chosen offline reached the hub: {}",
        me.body
    );
    Ok(())
}
