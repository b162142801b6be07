import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG document parsed by Foundation's XMLParser into a small tree, so tests can ask what a
/// viewer would see: which elements, with which attributes and text.
final class SVGProbe: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Element] = []
        weak var parent: Element?

        init(name: String, attributes: [String: String], parent: Element?) {
            self.name = name
            self.attributes = attributes
            self.parent = parent
        }

        /// This element and all below it, depth first.
        var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

        /// Whether this element sits inside a `<g class="…">` of that class.
        func isInside(groupClass: String) -> Bool {
            var node = parent
            while let current = node {
                if current.name == "g", current.attributes["class"] == groupClass { return true }
                node = current.parent
            }
            return false
        }
    }

    private(set) var root: Element?
    private var current: Element?
    private(set) var errorMessage: String?

    /// Parses `markup`; `nil` when it is not well-formed XML (the reason is in `errorMessage`).
    static func parse(_ markup: String) -> SVGProbe? {
        let probe = SVGProbe()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = probe
        guard parser.parse(), probe.root != nil else {
            probe.errorMessage = parser.parserError.map { "\($0)" } ?? "no root element"
            return nil
        }
        return probe
    }

    var all: [Element] { root?.descendants ?? [] }

    func elements(_ name: String, class className: String? = nil) -> [Element] {
        all.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = Element(name: elementName, attributes: attributes, parent: current)
        if let current { current.children.append(element) } else { root = element }
        current = element
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        current = current?.parent
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.text += string
    }
}
