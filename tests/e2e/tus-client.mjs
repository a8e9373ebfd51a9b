// A stock tus client (tus-js-client, unmodified) uploads a file to the hub, is cut off midway,
// and resumes from what the hub holds. Prints one JSON line: where it resumed from and the
// SHA-256 of what it sent.
//
// Environment: HUBDESK_URL (the server), HUBDESK_TOKEN (a bearer token), HUBDESK_REQUEST (the
// request to attach to).
import { createHash } from "node:crypto";
import * as tus from "tus-js-client";

const base = process.env.HUBDESK_URL;
const token = process.env.HUBDESK_TOKEN;
const request = process.env.HUBDESK_REQUEST;

const rows = [];
for (let i = 0; i < 60000; i++) rows.push(`${i},ward ${i % 90},${(i * 37) % 1000}`);
const file = Buffer.from(rows.join("\n") + "\n");
const options = {
  endpoint: `${base}/api/uploads`,
  headers: { Authorization: `Bearer ${token}` },
  metadata: { request_id: request, filename: "ledger.csv", filetype: "text/csv" },
  chunkSize: 128 * 1024,
  retryDelays: [0, 500, 1000],
};

// First attempt: cut off once a third is across.
const url = await new Promise((resolve, reject) => {
  const upload = new tus.Upload(file, {
    ...options,
    onError: reject,
    onSuccess: () => reject(new Error("the upload finished before the cut")),
    onProgress(sent) {
      if (sent >= file.length / 3 && upload.url) {
        upload.abort().then(() => resolve(upload.url), reject);
      }
    },
  });
  upload.start();
});

const head = await fetch(url, {
  method: "HEAD",
  headers: { Authorization: `Bearer ${token}`, "Tus-Resumable": "1.0.0" },
});
const resumedFrom = Number(head.headers.get("upload-offset"));

// Second attempt: the same client, told where the upload is, resumes from the hub's offset.
await new Promise((resolve, reject) => {
  const upload = new tus.Upload(file, { ...options, uploadUrl: url, onError: reject, onSuccess: resolve });
  upload.start();
});

console.log(
  JSON.stringify({
    url,
    resumedFrom,
    size: file.length,
    sha256: createHash("sha256").update(file).digest("hex"),
  }),
);
