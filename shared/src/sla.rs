//! Service levels: how soon the hub should first answer and resolve a request, per priority,
//! with the clock paused while the hub waits on the requester.
//!
//! Times are the server's, taken when it received each change (device clocks are often wrong);
//! the history keeps the device's time beside them. [`measure`] turns a request's status
//! timeline into its deadlines; the server stores the result in the projection so the overdue
//! queue is a SQL query.

use std::str::FromStr;

use crate::model::{Priority, Status};

const HOUR_MS: i64 = 60 * 60 * 1000;

/// First-response and resolution targets for one priority, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub first_response_ms: i64,
    pub resolution_ms: i64,
}

/// Targets for every priority (configurable; see [`SlaTargets::from_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlaTargets {
    pub low: Target,
    pub normal: Target,
    pub high: Target,
    pub urgent: Target,
}

impl Default for SlaTargets {
    fn default() -> Self {
        let t = |first_h: i64, resolve_h: i64| Target {
            first_response_ms: first_h * HOUR_MS,
            resolution_ms: resolve_h * HOUR_MS,
        };
        Self {
            low: t(72, 336),
            normal: t(24, 168),
            high: t(8, 72),
            urgent: t(2, 24),
        }
    }
}

impl SlaTargets {
    pub fn for_priority(&self, priority: Priority) -> Target {
        match priority {
            Priority::Low => self.low,
            Priority::Normal => self.normal,
            Priority::High => self.high,
            Priority::Urgent => self.urgent,
        }
    }
}

/// Reads targets written as `priority=FIRST/RESOLVE` pairs in hours, separated by commas, such
/// as `urgent=2/24,high=8/72`. Priorities not named keep their defaults.
impl FromStr for SlaTargets {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut targets = SlaTargets::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, hours) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?}: expected priority=FIRST/RESOLVE in hours"))?;
            let priority: Priority = name.trim().parse().map_err(|e| format!("{e}"))?;
            let (first, resolve) = hours
                .split_once('/')
                .ok_or_else(|| format!("{part:?}: expected FIRST/RESOLVE in hours"))?;
            let hours = |text: &str| -> Result<i64, String> {
                match text.trim().parse::<i64>() {
                    Ok(h) if h > 0 => Ok(h * HOUR_MS),
                    _ => Err(format!("{part:?}: hours must be whole numbers above zero")),
                }
            };
            let target = Target {
                first_response_ms: hours(first)?,
                resolution_ms: hours(resolve)?,
            };
            match priority {
                Priority::Low => targets.low = target,
                Priority::Normal => targets.normal = target,
                Priority::High => targets.high = target,
                Priority::Urgent => targets.urgent = target,
            }
        }
        Ok(targets)
    }
}

/// Where a request stands against its targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sla {
    /// When the first response is due, with pauses added; `None` while paused.
    pub first_response_due: Option<i64>,
    pub first_response_at: Option<i64>,
    /// When resolution is due, with pauses added; `None` while paused.
    pub resolution_due: Option<i64>,
    pub resolved_at: Option<i64>,
    /// Whether the clock is stopped because the hub waits on the requester.
    pub paused: bool,
    /// The next deadline not yet met, for the overdue queue; `None` when paused or all met.
    pub next_due: Option<i64>,
}

impl Sla {
    /// Whether a deadline has passed unmet at `now` (a met deadline that was late stays late in
    /// the reports, not in the queue).
    pub fn is_overdue(&self, now: i64) -> bool {
        self.next_due.is_some_and(|due| due < now)
    }
}

/// Measures a request filed at `created_at` (server time) with `priority`, whose status moved
/// as `moves` says (server time, new status, oldest first), and whose first staff reply
/// arrived at `first_response_at`.
pub fn measure(
    created_at: i64,
    priority: Priority,
    moves: &[(i64, Status)],
    first_response_at: Option<i64>,
    targets: &SlaTargets,
) -> Sla {
    let target = targets.for_priority(priority);
    // Total paused time, and the start of a pause still running.
    let mut paused_ms = 0;
    let mut paused_since: Option<i64> = None;
    let mut paused_before_reply = 0;
    let mut resolved_at = None;
    for &(at, status) in moves {
        if let Some(since) = paused_since.take() {
            let length = (at - since).max(0);
            paused_ms += length;
            if first_response_at.is_none_or(|r| since < r) {
                paused_before_reply += length;
            }
        }
        if status == Status::WaitingOnRequester {
            paused_since = Some(at);
        }
        resolved_at = match status {
            Status::Resolved | Status::Closed => resolved_at.or(Some(at)),
            _ => None,
        };
    }
    let paused = paused_since.is_some();
    let first_due = created_at + target.first_response_ms + paused_before_reply;
    let resolution_due = created_at + target.resolution_ms + paused_ms;
    let next_due = if paused {
        None
    } else if first_response_at.is_none() && resolved_at.is_none() {
        Some(first_due.min(resolution_due))
    } else if resolved_at.is_none() {
        Some(resolution_due)
    } else {
        None
    };
    Sla {
        first_response_due: (!paused).then_some(first_due),
        first_response_at,
        resolution_due: (!paused).then_some(resolution_due),
        resolved_at,
        paused,
        next_due,
    }
}

