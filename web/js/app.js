// The console: a hash router over the pages, and the token gate in front of them.

import { api, token, setToken, clearToken, APIError } from "./api.js";
import { h, show, errorBox } from "./ui.js";
import * as uploads from "./pages/uploads.js";
import * as upload from "./pages/upload.js";
import * as analysis from "./pages/analysis.js";
import * as ask from "./pages/ask.js";
import * as exports from "./pages/exports.js";

const main = document.getElementById("main");
const signOut = document.getElementById("sign-out");
let leaving = new AbortController();

const routes = [
    [/^#\/uploads\/?$/, uploads.render],
    [/^#\/uploads\/([\w-]+)\/?$/, upload.render],
    [/^#\/uploads\/([\w-]+)\/analysis$/, analysis.renderStart],
    [/^#\/analysis\/([\w-]+)$/, analysis.renderReport],
    [/^#\/uploads\/([\w-]+)\/ask$/, ask.render],
    [/^#\/uploads\/([\w-]+)\/exports$/, exports.render],
];

function tokenForm(problem) {
    const input = h("input", { id: "token", name: "token", type: "password", autocomplete: "off", spellcheck: "false", required: true, "aria-describedby": "token-help" });
    const status = h("div", { "aria-live": "polite" });
    const form = h("form.card.token-form", {
        on: {
            submit: async (event) => {
                event.preventDefault();
                const value = input.value.trim();
                if (!value) return;
                setToken(value);
                show(status, h("p", { text: "Checking the token…" }));
                try {
                    await api("GET", "/data/uploads?limit=1");
                    route();
                } catch (error) {
                    clearToken();
                    show(status, errorBox(error));
                    input.select();
                }
            },
        },
    },
    h("h1", { tabindex: "-1", text: "Sign in" }),
    h("label", { for: "token", text: "API token" }),
    input,
    h("p.help", { id: "token-help", text: "The token scripts/serve or scripts/token printed (plx_…). It is kept in this tab only, until you close it or sign out." }),
    h("button", { type: "submit", text: "Sign in" }),
    status);
    show(main, form);
    if (problem) show(status, errorBox(problem));
    input.focus();
}

async function route() {
    leaving.abort();
    leaving = new AbortController();
    const signal = leaving.signal;
    signOut.hidden = !token();
    if (!token()) { tokenForm(); return; }
    const hash = location.hash || "#/uploads";
    const match = routes.map(([pattern, render]) => [hash.match(pattern), render]).find(([m]) => m);
    if (!match) { location.replace("#/uploads"); return; }
    const [groups, render] = match;
    show(main, h("p.loading", { text: "Loading…" }));
    try {
        await render(main, groups.slice(1), signal);
    } catch (error) {
        if (error.name === "AbortError") return;
        if (error instanceof APIError && error.status === 401) {
            // The token stopped working (revoked or expired): ask again, saying why.
            clearToken();
            signOut.hidden = true;
            tokenForm(error);
            return;
        }
        show(main, h("h1", { tabindex: "-1", text: "Could not show this page" }), errorBox(error), h("p", {}, h("a", { href: "#/uploads", text: "Back to uploads" })));
    }
    if (signal.aborted) return;
    // Keyboard and screen-reader users land on the new page's heading, not at the old focus.
    const heading = main.querySelector("h1");
    if (heading && !main.contains(document.activeElement)) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
    }
    document.title = `${heading ? heading.textContent + " · " : ""}Plexe Data console`;
}

signOut.addEventListener("click", () => {
    clearToken();
    location.hash = "#/uploads";
    route();
});
window.addEventListener("hashchange", route);
route();
