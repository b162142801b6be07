/// Why a call to the object store did not succeed. Messages name the operation, the key and
/// the store's own error code, never a credential or a signature.
public struct ObjectStoreError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        case configuration, unreachable, notFound, storeRefused, tooLarge, localFile
    }

    public let kind: Kind
    public let message: String
    /// The store's HTTP status, when it answered.
    public let status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    public var description: String { message }
}

/// The `<Error><Code>…</Code><Message>…</Message></Error>` body of an S3 error answer.
struct S3ErrorBody {
    let code: String?
    let message: String?

    init?(_ body: [UInt8]) {
        guard !body.isEmpty else { return nil }
        let text = String(decoding: body.prefix(64 << 10), as: UTF8.self)
        guard text.contains("<Error>") else { return nil }
        func element(_ name: String) -> String? {
            guard let open = text.range(of: "<\(name)>"), let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex) else {
                return nil
            }
            return String(text[open.upperBound..<close.lowerBound])
        }
        code = element("Code")
        message = element("Message")
    }

    var summary: String { [code, message].compactMap { $0 }.joined(separator: ": ") }
}

/// Size, ETag and version of a stored object, from the store's answer headers.
public struct ObjectInfo: Sendable, Equatable {
    public let key: String
    public let size: Int64?
    public let etag: String?
    /// Set when the bucket is versioned: pinning it makes a later PUT to the key irrelevant.
    public let versionID: String?

    init(key: String, size: Int64? = nil, headers: [String: String]) {
        self.key = key
        self.size = size ?? headers["content-length"].flatMap { Int64($0) }
        etag = headers["etag"]
        versionID = headers["x-amz-version-id"]
    }
}

/// `Content-Disposition: attachment` with a file name any browser reads: an ASCII fallback
/// and the RFC 5987 UTF-8 form.
enum ContentDisposition {
    static func attachment(filename: String) -> String {
        let fallback = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''" + SigV4Signer.percentEncode(filename, keepSlash: false)
    }
}

/// The parts of a `ListObjectsV2` answer the client uses. The body is S3's fixed, flat XML
/// (no attributes or nesting inside the elements read here), so a scan for the elements
/// suffices; keys are XML-escaped in it.
struct ListBucketResult {
    var keys: [String] = []
    var commonPrefixes: [String] = []
    var isTruncated = false
    var nextContinuationToken: String?

    init(_ body: [UInt8]) {
        let text = String(decoding: body, as: UTF8.self)
        for contents in Self.elements("Contents", in: text) {
            if let key = Self.elements("Key", in: contents).first { keys.append(Self.unescape(key)) }
        }
        for common in Self.elements("CommonPrefixes", in: text) {
            if let prefix = Self.elements("Prefix", in: common).first { commonPrefixes.append(Self.unescape(prefix)) }
        }
        isTruncated = Self.elements("IsTruncated", in: text).first == "true"
        nextContinuationToken = Self.elements("NextContinuationToken", in: text).first.map(Self.unescape)
    }

    /// The text of every `<name>…</name>` in `text`, in order.
    static func elements(_ name: String, in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "<\(name)>"), let close = rest.range(of: "</\(name)>", range: open.upperBound..<rest.endIndex) {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#13;", "\r"), ("&#10;", "\n"), ("&amp;", "&"),
        ] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }
}
