/// The legend of a chart with several series: one swatch and name per series, in rows centred
/// under the title, wrapping when the names do not fit on one line.
struct LegendLayout: Sendable {
    struct Item: Sendable {
        let seriesIndex: Int
        /// The left edge of the swatch and the vertical middle of the row.
        let x: Double
        let y: Double
        let text: String
        let fullText: String
    }

    static let fontSize = 11.0
    static let swatchSize = 10.0
    static let rowHeight = 17.0
    private static let swatchGap = 5.0
    private static let itemGap = 16.0
    /// Past this many rows the remaining series are summarised as "+ n more".
    private static let maximumRows = 3

    let items: [Item]
    /// "+ n more" when not every series fitted, placed after the last item.
    let overflowNote: (x: Double, y: Double, text: String)?
    let height: Double

    /// - Parameters:
    ///   - names: the series names, in order.
    ///   - top: the y of the legend's top edge.
    ///   - left, right: the horizontal extent it may use.
    init(names: [String], top: Double, left: Double, right: Double) {
        let available = right - left
        let maximumTextWidth = max(40, min(160, available - Self.swatchSize - Self.swatchGap))
        let texts = names.enumerated().map { index, name in
            TextMeasure.truncated(name.isEmpty ? "Series \(index + 1)" : name, toWidth: maximumTextWidth, fontSize: Self.fontSize)
        }
        let itemWidths = texts.map { Self.swatchSize + Self.swatchGap + TextMeasure.width($0, fontSize: Self.fontSize) }

        var rows: [[Int]] = [[]]
        var rowWidth = 0.0
        for index in texts.indices {
            let needed = (rows[rows.count - 1].isEmpty ? 0 : Self.itemGap) + itemWidths[index]
            if !rows[rows.count - 1].isEmpty, rowWidth + needed > available {
                rows.append([])
                rowWidth = 0
            }
            rowWidth += rows[rows.count - 1].isEmpty ? itemWidths[index] : needed
            rows[rows.count - 1].append(index)
        }
        var shownRows = rows
        var hidden = 0
        if rows.count > Self.maximumRows {
            shownRows = Array(rows.prefix(Self.maximumRows))
            hidden = rows.dropFirst(Self.maximumRows).reduce(0) { $0 + $1.count }
            // Make room on the last row for the note.
            let noteWidth = TextMeasure.width("+ \(hidden + 1) more", fontSize: Self.fontSize) + Self.itemGap
            while var lastRow = shownRows.last, lastRow.count > 1,
                Self.width(of: lastRow, itemWidths) + noteWidth > available
            {
                lastRow.removeLast()
                hidden += 1
                shownRows[shownRows.count - 1] = lastRow
            }
        }

        var items: [Item] = []
        var note: (x: Double, y: Double, text: String)?
        for (rowIndex, row) in shownRows.enumerated() {
            let y = top + (Double(rowIndex) + 0.5) * Self.rowHeight
            var noteText: String?
            var width = Self.width(of: row, itemWidths)
            if hidden > 0, rowIndex == shownRows.count - 1 {
                noteText = "+ \(hidden) more"
                width += Self.itemGap + TextMeasure.width(noteText!, fontSize: Self.fontSize)
            }
            var x = left + max(0, (available - width) / 2)
            for index in row {
                items.append(Item(seriesIndex: index, x: x, y: y, text: texts[index], fullText: names[index]))
                x += itemWidths[index] + Self.itemGap
            }
            if let noteText { note = (x, y, noteText) }
        }
        self.items = items
        self.overflowNote = note
        self.height = Double(shownRows.count) * Self.rowHeight
    }

    private static func width(of row: [Int], _ itemWidths: [Double]) -> Double {
        row.reduce(0) { $0 + itemWidths[$1] } + Double(max(0, row.count - 1)) * itemGap
    }
}
