// A request's files in the console: each with a small picture of a photo (made by the hub),
// opened in the browser (images in a viewer on the page, PDFs in a tab) or downloaded; a fund application's required
// attachments as a checklist; and files attached to a reply, sent once the hub has the reply.

import { h } from "../js/dom.js";
import { bytes, languageHeader, t } from "../js/i18n.js";
import { fill } from "./api.js";

/** Kinds the browser shows itself; anything else is downloaded. */
const OPENS = /^(image\/(jpeg|png|gif|webp)|application\/pdf)/;

const auth = (session) => ({ authorization: `Bearer ${session.token}`, ...languageHeader() });

async function blobOf(session, path) {
  const response = await fetch(path, { headers: auth(session) });
  if (!response.ok) throw new Error(t("console-hub-http", { status: response.status }));
  return response.blob();
}

/** The files panel of request `id`. */
export function filesPanel(ctx, id) {
  const { session } = ctx;
  const list = h("ul", { class: "files", id: "files" });
  const checklist = h("ul", { class: "checklist", id: "required-files" });
  const note = h("p", { class: "error", role: "alert" });
  const element = h("div", { class: "card", id: "files-card" }, h("h3", {}, t("console-files-heading")), checklist, list, note);
  const pictures = new Map();
  const viewer = imageViewer();
  element.append(viewer.element);
  let shown = "";

  function render(request, required = []) {
    const attachments = request.attachments ?? [];
    const key = JSON.stringify([attachments.map((a) => a.id), required]);
    if (key === shown) return;
    shown = key;
    element.hidden = attachments.length === 0 && required.length === 0;
    fill(
      checklist,
      required.map((name) => {
        const given = attachments.some((a) => a.requirement === name);
        return h(
          "li",
          { class: given ? "given" : "missing", "data-requirement": name },
          given ? t("console-files-required-given", { name }) : t("console-files-required-missing", { name }),
        );
      }),
    );
    fill(
      list,
      attachments.length ? attachments.map((a) => item(a, request)) : h("li", { class: "readonly" }, t("console-files-none")),
    );
  }

  function item(attachment, request) {
    const picture = h("div", { class: "thumb" });
    if (/^image\/(jpeg|png|gif|webp)/.test(attachment.type)) {
      const known = pictures.get(attachment.id);
      if (known) picture.append(h("img", { src: known, alt: t("console-files-picture-of", { name: attachment.name }) }));
      else
        blobOf(session, `/api/attachments/${attachment.id}/thumbnail`)
          .then((blob) => {
            const url = URL.createObjectURL(blob);
            pictures.set(attachment.id, url);
            picture.append(h("img", { src: url, alt: t("console-files-picture-of", { name: attachment.name }) }));
          })
          .catch(() => {});
    }
    const where = attachment.message
      ? request.messages.find((m) => m.id === attachment.message)?.role === "staff"
        ? t("console-files-on-reply")
        : t("console-files-on-message")
      : attachment.requirement
        ? t("console-files-for-requirement", { name: attachment.requirement })
        : attachment.report
          ? t("console-files-for-report")
          : null;
    const open = OPENS.test(attachment.type)
      ? h("button", { type: "button", class: "secondary", "data-open": attachment.id }, t("console-files-open"))
      : null;
    const download = h("button", { type: "button", class: "secondary", "data-download": attachment.id }, t("console-files-download"));
    open?.addEventListener("click", async () => {
      note.textContent = "";
      // Images are shown here, in the page (a browser's own image page would break the console's
      // style policy); a PDF opens in a tab of its own from the hub's bytes.
      const pdf = attachment.type.startsWith("application/pdf");
      const tab = pdf ? window.open("", "_blank") : null;
      try {
        const blob = await blobOf(session, `/api/attachments/${attachment.id}`);
        const url = URL.createObjectURL(new Blob([blob], { type: attachment.type.split(";")[0] }));
        if (pdf) {
          if (tab) tab.location.href = url;
          else location.assign(url);
          return;
        }
        viewer.show(url, attachment.name);
      } catch (e) {
        tab?.close();
        note.textContent = e.message;
      }
    });
    download.addEventListener("click", async () => {
      try {
        const blob = await blobOf(session, `/api/attachments/${attachment.id}`);
        const link = h("a", { href: URL.createObjectURL(blob), download: attachment.name });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      } catch (e) {
        note.textContent = e.message;
      }
    });
    return h(
      "li",
      { class: "file", "data-attachment": attachment.id },
      picture,
      h("p", { class: "file-name", dir: "auto", translate: "no" }, attachment.name),
      h("p", { class: "meta" }, [bytes(attachment.size), where].filter(Boolean).join(" · ")),
      h("div", { class: "row" }, open, download),
    );
  }

  return { element, render };
}

/** A dialog showing one image at the size of the window, closed with Escape or its button. */
function imageViewer() {
  const image = h("img", { id: "viewer-image", alt: "" });
  const close = h("button", { type: "button", class: "secondary", id: "viewer-close" }, t("console-files-close"));
  const element = h("dialog", { class: "viewer", id: "viewer" }, image, h("div", { class: "row" }, close));
  close.addEventListener("click", () => element.close());
  // Escape closes the viewer, and only the viewer (not the request, as it does elsewhere).
  element.addEventListener("keydown", (event) => {
    if (event.key === "Escape") event.stopPropagation();
  });
  element.addEventListener("close", () => {
    URL.revokeObjectURL(image.src);
    image.removeAttribute("src");
  });
  return {
    element,
    show(url, name) {
      image.src = url;
      image.alt = t("console-files-picture-of", { name });
      element.showModal();
      close.focus();
    },
  };
}

const b64 = (text) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/**
 * Sends `file` as an attachment of message `messageId` of request `requestId` (tus: one
 * creation, one PATCH; the console is on an office link). The hub takes a file only once it has
 * the message, which syncs from this browser: the creation is tried again for a while. Resolves
 * when the hub holds it; rejects with the hub's reason.
 */
export async function attachToMessage(session, requestId, messageId, file) {
  const headers = { ...auth(session), "tus-resumable": "1.0.0" };
  const metadata = [
    ["request_id", requestId],
    ["filename", file.name],
    ["filetype", file.type || "application/octet-stream"],
    ["message_id", messageId],
  ]
    .map(([key, value]) => `${key} ${b64(value)}`)
    .join(",");
  let created = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    created = await fetch("/api/uploads", {
      method: "POST",
      headers: { ...headers, "upload-length": String(file.size), "upload-metadata": metadata },
    });
    if (created.status !== 422) break;
    const body = await created.clone().json().catch(() => ({}));
    if (body.error?.code !== "no_such_place") break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const refused = async (response) => {
    const body = await response.json().catch(() => ({}));
    return new Error(body.reason ?? body.error?.message ?? t("console-hub-http", { status: response.status }));
  };
  if (created.status !== 201) throw await refused(created);
  const sent = await fetch(created.headers.get("location"), {
    method: "PATCH",
    headers: { ...headers, "content-type": "application/offset+octet-stream", "upload-offset": "0" },
    body: file,
  });
  if (sent.status !== 204) throw await refused(sent);
}
