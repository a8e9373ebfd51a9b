// What people read for the codes the client hands back (kinds, topics, countries, statuses) and
// for dates. Wording only: which codes exist comes from the client (`HubClient.choices()`).

const LABELS = {
  help_desk: "Help-desk request",
  fund_query: "Support fund query",
  peer_learning: "Peer learning between cities",
  capacity_building: "Capacity building and training",
  cooperation: "Cooperation (national-local, multi-actor)",
  local_voices: "Elevating local voices",
  youth_engagement: "Youth and local government",
  local_action_planning: "Local action planning",
  support_fund: "Technical support fund",
  BD: "Bangladesh",
  IN: "India",
  LK: "Sri Lanka",
  MV: "Maldives",
  PK: "Pakistan",
  personnel: "Personnel",
  activities_events: "Activities and events",
  materials: "Materials",
  travel: "Travel",
  monitoring_evaluation: "Monitoring and evaluation",
  other: "Other",
};

// Shorter names where space is tight (list rows, chips).
const SHORT = {
  help_desk: "Help desk",
  fund_query: "Fund query",
  cooperation: "Cooperation",
  youth_engagement: "Youth engagement",
};

const STATUS = {
  new: "New",
  triaged: "Seen by the hub",
  in_progress: "In progress",
  waiting_on_requester: "Waiting for you",
  resolved: "Resolved",
  closed: "Closed",
};

const SYNC = {
  device: "Only on this device",
  sending: "Sending…",
  hub: "With the hub",
};

const LANGUAGES = {
  en: "English",
  bn: "বাংলা",
  hi: "हिन्दी",
  ur: "اردو",
  si: "සිංහල",
  ta: "தமிழ்",
  dv: "ދިވެހި",
};

export function label(code) {
  if (!code) return "";
  return LABELS[code] ?? code.replaceAll("_", " ").replace(/^./, (c) => c.toUpperCase());
}

export function short(code) {
  return SHORT[code] ?? label(code);
}

export const statusLabel = (status) => STATUS[status] ?? label(status);
export const syncLabel = (sync) => SYNC[sync] ?? sync;
export const languageLabel = (tag) => LANGUAGES[tag] ?? tag;

export function date(ms) {
  return new Date(ms).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
}

export function dateTime(ms) {
  return new Date(ms).toLocaleString(undefined, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}
