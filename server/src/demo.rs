//! `--demo`: a small, realistic hub to try HubDesk with. Seeding is idempotent.

use hubdesk_shared::commands::Command;
use hubdesk_shared::validate::{ApplicationDraft, BudgetLineDraft, GuidanceDraft, RequestDraft};

use crate::clock::now_ms;
use crate::commands;
use crate::credentials::principal_of;
use crate::state::AppState;
use crate::store::users as user_store;
use crate::users::{NewUser, add};

/// The password every demo account shares. Demo data only: never used outside `--demo`.
pub const DEMO_PASSWORD: &str = "hubdesk-demo";

pub const SIGN_INS: &str = "Demo sign-ins (password for all: hubdesk-demo):
  agent    hub help-desk agent
  fund     fund manager
  admin    hub administrator
  rahima   practitioner, Dhaka (BD)
  anjali   practitioner, Kolkata (IN)
  nimal    practitioner, Moratuwa (LK)
  aishath  practitioner, Male (MV)";

const USERS: &[(&str, &str, &str, &str)] = &[
    ("agent", "agent", "LK", "Colombo"),
    ("fund", "fund_manager", "LK", "Colombo"),
    ("admin", "admin", "LK", "Colombo"),
    ("rahima", "practitioner", "BD", "Dhaka"),
    ("anjali", "practitioner", "IN", "Kolkata"),
    ("nimal", "practitioner", "LK", "Moratuwa"),
    ("aishath", "practitioner", "MV", "Male"),
];

pub async fn seed(state: &AppState) -> anyhow::Result<()> {
    if user_store::user_by_username(state.store.pool(), "agent")
        .await?
        .is_some()
    {
        return Ok(());
    }
    for (username, role, country, city) in USERS {
        add(
            &state.store,
            NewUser {
                username,
                password: DEMO_PASSWORD,
                role,
                country: Some(country),
                city: Some(city),
                countries: None,
            },
        )
        .await?;
    }
    let agent = user("agent", state).await?;
    let mut first = None;
    for draft in guidance() {
        let id = commands::publish_guidance(state, &agent, draft, None)
            .await
            .map_err(|e| anyhow::anyhow!("demo guidance not stored: {e}"))?;
        first.get_or_insert(id);
    }
    // The first item in Bengali and Urdu too, as one item in three languages.
    for mut draft in guidance_translations() {
        draft.version_of = first.map(|id| id.to_string()).unwrap_or_default();
        commands::publish_guidance(state, &agent, draft, None)
            .await
            .map_err(|e| anyhow::anyhow!("demo guidance not stored: {e}"))?;
    }
    // A round open from a month ago for five months: two grants at the cap fit its pool.
    let round_id = uuid::Uuid::new_v4().to_string();
    let round = hubdesk_shared::fund::RoundDraft {
        name: "Technical support fund, round 3".into(),
        pool_cents: 2_500_000,
        currency: "USD".into(),
        cap_cents: hubdesk_shared::model::DEFAULT_FUND_CAP_CENTS,
        opens_at: now_ms() - 30 * 86_400_000,
        closes_at: now_ms() + 150 * 86_400_000,
        eligibility: vec![
            "Led by a civil-society organisation".into(),
            "A local government partner is named".into(),
            "Tied to the city's local action plan".into(),
        ],
        required_attachments: vec!["Budget template".into(), "Partner letter".into()],
        criteria: vec![
            "Relevance to the local action plan".into(),
            "Feasibility".into(),
            "Youth and women inclusion".into(),
        ],
    }
    .check()
    .map_err(|e| anyhow::anyhow!("the demo round is invalid: {e:?}"))?;
    let fund = user("fund", state).await?;
    crate::store::fund::insert_round(
        &state.store,
        &round_id,
        &round,
        fund.user.as_str(),
        now_ms(),
    )
    .await?;
    let requests = [
        (
            "rahima",
            help_desk(
                "Support drafting our city's local action plan",
                "Our ward committee has finished the risk assessment and wants help turning it into a local action plan with clear partners and resources. Could the hub review our draft structure?",
                "local_action_planning",
                "BD",
                "Dhaka",
            ),
        ),
        (
            "anjali",
            help_desk(
                "Who in the network ran a youth council we can learn from?",
                "We are setting up a youth advisory council with the municipal corporation and would like to speak with a city that has done this before.",
                "youth_engagement",
                "IN",
                "Kolkata",
            ),
        ),
        (
            "nimal",
            help_desk(
                "Training for ward officers on community engagement",
                "Can the hub run a half-day training for about 30 ward officers on working with religious and community leaders?",
                "capacity_building",
                "LK",
                "Moratuwa",
            ),
        ),
        ("aishath", fund_query(&round_id)),
    ];
    for (index, (username, draft)) in requests.into_iter().enumerate() {
        let requester = user(username, state).await?;
        let now = now_ms() - (4 - index as i64) * 3_600_000;
        let (id, _) = commands::file(state, &requester, draft, now)
            .await
            .map_err(|e| anyhow::anyhow!("demo request not stored: {e}"))?;
        let steps: Vec<Command> = match index {
            0 => vec![
                Command::Assign {
                    assignee: Some(agent.user.to_string()),
                },
                Command::SetStatus {
                    status: "in_progress".into(),
                    resolution: None,
                },
                Command::Reply {
                    id: None,
                    body: "Thank you. Please share the draft; we can also connect you with Colombo, who finished theirs last year.".into(),
                    canned: None,
                },
                Command::AddNote {
                    id: None,
                    body: "Colombo's focal point agreed to a call; ask before sharing contacts.".into(),
                },
            ],
            1 => vec![Command::SetTags {
                tags: vec!["youth-council".into(), "peer-exchange".into()],
            }],
            _ => Vec::new(),
        };
        for step in steps {
            let request = crate::guard::reach(
                &state.store,
                &agent,
                id,
                hubdesk_shared::access::RequestOp::Change,
            )
            .await
            .map_err(|e| anyhow::anyhow!("demo request not reached: {e}"))?;
            commands::run(state, &agent, &request, step)
                .await
                .map_err(|e| anyhow::anyhow!("demo change not stored: {e}"))?;
        }
    }
    Ok(())
}

