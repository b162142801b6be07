import Foundation

/// Where the object store is and how to sign for it: `PLEXE_S3_ENDPOINT`
/// (`https://host[:port]`), `PLEXE_S3_REGION`, `PLEXE_S3_BUCKET`, and
/// `PLEXE_S3_CREDENTIALS_FILE`, a file in the AWS shared-credentials format
/// (`aws_access_key_id = …`, `aws_secret_access_key = …`, optional `aws_session_token`),
/// read once at start so the secret is never in the environment or a command line.
public struct ObjectStoreSettings: Sendable {
    public let scheme: String
    public let host: String
    public let port: Int?
    public let region: String
    public let bucket: String
    public let credentials: SigV4Credentials
    public var connectTimeoutMs = 5_000
    public var stallTimeoutSeconds = 30

    public init(endpoint: String, region: String, bucket: String, credentials: SigV4Credentials) throws(ObjectStoreError) {
        guard let parts = URLComponents(string: endpoint), let scheme = parts.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty,
            parts.path.isEmpty || parts.path == "/", parts.query == nil
        else {
            throw ObjectStoreError(.configuration, "PLEXE_S3_ENDPOINT must be http(s)://host[:port] with no path, got \(endpoint)")
        }
        // S3's bucket naming rules, which also keep the name safe in a path-style URL.
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        guard (3...63).contains(bucket.count), bucket.allSatisfy({ allowed.contains($0) }),
            bucket.first!.isLetter || bucket.first!.isNumber
        else {
            throw ObjectStoreError(.configuration, "PLEXE_S3_BUCKET must be 3-63 lower-case letters, digits, dots or hyphens, got \(bucket)")
        }
        guard !region.isEmpty, region.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw ObjectStoreError(.configuration, "PLEXE_S3_REGION must be a region name such as us-east-1, got \(region)")
        }
        self.scheme = scheme
        self.host = host
        self.port = parts.port
        self.region = region
        self.bucket = bucket
        self.credentials = credentials
    }

    /// The `[default]` (or `profile`) section of an AWS shared-credentials file.
    public static func credentials(fromFileContents text: String, profile: String = "default") throws(ObjectStoreError) -> SigV4Credentials {
        var section: String? = nil
        var values: [String: String] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard section == profile, let equals = line.firstIndex(of: "=") else { continue }
            values[line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        guard let key = values["aws_access_key_id"], !key.isEmpty, let secret = values["aws_secret_access_key"], !secret.isEmpty else {
            throw ObjectStoreError(.configuration, "the credentials file has no aws_access_key_id and aws_secret_access_key under [\(profile)]")
        }
        return SigV4Credentials(accessKeyID: key, secretAccessKey: secret, sessionToken: values["aws_session_token"])
    }
}
