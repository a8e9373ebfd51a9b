//! `/api/reports`: counts by status, kind, country, category and assignee over a date range,
//! median first-response and resolution times, and the CSV export, streamed with no row cap.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;
use hubdesk_shared::access::{Action, may};
use hubdesk_shared::sla::median;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody, Message};
use crate::clock::now_ms;
use crate::store::reports::{self, Dimension, EXPORT_HEADER, ExportRow, Range};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(summary))
        .routes(routes!(export))
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
struct RangeQuery {
    /// First day, `YYYY-MM-DD` (UTC); 30 days before `to` when absent.
    from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included; today when absent.
    to: Option<String>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn parse_day(field: &str, text: &str) -> Result<i64, AppError> {
    let bad = || AppError::bad_request(Some(field), Message::id("reports-not-a-date"));
    let parts: Vec<&str> = text.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i64>(), m.parse::<i64>(), d.parse::<i64>()) else {
        return Err(bad());
    };
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok(days_from_civil(y, m, d) * DAY_MS)
}

fn range(query: &RangeQuery, user: &AuthUser) -> Result<Range, AppError> {
    let to = match &query.to {
        Some(day) => parse_day("to", day)? + DAY_MS,
        None => (now_ms().div_euclid(DAY_MS) + 1) * DAY_MS,
    };
    let from = match &query.from {
        Some(day) => parse_day("from", day)?,
        None => to - 30 * DAY_MS,
    };
    if from >= to {
        return Err(AppError::bad_request(
            Some("from"),
            Message::id("reports-from-after-to"),
        ));
    }
    Ok(Range {
        from,
        to,
        countries: user.principal.country_limit().map(<[_]>::to_vec),
    })
}

fn require_reports(user: &AuthUser) -> Result<(), AppError> {
    if may(user.principal.role, Action::ViewReports) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Serialize, ToSchema)]
struct Count {
    /// The value counted, or `null` (an unassigned request, say).
    value: Option<String>,
    count: i64,
}

#[derive(Serialize, ToSchema)]
struct Summary {
    from: i64,
    to: i64,
    total: i64,
    /// By dimension name (`status`, `kind`, `country`, `category`, `assignee`).
    counts: BTreeMap<&'static str, Vec<Count>>,
    median_first_response_ms: Option<i64>,
    median_resolution_ms: Option<i64>,
    answered: usize,
    resolved: usize,
}

#[utoipa::path(get, path = "/api/reports", tag = "reports", security(("bearer" = [])),
    params(RangeQuery),
    responses((status = 200, body = Summary), (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn summary(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<RangeQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<Summary>, AppError> {
    require_reports(&user)?;
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    let range = range(&query, &user)?;
    let mut counts = BTreeMap::new();
    let mut total = 0;
    for dimension in Dimension::ALL {
        let rows = reports::counts(&state.store, dimension, &range).await?;
        if dimension == Dimension::Status {
            total = rows.iter().map(|(_, n)| n).sum();
        }
        let name = match dimension {
            Dimension::Status => "status",
            Dimension::Kind => "kind",
            Dimension::Country => "country",
            Dimension::Category => "category",
            Dimension::Assignee => "assignee",
        };
        counts.insert(
            name,
            rows.into_iter()
                .map(|(value, count)| Count { value, count })
                .collect(),
        );
    }
    let (mut first, mut resolve) = reports::durations(&state.store, &range).await?;
    Ok(axum::Json(Summary {
        from: range.from,
        to: range.to,
        total,
        counts,
        answered: first.len(),
        resolved: resolve.len(),
        median_first_response_ms: median(&mut first),
        median_resolution_ms: median(&mut resolve),
    }))
}

fn record(row: &ExportRow) -> [String; 16] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let number = |v: &Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    [
        row.id.clone(),
        text(&row.kind),
        text(&row.category),
        text(&row.country),
        text(&row.city),
        text(&row.status),
        text(&row.priority),
        text(&row.assignee),
        text(&row.tags).replace(',', " "),
        text(&row.duplicate_of),
        number(&row.received_at),
        number(&row.first_response_at),
        number(&row.resolved_at),
        number(&row.sla_due_at),
        number(&row.message_count),
        number(&row.requested_cents),
    ]
}

/// Streams every request in the range as CSV (metadata only: never titles, descriptions or
/// messages). Rows are read from the database as they are written to the client.
#[utoipa::path(get, path = "/api/reports/export.csv", tag = "reports", security(("bearer" = [])),
    params(RangeQuery),
    responses((status = 200, description = "Every request in the range, one CSV row each (metadata only)", content_type = "text/csv"),
        (status = 403, body = ErrorBody), (status = 400, description = "Bad input, naming the field", body = ErrorBody), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export(
    State(state): State<AppState>,
    user: AuthUser,
    query: Result<Query<RangeQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, AppError> {
    require_reports(&user)?;
    let Query(query) = query.map_err(|e| AppError::bad_request(None, e.body_text()))?;
    let range = range(&query, &user)?;
    let (from, to) = (range.from, range.to);
    crate::audit::exported(&state.store, user.caller().actor(), None, "requests").await?;
    let header = super::language::csv_header(&EXPORT_HEADER);
    let (tx, stream) = super::stream::channel::<Result<Vec<u8>, std::io::Error>>(8);
    let store = state.store.clone();
    tokio::spawn(async move {
        const CHUNK: usize = 64 * 1024;
        let writer = || csv::Writer::from_writer(Vec::with_capacity(CHUNK));
        let mut out = writer();
        if out.write_record(&header).is_err() {
            return;
        }
        let sql = reports::export_sql(&range);
        let mut rows = std::pin::pin!(reports::export(&store, &sql, &range));
        loop {
            let row = match rows.try_next().await {
                Ok(Some(row)) => row,
                Ok(None) => break,
                Err(e) => {
                    // The client sees a cut-off download rather than a CSV that looks complete.
                    tracing::error!(error = %e, "the export stopped");
                    let _ = tx
                        .send(Err(std::io::Error::other("the export stopped")))
                        .await;
                    return;
                }
            };
            if out
                .write_record(super::spreadsheet::row(record(&row)))
                .is_err()
            {
                return;
            }
            if out.get_ref().len() < CHUNK {
                continue;
            }
            let Ok(chunk) = std::mem::replace(&mut out, writer()).into_inner() else {
                return;
            };
            if tx.send(Ok(chunk)).await.is_err() {
                // The client went away.
                return;
            }
        }
        if let Ok(rest) = out.into_inner() {
            let _ = tx.send(Ok(rest)).await;
        }
    });
    let name = format!(
        "attachment; filename=\"hubdesk-requests-{}-{}.csv\"",
        from / DAY_MS,
        to / DAY_MS
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_the_epoch() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2026, 11, 26), 20_783);
    }

    #[test]
    fn a_bad_date_names_its_parameter() {
        assert!(parse_day("from", "2026-13-01").is_err());
        assert!(parse_day("to", "yesterday").is_err());
        assert_eq!(parse_day("from", "1970-01-02").ok(), Some(DAY_MS));
    }
}