async fn user(
    username: &str,
    state: &AppState,
) -> anyhow::Result<hubdesk_shared::access::Principal> {
    let row = user_store::user_by_username(state.store.pool(), username)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo user {username} missing"))?;
    principal_of(&row).map_err(|e| anyhow::anyhow!("{e}"))
}

fn help_desk(
    title: &str,
    description: &str,
    category: &str,
    country: &str,
    city: &str,
) -> RequestDraft {
    RequestDraft {
        id: None,
        kind: "help_desk".into(),
        title: title.into(),
        description: description.into(),
        category: category.into(),
        country: country.into(),
        city: city.into(),
        application: None,
        requester: None,
        channel: None,
    }
}

fn guidance() -> Vec<GuidanceDraft> {
    let item = |title: &str, summary: &str, body: &str, topic: &str| GuidanceDraft {
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        topic: topic.into(),
        language: "en".into(),
        version_of: String::new(),
    };
    vec![
        item(
            "How to write a local action plan",
            "From a risk assessment to actions, partners and resources your council can commit to.",
            "1. Start from evidence. Summarise your city's risk assessment: which drivers of violent extremism and social tension matter here, where and for whom.\n\n\
             2. Set a few objectives. Three to five objectives the council can own, each tied to a risk you found.\n\n\
             3. Choose actions. For each objective, list concrete actions (a youth council, a ward-level referral mechanism, training for front-line staff), who leads, and by when.\n\n\
             4. Name partners and resources. Civil society, schools, faith leaders, national agencies; the budget line or in-kind support behind each action.\n\n\
             5. Plan for learning. Decide now how you will know an action worked, and when you will review the plan.\n\n\
             The hub can review a draft with you: send a help-desk request with the category Local action planning.",
            "local_action_planning",
        ),
        item(
            "Technical support fund: application guidance",
            "Who can apply, what the fund supports, and how applications are reviewed. Grants are capped at USD 12,500.",
            "Who can apply: a civil society organisation working in partnership with a local government in the region, or a local government department with a civil society partner.\n\n\
             What the fund supports: local initiatives tied to a local action plan or prevention strategy, such as dialogue series, youth engagement, training for front-line staff, or referral mechanisms.\n\n\
             How much: up to USD 12,500 per application. Budget lines must add up exactly to the amount requested.\n\n\
             How to apply: start a fund query in the app, describe your objectives, timeline and partners, and fill in the budget lines. You can save a draft offline and send it when you are connected.\n\n\
             Review: the fund managers review applications in rounds and reply in the conversation of your query.",
            "support_fund",
        ),
        item(
            "Budget template",
            "The categories every fund application's budget uses, with examples.",
            "Use one line per cost, with a quantity and a unit cost in US dollars.\n\n\
             Personnel: facilitators, coordinators (per day or month).\n\
             Activities and events: venue, refreshments, interpretation (per session).\n\
             Materials: printing, facilitation kits.\n\
             Travel: local transport for participants and staff.\n\
             Monitoring and evaluation: surveys, a short final report.\n\
             Other: anything else, explained in the description.\n\n\
             The total of all lines must equal the amount you request and stay within the fund's cap.",
            "support_fund",
        ),
    ]
}

