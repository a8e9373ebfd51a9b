// A request's files on the phone (and a fund application's required attachments as a checklist,
// and evidence for its progress reports): those the hub holds (downloaded only when asked for, with a
// small picture of a photo made by the hub), those kept here and waiting to go (their size and
// progress, and in low-data mode "Send now"), and attaching another, offline too. A file the hub
// would refuse is refused here, before any data is spent; a photo may be sent reduced.

import { h } from "../dom.js";
import { bytes, languageHeader, picked, t } from "../i18n.js";
import { savedRounds } from "../rounds.js";
import { checkChosen, forget, keep, lowData, onFilesChange, reducePhoto, sendNow, waiting } from "../uploads.js";

/** The file types the picker offers: the hub's allowlist, by extension. */
const ACCEPT = ".jpg,.jpeg,.png,.gif,.webp,.heic,.heif,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv";

/** @param {import("../../app.js").Ctx} ctx */
export function attachmentsCard(ctx, requestId) {
  const { client, session, HubClient } = ctx;
  const checklist = h("ul", { class: "files checklist", id: "required-files" });
  const evidence = h("ul", { class: "files", id: "report-evidence" });
  const held = h("ul", { class: "files", id: "files-held" });
  const kept = h("ul", { class: "files", id: "files-waiting" });
  const state = h("p", { class: "saved-state", "aria-live": "polite", id: "file-state" });
  // The picker opens from a real button, which shows its focus like every other.
  const input = h("input", { type: "file", id: "attach-file", accept: ACCEPT, hidden: true });
  const choose = h("button", { type: "button", class: "secondary", id: "attach-button" }, t("files-attach"));
  choose.addEventListener("click", () => pick({}));

  function pick(where) {
    place = where;
    input.click();
  }
  const choice = h("div", { class: "file-choice", id: "photo-choice", hidden: true });
  const attach = h("div", { class: "actions" }, choose, input);
  const element = h(
    "section",
    { class: "card", id: "attachments" },
    h("h3", {}, t("files-heading")),
    checklist,
    evidence,
    held,
    kept,
    choice,
    attach,
    state,
  );
  let detail = null;
  // Where the next chosen file goes: the request, a required attachment or a report.
  let place = {};

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    state.textContent = "";
    const checked = await checkChosen(HubClient, file);
    if (checked.refused) {
      state.textContent = picked(checked.refused);
      return;
    }
    if (!checked.photo) return store(file);
    const reduced = await reducePhoto(file);
    if (!reduced || reduced.size >= file.size) return store(file);
    // Both sizes, and the person chooses; in low-data mode the reduced one comes first.
    const small = h(
      "button",
      { type: "button", id: "send-reduced" },
      t("files-send-reduced", { size: bytes(reduced.size) }),
    );
    const whole = h(
      "button",
      { type: "button", class: "secondary", id: "send-original" },
      t("files-send-original", { size: bytes(file.size) }),
    );
    small.addEventListener("click", () => store(reduced));
    whole.addEventListener("click", () => store(file));
    choice.replaceChildren(h("p", {}, t("files-photo-sizes", { original: bytes(file.size), reduced: bytes(reduced.size) })), h("div", { class: "actions" }, small, whole));
    choice.hidden = false;
    small.focus();
  });

  async function store(file) {
    choice.hidden = true;
    choice.replaceChildren();
    try {
      await keep(ctx, requestId, file, place);
      state.textContent = t("files-kept", { name: file.name });
    } catch (error) {
      state.textContent = error?.message && !error.code ? t("files-failed", { reason: error.message }) : picked(error);
    }
    await render(detail);
  }

  async function render(current) {
    detail = current;
    if (!detail) return;
    const writable = detail.requester === session.user.id;
    attach.hidden = !writable;
    held.replaceChildren(...detail.attachments.map((a) => heldFile(ctx, a)));
    const mine = (await waiting(client)).filter((f) => f.request_id === requestId && !(f.done && detail.attachments.some((a) => a.id === f.id)));
    // A fund application's round asks for attachments: each is given (at the hub or waiting
    // here) or missing, with its own button.
    const round = savedRounds().find((r) => r.id === detail.fund?.round_id);
    const required = round?.required_attachments ?? [];
    checklist.replaceChildren(
      ...required.map((name) => {
        const given = detail.attachments.some((a) => a.requirement === name) || mine.some((f) => f.place.requirement === name);
        return h(
          "li",
          { class: given ? "given" : "missing", "data-requirement": name },
          h("p", {}, given ? t("files-required-given", { name }) : t("files-required-missing", { name })),
          writable && !given
            ? h("button", { type: "button", class: "secondary", onclick: () => pick({ requirement: name }) }, t("files-attach-required"))
            : null,
        );
      }),
    );
    // Evidence for each progress report filed.
    evidence.replaceChildren(
      ...(detail.fund?.reports ?? []).map((report) =>
        h(
          "li",
          { "data-report": report.id },
          h("p", {}, t("files-report-evidence", { milestone: report.milestone })),
          writable ? h("button", { type: "button", class: "secondary", onclick: () => pick({ report: report.id }) }, t("files-attach-evidence")) : null,
        ),
      ),
    );
    kept.replaceChildren(...mine.map((f) => keptFile(ctx, f, () => render(detail))));
    element.hidden = !writable && detail.attachments.length === 0;
  }

  onFilesChange(() => render(detail));
  return { element, render };
}

