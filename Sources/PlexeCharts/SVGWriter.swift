/// Appends SVG elements to a string, with coordinates rounded to hundredths of a pixel and all
/// text escaped.
///
/// Building the markup by hand (rather than through an XML library) keeps the output compact
/// and byte-for-byte predictable, which the tests and HTTP caches both rely on; every piece
/// of caller text passes through `XMLEscaping`, so the result is well-formed XML.
struct SVGWriter {
    private(set) var markup = ""

    mutating func raw(_ text: String) {
        markup += text
    }

    /// A text element. `anchor` is the SVG `text-anchor`; `rotation` turns the text about its
    /// anchor point, in degrees (negative = counter-clockwise).
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, color: RGBColor,
        anchor: String = "start", weight: String? = nil, rotation: Double? = nil, className: String? = nil,
        tooltip: String? = nil
    ) {
        markup += "<text"
        if let className { markup += " class=\"\(className)\"" }
        markup += " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" fill=\"\(color.cssHex)\""
        if anchor != "start" { markup += " text-anchor=\"\(anchor)\"" }
        if let weight { markup += " font-weight=\"\(weight)\"" }
        if let rotation { markup += " transform=\"rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))\"" }
        markup += ">"
        if let tooltip { markup += "<title>\(XMLEscaping.escaped(tooltip))</title>" }
        markup += XMLEscaping.escaped(content) + "</text>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, color: RGBColor, width: Double = 1) {
        markup +=
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(color.cssHex)\""
        if width != 1 { markup += " stroke-width=\"\(Self.number(width))\"" }
        markup += "/>"
    }

    /// A filled rectangle, optionally with a `<title>` child that viewers show on hover.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, color: RGBColor, className: String? = nil, tooltip: String? = nil) {
        shape(
            "rect", className: className, tooltip: tooltip,
            attributes:
                " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" height=\"\(Self.number(max(0, height)))\" fill=\"\(color.cssHex)\""
        )
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], color: RGBColor, width: Double) {
        markup +=
            "<polyline class=\"line\" fill=\"none\" stroke=\"\(color.cssHex)\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\""
        for (index, point) in points.enumerated() {
            if index > 0 { markup += " " }
            markup += Self.number(point.x) + "," + Self.number(point.y)
        }
        markup += "\"/>"
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: RGBColor, stroke: RGBColor, className: String? = nil, tooltip: String? = nil) {
        shape(
            "circle", className: className, tooltip: tooltip,
            attributes:
                " cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill.cssHex)\" stroke=\"\(stroke.cssHex)\" stroke-width=\"1.5\""
        )
    }

    /// `<tag class=… attributes/>`, or with a `<title>` child that viewers show on hover.
    private mutating func shape(_ tag: String, className: String?, tooltip: String?, attributes: String) {
        markup += "<" + tag
        if let className { markup += " class=\"\(className)\"" }
        markup += attributes
        if let tooltip {
            markup += "><title>\(XMLEscaping.escaped(tooltip))</title></\(tag)>"
        } else {
            markup += "/>"
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros ("12", "12.5", "12.25").
    /// Non-finite input, which layout never produces, is written as 0 so the XML stays valid
    /// SVG even then.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
