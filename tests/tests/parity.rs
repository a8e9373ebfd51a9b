//! Validation of a fund application's cap and totals gives the same answer in the browser (the
//! wasm client, as the field app checks a form) and on the server (REST), for the same inputs.

use anyhow::{Context, Result};
use hubdesk_tests::browser::BrowserTest;
use serde_json::{Value, json};

/// An application as the field app's form holds it (dollars as typed) and as REST takes it
/// (cents).
fn case(requested: &str, lines: &[(&str, &str, &str)], round: &str) -> (Value, Value) {
    let cents = |text: &str| -> i64 {
        let clean: String = text.chars().filter(|c| *c != ',').collect();
        let (d, c) = clean.split_once('.').unwrap_or((&clean, "0"));
        d.parse::<i64>().unwrap_or(0) * 100 + format!("{c:0<2}")[..2].parse::<i64>().unwrap_or(0)
    };
    let form = json!({
        "requested": requested,
        "lines": lines.iter().map(|(category, quantity, unit)| json!({
            "category": category, "description": "A line", "quantity": quantity, "unit_cost": unit,
        })).collect::<Vec<_>>(),
        "round_id": round,
    });
    let rest = json!({
        "requested_cents": cents(requested),
        "lines": lines.iter().map(|(category, quantity, unit)| json!({
            "category": category, "description": "A line",
            "quantity": quantity.parse::<i64>().unwrap_or(0), "unit_cost_cents": cents(unit),
        })).collect::<Vec<_>>(),
        "round_id": round,
    });
    (form, rest)
}

#[tokio::test]
async fn the_browser_and_the_server_agree_on_caps_and_totals() -> Result<()> {
    let Some(test) = BrowserTest::start().await? else {
        return Ok(());
    };
    let fund = test.server.login("fund").await?;
    let rahima = test.server.login("rahima").await?;
    let now = hubdesk_tests::peer::now_ms();
    let round = fund
        .post(
            "/api/fund/rounds",
            &json!({"name": "Parity round", "pool_cents": 10_000_000, "cap_cents": 500_000,
                "opens_at": now - 1000, "closes_at": now + 86_400_000}),
        )
        .await?;
    let round_id = round.body["id"].as_str().context("round")?.to_string();
    let cases = [
        case("4,000", &[("activities_events", "4", "1,000")], &round_id),
        case(
            "5,000.01",
            &[("activities_events", "1", "5,000.01")],
            &round_id,
        ),
        case("3,000", &[("travel", "2", "1,000")], &round_id),
        case("12,000", &[("materials", "3", "4,000")], &round_id),
        case("0", &[], &round_id),
    ];
    let forms: Vec<&Value> = cases.iter().map(|(form, _)| form).collect();
    let round_json = json!({"id": round_id, "cap_cents": 500_000, "opens_at": now - 1000,
        "closes_at": now + 86_400_000});
    let script = test
        .script(
            "parity.mjs",
            &[
                ("HUBDESK_ROUND", &round_json.to_string()),
                ("HUBDESK_CASES", &serde_json::to_string(&forms)?),
            ],
        )
        .await?;
    let result = script.finish().await?;
    let browser = result["fields"].as_array().context("fields")?;

    for (i, (_, rest)) in cases.iter().enumerate() {
        let reply = rahima
            .post(
                "/api/requests",
                &json!({"kind": "fund_query", "title": "Parity check",
                    "description": "The same inputs on both sides.", "category": "support_fund",
                    "country": "BD", "city": "Dhaka", "application": rest}),
            )
            .await?;
        let mut server: Vec<String> = reply.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["field"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        server.sort();
        let client: Vec<String> = browser[i]
            .as_array()
            .context("a case's fields")?
            .iter()
            .filter_map(|f| f.as_str().map(String::from))
            .collect();
        assert_eq!(client, server, "case {i}: {rest}");
        assert_eq!(
            reply.status == 201,
            server.is_empty(),
            "case {i}: {}",
            reply.body
        );
    }
    // The cases are not all alike: some pass, some fail on the cap, some on the totals.
    assert!(
        browser
            .iter()
            .any(|f| f.as_array().is_some_and(Vec::is_empty))
    );
    assert!(
        browser
            .iter()
            .any(|f| f.to_string().contains("requested_cents"))
    );
    assert!(
        browser
            .iter()
            .any(|f| f.to_string().contains("application.lines"))
    );
    Ok(())
}
