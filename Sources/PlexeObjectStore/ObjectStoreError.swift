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
