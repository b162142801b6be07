// Analysis: start one (basic or comprehensive), follow it through the Jobs API, read the report.

import { api, pause } from "../api.js";
import { h, show, errorBox, formatDate, formatNumber, grid, progressBar } from "../ui.js";
import { serverChart } from "../charts.js";
import { uploadNav } from "./upload.js";

const RECENT_KEY = "plexe-console-analyses";

/** Analyses started in this tab, per upload (the API lists no analyses by upload). */
function recent(uploadID) { return (JSON.parse(sessionStorage.getItem(RECENT_KEY) || "{}"))[uploadID] || []; }
function remember(uploadID, entry) {
    const all = JSON.parse(sessionStorage.getItem(RECENT_KEY) || "{}");
    all[uploadID] = [entry, ...(all[uploadID] || [])].slice(0, 10);
    sessionStorage.setItem(RECENT_KEY, JSON.stringify(all));
}

export async function renderStart(main, [uploadID], signal) {
    const upload = await api("GET", `/uploads/${uploadID}`);
    const status = h("div.job-status", { "aria-live": "polite" });
    const files = upload.files.map((f, i) => h("label.check", {}, h("input", { type: "checkbox", name: "files", value: f.filename, checked: true, id: `analysis-file-${i}` }), ` ${f.filename}`));
    const form = h("form.card", { on: { submit: (event) => { event.preventDefault(); run(); } } },
        h("h2", { text: "Run an analysis" }),
        h("fieldset", {}, h("legend", { text: "Kind" }),
            h("label.check", {}, h("input", { type: "radio", name: "analysis_type", value: "basic", id: "analysis-basic" }), " Basic: statistics and missing values"),
            h("label.check", {}, h("input", { type: "radio", name: "analysis_type", value: "comprehensive", id: "analysis-comprehensive", checked: true }), " Comprehensive: also correlations, insights and charts")),
        upload.files.length > 1 ? h("fieldset", {}, h("legend", { text: "Files" }), files) : null,
        h("button", { type: "submit", id: "run-analysis", text: "Run analysis", disabled: upload.status !== "complete" }),
        upload.status !== "complete" ? h("p.help", { text: `The upload is ${upload.status}: only a complete upload can be analysed.` }) : null,
        status);

    async function run() {
        const kind = form.querySelector("input[name=analysis_type]:checked").value;
        const chosen = [...form.querySelectorAll("input[name=files]:checked")].map((i) => i.value);
        const bar = progressBar("Analysis progress");
        show(status, bar.node);
        bar.set(0, "queued");
        form.querySelector("button[type=submit]").disabled = true;
        try {
            const started = await api("POST", "/data/analyze", { upload_id: uploadID, analysis_type: kind, ...(upload.files.length > 1 ? { files: chosen } : {}) });
            remember(uploadID, { job_id: started.job_id, analysis_type: kind, created_at: new Date().toISOString() });
            const job = await followJob(started.job_id, bar, signal);
            if (job.status === "completed") location.hash = `#/analysis/${started.job_id}`;
            else show(status, errorBox({ status: 500, code: job.error_code || "internal_error", message: job.error || "the analysis failed", requestId: null }));
        } catch (error) {
            show(status, errorBox(error));
        } finally {
            form.querySelector("button[type=submit]").disabled = false;
        }
    }

    const past = recent(uploadID);
    show(main, h("h1", { text: `Analysis of ${upload.name || upload.upload_id}` }), uploadNav(uploadID, "Analysis"), form,
        past.length ? h("section.card", { "aria-labelledby": "recent-analyses" }, h("h2", { id: "recent-analyses", text: "Analyses run in this tab" }),
            h("ul", {}, past.map((a) => h("li", {}, h("a", { href: `#/analysis/${a.job_id}`, text: `${a.analysis_type} · ${formatDate(a.created_at)}` }))))) : null);
}

/** Polls GET /jobs/{id} until the job ends, showing its progress. */
async function followJob(jobID, bar, signal) {
    for (;;) {
        const job = await api("GET", `/jobs/${jobID}`);
        const eta = job.estimated_completion ? ` · expected by ${formatDate(job.estimated_completion)}` : "";
        bar.set(job.progress ?? null, `${job.status} · ${Math.round((job.progress || 0) * 100)}%${job.status === "completed" ? "" : eta}`);
        if (job.status === "completed" || job.status === "failed") return job;
        await pause(400, signal);
    }
}

