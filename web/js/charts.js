// Charts. Analyses come with the server's own SVG charts, fetched with the token and shown as
// images (blob: URLs). An English question's chart comes as data only, so it is drawn here as
// SVG with the same look, presentation attributes only (the page's policy allows no inline style).
// Either one downloads as its SVG or as a PNG drawn from it on a canvas.

import { apiBlob } from "./api.js";
import { h, saveBlob } from "./ui.js";

const SVG = "http://www.w3.org/2000/svg";
const palette = ["#1f5fbf", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d"];

function s(tag, attrs = {}, text = null) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== null) node.textContent = text;
    return node;
}

function niceRange(min, max) {
    if (min === max) { min -= 1; max += 1; }
    const span = max - min;
    const step = Math.pow(10, Math.floor(Math.log10(span / 5)));
    const niceStep = [1, 2, 5, 10].map((m) => m * step).find((candidate) => span / candidate <= 6);
    return { min: Math.floor(min / niceStep) * niceStep, max: Math.ceil(max / niceStep) * niceStep, step: niceStep };
}

function label(value) {
    if (typeof value !== "number") return String(value ?? "");
    if (Math.abs(value) >= 1e6 || (Math.abs(value) > 0 && Math.abs(value) < 1e-3)) return value.toExponential(2);
    return Number(value.toPrecision(6)).toLocaleString("en-US");
}

function clip(text, max) { text = String(text ?? ""); return text.length > max ? text.slice(0, max - 1) + "…" : text; }

/** An SVG element for a query answer's {visualization_type, title, data: {labels, datasets}}. */
export function renderChart(answer) {
    const width = 640, height = 400;
    const kind = answer.visualization_type;
    const datasets = answer.data.datasets || [];
    const labels = answer.data.labels || [];
    const svg = s("svg", { width, height, viewBox: `0 0 ${width} ${height}`, "font-family": "sans-serif", role: "img" });
    svg.append(s("title", {}, answer.title || "Chart"));
    svg.append(s("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
    svg.append(s("text", { x: width / 2, y: 28, "font-size": 16, fill: "#1f2933", "text-anchor": "middle", "font-weight": "bold" }, clip(answer.title, 70)));
    const plot = { left: 70, right: width - 20, top: 50, bottom: height - (datasets.length > 1 ? 95 : 75) };

    const scatter = kind === "scatter";
    const points = scatter ? datasets.flatMap((d) => d.data.filter((p) => p && typeof p.x === "number" && typeof p.y === "number")) : [];
    const values = scatter ? points.map((p) => p.y) : datasets.flatMap((d) => d.data.filter((v) => typeof v === "number"));
    if (values.length === 0) {
        svg.append(s("text", { x: width / 2, y: height / 2, "font-size": 14, fill: "#3e4c59", "text-anchor": "middle" }, "No numbers to plot"));
        return svg;
    }
    const y = niceRange(Math.min(0, ...values), Math.max(0, ...values));
    const yAt = (v) => plot.bottom - ((v - y.min) / (y.max - y.min)) * (plot.bottom - plot.top);
    for (let v = y.min; v <= y.max + y.step / 2; v += y.step) {
        svg.append(s("line", { x1: plot.left, x2: plot.right, y1: yAt(v), y2: yAt(v), stroke: "#d9e2ec", "stroke-width": 1 }));
        svg.append(s("text", { x: plot.left - 8, y: yAt(v) + 4, "font-size": 12, fill: "#3e4c59", "text-anchor": "end" }, label(v)));
    }
    svg.append(s("line", { x1: plot.left, x2: plot.right, y1: yAt(Math.max(y.min, 0)), y2: yAt(Math.max(y.min, 0)), stroke: "#52606d", "stroke-width": 1 }));

    if (scatter) {
        const xs = niceRange(Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x)));
        const xAt = (v) => plot.left + ((v - xs.min) / (xs.max - xs.min)) * (plot.right - plot.left);
        for (let v = xs.min; v <= xs.max + xs.step / 2; v += xs.step) {
            svg.append(s("text", { x: xAt(v), y: plot.bottom + 18, "font-size": 12, fill: "#3e4c59", "text-anchor": "middle" }, label(v)));
        }
        datasets.forEach((d, i) => d.data.forEach((p) => {
            if (p && typeof p.x === "number" && typeof p.y === "number") svg.append(s("circle", { cx: xAt(p.x), cy: yAt(p.y), r: 3.5, fill: palette[i % palette.length], "fill-opacity": 0.75 }));
        }));
    } else {
        const slot = (plot.right - plot.left) / Math.max(labels.length, 1);
        const every = Math.max(1, Math.ceil(labels.length / 14));
        labels.forEach((name, i) => {
            if (i % every) return;
            const x = plot.left + slot * (i + 0.5);
            const rotate = labels.length > 6;
            svg.append(s("text", {
                x, y: plot.bottom + 16, "font-size": 12, fill: "#3e4c59",
                "text-anchor": rotate ? "end" : "middle",
                transform: rotate ? `rotate(-35 ${x} ${plot.bottom + 16})` : "rotate(0)",
            }, clip(name, 16)));
        });
        if (kind === "line_chart") {
            datasets.forEach((d, i) => {
                const coords = d.data.map((v, j) => (typeof v === "number" ? `${plot.left + slot * (j + 0.5)},${yAt(v)}` : null)).filter(Boolean);
                svg.append(s("polyline", { points: coords.join(" "), fill: "none", stroke: palette[i % palette.length], "stroke-width": 2 }));
            });
        } else {
            const groupWidth = slot * (kind === "histogram" ? 0.98 : 0.8);
            const barWidth = groupWidth / Math.max(datasets.length, 1);
            datasets.forEach((d, i) => d.data.forEach((v, j) => {
                if (typeof v !== "number") return;
                const x = plot.left + slot * j + (slot - groupWidth) / 2 + barWidth * i;
                const top = yAt(Math.max(v, 0)), bottom = yAt(Math.min(v, 0));
                const bar = s("rect", { x, y: top, width: Math.max(barWidth - 1, 1), height: Math.max(bottom - top, 0.5), fill: palette[i % palette.length] });
                bar.append(s("title", {}, `${labels[j]}: ${label(v)}`));
                svg.append(bar);
            }));
        }
    }
    if (datasets.length > 1) {
        datasets.forEach((d, i) => {
            const x = plot.left + i * 150, ly = height - 20;
            svg.append(s("rect", { x, y: ly - 10, width: 12, height: 12, fill: palette[i % palette.length] }));
            svg.append(s("text", { x: x + 18, y: ly, "font-size": 12, fill: "#1f2933" }, clip(d.label, 18)));
        });
    } else if (datasets[0] && datasets[0].label) {
        svg.append(s("text", { x: 16, y: (plot.top + plot.bottom) / 2, "font-size": 12, fill: "#1f2933", "text-anchor": "middle", transform: `rotate(-90 16 ${(plot.top + plot.bottom) / 2})` }, clip(datasets[0].label, 40)));
    }
    return svg;
}

