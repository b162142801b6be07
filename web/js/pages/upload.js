// An upload: its files, their columns, and a preview grid with paging.

import { api, pause } from "../api.js";
import { h, show, errorBox, formatDate, formatBytes, formatNumber, statusBadge, grid, confirmDialog } from "../ui.js";

/** The links between an upload's pages. */
export function uploadNav(uploadID, current) {
    const items = [["Files", `#/uploads/${uploadID}`], ["Analysis", `#/uploads/${uploadID}/analysis`], ["Ask", `#/uploads/${uploadID}/ask`], ["Exports", `#/uploads/${uploadID}/exports`]];
    return h("nav.subnav", { "aria-label": "This upload" },
        items.map(([label, href]) => h("a", { href, text: label, "aria-current": label === current ? "page" : null })));
}

export async function render(main, [uploadID], signal) {
    let upload = await api("GET", `/uploads/${uploadID}`);
    const statusLine = h("p.meta", { "aria-live": "polite" });
    const body = h("div");
    const deleteButton = h("button.danger", { type: "button", text: "Delete upload", on: { click: remove } });
    async function remove() {
        if (!(await confirmDialog(`Delete “${upload.name || upload.upload_id}” and all its files? This cannot be undone.`, "Delete"))) return;
        try {
            await api("DELETE", `/data/uploads/${upload.upload_id}`);
            location.hash = "#/uploads";
        } catch (error) {
            body.prepend(errorBox(error));
        }
    }
    const paint = () => {
        statusLine.replaceChildren(statusBadge(upload.status), ` Created ${formatDate(upload.created_at)} by ${upload.created_by || "you"} · ${upload.files.length} file${upload.files.length === 1 ? "" : "s"}`);
        deleteButton.disabled = upload.status === "processing";
        show(body, upload.files.map((file) => fileSection(upload, file)));
    };
    show(main, h("h1", { text: upload.name || upload.upload_id }), uploadNav(uploadID, "Files"), h("div.title-row", {}, statusLine, deleteButton), body);
    paint();
    // A pending or processing upload is followed until it settles.
    while (upload.status === "processing") {
        await pause(500, signal);
        upload = await api("GET", `/uploads/${uploadID}`);
        if (upload.status !== "processing") paint();
    }
}

function fileSection(upload, file) {
    const id = `file-${file.filename.replace(/[^\w-]/g, "_")}`;
    const section = h("section.card", { "aria-labelledby": id },
        h("h2", { id, text: file.filename }),
        h("p.meta", { text: [file.format, formatBytes(file.size_bytes), file.rows !== null && file.rows !== undefined ? `${formatNumber(file.rows)} rows` : null,
            file.columns ? `${file.columns} columns` : null, file.table_name ? `SQL table ${file.table_name}` : null].filter(Boolean).join(" · ") }));
    if (file.error) {
        section.append(h("div.error", { role: "alert" }, h("p.error-plain", { text: "This file could not be read, so the upload failed." }),
            h("p.error-detail", { text: file.error.line ? `Line ${file.error.line}: ${file.error.message}` : file.error.message })));
    }
    for (const warning of file.warnings || []) {
        section.append(h("p.warning", { text: `${warning.type || warning.code || "note"}: ${warning.message || JSON.stringify(warning)}` }));
    }
    if (file.column_info && file.column_info.length) {
        section.append(grid({
            caption: `Columns of ${file.filename}`,
            columns: ["Column", "Type", "Nullable", "Unique"],
            rows: file.column_info.map((c) => [c.name, c.type, c.nullable ? "yes" : "no", c.unique ? "yes" : "no"]),
            className: "columns",
        }));
    }
    if (upload.status === "complete") section.append(previewPanel(upload, file));
    return section;
}

function previewPanel(upload, file) {
    const state = { offset: 0, limit: 25 };
    const key = file.filename.replace(/[^\w-]/g, "_");
    const area = h("div.preview-area", { "aria-live": "polite" });
    const rowInput = h("input", { id: `go-${key}`, type: "number", min: 1, value: 1, inputmode: "numeric" });
    const size = h("select", { id: `size-${key}`, on: { change: () => { state.limit = Number(size.value); load(); } } },
        [25, 50, 100].map((n) => h("option", { value: String(n), text: `${n} rows` })));
    const previous = h("button.secondary", { type: "button", text: "Previous", on: { click: () => { state.offset = Math.max(0, state.offset - state.limit); load(); } } });
    const next = h("button.secondary", { type: "button", text: "Next", on: { click: () => { state.offset += state.limit; load(); } } });
    const go = h("form.go", { on: { submit: (event) => { event.preventDefault(); state.offset = Math.max(0, Number(rowInput.value || 1) - 1); load(); } } },
        h("label", { for: `go-${key}`, text: "From row" }), rowInput, h("button.secondary", { type: "submit", text: "Go" }));
    const range = h("span.range");

    async function load() {
        try {
            const page = await api("GET", `/data/uploads/${upload.upload_id}/files/${encodeURIComponent(file.filename)}/preview?limit=${state.limit}&offset=${state.offset}`);
            const first = page.returned_rows ? state.offset + 1 : 0;
            const last = state.offset + page.returned_rows;
            range.textContent = `Rows ${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(page.total_rows)}`;
            previous.disabled = state.offset === 0;
            next.disabled = last >= page.total_rows;
            rowInput.max = page.total_rows;
            rowInput.value = state.offset + 1;
            // A CSV page is rows of fields as written, with its column names; a JSON file's page is
            // typed objects, named by the file's columns.
            const columns = page.columns || (file.column_info || []).map((c) => c.name);
            const types = (file.column_info || []).map((c) => c.type);
            const rows = page.data.map((row) => Array.isArray(row) ? row : columns.map((c) => row[c]));
            show(area, grid({ caption: `Preview of ${file.filename}, rows ${first}–${last}`, columns, rows, types: types.length === columns.length ? types : null, className: "preview" }),
                page.truncated ? h("p.warning", { text: "This page stops early: its rows are larger than the preview limit." }) : null);
        } catch (error) {
            show(area, errorBox(error));
        }
    }
    load();
    return h("div.preview", {}, h("h3", { text: "Preview" }),
        h("div.pager", {}, previous, range, next, h("div.field.inline", {}, h("label", { for: `size-${key}`, text: "Page size" }), size), go),
        area);
}
