/// Validation of query-string parameters, with the contract's 422 + `param` on bad values.
struct QueryParameters {
    let values: [String: String]

    init(_ request: HTTPRequest) { values = request.query }

    func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.validation("\(name) must be an integer between \(range.lowerBound) and \(range.upperBound)", param: name)
        }
        return value
    }

    func choice(_ name: String, _ allowed: [String], default fallback: String? = nil) throws -> String? {
        guard let text = values[name] else { return fallback }
        guard allowed.contains(text) else {
            throw APIError.validation("\(name) must be one of: \(allowed.joined(separator: ", "))", param: name)
        }
        return text
    }
}
