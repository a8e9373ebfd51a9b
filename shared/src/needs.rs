//! A member city's needs (issue 22, part 6): once a quarter, a focal point of the city says what
//! it needs in training, technical support and capacity (how pressing each is, on which topics,
//! in their own words) and which groups its work serves (youth, women, minorities, ...). The
//! hub adds them up per country and quarter, and breaks requests down by the groups their
//! city serves. Decided here: a valid assessment, its quarter, and who fills one in; the
//! assessments are kept in SQL with the directory's cities.

use serde::{Deserialize, Serialize};

use crate::model::Category;
use crate::validate::{Errors, FIELD_MAX_CHARS, Problem, ValidationError};

/// A group of people a city's work serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Youth,
    Women,
    Minorities,
    PersonsWithDisabilities,
    OlderPeople,
    Migrants,
    UrbanPoor,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Self::Youth,
        Self::Women,
        Self::Minorities,
        Self::PersonsWithDisabilities,
        Self::OlderPeople,
        Self::Migrants,
        Self::UrbanPoor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Youth => "youth",
            Self::Women => "women",
            Self::Minorities => "minorities",
            Self::PersonsWithDisabilities => "persons_with_disabilities",
            Self::OlderPeople => "older_people",
            Self::Migrants => "migrants",
            Self::UrbanPoor => "urban_poor",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == text)
    }
}

/// What an assessment asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Training,
    TechnicalSupport,
    Capacity,
}

impl Area {
    pub const ALL: [Area; 3] = [Self::Training, Self::TechnicalSupport, Self::Capacity];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::TechnicalSupport => "technical_support",
            Self::Capacity => "capacity",
        }
    }
}

/// How pressing a need is: 0 none, 1 low, 2 medium, 3 high.
pub const URGENCY: std::ops::RangeInclusive<i64> = 0..=3;

/// One area of the form as a focal point fills it in.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AreaDraft {
    /// From 0 (none) to 3 (high).
    #[serde(default)]
    pub urgency: i64,
    /// The topics the need is about (request topics).
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub detail: Option<String>,
}

/// An assessment as a focal point fills it in, for the member city `city` (its id).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentDraft {
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub training: AreaDraft,
    #[serde(default)]
    pub technical_support: AreaDraft,
    #[serde(default)]
    pub capacity: AreaDraft,
    /// The groups the city's work serves.
    #[serde(default)]
    pub groups: Vec<String>,
}

/// One area, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaNeed {
    pub urgency: i64,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub topics: Vec<Category>,
    pub detail: Option<String>,
}

/// A valid assessment's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Answers {
    pub training: AreaNeed,
    pub technical_support: AreaNeed,
    pub capacity: AreaNeed,
    pub groups: Vec<Group>,
}

impl Answers {
    /// The answer about `area`.
    pub fn area(&self, area: Area) -> &AreaNeed {
        match area {
            Area::Training => &self.training,
            Area::TechnicalSupport => &self.technical_support,
            Area::Capacity => &self.capacity,
        }
    }
}

fn check_area(errors: &mut Errors, area: Area, draft: AreaDraft) -> AreaNeed {
    let field = area.as_str();
    if !URGENCY.contains(&draft.urgency) {
        errors.push(
            format!("{field}.urgency"),
            Problem::Unknown {
                value: draft.urgency.to_string(),
                expected: "0, 1, 2 or 3".into(),
            },
        );
    }
    let mut topics = Vec::new();
    for (i, topic) in draft.topics.iter().enumerate() {
        match topic.trim().parse::<Category>() {
            Ok(t) if !topics.contains(&t) => topics.push(t),
            Ok(_) => {}
            Err(e) => errors.push(
                format!("{field}.topics[{i}]"),
                Problem::Unknown {
                    value: e.value,
                    expected: e.expected,
                },
            ),
        }
    }
    let detail = draft
        .detail
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());
    if let Some(detail) = &detail {
        errors.text(
            &format!("{field}.detail"),
            detail,
            false,
            FIELD_MAX_CHARS * 4,
        );
    }
    AreaNeed {
        urgency: draft.urgency,
        topics,
        detail,
    }
}