/** A PNG of an SVG document, drawn at twice its size so it stays sharp. */
export async function pngFromSvg(svgText) {
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
    const width = parseFloat(doc.getAttribute("width")) || 640, height = parseFloat(doc.getAttribute("height")) || 400;
    const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = width * 2; canvas.height = height * 2;
        const context = canvas.getContext("2d");
        context.scale(2, 2);
        context.drawImage(image, 0, 0, width, height);
        return await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
    } finally {
        URL.revokeObjectURL(url);
    }
}

function fileStem(title) { return (title || "chart").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "chart"; }

/** A figure: the chart, its caption and two download buttons. SVGTEXT is the chart's SVG source. */
export function chartFigure(title, svgText, imageNode) {
    const stem = fileStem(title);
    return h("figure.chart", {},
        imageNode,
        h("figcaption", {}, h("span.chart-title", { text: title }),
            h("span.chart-downloads", {},
                h("button.secondary.small", { type: "button", text: "Download SVG", "aria-label": `Download ${title} as SVG`,
                    on: { click: () => saveBlob(new Blob([svgText], { type: "image/svg+xml" }), `${stem}.svg`) } }),
                h("button.secondary.small", { type: "button", text: "Download PNG", "aria-label": `Download ${title} as PNG`,
                    on: { click: async () => saveBlob(await pngFromSvg(svgText), `${stem}.png`) } }))));
}

/** A server chart (an analysis visualization): its SVG fetched with the token, shown as an image. */
export async function serverChart(visualization) {
    const blob = await apiBlob(`${visualization.data_url}?format=svg`);
    const svgText = await blob.text();
    const image = h("img", { alt: `${visualization.title} (${visualization.type.replace(/_/g, " ")})`, width: 640, height: 400 });
    image.src = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
    await image.decode().catch(() => {});
    return chartFigure(visualization.title, svgText, image);
}

/** A query answer's chart, drawn here. */
export function answerChart(answer) {
    const svg = renderChart(answer);
    const svgText = new XMLSerializer().serializeToString(svg);
    return chartFigure(answer.title || "Chart", svgText, h("div.chart-svg", {}, svg));
}
