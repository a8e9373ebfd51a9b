//! Intake by staff: many requests reach the hub by a phone call, a messaging app, email, at a
//! workshop or in person. Hub staff who answer a request's kind file it on the practitioner's
//! behalf: the practitioner is its requester (it reaches their phone like one they filed, and is
//! theirs to edit and share), and the request records who filed it and how it came in
//! ([`Intake`]). Who may file for whom is decided here; admission ([`crate::access::admit`])
//! holds every write to the same rule, and a request's intake never changes once filed.

use crate::access::{Action, Principal, may};
use crate::ids::UserId;
use crate::model::{Channel, Intake, Kind, Request, Role};
use crate::validate::{Problem, ValidationError};

/// The account a draft names as its requester, as the hub knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub user: UserId,
    pub role: Role,
    /// Whether it may still sign in (a deactivated account is no one to file for).
    pub active: bool,
}

/// Who a new request belongs to and how it reached the hub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filing {
    pub requester: UserId,
    pub intake: Option<Intake>,
}

/// Whether someone with `role` may file a request of `kind` for someone else: staff who answer
/// that kind of request.
pub fn may_file_for(role: Role, kind: Kind) -> bool {
    role.is_staff() && may(role, Action::Reply(kind))
}

/// Whether someone with `role` files any kind of request for someone else.
pub fn files_for_someone(role: Role) -> bool {
    Kind::ALL.iter().any(|kind| may_file_for(role, *kind))
}

/// Who a draft of `kind` filed by `filer` belongs to. `named` is the requester the draft names
/// (blank for the filer themselves) and `account` what the hub knows of that account; `channel`
/// is how the request reached the hub, named only when filing for someone else. Every problem is
/// listed at once, each on its field.
pub fn filing(
    filer: &Principal,
    kind: Kind,
    named: Option<&str>,
    channel: Option<&str>,
    account: Option<&Named>,
) -> Result<Filing, Vec<ValidationError>> {
    let named = named.map(str::trim).filter(|n| !n.is_empty());
    let channel = channel.map(str::trim).filter(|c| !c.is_empty());
    let mut errors = Vec::new();
    let for_someone_else = named.is_some_and(|n| n != filer.user.as_str());
    if !for_someone_else {
        if channel.is_some() {
            errors.push(error(
                "channel",
                Problem::NotAllowed {
                    reason: "is named only when hub staff file a request for someone".into(),
                },
            ));
        }
        return match errors.is_empty() {
            true => Ok(Filing {
                requester: filer.user.clone(),
                intake: None,
            }),
            false => Err(errors),
        };
    }
    if !may_file_for(filer.role, kind) {
        errors.push(error(
            "requester",
            Problem::NotAllowed {
                reason: "only hub staff who answer this kind of request file one for someone"
                    .into(),
            },
        ));
        return Err(errors);
    }
    let requester = match account {
        Some(account) if account.active && account.role == Role::Practitioner => {
            Some(account.user.clone())
        }
        Some(account) if account.active => {
            errors.push(error(
                "requester",
                Problem::Invalid {
                    reason: "must be a practitioner's account".into(),
                },
            ));
            None
        }
        _ => {
            errors.push(error(
                "requester",
                Problem::Unknown {
                    value: named.unwrap_or_default().chars().take(40).collect(),
                    expected: "an active practitioner's account".into(),
                },
            ));
            None
        }
    };
    let channel = match channel.map(str::parse::<Channel>) {
        Some(Ok(channel)) => Some(channel),
        Some(Err(e)) => {
            errors.push(error(
                "channel",
                Problem::Unknown {
                    value: e.value,
                    expected: e.expected,
                },
            ));
            None
        }
        None => {
            errors.push(error("channel", Problem::Empty));
            None
        }
    };
    match (requester, channel) {
        (Some(requester), Some(channel)) if errors.is_empty() => Ok(Filing {
            requester,
            intake: Some(Intake {
                by: filer.user.as_str().into(),
                channel,
            }),
        }),
        _ => Err(errors),
    }
}

