/// An sRGB colour with 8-bit channels.
///
/// Both renderers take their colours from here, so a PNG thumbnail shows the same series in
/// the same colours as the full-size SVG it previews.
struct RGBColor: Sendable, Equatable {
    let red: UInt8
    let green: UInt8
    let blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour written as `0xRRGGBB`, the way design palettes are published.
    init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// The colour as a CSS/SVG `#rrggbb` literal.
    var cssHex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [red, green, blue] {
            text.append(digits[Int(channel >> 4)])
            text.append(digits[Int(channel & 0x0F)])
        }
        return text
    }
}

/// The colours of every chart.
///
/// The series colours are Tableau 10: distinct in hue and lightness, so neighbouring bars stay
/// apart for most colour-blind readers and on greyscale print.
enum ChartPalette {
    static let series: [RGBColor] = [
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
        0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC,
    ].map(RGBColor.init(hex:))

    /// The colour of the series at `index`; the palette repeats after ten series.
    static func seriesColor(_ index: Int) -> RGBColor {
        series[index % series.count]
    }

    static let background = RGBColor(hex: 0xFFFFFF)
    static let gridLine = RGBColor(hex: 0xE3E6EA)
    static let axisLine = RGBColor(hex: 0x5F6670)
    static let text = RGBColor(hex: 0x1F2933)
    static let secondaryText = RGBColor(hex: 0x52606D)
}
