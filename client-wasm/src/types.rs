//! The TypeScript shapes of what [`crate::HubClient`] hands out, for the generated `.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Where a record's changes are: only on this device, on their way, or stored by the hub. */
export type SyncState = "device" | "sending" | "hub";

export interface SyncStatus {
  /** `navigator.onLine`: whether the device has any network at all. */
  network: boolean;
  connection: "stopped" | "connecting" | "connected" | "waiting";
  /** Milliseconds until the next attempt, while waiting. */
  retry_in_ms: number | null;
  /** The hub no longer accepts this device's session: sign in again to sync. */
  session_rejected: boolean;
  /** This device was revoked: wipe everything HubDesk keeps on it and say why. */
  device_revoked: boolean;
  /** While connected: what is left of the sync with the hub. */
  progress: SyncProgress | null;
}

export interface SyncProgress {
  /** Records not yet the same on this phone and at the hub. */
  docs: number;
  /** Bytes of changes this phone still has to send. */
  bytes_to_send: number;
  /** Bytes the hub has said are on their way and have not arrived yet. */
  bytes_to_receive: number;
}

export interface Choices {
  kind: string[];
  category: string[];
  country: string[];
  budget_category: string[];
  role: string[];
  audit_action: string[];
}

export interface Limits {
  fund_cap_cents: number;
  fund_cap_text: string;
  fund_currency: string;
  title_max_chars: number;
  description_max_chars: number;
  message_max_chars: number;
}

/** A new-request form as typed: every value is the text in its field, amounts in US dollars. */
export interface RequestForm {
  id?: string | null;
  kind: string;
  title: string;
  description: string;
  category: string;
  country: string;
  city: string;
  application?: ApplicationForm | null;
}

export interface ApplicationForm {
  requested: string;
  lead_organisation?: string;
  local_government_partner?: string;
  objectives?: string;
  timeline?: string;
  lines: { category: string; description: string; quantity: string; unit_cost: string }[];
  /** The fund round applied to, by id. */
  round_id?: string | null;
  /** How the initiative follows from the local action plan. */
  risk_assessment?: string;
  mitigation?: string;
  partners_resources?: string;
  /** The timeline's milestones: a name and a due date as YYYY-MM-DD. */
  milestones?: { name: string; due: string }[];
}

/** One problem next to its field; `field` is a path such as `application.lines[2].quantity`. */
export interface FieldError {
  field: string;
  code: string;
  /** The catalogue message that words it (locales/*/problems.ftl). */
  message: string;
  /** Its arguments; an amount is `{minor, currency}`. */
  args: Record<string, number | string | { minor: number; currency: string }>;
}

/** An answer to an event's feedback form: two scores from 1 to 5 and an optional comment. */
export interface FeedbackDraft {
  rating: number;
  usefulness: number;
  comment?: string | null;
}

/** What a rejected create, edit or message carries when the input is not valid. */
export interface FieldErrors {
  errors: FieldError[];
}

export interface BudgetCheck {
  line_totals: (string | null)[];
  lines_total_cents: number | null;
  lines_total_text: string | null;
  requested_cents: number | null;
  requested_text: string | null;
  cap_cents: number;
  cap_text: string;
  over_cap: boolean;
  balanced: boolean;
}

export interface DraftCheck {
  errors: FieldError[];
  budget: BudgetCheck | null;
}

export interface RequestSummary {
  /** The newest message on one line, cut between letters to fit a list row. */
  last_message_preview: string | null;
  id: string;
  kind: string;
  title: string;
  category: string;
  country: string;
  city: string;
  /** Who filed it: this person, or a colleague who shares it with their city team. */
  requester: string;
  created_at: number;
  sync: SyncState;
  /** The hub's status (`new`, `triaged`, `in_progress`, ...) once the device has it. */
  status: string | null;
  message_count: number;
  last_message_at: number | null;
  hub_replied_last: boolean;
  requested_text: string | null;
  conflict_count: number;
  /** The people the hub referred its requester to who accepted (user ids). */
  referred: string[];
}

export interface MessageView {
  id: string;
  author: string;
  role: "requester" | "staff";
  body: string;
  sent_at: number;
  sync: SyncState;
}

export interface ApplicationView {
  requested_text: string;
  lines: { category: string; description: string; quantity: number; unit_cost_text: string; total_text: string | null }[];
  lines_total_text: string | null;
  lead_organisation: string;
  local_government_partner: string;
  objectives: string;
  timeline: string;
}

/** A field two devices set to different values while apart; pick one of `values`. */
export interface ConflictView {
  field: string;
  values: string[];
  shown: string[];
}

export interface RequestDetail extends RequestSummary {
  description: string;
  priority: string | null;
  messages: MessageView[];
  application: ApplicationView | null;
  conflicts: ConflictView[];
  /** Set when the hub merged this request into another as a duplicate: that request's id. */
  duplicate_of: string | null;
  /** How the hub resolved the request, once it has. */
  resolution: string | null;
  /** Whether the requester shares it with their city team, and how. */
  team: "read" | "write" | null;
  /** How it reached the hub when hub staff filed it for the requester; null when they did. */
  channel: string | null;
  /** When the request was last handed to a successor (its requester now); null if never. */
  handed_over_at: number | null;
  /** Whom the hub referred the requester to, and where each referral stands. */
  referrals: { to: string; to_name: string; status: "offered" | "accepted" | "declined" | "closed"; outcome: string | null }[];
  /** A fund query's application: where it stands, and its values as the edit form takes them. */
  fund: {
    status: "draft" | "submitted" | "under_review" | "changes_requested" | "approved" | "declined";
    submitted: boolean;
    round_id: string | null;
    approved_text: string | null;
    decision_note: string | null;
    form: ApplicationForm;
    reports: { id: string; milestone: string; body: string; is_final: boolean; sent_at: number }[];
  } | null;
  /** The files the hub holds for it, metadata only. */
  attachments: Attachment[];
}

/** A file the hub holds, as its request lists it. */
export interface Attachment {
  id: string;
  sha256: string;
  name: string;
  type: string;
  size: number;
  by: string;
  at: number;
  message?: string;
  requirement?: string;
  report?: string;
}

/** Fields of a filed request its requester may change; absent fields stay as they are. */
export interface RequestChanges {
  title?: string;
  description?: string;
  category?: string;
  country?: string;
  city?: string;
}

/** A version of an item in several languages, as `HubClient.offerVersions` reads it. */
export interface VersionOf {
  id: string;
  item: string;
  language: string;
}

/** One item as offered: every version, the one in the reader's language first. */
export interface Offer {
  item: string;
  versions: { id: string; language: string }[];
}

export interface GuidanceSummary {
  id: string;
  /** The item it is a version of (its first version's id). */
  item: string;
  /** Every version of the item, this one first: the languages it exists in. */
  versions: { id: string; language: string }[];
  title: string;
  summary: string;
  topic: string;
  language: string;
  published_at: number;
  /** For a practice a member shared: who wrote it and their city. */
  credit: { name: string; city: string; country: string } | null;
}

export interface GuidanceItem extends GuidanceSummary {
  body: string;
}

export interface DraftInfo {
  key: string;
  saved_at: number;
}
"#;