/// What admission holds a new request to: filed by its requester, it records no intake; filed
/// by anyone else, that person is staff who may file it and is the one its intake names.
pub fn check_new(principal: &Principal, request: &Request) -> Result<(), Vec<ValidationError>> {
    let by_requester = request.requester.as_str() == principal.user.as_str();
    match (&request.intake, by_requester) {
        (None, true) => Ok(()),
        (Some(_), true) => Err(vec![error(
            "intake",
            Problem::NotAllowed {
                reason: "is recorded only when hub staff file a request for someone".into(),
            },
        )]),
        (Some(intake), false)
            if intake.by.as_str() == principal.user.as_str()
                && may_file_for(principal.role, request.kind) =>
        {
            Ok(())
        }
        (_, false) => Err(vec![error(
            "requester",
            Problem::NotAllowed {
                reason: "a request filed for someone records who filed it, and only hub staff \
                         who answer its kind file one"
                    .into(),
            },
        )]),
    }
}

fn error(field: &str, problem: Problem) -> ValidationError {
    ValidationError {
        field: field.into(),
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(user: &str, role: Role) -> Principal {
        Principal::new(UserId::parse(user).expect("valid"), role)
    }

    fn practitioner(user: &str) -> Named {
        Named {
            user: UserId::parse(user).expect("valid"),
            role: Role::Practitioner,
            active: true,
        }
    }

    fn fields(result: Result<Filing, Vec<ValidationError>>) -> Vec<String> {
        result
            .expect_err("refused")
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn a_person_filing_for_themselves_records_no_intake() {
        let asha = who("asha", Role::Practitioner);
        let filed = filing(&asha, Kind::HelpDesk, None, None, None).expect("filed");
        assert_eq!(filed.requester.as_str(), "asha");
        assert_eq!(filed.intake, None);
        let same = filing(&asha, Kind::HelpDesk, Some("asha"), None, None).expect("filed");
        assert_eq!(same.intake, None);
        assert_eq!(
            fields(filing(
                &asha,
                Kind::HelpDesk,
                None,
                Some("phone_call"),
                None
            )),
            ["channel"]
        );
    }

    #[test]
    fn an_agent_files_for_a_practitioner_naming_the_channel() {
        let meena = who("meena", Role::Agent);
        let filed = filing(
            &meena,
            Kind::FundQuery,
            Some("asha"),
            Some("phone_call"),
            Some(&practitioner("asha")),
        )
        .expect("filed");
        assert_eq!(filed.requester.as_str(), "asha");
        assert_eq!(
            filed.intake,
            Some(Intake {
                by: "meena".into(),
                channel: Channel::PhoneCall
            })
        );
    }

    #[test]
    fn only_staff_who_answer_the_kind_file_for_someone() {
        let asha = who("asha", Role::Practitioner);
        let farah = who("farah", Role::FundManager);
        let ravi = practitioner("ravi");
        for (filer, kind) in [(&asha, Kind::HelpDesk), (&farah, Kind::HelpDesk)] {
            assert_eq!(
                fields(filing(
                    filer,
                    kind,
                    Some("ravi"),
                    Some("email"),
                    Some(&ravi)
                )),
                ["requester"]
            );
        }
        assert!(
            filing(
                &farah,
                Kind::FundQuery,
                Some("ravi"),
                Some("email"),
                Some(&ravi)
            )
            .is_ok()
        );
    }

    #[test]
    fn the_requester_is_an_active_practitioner_and_the_channel_is_known() {
        let meena = who("meena", Role::Agent);
        let staff = Named {
            role: Role::Admin,
            ..practitioner("root")
        };
        let gone = Named {
            active: false,
            ..practitioner("gone")
        };
        let refused = filing(
            &meena,
            Kind::HelpDesk,
            Some("root"),
            Some("pigeon"),
            Some(&staff),
        )
        .expect_err("refused");
        assert!(matches!(refused[0].problem, Problem::Invalid { .. }));
        assert_eq!(refused[1].field, "channel");
        assert!(matches!(refused[1].problem, Problem::Unknown { .. }));
        for account in [Some(&gone), None] {
            let refused =
                filing(&meena, Kind::HelpDesk, Some("gone"), None, account).expect_err("refused");
            assert!(matches!(refused[0].problem, Problem::Unknown { .. }));
            assert_eq!(refused[1].field, "channel");
            assert_eq!(refused[1].problem, Problem::Empty);
        }
    }
}