/** A file the hub holds: its name and size; a picture of a photo; downloaded when asked. */
function heldFile(ctx, attachment) {
  const { session } = ctx;
  const photo = attachment.type.startsWith("image/") && !/hei[cf]/.test(attachment.type);
  const auth = () => ({ Authorization: `Bearer ${session.token}`, ...languageHeader() });
  const picture = h("div", { class: "thumb" });
  const showPicture = h("button", { type: "button", class: "quiet" }, t("files-show-picture"));
  const download = h("button", { type: "button", class: "secondary", "data-download": attachment.id }, t("files-download", { size: bytes(attachment.size) }));
  const note = h("p", { class: "note", "aria-live": "polite" });
  async function loadPicture() {
    showPicture.hidden = true;
    const response = await fetch(`/api/attachments/${attachment.id}/thumbnail`, { headers: auth() }).catch(() => null);
    if (!response?.ok) {
      showPicture.hidden = false;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    picture.replaceChildren(h("img", { src: url, alt: t("files-picture-of", { name: attachment.name }) }));
  }
  showPicture.addEventListener("click", loadPicture);
  download.addEventListener("click", async () => {
    download.disabled = true;
    note.textContent = t("files-downloading");
    try {
      const response = await fetch(`/api/attachments/${attachment.id}`, { headers: auth() });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = h("a", { href: url, download: attachment.name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      note.textContent = "";
    } catch {
      note.textContent = t("files-download-failed");
    } finally {
      download.disabled = false;
    }
  });
  // Pictures are small, but in low-data mode even they wait for a tap.
  if (photo && !lowData() && navigator.onLine) loadPicture();
  showPicture.hidden = !photo || !lowData();
  return h(
    "li",
    { class: "file", "data-attachment": attachment.id },
    picture,
    h("p", { class: "file-name", dir: "auto", translate: "no" }, attachment.name),
    h("p", { class: "meta" }, [bytes(attachment.size), attachment.message ? t("files-on-message") : null].filter(Boolean).join(" · ")),
    h("div", { class: "actions" }, showPicture, download),
    note,
  );
}

/** A file kept on the phone: how much of it went, why it waits, and "Send now". */
function keptFile(ctx, file, rerender) {
  const left = file.size - file.sent;
  const progress = h("progress", { max: file.size, value: file.sent });
  const status = file.refused
    ? t("files-refused", { reason: file.refused })
    : file.done
      ? t("files-sent")
      : file.sent > 0
        ? t("files-sending", { sent: bytes(file.sent), size: bytes(file.size) })
        : lowData() && !file.send_now
          ? t("files-waiting-wifi")
          : t("files-waiting");
  const actions = [];
  if (!file.refused && !file.done && lowData() && !file.send_now) {
    const now = h("button", { type: "button", class: "secondary", "data-send-now": file.id }, t("files-send-now", { size: bytes(left) }));
    now.addEventListener("click", async () => {
      now.disabled = true;
      await sendNow(ctx, file.id);
      rerender();
    });
    actions.push(now);
  }
  if (file.refused) {
    const drop = h("button", { type: "button", class: "quiet" }, t("files-remove"));
    drop.addEventListener("click", async () => {
      await forget(ctx, file.id);
      rerender();
    });
    actions.push(drop);
  }
  return h(
    "li",
    { class: "file waiting", "data-kept": file.id, "data-size": String(file.size), "data-sent": String(file.sent), "data-done": String(file.done) },
    h("p", { class: "file-name", dir: "auto", translate: "no" }, file.name),
    h("p", { class: "meta" }, status),
    file.refused || file.done ? null : progress,
    actions.length ? h("div", { class: "actions" }, actions) : null,
  );
}
