import Foundation

/// Table names for an upload's files, by the contract's rule: the file's stem, lowercased,
/// every character outside `[a-z0-9]` as `_`, a leading digit prefixed with `t_`, and a clash
/// suffixed `_2`, `_3`… in file order.
public enum TableNaming {
    /// Names for `filenames`, in the same order.
    public static func tableNames(for filenames: [String]) -> [String] {
        var used = Set<String>()
        var result: [String] = []
        for filename in filenames {
            let base = baseName(for: filename)
            var name = base
            var n = 2
            while used.contains(name) {
                name = "\(base)_\(n)"
                n += 1
            }
            used.insert(name)
            result.append(name)
        }
        return result
    }

    /// The unsuffixed name for one file.
    public static func baseName(for filename: String) -> String {
        var stem = Substring(filename)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var out = ""
        for scalar in stem.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping
            if lower.unicodeScalars.count == 1, let c = lower.unicodeScalars.first,
                (c >= "a" && c <= "z") || (c >= "0" && c <= "9")
            {
                out.unicodeScalars.append(c)
            } else {
                out.append("_")
            }
        }
        if out.isEmpty { out = "t" }
        if let first = out.unicodeScalars.first, first >= "0" && first <= "9" { out = "t_" + out }
        return out
    }
}

/// SQL identifier quoting: `"a ""b"""`. Column names keep their header text, so every
/// generated statement quotes them.
public func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// A SQL string literal: `'it''s'`.
public func quoteLiteral(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}