export async function renderReport(main, [jobID], signal) {
    let report = await api("GET", `/data/analysis/${jobID}`);
    if (report.status === "pending" || report.status === "running") {
        const bar = progressBar("Analysis progress");
        show(main, h("h1", { text: "Analysis" }), uploadNav(report.upload_id, "Analysis"), h("div.card", { "aria-live": "polite" }, bar.node));
        await followJob(jobID, bar, signal);
        report = await api("GET", `/data/analysis/${jobID}`);
    }
    const heading = h("h1", { text: `${report.analysis_type === "comprehensive" ? "Comprehensive" : "Basic"} analysis` });
    if (report.status === "failed") {
        show(main, heading, uploadNav(report.upload_id, "Analysis"),
            errorBox({ status: 500, code: report.error_code || "internal_error", message: report.error || "the analysis failed" }));
        return;
    }
    const charts = [];
    show(main, heading, uploadNav(report.upload_id, "Analysis"),
        h("p.meta", { text: `Job ${report.job_id} · finished ${formatDate(report.completed_at)}` }),
        report.files.map((file) => fileReport(file, charts)),
        recommendations(report.recommendations || []));
    // The charts arrive after the text, each into its own place, so the report reads at once.
    await Promise.all(charts.map(async ({ slot, visualization }) => {
        try {
            slot.replaceWith(await serverChart(visualization));
        } catch (error) {
            slot.replaceChildren(errorBox(error));
        }
    }));
}

function fileReport(file, charts) {
    const stats = file.stats || {};
    const types = stats.column_types || {};
    const summary = stats.summary || {};
    const missing = stats.missing_values || {};
    const rowsCount = stats.rows || 0;
    const id = `report-${file.filename.replace(/[^\w-]/g, "_")}`;
    const section = h("section.card.report", { "aria-labelledby": id },
        h("h2", { id, text: file.filename }),
        h("p.meta", { text: `${formatNumber(stats.rows)} rows · ${formatNumber(stats.columns)} columns` }),
        h("h3", { text: "Statistics" }),
        grid({
            caption: `Statistics of ${file.filename}`,
            columns: ["Column", "Type", "Missing", "Mean", "Std", "Min", "Q1", "Median", "Q3", "Max"],
            rows: Object.keys(types).map((name) => {
                const s = summary[name] || {};
                return [name, types[name], missing[name] || 0, s.mean, s.std, s.min, s.q1, s.median, s.q3, s.max].map((v) => (typeof v === "number" ? Number(v.toPrecision(6)) : v ?? ""));
            }),
            className: "stats",
        }),
        h("h3", { text: "Missing values" }),
        Object.keys(missing).length
            ? grid({ caption: `Missing values in ${file.filename}`, columns: ["Column", "Missing", "Share of rows"],
                rows: Object.entries(missing).map(([name, n]) => [name, n, rowsCount ? `${((n / rowsCount) * 100).toFixed(1)}%` : ""]) })
            : h("p", { text: "No value is missing." }));
    if (stats.categorical_counts && Object.keys(stats.categorical_counts).length) {
        section.append(h("h3", { text: "Most frequent values" }), h("dl.counts", {}, Object.entries(stats.categorical_counts).flatMap(([name, counts]) => [
            h("dt", { text: name }),
            h("dd", { text: Object.entries(counts).slice(0, 5).map(([value, n]) => `${value} (${formatNumber(n)})`).join(", ") }),
        ])));
    }
    if (file.correlations && file.correlations.length) {
        section.append(h("h3", { text: "Correlations" }), grid({ caption: `Correlations in ${file.filename}`, columns: ["Column", "Column", "Correlation"],
            rows: file.correlations.map((c) => [c.feature1, c.feature2, Number(c.correlation.toFixed(3))]) }));
    }
    if (file.insights) {
        section.append(h("h3", { text: "Insights" }));
        if (!file.insights.length) section.append(h("p", { text: "No insight: nothing stood out." }));
        for (const severity of ["high", "medium", "low"]) {
            const items = file.insights.filter((i) => i.severity === severity);
            if (!items.length) continue;
            section.append(h(`div.insights.severity-${severity}`, {},
                h("h4", {}, h(`span.badge.severity-${severity}`, { text: severity }), ` ${items.length} insight${items.length === 1 ? "" : "s"}`),
                h("ul", {}, items.map((i) => h("li", {}, h("span.insight-type", { text: i.type.replace(/_/g, " ") }), " ", i.message)))));
        }
    }
    if (file.visualizations && file.visualizations.length) {
        section.append(h("h3", { text: "Charts" }));
        const gallery = h("div.charts");
        for (const visualization of file.visualizations) {
            const slot = h("div.chart-slot", { text: `Loading ${visualization.title}…` });
            charts.push({ slot, visualization });
            gallery.append(slot);
        }
        section.append(gallery);
    }
    return section;
}

function recommendations(items) {
    if (!items.length) return null;
    const order = { high: 0, medium: 1, low: 2 };
    return h("section.card", { "aria-labelledby": "recommendations" }, h("h2", { id: "recommendations", text: "Recommendations" }),
        h("ul.recommendations", {}, [...items].sort((a, b) => (order[a.importance] ?? 3) - (order[b.importance] ?? 3)).map((r) =>
            h("li", {}, h(`span.badge.severity-${r.importance}`, { text: r.importance }), " ", h("span.insight-type", { text: r.type.replace(/_/g, " ") }), " ", r.message))));
}
