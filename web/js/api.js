// The console's only way to the server: the public API, with the token the person entered.
// The token lives in sessionStorage (this tab, until it closes) and goes only into the
// Authorization header: never into a URL, a log line or the page.

const TOKEN_KEY = "plexe-console-token";

export function token() { return sessionStorage.getItem(TOKEN_KEY); }
export function setToken(value) { sessionStorage.setItem(TOKEN_KEY, value); }
export function clearToken() { sessionStorage.removeItem(TOKEN_KEY); }

/** An answer the person should read: plain words first, the server's own words and its request id after. */
export class APIError extends Error {
    constructor({ status, code, message, requestId = null, param = null, retryAfter = null }) {
        super(message);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.param = param;
        this.retryAfter = retryAfter;
    }
}

const plainWords = {
    unauthorized: "The token was not accepted: it is unknown, revoked or expired. Enter a valid token.",
    insufficient_permissions: "That is not allowed with this token or link.",
    not_found: "It could not be found: it may have been deleted.",
    validation_failed: "The server could not accept that.",
    invalid_request: "The request was not understood.",
    payload_too_large: "That is too large for this server's limits.",
    rate_limited: "Too many requests at once.",
    conflict: "That cannot be done right now.",
    service_unavailable: "The server is busy or unavailable; try again shortly.",
    upstream_error: "The language model could not answer.",
    internal_error: "The server failed to do this. Report the request id below to the operator.",
    network: "The server could not be reached. Check the connection and try again.",
};

/** The sentence shown before the server's message for an error code. */
export function plainSentence(error) {
    if (error.code === "rate_limited" && error.retryAfter) {
        return `Too many requests: try again in ${error.retryAfter} second${error.retryAfter === "1" ? "" : "s"}.`;
    }
    return plainWords[error.code] || `The request failed (HTTP ${error.status}).`;
}

/** URLs the API hands out are absolute, for its configured public address; the console asks the
 *  origin it was loaded from (the same nginx), so its policy can allow this origin only. The
 *  signatures cover the path and query, not the host. */
export function sameOrigin(url) {
    const parsed = new URL(url, location.href);
    return parsed.pathname + parsed.search;
}

/** Where a presigned URL is sent: as given when an object store signed it (AWS Signature V4,
 *  PLEXE_STORE=s3: its signature covers the store's host, which allows this origin through
 *  CORS and the policy's connect-src), else to this origin as `sameOrigin` says. */
export function transferURL(url) {
    const parsed = new URL(url, location.href);
    return parsed.searchParams.get("X-Amz-Algorithm") === "AWS4-HMAC-SHA256" ? parsed.href : sameOrigin(url);
}

function errorFrom(status, bodyText, headers) {
    let body = null;
    try { body = bodyText ? JSON.parse(bodyText) : null; } catch { body = null; }
    const detail = body && body.error ? body.error : {};
    return new APIError({
        status,
        code: detail.code || (status === 429 ? "rate_limited" : status >= 500 ? "internal_error" : "invalid_request"),
        message: detail.message || `HTTP ${status}`,
        requestId: detail.request_id || headers.get("X-Request-Id"),
        param: detail.param || null,
        retryAfter: headers.get("Retry-After"),
    });
}

async function send(method, path, body, accept) {
    const headers = { Authorization: `Bearer ${token()}` };
    const init = { method, headers, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
        headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(body);
    }
    if (accept) headers.Accept = accept;
    let response;
    try {
        response = await fetch(sameOrigin(path), init);
    } catch {
        throw new APIError({ status: 0, code: "network", message: "no answer from the server" });
    }
    if (!response.ok) throw errorFrom(response.status, await response.text(), response.headers);
    return response;
}

/** A JSON call: resolves to the parsed body, rejects with an APIError. */
export async function api(method, path, body) {
    const response = await send(method, path, body, "application/json");
    const text = await response.text();
    return text ? JSON.parse(text) : null;
}

/** A GET whose answer is a file (a chart's SVG): resolves to a Blob. */
export async function apiBlob(path) {
    const response = await send("GET", path, undefined, "*/*");
    return response.blob();
}

/** PUTs a file's bytes to its presigned URL (no token: the signature is the permission), reporting
 *  progress as bytes go out. XMLHttpRequest, because fetch cannot report upload progress. */
export function putFile(url, file, onProgress) {
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open("PUT", transferURL(url));
        xhr.upload.addEventListener("progress", (event) => {
            if (event.lengthComputable) onProgress(event.loaded, event.total);
        });
        xhr.addEventListener("load", () => {
            if (xhr.status >= 200 && xhr.status < 300) {
                onProgress(file.size, file.size);
                resolve();
            } else {
                const headers = { get: (name) => xhr.getResponseHeader(name) };
                reject(errorFrom(xhr.status, xhr.responseText, headers));
            }
        });
        xhr.addEventListener("error", () => reject(new APIError({ status: 0, code: "network", message: `${file.name} could not be sent` })));
        xhr.send(file);
    });
}

/** Waits DELAY ms unless the page was left meanwhile (signal aborted): then rejects quietly. */
export function pause(delay, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) { reject(new DOMException("left the page", "AbortError")); return; }
        const timer = setTimeout(resolve, delay);
        signal.addEventListener("abort", () => { clearTimeout(timer); reject(new DOMException("left the page", "AbortError")); }, { once: true });
    });
}
