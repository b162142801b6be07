// Uploads: drop files to upload them (each straight to its presigned URL), and the list.

import { api, putFile, pause } from "../api.js";
import { h, show, errorBox, formatDate, formatBytes, formatNumber, statusBadge, confirmDialog, progressBar } from "../ui.js";

const PAGE_SIZE = 20;

export function contentType(file) {
    const name = file.name.toLowerCase();
    if (name.endsWith(".csv")) return "text/csv";
    if (name.endsWith(".tsv") || name.endsWith(".txt")) return "text/plain";
    if (name.endsWith(".json")) return "application/json";
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "application/x-ndjson";
    if (name.endsWith(".parquet")) return "application/vnd.apache.parquet";
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return "application/octet-stream";
}

export async function render(main, _params, signal) {
    const list = h("div.upload-list");
    const state = { offset: 0, search: "", status: "", sort: "created_at:desc" };

    async function load() {
        show(list, h("p.loading", { text: "Loading uploads…" }));
        try {
            show(list, await listView(state, reload, signal));
        } catch (error) {
            if (error.name !== "AbortError") show(list, errorBox(error));
        }
    }
    const reload = (changes = {}) => { Object.assign(state, changes); return load(); };

    const search = h("input", { id: "upload-search", type: "search", placeholder: "Name or file name", autocomplete: "off" });
    let searchTimer = null;
    search.addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => reload({ search: search.value.trim(), offset: 0 }), 250); });
    const status = h("select", { id: "upload-status", on: { change: () => reload({ status: status.value, offset: 0 }) } },
        h("option", { value: "", text: "Any status" }),
        ["pending", "processing", "complete", "failed"].map((s) => h("option", { value: s, text: s })));
    const sort = h("select", { id: "upload-sort", on: { change: () => reload({ sort: sort.value, offset: 0 }) } },
        h("option", { value: "created_at:desc", text: "Newest first" }),
        h("option", { value: "created_at:asc", text: "Oldest first" }),
        h("option", { value: "status:asc", text: "By status" }));

    show(main,
        h("h1", { text: "Uploads" }),
        newUploadSection(() => reload({ offset: 0 }), signal),
        h("section.card", { "aria-labelledby": "your-uploads" },
            h("h2", { id: "your-uploads", text: "Your uploads" }),
            h("div.filters", {},
                h("div.field", {}, h("label", { for: "upload-search", text: "Search" }), search),
                h("div.field", {}, h("label", { for: "upload-status", text: "Status" }), status),
                h("div.field", {}, h("label", { for: "upload-sort", text: "Sort" }), sort)),
            list));
    await load();
}

/** The API lists pages by status and date but has no search: a search reads the whole list
 *  (100 a request, up to 1,000 uploads) and pages through the matches here. */
async function fetchPage(state, signal) {
    const [sort, order] = state.sort.split(":");
    const base = `/data/uploads?sort=${sort}&order=${order}${state.status ? `&status=${state.status}` : ""}`;
    if (!state.search) {
        const page = await api("GET", `${base}&limit=${PAGE_SIZE}&offset=${state.offset}`);
        return { uploads: page.uploads, total: page.pagination.total };
    }
    const needle = state.search.toLowerCase();
    const matches = [];
    for (let offset = 0; offset < 1000; offset += 100) {
        const page = await api("GET", `${base}&limit=100&offset=${offset}`);
        if (signal.aborted) throw new DOMException("left the page", "AbortError");
        matches.push(...page.uploads.filter((u) => (u.name || "").toLowerCase().includes(needle) || u.files.some((f) => f.filename.toLowerCase().includes(needle))));
        if (!page.pagination.has_more) break;
    }
    return { uploads: matches.slice(state.offset, state.offset + PAGE_SIZE), total: matches.length };
}

async function listView(state, reload, signal) {
    const { uploads, total } = await fetchPage(state, signal);
    if (total === 0) {
        return h("p.empty", { text: state.search || state.status ? "No upload matches." : "No uploads yet: drop a file above." });
    }
    const rows = uploads.map((u) => h("tr", {},
        h("th", { scope: "row" }, h("a", { href: `#/uploads/${u.upload_id}`, text: u.name || u.upload_id })),
        h("td", {}, statusBadge(u.status)),
        h("td", { text: u.files.map((f) => f.filename).join(", ") }),
        h("td.num", { text: u.files.some((f) => typeof f.rows === "number") ? formatNumber(u.files.reduce((n, f) => n + (f.rows || 0), 0)) : "–" }),
        h("td", { text: formatDate(u.created_at) }),
        h("td", {}, h("button.danger.small", {
            type: "button", text: "Delete", "aria-label": `Delete ${u.name || u.upload_id}`,
            disabled: u.status === "processing",
            on: { click: () => deleteUpload(u, reload) },
        }))));
    const first = state.offset + 1, last = state.offset + uploads.length;
    return h("div", {},
        h("div.grid-scroll", { tabindex: "0", role: "region", "aria-labelledby": "uploads-caption" },
            h("table.grid.uploads-table", {},
                h("caption", { id: "uploads-caption", text: `Uploads ${first}–${last} of ${total}` }),
                h("thead", {}, h("tr", {}, ["Name", "Status", "Files", "Rows", "Created", "Actions"].map((c) => h("th", { scope: "col", text: c })))),
                h("tbody", {}, rows))),
        h("nav.pager", { "aria-label": "Upload pages" },
            h("button.secondary", { type: "button", text: "Previous", disabled: state.offset === 0, on: { click: () => reload({ offset: Math.max(0, state.offset - PAGE_SIZE) }) } }),
            h("span", { text: `${first}–${last} of ${total}` }),
            h("button.secondary", { type: "button", text: "Next", disabled: last >= total, on: { click: () => reload({ offset: state.offset + PAGE_SIZE }) } })));
}