/// The median of some durations (the lower middle one for an even count), for reports.
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    Some(values[(values.len() - 1) / 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_763_900_000_000;

    #[test]
    fn a_new_normal_request_is_due_a_first_answer_within_a_day() {
        let sla = measure(T0, Priority::Normal, &[], None, &SlaTargets::default());
        assert_eq!(sla.first_response_due, Some(T0 + 24 * HOUR_MS));
        assert_eq!(sla.next_due, Some(T0 + 24 * HOUR_MS));
        assert!(!sla.is_overdue(T0 + 24 * HOUR_MS));
        assert!(sla.is_overdue(T0 + 24 * HOUR_MS + 1));
    }

    #[test]
    fn after_the_first_answer_only_resolution_is_due() {
        let reply = T0 + HOUR_MS;
        let sla = measure(T0, Priority::High, &[], Some(reply), &SlaTargets::default());
        assert_eq!(sla.next_due, Some(T0 + 72 * HOUR_MS));
    }

    #[test]
    fn waiting_on_the_requester_stops_the_clock_and_extends_the_deadline() {
        let moves = [
            (T0 + HOUR_MS, Status::InProgress),
            (T0 + 2 * HOUR_MS, Status::WaitingOnRequester),
        ];
        let targets = SlaTargets::default();
        let during = measure(T0, Priority::Urgent, &moves, Some(T0 + HOUR_MS), &targets);
        assert!(during.paused);
        assert_eq!(during.next_due, None);
        assert!(!during.is_overdue(T0 + 100 * HOUR_MS));

        let mut resumed = moves.to_vec();
        resumed.push((T0 + 12 * HOUR_MS, Status::InProgress));
        let after = measure(T0, Priority::Urgent, &resumed, Some(T0 + HOUR_MS), &targets);
        // 24 h target plus the 10 h spent waiting.
        assert_eq!(after.resolution_due, Some(T0 + 34 * HOUR_MS));
        assert_eq!(after.next_due, Some(T0 + 34 * HOUR_MS));
    }

    #[test]
    fn a_pause_before_the_first_answer_extends_that_deadline_too() {
        let moves = [
            (T0 + HOUR_MS, Status::WaitingOnRequester),
            (T0 + 5 * HOUR_MS, Status::InProgress),
        ];
        let sla = measure(T0, Priority::Urgent, &moves, None, &SlaTargets::default());
        assert_eq!(sla.first_response_due, Some(T0 + 6 * HOUR_MS));
    }

    #[test]
    fn resolving_stops_the_clock_and_reopening_restarts_it() {
        let targets = SlaTargets::default();
        let resolved = [(T0 + HOUR_MS, Status::Resolved)];
        let sla = measure(T0, Priority::Normal, &resolved, Some(T0 + 1), &targets);
        assert_eq!(sla.resolved_at, Some(T0 + HOUR_MS));
        assert_eq!(sla.next_due, None);
        let reopened = [
            (T0 + HOUR_MS, Status::Resolved),
            (T0 + 2 * HOUR_MS, Status::InProgress),
        ];
        let sla = measure(T0, Priority::Normal, &reopened, Some(T0 + 1), &targets);
        assert_eq!(sla.resolved_at, None);
        assert_eq!(sla.next_due, Some(T0 + 168 * HOUR_MS));
    }

    #[test]
    fn the_median_is_the_middle_duration() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5, 1, 3]), Some(3));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2));
    }

    #[test]
    fn targets_read_from_configuration_name_what_is_wrong() {
        let t: SlaTargets = "urgent=1/4, low=100/400".parse().expect("valid");
        assert_eq!(t.urgent.first_response_ms, HOUR_MS);
        assert_eq!(t.normal, SlaTargets::default().normal);
        assert!("urgent=1".parse::<SlaTargets>().is_err());
        assert!("soon=1/2".parse::<SlaTargets>().is_err());
        assert!("high=0/2".parse::<SlaTargets>().is_err());
    }
}
