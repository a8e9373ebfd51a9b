//! Member cities' needs: `GET /api/needs/asked` (the cities a focal point answers for, and this
//! quarter's answers), `POST /api/needs` (a focal point's assessment), and for staff who read
//! reports `GET /api/needs` (per country and quarter, and requests by group) and
//! `GET /api/needs/export.csv` (one row per assessment).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hubdesk_shared::needs::{Area, AssessmentDraft};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::auth::AuthUser;
use super::error::{AppError, ErrorBody};
use super::json::Json;
use crate::needs::{self, Asked, NeedsReport};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(asked))
        .routes(routes!(submit, report))
        .routes(routes!(export))
}

/// The member cities the caller is a focal point of, with this quarter's answers.
#[utoipa::path(get, path = "/api/needs/asked", operation_id = "needs_asked", tag = "directory", security(("bearer" = [])),
    responses((status = 200, body = Asked), (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn asked(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<Asked>, AppError> {
    Ok(axum::Json(needs::asked(&state, &user.principal).await?))
}

/// Fills in this quarter's needs assessment of a member city the caller is a focal point of:
/// 201 the first time this quarter, 200 when it replaces the earlier one.
#[utoipa::path(post, path = "/api/needs", operation_id = "submit_needs", tag = "directory", security(("bearer" = [])),
    request_body = AssessmentDraft,
    responses((status = 201, description = "Kept"), (status = 200, description = "Replaced this quarter's earlier answers"),
        (status = 403, description = "Not a focal point of the city", body = ErrorBody),
        (status = 404, description = "No such city", body = ErrorBody),
        (status = 409, description = "`city_not_member`", body = ErrorBody),
        (status = 422, description = "Invalid, naming every field at fault", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn submit(
    State(state): State<AppState>,
    user: AuthUser,
    Json(draft): Json<AssessmentDraft>,
) -> Result<StatusCode, AppError> {
    let first = needs::submit(&state, &user.principal, draft).await?;
    Ok(if first {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    })
}

/// The assessments of the caller's countries per country and quarter, each city's latest, and
/// the requests broken down by the groups their city serves (staff who read reports).
#[utoipa::path(get, path = "/api/needs", operation_id = "needs_report", tag = "directory", security(("bearer" = [])),
    responses((status = 200, body = NeedsReport), (status = 403, description = "Not someone who reads reports", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn report(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<axum::Json<NeedsReport>, AppError> {
    let rows = needs::assessments(&state, &user.principal).await?;
    Ok(axum::Json(
        needs::report(&state, &user.principal, rows).await?,
    ))
}

/// Every assessment of the caller's countries, one CSV row each (staff who read reports).
#[utoipa::path(get, path = "/api/needs/export.csv", operation_id = "export_needs", tag = "directory", security(("bearer" = [])),
    responses((status = 200, description = "One row per assessment", content_type = "text/csv"),
        (status = 403, description = "Not someone who reads reports", body = ErrorBody),
        (status = 401, description = "No valid bearer token", body = ErrorBody)))]
async fn export(State(state): State<AppState>, user: AuthUser) -> Result<Response, AppError> {
    let rows = needs::assessments(&state, &user.principal).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Internal(e.to_string());
    let mut head = vec!["period".to_string(), "country".into(), "city".into()];
    for area in Area::ALL {
        for part in ["urgency", "topics", "detail"] {
            head.push(format!("{}_{part}", area.as_str()));
        }
    }
    head.extend(["groups".to_string(), "submitted_at".into()]);
    out.write_record(&head).map_err(fail)?;
    for row in &rows {
        let mut cells = vec![row.period.clone(), row.country.clone(), row.city.clone()];
        for area in Area::ALL {
            let need = row.answers.area(area);
            cells.push(need.urgency.to_string());
            cells.push(
                need.topics
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            cells.push(need.detail.clone().unwrap_or_default());
        }
        cells.push(
            row.answers
                .groups
                .iter()
                .map(|g| g.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        cells.push(row.submitted_at.to_string());
        out.write_record(super::spreadsheet::row(&cells))
            .map_err(fail)?;
    }
    super::spreadsheet::download(out, "hubdesk-needs.csv")
}
