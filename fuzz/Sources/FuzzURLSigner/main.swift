import FuzzSupport
import PlexeFoundation
import PlexeServer

// One input is one request target (`/path?query`) as nginx hands it over, plus a last byte
// that picks the request's method and clock. It goes through both ways a presigned URL is
// checked (`verify(rawURI:)` for storage PUTs, `verify(path:query:)` for downloads), and its
// path is signed and checked again, as is, tampered with and out of time.
//
// The invariants:
// - `valid` only for what the signer itself signed: the signature is the one `sign` makes for
//   that method, path, date and lifetime (written as `sign` writes them), and `now` is inside
//   the window; for a raw target, the path is also in the safe alphabet.
// - a URL the signer made for a path is valid for that path, method and time: through
//   `verify(rawURI:)` exactly when the path is safe, through `verify(path:query:)` always;
//   for another method it is invalid, after its lifetime expired.
// - percent-encoding a path and decoding it again gives the path back.

let signer = URLSigner(secret: (0..<32).map { UInt8($0) }, baseURL: "https://data.example.test")
let methods: [HTTPMethod] = [.get, .post, .put, .delete]
/// 2026-01-01T00:00:00Z, so that seeds signed for it stay valid whenever they are run.
let baseNow: Int64 = 1_767_225_600

/// The safe alphabet of raw storage paths, as `URLSigner` documents it (written again here
/// from the documentation, not copied from the code): a leading `/`, then segments of letters,
/// digits, `-`, `_` and `.`, separated by single `/`, none of them `.` or `..`.
func isSafePath(_ path: String) -> Bool {
    guard path.hasPrefix("/"), !path.contains("//") else { return false }
    let segments = path.split(separator: "/")
    guard !segments.contains("."), !segments.contains("..") else { return false }
    return path.utf8.allSatisfy { b in
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
    }
}

/// Checks a verdict against what the signer can have signed.
func checkVerdict(
    _ verdict: URLSigner.Verdict, method: HTTPMethod, path: String, query: [String: String], now: Int64,
    raw: Bool, context: @autoclosure () -> String
) {
    guard case .valid(let validPath) = verdict else { return }
    guard validPath == path else { fail("valid for \(validPath.debugDescription), asked about \(path.debugDescription): \(context())") }
    if raw && !isSafePath(path) { fail("a raw target with an unsafe path is valid: \(context())") }
    guard let date = query["X-Amz-Date"], let issued = Timestamp.parseCompact(date),
        let expires = query["X-Amz-Expires"], let ttl = Int64(expires),
        let signature = query["X-Amz-Signature"]
    else {
        fail("valid without parseable parameters: \(context())")
    }
    guard query["X-Amz-Algorithm"] == URLSigner.algorithm else { fail("valid with another algorithm: \(context())") }
    // What the signer writes for that method, path and time: the same date and lifetime texts,
    // and the same signature (hex case aside).
    let signed = HTTPRequest.parseQuery(
        String(
            signer.sign(method: method, path: path, now: issued, ttl: ttl).split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[1]))
    guard signed["X-Amz-Date"] == date, signed["X-Amz-Expires"] == expires,
        signed["X-Amz-Signature"] == signature.lowercased()
    else {
        fail("valid for parameters the signer does not write (\(date), \(expires), \(signature)); it writes \(signed): \(context())")
    }
    guard now < issued + ttl, now >= issued - 300 else { fail("valid outside its window (issued \(issued), ttl \(ttl), now \(now)): \(context())") }
}

runFuzzer { data, size in
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    guard let control = bytes.last else { return 0 }
    let target = String(decoding: bytes.dropLast(), as: UTF8.self)
    let method = methods[Int(control) % methods.count]
    let now = baseNow + Int64(control >> 2) * 97

    // The target as given.
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    let path = String(parts[0])
    let query = parts.count > 1 ? HTTPRequest.parseQuery(String(parts[1])) : [:]
    let rawVerdict = signer.verify(method: method, rawURI: target, now: now)
    checkVerdict(rawVerdict, method: method, path: path, query: query, now: now, raw: true, context: "\(method) \(target.debugDescription)")
    let decodedPath = HTTPRequest.percentDecode(path)
    checkVerdict(
        signer.verify(method: method, path: decodedPath, query: query, now: now), method: method, path: decodedPath,
        query: query, now: now, raw: false, context: "\(method) decoded \(decodedPath.debugDescription) \(query)")

    // The target's path, signed.
    let ttl = Int64(300 + Int(control) * 37)
    let issued = now - Int64(control % 5) * 60
    let url = signer.sign(method: method, path: path, now: issued, ttl: ttl)
    let base = "https://data.example.test"
    guard url.hasPrefix(base) else { fail("signed URL \(url) does not start with the base URL") }
    let signedTarget = String(url.dropFirst(base.count))
    let signedParts = signedTarget.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    let signedQuery = HTTPRequest.parseQuery(String(signedParts[1]))
    // The URL's path is percent-encoded: nginx decodes it back to the path that was signed.
    guard HTTPRequest.percentDecode(String(signedParts[0])) == path else {
        fail("\(path.debugDescription) is encoded as \(signedParts[0]), which decodes to something else")
    }
    let asRaw = signer.verify(method: method, rawURI: signedTarget, now: now)
    if isSafePath(path) {
        guard asRaw == .valid(path: path) else { fail("signed \(method) \(signedTarget) at \(now): \(asRaw)") }
    } else {
        guard case .invalid = asRaw else { fail("signed unsafe \(method) \(signedTarget): \(asRaw)") }
    }
    let asDecoded = signer.verify(method: method, path: path, query: signedQuery, now: now)
    guard asDecoded == .valid(path: path) else { fail("signed \(method) \(path.debugDescription) as a download at \(now): \(asDecoded)") }
    let otherMethod = methods[(Int(control) + 1) % methods.count]
    guard case .invalid = signer.verify(method: otherMethod, path: path, query: signedQuery, now: now) else {
        fail("a URL signed for \(method) is valid for \(otherMethod): \(signedTarget)")
    }
    guard signer.verify(method: method, path: path, query: signedQuery, now: issued + ttl) == .expired else {
        fail("a URL is still valid at the end of its lifetime: \(signedTarget)")
    }

    // The signed URL with the input's query appended: whatever it overrides, a valid verdict
    // must still be one the signer made.
    if parts.count > 1 {
        let tampered = signedTarget + "&" + parts[1]
        let tamperedQuery = HTTPRequest.parseQuery(String(tampered.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[1]))
        checkVerdict(
            signer.verify(method: method, rawURI: tampered, now: now), method: method, path: path, query: tamperedQuery,
            now: now, raw: true, context: "\(method) tampered \(tampered.debugDescription)")
    }
    return 0
}