/// The first guidance item in other languages of the region.
fn guidance_translations() -> Vec<GuidanceDraft> {
    let item = |language: &str, title: &str, summary: &str, body: &str| GuidanceDraft {
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        topic: "local_action_planning".into(),
        language: language.into(),
        version_of: String::new(),
    };
    vec![
        item(
            "bn",
            "স্থানীয় কর্মপরিকল্পনা কীভাবে লিখবেন",
            "ঝুঁকি যাচাই থেকে শুরু করে কাজ, অংশীদার ও সম্পদ, যা আপনার পরিষদ দিতে পারে।",
            "১. তথ্য দিয়ে শুরু করুন। আপনার শহরের ঝুঁকি যাচাইয়ের সারাংশ লিখুন।\n\n\
             ২. কয়েকটি লক্ষ্য ঠিক করুন, প্রতিটি একটি ঝুঁকির সঙ্গে যুক্ত।\n\n\
             ৩. প্রতিটি লক্ষ্যের জন্য কাজ, দায়িত্ব ও সময় ঠিক করুন।\n\n\
             ৪. অংশীদার ও সম্পদের নাম লিখুন।\n\n\
             ৫. কীভাবে জানবেন কাজটি সফল হলো, তা এখনই ঠিক করুন।",
        ),
        item(
            "ur",
            "مقامی ایکشن پلان کیسے لکھیں",
            "خطرات کے جائزے سے لے کر اقدامات، شراکت داروں اور وسائل تک، جن کا آپ کی کونسل وعدہ کر سکے۔",
            "1۔ شواہد سے شروع کریں۔ اپنے شہر کے خطرات کے جائزے کا خلاصہ لکھیں۔\n\n\
             2۔ چند مقاصد طے کریں، ہر ایک کسی خطرے سے جڑا ہو۔\n\n\
             3۔ ہر مقصد کے لیے اقدامات، ذمہ دار اور وقت طے کریں۔\n\n\
             4۔ شراکت داروں اور وسائل کے نام لکھیں۔\n\n\
             5۔ ابھی طے کریں کہ آپ کیسے جانیں گے کہ کوئی قدم کامیاب رہا۔",
        ),
    ]
}

fn fund_query(round_id: &str) -> RequestDraft {
    let line = |category: &str, description: &str, quantity: i64, unit: i64| BudgetLineDraft {
        category: category.into(),
        description: description.into(),
        quantity,
        unit_cost_cents: unit,
    };
    RequestDraft {
        id: None,
        kind: "fund_query".into(),
        title: "Island youth dialogue series: technical support fund".into(),
        description: "We would like to apply for a small grant to run dialogue sessions between young people and the city council, tied to our local action plan.".into(),
        category: "support_fund".into(),
        country: "MV".into(),
        city: "Male".into(),
        application: Some(ApplicationDraft {
            requested_cents: 850_000,
            lines: vec![
                line("activities_events", "Six dialogue sessions", 6, 90_000),
                line("materials", "Facilitation materials", 1, 110_000),
                line("monitoring_evaluation", "Participant survey and report", 1, 200_000),
            ],
            lead_organisation: "Male youth network".into(),
            local_government_partner: "Male City Council".into(),
            objectives: "Give young people a regular voice in the council's prevention work.".into(),
            timeline: "Six months".into(),
            round_id: Some(round_id.into()),
            risk_assessment: "Young people feel unheard by the council; the plan names youth exclusion as a risk.".into(),
            mitigation: "A regular, facilitated dialogue the council commits to attend.".into(),
            partners_resources: "Male youth network, Male City Council, two trained facilitators.".into(),
            milestones: vec![
                hubdesk_shared::validate::MilestoneDraft {
                    name: "First three sessions".into(),
                    due: "2027-02-28".into(),
                },
                hubdesk_shared::validate::MilestoneDraft {
                    name: "Survey and report".into(),
                    due: "2027-05-31".into(),
                },
            ],
        }),
        requester: None,
        channel: None,
    }
}