async function deleteUpload(upload, reload) {
    if (!(await confirmDialog(`Delete “${upload.name || upload.upload_id}” and all its files? This cannot be undone.`, "Delete"))) return;
    const note = document.querySelector(".upload-list");
    try {
        await api("DELETE", `/data/uploads/${upload.upload_id}`);
        document.getElementById("announcer").textContent = `Deleted ${upload.name || upload.upload_id}.`;
        await reload();
    } catch (error) {
        note.prepend(errorBox(error));
    }
}

function newUploadSection(onDone, signal) {
    const input = h("input.visually-hidden", { id: "upload-files", type: "file", multiple: true, accept: ".csv,.tsv,.txt,.json,.ndjson,.jsonl,.parquet,.xlsx,.xlsm" });
    const name = h("input", { id: "upload-name", type: "text", autocomplete: "off", placeholder: "Defaults to the first file's name" });
    const progress = h("div.upload-progress", { "aria-live": "polite" });
    const zone = h("label.dropzone", { for: "upload-files" },
        h("span.dropzone-title", { text: "Drop CSV, JSON, Parquet or Excel files here" }),
        h("span.dropzone-help", { text: "or press Enter to choose files. Several files make one upload." }));
    const start = (files) => {
        if (!files.length) return;
        uploadFiles([...files], name.value.trim(), progress, signal).then(onDone, () => {});
        input.value = "";
    };
    input.addEventListener("change", () => start(input.files));
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
        event.preventDefault();
        zone.classList.remove("over");
        start(event.dataTransfer.files);
    });
    // The label opens the file chooser on click; Enter and Space on the focused input do too.
    return h("section.card", { "aria-labelledby": "new-upload" },
        h("h2", { id: "new-upload", text: "New upload" }),
        h("div.field", {}, h("label", { for: "upload-name", text: "Upload name (optional)" }), name),
        h("div.dropzone-wrap", {}, input, zone),
        progress);
}

/** One upload of FILES: create it, PUT each file to its presigned URL with its own progress bar,
 *  confirm, then follow its status until it is complete or failed. */
async function uploadFiles(files, name, container, signal) {
    const rows = new Map();
    const overall = h("p.upload-state", { text: "Creating the upload…" });
    const box = h("div.card.inner", {}, h("h3", { text: name || files[0].name }), overall,
        h("ul.file-progress", {}, files.map((file) => {
            const bar = progressBar(`Upload of ${file.name}`);
            const line = h("li", {}, h("span.file-name", { text: file.name }), h("span.file-size", { text: formatBytes(file.size) }), bar.node);
            bar.set(0, "waiting");
            rows.set(file.name, { bar, line });
            return line;
        })));
    container.prepend(box);
    try {
        const created = await api("POST", "/data/upload", {
            name: name || files[0].name,
            files: files.map((file) => ({ filename: file.name, content_type: contentType(file), size_bytes: file.size })),
        });
        overall.textContent = "Sending the files…";
        const byName = new Map(files.map((f) => [f.name, f]));
        await Promise.all(created.files.map(async (entry) => {
            const { bar } = rows.get(entry.filename);
            await putFile(entry.presigned_url, byName.get(entry.filename), (sent, total) => {
                bar.set(total ? sent / total : 1, sent === total ? "sent" : `${Math.floor((sent / total) * 100)}%`);
            });
        }));
        overall.textContent = "Confirming…";
        await api("POST", `/uploads/${created.upload_id}/status`, {
            status: "complete",
            files: created.files.map((f) => ({ filename: f.filename, s3_key: f.s3_key })),
        });
        overall.replaceChildren("Processing… ", statusBadge("processing"));
        let upload;
        for (;;) {
            upload = await api("GET", `/uploads/${created.upload_id}`);
            if (upload.status === "complete" || upload.status === "failed") break;
            await pause(400, signal);
        }
        const link = h("a", { href: `#/uploads/${upload.upload_id}`, text: "Open the upload" });
        if (upload.status === "complete") {
            overall.replaceChildren(statusBadge("complete"), " ", `${upload.files.reduce((n, f) => n + (f.rows || 0), 0).toLocaleString()} rows loaded. `, link);
        } else {
            overall.replaceChildren(statusBadge("failed"), " The upload failed: nothing of it can be queried. Fix the file and upload it again. ", link);
            for (const file of upload.files) {
                if (!file.error) continue;
                rows.get(file.filename).line.append(h("p.file-error", { role: "alert", text: file.error.line ? `Line ${file.error.line}: ${file.error.message}` : file.error.message }));
            }
        }
        document.getElementById("announcer").textContent = `Upload ${upload.status}.`;
    } catch (error) {
        if (error.name === "AbortError") throw error;
        overall.replaceChildren(errorBox(error));
        throw error;
    }
}
