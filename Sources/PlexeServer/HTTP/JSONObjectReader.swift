import PlexeFoundation

/// Reads fields of a JSON request body with validation errors that name the field
/// (`files[0].filename is required`), so every handler reports bad input the same way.
struct JSONObjectReader: Sendable {
    let value: JSON
    /// The path of this object inside the body (`files[0]`), empty for the body itself.
    let path: String

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func has(_ key: String) -> Bool {
        if let v = value[key], !v.isNull { return true }
        return false
    }

    func string(_ key: String) throws -> String? {
        guard let v = value[key], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw APIError.validation("\(fieldPath(key)) must be a string", param: fieldPath(key)) }
        // No name, query or setting needs U+0000, and PostgreSQL cannot store it in text: a
        // catalog in either engine must keep what was asked, not a string cut at its first NUL.
        if s.utf8.contains(0) {
            throw APIError.validation("\(fieldPath(key)) must not contain the NUL character (U+0000)", param: fieldPath(key))
        }
        return s
    }

    func requiredString(_ key: String) throws -> String {
        guard let s = try string(key) else { throw APIError.validation("\(fieldPath(key)) is required", param: fieldPath(key)) }
        return s
    }

    func int(_ key: String, range: ClosedRange<Int64>? = nil) throws -> Int64? {
        guard let v = value[key], !v.isNull else { return nil }
        guard case .int = v, let i = v.intValue else {
            if let d = v.doubleValue, d == d.rounded(), let i = v.intValue { return try checked(i, key, range) }
            throw APIError.validation("\(fieldPath(key)) must be an integer", param: fieldPath(key))
        }
        return try checked(i, key, range)
    }

    private func checked(_ i: Int64, _ key: String, _ range: ClosedRange<Int64>?) throws -> Int64 {
        if let range, !range.contains(i) {
            throw APIError.validation("\(fieldPath(key)) must be between \(range.lowerBound) and \(range.upperBound)", param: fieldPath(key))
        }
        return i
    }

    func bool(_ key: String) throws -> Bool? {
        guard let v = value[key], !v.isNull else { return nil }
        guard let b = v.boolValue else { throw APIError.validation("\(fieldPath(key)) must be true or false", param: fieldPath(key)) }
        return b
    }

    func array(_ key: String) throws -> [JSON]? {
        guard let v = value[key], !v.isNull else { return nil }
        guard let a = v.arrayValue else { throw APIError.validation("\(fieldPath(key)) must be an array", param: fieldPath(key)) }
        return a
    }

    /// The elements of an array of objects, each as a reader with its own path.
    func objects(_ key: String) throws -> [JSONObjectReader]? {
        guard let items = try array(key) else { return nil }
        return try items.enumerated().map { i, item in
            let p = "\(fieldPath(key))[\(i)]"
            guard case .object = item else { throw APIError.validation("\(p) must be an object", param: p) }
            return JSONObjectReader(value: item, path: p)
        }
    }

    /// An array of strings.
    func strings(_ key: String) throws -> [String]? {
        guard let items = try array(key) else { return nil }
        return try items.enumerated().map { i, item in
            guard let s = item.stringValue else {
                throw APIError.validation("\(fieldPath(key))[\(i)] must be a string", param: "\(fieldPath(key))[\(i)]")
            }
            return s
        }
    }

    /// A string that must be one of `allowed`.
    func choice(_ key: String, _ allowed: [String]) throws -> String? {
        guard let s = try string(key) else { return nil }
        guard allowed.contains(s) else {
            throw APIError.validation("\(fieldPath(key)) must be one of: \(allowed.joined(separator: ", "))", param: fieldPath(key))
        }
        return s
    }
}
