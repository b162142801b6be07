// Exports: choose files and a format, follow the export, download its files before their links expire.

import { api, pause, transferURL } from "../api.js";
import { h, show, errorBox, formatDate, formatBytes, progressBar } from "../ui.js";
import { uploadNav } from "./upload.js";

const RECENT_KEY = "plexe-console-exports";

function recent(uploadID) { return (JSON.parse(sessionStorage.getItem(RECENT_KEY) || "{}"))[uploadID] || []; }
function remember(uploadID, exportID) {
    const all = JSON.parse(sessionStorage.getItem(RECENT_KEY) || "{}");
    all[uploadID] = [exportID, ...(all[uploadID] || []).filter((id) => id !== exportID)].slice(0, 10);
    sessionStorage.setItem(RECENT_KEY, JSON.stringify(all));
}

export async function render(main, [uploadID], signal) {
    const upload = await api("GET", `/uploads/${uploadID}`);
    const list = h("div.exports");
    const form = h("form.card", { on: { submit: (event) => { event.preventDefault(); start(); } } },
        h("h2", { text: "New export" }),
        h("fieldset", {}, h("legend", { text: "Files" }),
            upload.files.map((f, i) => h("label.check", {}, h("input", { type: "checkbox", name: "files", value: f.filename, checked: true, id: `export-file-${i}` }), ` ${f.filename}`))),
        h("div.field", {}, h("label", { for: "export-format", text: "Format" }),
            h("select", { id: "export-format" },
                h("option", { value: "", text: "Each file's own format" }),
                h("option", { value: "csv", text: "CSV" }), h("option", { value: "json", text: "JSON" }), h("option", { value: "parquet", text: "Parquet" }))),
        h("label.check", {}, h("input", { type: "checkbox", id: "export-headers", checked: true }), " Header row (CSV)"),
        h("button", { type: "submit", id: "start-export", text: "Export", disabled: upload.status !== "complete" }),
        upload.status !== "complete" ? h("p.help", { text: `The upload is ${upload.status}: only a complete upload can be exported.` }) : null);

    async function start() {
        const files = [...form.querySelectorAll("input[name=files]:checked")].map((i) => i.value);
        const format = form.querySelector("#export-format").value;
        const slot = h("div.card.inner", { "aria-live": "polite" });
        list.prepend(slot);
        if (!files.length) { show(slot, errorBox({ status: 422, code: "validation_failed", message: "choose at least one file" })); return; }
        try {
            const started = await api("POST", "/data/export", { upload_id: uploadID, files, include_headers: form.querySelector("#export-headers").checked, ...(format ? { format } : {}) });
            remember(uploadID, started.export_id);
            await follow(started.export_id, slot, signal);
        } catch (error) {
            show(slot, errorBox(error));
        }
    }

    show(main, h("h1", { text: `Exports of ${upload.name || upload.upload_id}` }), uploadNav(uploadID, "Exports"), form,
        h("section.card", { "aria-labelledby": "exports-heading" }, h("h2", { id: "exports-heading", text: "Exports from this tab" }), list));
    for (const exportID of recent(uploadID)) {
        const slot = h("div.card.inner");
        list.append(slot);
        follow(exportID, slot, signal).catch((error) => show(slot, errorBox(error)));
    }
}

/** Polls the export until it ends; then its files with their download links and expiry. */
async function follow(exportID, slot, signal) {
    const bar = progressBar(`Progress of export ${exportID}`);
    let status;
    for (;;) {
        status = await api("GET", `/data/export/${exportID}`);
        if (status.status === "completed" || status.status === "failed") break;
        show(slot, h("h3", { text: exportID }), bar.node);
        bar.set(status.progress ?? null, `${status.status}${status.progress !== undefined ? ` · ${Math.round(status.progress * 100)}%` : ""}`);
        await pause(400, signal);
    }
    if (status.status === "failed") {
        show(slot, h("h3", { text: exportID }), errorBox({ status: 500, code: status.error_code || "internal_error", message: status.error || "the export failed" }));
        return;
    }
    show(slot, h("h3", { text: `${exportID} · ${(status.format || "").toUpperCase()}` }),
        h("p.meta", { text: `Finished ${formatDate(status.completed_at)}` }),
        h("ul.downloads", {}, status.files.map((f) => h("li", {},
            // A signed link: it needs no token, so a plain link downloads it (nginx or the store
            // serves the file).
            h("a.download", { href: transferURL(f.download_url), download: f.filename, text: `Download ${f.filename}` }),
            h("span.meta", { text: ` ${formatBytes(f.size_bytes)} · link valid until ${formatDate(f.expires_at)}` })))));
}
