// Ask: a query session over an upload; SQL or plain English; results, generated SQL, charts, history.

import { api } from "../api.js";
import { h, show, errorBox, grid, inferTypes, formatDate, formatNumber } from "../ui.js";
import { answerChart } from "../charts.js";
import { uploadNav } from "./upload.js";

const SESSION_KEY = "plexe-console-sessions";

function stored(uploadID) { return (JSON.parse(sessionStorage.getItem(SESSION_KEY) || "{}"))[uploadID] || null; }
function store(uploadID, session) {
    const all = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "{}");
    if (session) all[uploadID] = session; else delete all[uploadID];
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(all));
}

async function openSession(uploadID) {
    const created = await api("POST", "/data/sessions", { upload_id: uploadID });
    const session = { session_id: created.session_id, expires_at: created.expires_at, tables: created.tables || [] };
    store(uploadID, session);
    return session;
}

export async function render(main, [uploadID]) {
    const upload = await api("GET", `/uploads/${uploadID}`);
    const heading = h("h1", { text: `Ask ${upload.name || upload.upload_id}` });
    if (upload.status !== "complete") {
        show(main, heading, uploadNav(uploadID, "Ask"), h("p", { text: `The upload is ${upload.status}: questions can be asked of a complete upload only.` }));
        return;
    }
    let session = stored(uploadID);
    if (!session || new Date(session.expires_at) <= new Date()) session = await openSession(uploadID);

    const sessionInfo = h("div.session-info");
    const result = h("div.result", { "aria-live": "polite" });
    const history = h("div.history");
    const question = h("textarea", { id: "question", rows: 3, required: true, "aria-describedby": "question-help", spellcheck: "false" });
    const modes = h("fieldset.modes", {}, h("legend", { text: "Language" }),
        h("label.check", {}, h("input", { type: "radio", name: "query_type", value: "natural_language", id: "mode-english", checked: true }), " English"),
        h("label.check", {}, h("input", { type: "radio", name: "query_type", value: "sql", id: "mode-sql" }), " SQL"));
    const askButton = h("button", { type: "submit", id: "ask-button", text: "Ask" });
    const form = h("form.card.ask-form", { on: { submit: (event) => { event.preventDefault(); ask(); } } },
        modes,
        h("label", { for: "question", text: "Question" }),
        question,
        h("p.help", { id: "question-help", text: "In English (“average score by city”, “plot price vs area”) or in SQL over the tables listed above. Ctrl+Enter asks." }),
        h("div.actions", {}, askButton, h("button.secondary", { type: "button", text: "New session", on: { click: newSession } })));
    question.addEventListener("keydown", (event) => { if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); } });

    function paintSession() {
        sessionInfo.replaceChildren(
            h("p.meta", {}, "Session ", h("code", { id: "session-id", text: session.session_id }), ` · open until ${formatDate(session.expires_at)}`),
            h("details", {}, h("summary", { text: "Tables and columns" }),
                h("ul.tables", {}, session.tables.map((t) => h("li", {}, h("code", { text: t.table }), ` (${t.filename}): `,
                    t.columns.map((c) => `${c.name} ${c.type}`).join(", "))))));
    }
    async function newSession() {
        try { await api("DELETE", `/data/sessions/${session.session_id}`); } catch { /* an ended or expired session needs no ending */ }
        session = await openSession(uploadID);
        paintSession();
        show(result);
        await loadHistory();
    }

    async function ask(text = question.value.trim(), type = form.querySelector("input[name=query_type]:checked").value) {
        if (!text) return;
        askButton.disabled = true;
        show(result, h("p.loading", { text: "Asking…" }));
        try {
            const answer = await api("POST", "/data/query", { session_id: session.session_id, query_type: type, query: text });
            show(result, answerView(answer, type));
        } catch (error) {
            if (error.status === 404 || error.status === 410) {
                // The session ended or expired meanwhile: open a new one and ask again.
                session = await openSession(uploadID);
                paintSession();
                askButton.disabled = false;
                return ask(text, type);
            }
            show(result, errorBox(error));
        } finally {
            askButton.disabled = false;
        }
        await loadHistory();
    }

    async function loadHistory() {
        try {
            const { queries } = await api("GET", `/data/sessions/${session.session_id}/queries`);
            if (!queries.length) { show(history, h("p", { text: "Nothing asked in this session yet." })); return; }
            show(history, h("ol.history-list", { reversed: true }, [...queries].reverse().map((q) => h("li", {},
                h("div.history-line", {},
                    h(`span.badge.status-${q.status === "completed" ? "complete" : "failed"}`, { text: q.status }),
                    h("span.history-kind", { text: q.query_type === "sql" ? "SQL" : "English" }),
                    h("span.history-query", { text: q.query })),
                h("button.secondary.small", { type: "button", text: "Run again", "aria-label": `Run again: ${q.query}`, on: { click: () => {
                    question.value = q.query;
                    form.querySelector(`input[value=${q.query_type}]`).checked = true;
                    ask(q.query, q.query_type);
                } } })))));
        } catch (error) {
            show(history, errorBox(error));
        }
    }

    show(main, heading, uploadNav(uploadID, "Ask"), sessionInfo, form, result,
        h("section.card", { "aria-labelledby": "history-heading" }, h("h2", { id: "history-heading", text: "History of this session" }), history));
    paintSession();
    await loadHistory();
}

function answerView(answer, type) {
    const parts = [];
    if (type === "natural_language" && answer.generated_sql) {
        parts.push(h("div.generated-sql", {}, h("h3", { text: "Generated SQL" }), h("pre", {}, h("code", { id: "generated-sql", text: answer.generated_sql }))));
    }
    const timing = `${formatNumber(answer.execution_time_ms)} ms`;
    if (answer.result_type === "visualization") {
        parts.push(h("p.meta", { text: `${answer.visualization_type.replace(/_/g, " ")} · ${timing}` }), answerChart(answer));
        const labels = answer.data.labels || [];
        const datasets = answer.data.datasets || [];
        if (answer.visualization_type !== "scatter" && labels.length) {
            parts.push(h("details", {}, h("summary", { text: "The chart's numbers" }),
                grid({ caption: answer.title || "Chart data", columns: ["label", ...datasets.map((d) => d.label)], rows: labels.map((l, i) => [l, ...datasets.map((d) => d.data[i])]) })));
        }
    } else {
        parts.push(h("p.meta", { text: `${formatNumber(answer.row_count)} row${answer.row_count === 1 ? "" : "s"}${answer.truncated ? " (truncated)" : ""} · ${timing}` }),
            grid({ caption: "Result", columns: answer.columns, rows: answer.rows, types: inferTypes(answer.columns.length, answer.rows), className: "result-grid" }));
    }
    return h("section.card", { "aria-label": "Answer" }, parts);
}
