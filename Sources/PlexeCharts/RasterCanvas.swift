/// An RGB image in memory with the few drawing operations a chart thumbnail needs: filled
/// rectangles, thick polylines and discs, all with anti-aliased edges.
///
/// Hand-written because none of the packages the project may use (Foundation, Dispatch and
/// the listed system libraries) can rasterise: there is no CoreGraphics on Linux, and no Swift
/// package in the allowed set draws shapes. A thumbnail needs only these primitives, each a
/// few lines of coverage arithmetic.
struct RasterCanvas: Sendable {
    let width: Int
    let height: Int
    /// Row-major RGB triples, top row first: the layout PNG scanlines use.
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int, background: RGBColor) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
        for offset in Swift.stride(from: 0, to: pixels.count, by: 3) {
            pixels[offset] = background.red
            pixels[offset + 1] = background.green
            pixels[offset + 2] = background.blue
        }
    }

    func pixel(x: Int, y: Int) -> RGBColor {
        let offset = (y * width + x) * 3
        return RGBColor(red: pixels[offset], green: pixels[offset + 1], blue: pixels[offset + 2])
    }

    /// Mixes `color` into the pixel by `coverage` (0 leaves it, 1 replaces it). Off-canvas
    /// pixels are ignored, so shapes may overhang the edges.
    mutating func blend(x: Int, y: Int, color: RGBColor, coverage: Double) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let alpha = min(1, coverage)
        let offset = (y * width + x) * 3
        func mix(_ old: UInt8, _ new: UInt8) -> UInt8 {
            UInt8((Double(old) * (1 - alpha) + Double(new) * alpha).rounded())
        }
        pixels[offset] = mix(pixels[offset], color.red)
        pixels[offset + 1] = mix(pixels[offset + 1], color.green)
        pixels[offset + 2] = mix(pixels[offset + 2], color.blue)
    }

    /// Fills the rectangle between two corners given in pixel-edge coordinates (x = 0 is the
    /// left edge of the first column). Pixels the edges cut through get the share of their area
    /// that is covered, so a bar 2.5 px wide looks 2.5 px wide rather than 2 or 3.
    mutating func fillRectangle(left: Double, top: Double, right: Double, bottom: Double, color: RGBColor) {
        guard [left, top, right, bottom].allSatisfy(\.isFinite) else { return }
        let left = max(0, min(left, right))
        let right = min(Double(width), max(left, right))
        let top = max(0, min(top, bottom))
        let bottom = min(Double(height), max(top, bottom))
        guard right > left, bottom > top else { return }
        for row in Int(top.rounded(.down))..<Int(bottom.rounded(.up)) {
            let rowCoverage = min(bottom, Double(row + 1)) - max(top, Double(row))
            for column in Int(left.rounded(.down))..<Int(right.rounded(.up)) {
                let columnCoverage = min(right, Double(column + 1)) - max(left, Double(column))
                blend(x: column, y: row, color: color, coverage: rowCoverage * columnCoverage)
            }
        }
    }

    /// Strokes a polyline `lineWidth` pixels wide with round joins. Coverage is the largest over
    /// all segments at each pixel, so joints are not painted twice (which would leave dark
    /// knots on the anti-aliased edge).
    mutating func strokePolyline(_ points: [(x: Double, y: Double)], lineWidth: Double, color: RGBColor) {
        // Coordinates far off the canvas can only come from a layout bug; refusing them keeps
        // the integer conversions below from trapping.
        guard let first = points.first, points.allSatisfy({ Self.isDrawable($0.x) && Self.isDrawable($0.y) }) else { return }
        let reach = lineWidth / 2 + 1
        var minX = first.x
        var maxX = first.x
        var minY = first.y
        var maxY = first.y
        for point in points {
            minX = min(minX, point.x)
            maxX = max(maxX, point.x)
            minY = min(minY, point.y)
            maxY = max(maxY, point.y)
        }
        let originX = max(0, Int((minX - reach).rounded(.down)))
        let originY = max(0, Int((minY - reach).rounded(.down)))
        let endX = min(width, Int((maxX + reach).rounded(.up)) + 1)
        let endY = min(height, Int((maxY + reach).rounded(.up)) + 1)
        guard endX > originX, endY > originY else { return }
        let maskWidth = endX - originX
        var mask = [Double](repeating: 0, count: maskWidth * (endY - originY))

        let segments = points.count == 1 ? [(first, first)] : Array(zip(points, points.dropFirst()))
        for (start, end) in segments {
            let fromX = max(originX, Int((min(start.x, end.x) - reach).rounded(.down)))
            let toX = min(endX, Int((max(start.x, end.x) + reach).rounded(.up)) + 1)
            let fromY = max(originY, Int((min(start.y, end.y) - reach).rounded(.down)))
            let toY = min(endY, Int((max(start.y, end.y) + reach).rounded(.up)) + 1)
            guard toX > fromX, toY > fromY else { continue }
            for row in fromY..<toY {
                for column in fromX..<toX {
                    let distance = Self.distance(fromPoint: (Double(column) + 0.5, Double(row) + 0.5), toSegment: start, end)
                    let coverage = min(1, max(0, lineWidth / 2 + 0.5 - distance))
                    let index = (row - originY) * maskWidth + (column - originX)
                    if coverage > mask[index] { mask[index] = coverage }
                }
            }
        }
        for row in originY..<endY {
            for column in originX..<endX {
                blend(x: column, y: row, color: color, coverage: mask[(row - originY) * maskWidth + (column - originX)])
            }
        }
    }

    /// A filled disc with an anti-aliased rim.
    mutating func fillCircle(centerX: Double, centerY: Double, radius: Double, color: RGBColor) {
        guard Self.isDrawable(centerX), Self.isDrawable(centerY), radius >= 0, radius < 1_000 else { return }
        for row in Int((centerY - radius - 1).rounded(.down))...Int((centerY + radius + 1).rounded(.up)) {
            for column in Int((centerX - radius - 1).rounded(.down))...Int((centerX + radius + 1).rounded(.up)) {
                let dx = Double(column) + 0.5 - centerX
                let dy = Double(row) + 0.5 - centerY
                let distance = (dx * dx + dy * dy).squareRoot()
                blend(x: column, y: row, color: color, coverage: min(1, max(0, radius + 0.5 - distance)))
            }
        }
    }

    private static func isDrawable(_ coordinate: Double) -> Bool {
        coordinate.isFinite && abs(coordinate) < 1_000_000
    }

    private static func distance(
        fromPoint point: (x: Double, y: Double), toSegment start: (x: Double, y: Double), _ end: (x: Double, y: Double)
    ) -> Double {
        let dx = end.x - start.x
        let dy = end.y - start.y
        let lengthSquared = dx * dx + dy * dy
        var t = 0.0
        if lengthSquared > 0 {
            t = min(1, max(0, ((point.x - start.x) * dx + (point.y - start.y) * dy) / lengthSquared))
        }
        let nearestX = start.x + t * dx - point.x
        let nearestY = start.y + t * dy - point.y
        return (nearestX * nearestX + nearestY * nearestY).squareRoot()
    }
}
