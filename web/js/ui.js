// DOM helpers. Every text goes in as text (textContent), never as markup, so nothing a file,
// a column name or an error message holds can become part of the page.

import { plainSentence } from "./api.js";

/** h("tag.class", {attr: value, on: {event: fn}}, ...children) */
export function h(spec, attrs = {}, ...children) {
    const [tag, ...classes] = spec.split(".");
    const node = document.createElement(tag);
    if (classes.length) node.className = classes.join(" ");
    for (const [name, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (name === "on") for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
        else if (name === "text") node.textContent = value;
        else if (name in node && typeof value !== "string") node[name] = value;
        else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
}

/** An error box (role=alert, so screen readers announce it): plain words, the server's message, the request id. */
export function errorBox(error) {
    if (error && error.name === "AbortError") return document.createDocumentFragment();
    const box = h("div.error", { role: "alert" });
    if (error && error.status !== undefined) {
        box.append(h("p.error-plain", { text: plainSentence(error) }));
        if (error.message) box.append(h("p.error-detail", { text: error.message }));
        if (error.requestId) box.append(h("p.request-id", {}, "Request id: ", h("code", { text: error.requestId })));
    } else {
        box.append(h("p.error-plain", { text: "Something went wrong in the console." }), h("p.error-detail", { text: String(error && error.message || error) }));
    }
    return box;
}

/** Replaces what CONTAINER shows. */
export function show(container, ...children) {
    container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

export function formatDate(value) {
    if (!value) return "";
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function formatBytes(bytes) {
    if (bytes === null || bytes === undefined) return "";
    const units = ["bytes", "KB", "MB", "GB", "TB"];
    let value = bytes, unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
    return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatNumber(value) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "number") return String(value);
    if (Number.isInteger(value)) return value.toLocaleString();
    return value.toLocaleString(undefined, { maximumSignificantDigits: 6 });
}

/** A status word as a badge whose colour is not the only cue (the word is there too). */
export function statusBadge(status) {
    return h(`span.badge.status-${status}`, { text: status });
}

/** A table in a keyboard-scrollable region (tabindex 0, named by its caption). */
export function grid({ caption, columns, rows, types = null, className = "" }) {
    const id = `grid-${Math.random().toString(36).slice(2, 9)}`;
    const head = h("tr", {}, columns.map((name, i) => h("th", { scope: "col" },
        h("span.col-name", { text: name }),
        types && types[i] ? h("span.col-type", { text: types[i] }) : null)));
    const body = rows.map((row) => h("tr", {}, row.map((cell, i) => {
        const numeric = typeof cell === "number";
        const text = cell === null || cell === undefined ? "" : typeof cell === "object" ? JSON.stringify(cell) : String(cell);
        return h(numeric ? "td.num" : "td", { text, title: cell === null ? "NULL" : null, "data-null": cell === null ? "true" : null });
    })));
    const table = h(`table.grid${className ? "." + className : ""}`, {}, h("caption", { id, text: caption }), h("thead", {}, head), h("tbody", {}, body));
    return h("div.grid-scroll", { tabindex: "0", role: "region", "aria-labelledby": id }, table);
}

/** The JSON type of each column of ROWS, as the grid shows it (a query answer names no types). */
export function inferTypes(columnCount, rows) {
    const types = [];
    for (let i = 0; i < columnCount; i++) {
        const seen = new Set();
        for (const row of rows) {
            const v = row[i];
            if (v === null || v === undefined) continue;
            seen.add(typeof v === "number" ? (Number.isInteger(v) ? "integer" : "float") : typeof v === "boolean" ? "boolean" : typeof v === "object" ? "json" : "text");
        }
        if (seen.size === 0) types.push("null");
        else if (seen.size === 2 && seen.has("integer") && seen.has("float")) types.push("float");
        else types.push([...seen].join(" | "));
    }
    return types;
}

/** Downloads a Blob under FILENAME. */
export function saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A modal confirmation (<dialog>: focus stays inside, Escape cancels). Resolves true or false. */
export function confirmDialog(question, confirmLabel) {
    return new Promise((resolve) => {
        const dialog = h("dialog.confirm", { "aria-labelledby": "confirm-question" },
            h("p", { id: "confirm-question", text: question }),
            h("div.actions",
                {},
                h("button.secondary", { type: "button", value: "cancel", text: "Cancel", on: { click: () => dialog.close("cancel") } }),
                h("button.danger", { type: "button", value: "confirm", text: confirmLabel, on: { click: () => dialog.close("confirm") } })));
        dialog.addEventListener("close", () => { dialog.remove(); resolve(dialog.returnValue === "confirm"); });
        document.body.append(dialog);
        dialog.showModal();
        dialog.querySelector("button.secondary").focus();
    });
}

/** A labelled progress bar with its words beside it. */
export function progressBar(label) {
    const bar = h("progress", { max: 100, value: 0, "aria-label": label });
    const words = h("span.progress-words", { text: "" });
    const node = h("div.progress", {}, bar, words);
    return {
        node,
        set(fraction, text) {
            if (fraction === null) bar.removeAttribute("value"); else bar.value = Math.round(fraction * 100);
            words.textContent = text;
        },
    };
}