impl AssessmentDraft {
    /// Checks every field, naming each one at fault. Returns the city's id and the answers.
    pub fn check(self) -> Result<(String, Answers), Vec<ValidationError>> {
        let mut errors = Errors::default();
        let city = self.city.trim().to_string();
        if city.is_empty() {
            errors.push("city", Problem::Empty);
        }
        let training = check_area(&mut errors, Area::Training, self.training);
        let technical_support =
            check_area(&mut errors, Area::TechnicalSupport, self.technical_support);
        let capacity = check_area(&mut errors, Area::Capacity, self.capacity);
        let mut groups = Vec::new();
        for (i, group) in self.groups.iter().enumerate() {
            match Group::parse(group.trim()) {
                Some(g) if !groups.contains(&g) => groups.push(g),
                Some(_) => {}
                None => errors.push(
                    format!("groups[{i}]"),
                    Problem::Unknown {
                        value: group.chars().take(40).collect(),
                        expected: Group::ALL.map(Group::as_str).join(", "),
                    },
                ),
            }
        }
        groups.sort();
        errors.finish()?;
        Ok((
            city,
            Answers {
                training,
                technical_support,
                capacity,
                groups,
            },
        ))
    }
}

/// Why someone may not fill in a city's assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Only the city's focal points answer for it.
    NotAFocalPoint,
    /// A former member city is not asked.
    NotAMember,
}

/// Whether someone who is (or is not) a focal point of a city standing `status`
/// (`crate::directory::Membership`) may fill in its assessment: focal points of member and
/// applicant cities.
pub fn may_assess(focal_point: bool, status: crate::directory::Membership) -> Result<(), Refusal> {
    if !focal_point {
        return Err(Refusal::NotAFocalPoint);
    }
    if status == crate::directory::Membership::Former {
        return Err(Refusal::NotAMember);
    }
    Ok(())
}

/// The quarter an assessment made at `now` belongs to (one per city and quarter; filling it in
/// again in the same quarter replaces it).
pub fn period_of(now: i64) -> String {
    crate::calendar::quarter_of(now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Membership;

    #[test]
    fn an_assessment_names_every_field_at_fault_and_tidies_its_lists() {
        let draft = AssessmentDraft {
            city: "c1".into(),
            training: AreaDraft {
                urgency: 3,
                topics: vec!["youth_engagement".into(), "youth_engagement".into()],
                detail: Some("  Budgeting with ward committees ".into()),
            },
            groups: vec!["women".into(), "youth".into(), "women".into()],
            ..Default::default()
        };
        let (city, answers) = draft.check().expect("valid");
        assert_eq!(city, "c1");
        assert_eq!(answers.training.topics, [Category::YouthEngagement]);
        assert_eq!(
            answers.training.detail.as_deref(),
            Some("Budgeting with ward committees")
        );
        assert_eq!(answers.groups, [Group::Youth, Group::Women]);
        assert_eq!(answers.area(Area::Capacity).urgency, 0);
        let errors = AssessmentDraft {
            city: " ".into(),
            capacity: AreaDraft {
                urgency: 7,
                topics: vec!["weather".into()],
                detail: None,
            },
            groups: vec!["aliens".into()],
            ..Default::default()
        }
        .check()
        .expect_err("refused");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "city",
                "capacity.urgency",
                "capacity.topics[0]",
                "groups[0]"
            ]
        );
    }

    #[test]
    fn only_focal_points_of_current_cities_answer() {
        assert_eq!(may_assess(true, Membership::Member), Ok(()));
        assert_eq!(may_assess(true, Membership::Applicant), Ok(()));
        assert_eq!(
            may_assess(false, Membership::Member),
            Err(Refusal::NotAFocalPoint)
        );
        assert_eq!(
            may_assess(true, Membership::Former),
            Err(Refusal::NotAMember)
        );
        assert_eq!(period_of(1_796_601_600_000), "2026-Q4");
    }
}
