import Core
import Foundation

/// Inline SVG charts for the HTML report: no scripts, no external assets.
enum SVGChart {
    static let palette = ["#2f6db5", "#e08a2c", "#3c9d5d", "#b84a4a", "#7b5fb0", "#8c8c8c"]

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// A label that fits `width` pixels at the chart's 12 px font, with an ellipsis; the full
    /// text stays in a tooltip.
    static func label(_ text: String, width: Int, x: Int, y: Int) -> String {
        let fits = max(4, width / 7)
        let shown = text.count > fits ? String(text.prefix(fits - 1)) + "…" : text
        return "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"end\"><title>\(escape(text))</title>\(escape(shown))</text>"
    }

    /// Horizontal bars, one per row, labelled on the left, value on the right. `barWidth` sets
    /// the chart's size: smaller for a half-width card, so its text is not scaled down.
    static func bars(_ rows: [(label: String, value: Double, text: String)], color: String = palette[0], labelWidth: Int = 230,
                     barWidth: Int = 420) -> String {
        let rowHeight = 22, width = labelWidth + barWidth + 90
        let maximum = max(rows.map(\.value).max() ?? 1, 1e-9)
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(rows.count * rowHeight + 6)\" width=\"\(width)\" role=\"img\">"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 3
            let length = max(1, Int(Double(barWidth) * row.value / maximum))
            svg += label(row.label, width: labelWidth - 10, x: labelWidth - 8, y: y + 15)
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 7)\" rx=\"2\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\" class=\"value\">\(escape(row.text))</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical bars for a histogram.
    static func histogram(_ counts: [Int], labels: [String]) -> String {
        let columnWidth = 40, height = 170, width = counts.count * columnWidth + 20
        let maximum = max(counts.max() ?? 1, 1)
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height + 40)\" width=\"\(width)\" role=\"img\">"
        for (index, count) in counts.enumerated() {
            let barHeight = Int(Double(height - 20) * Double(count) / Double(maximum))
            let x = 10 + index * columnWidth
            svg += "<rect x=\"\(x + 6)\" y=\"\(height - barHeight)\" width=\"\(columnWidth - 12)\" height=\"\(barHeight)\" rx=\"2\" fill=\"\(palette[0])\"/>"
            svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(height - barHeight - 5)\" text-anchor=\"middle\" class=\"value\">\(count)</text>"
            svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(height + 18)\" text-anchor=\"middle\">\(escape(labels[index]))</text>"
        }
        return svg + "</svg>"
    }

    /// 100% stacked bars, one per row, with a legend.
    static func stacked(_ rows: [(label: String, parts: [Int])], legend: [String], labelWidth: Int = 230, barWidth: Int = 460) -> String {
        let rowHeight = 24, width = labelWidth + barWidth + 20
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(rows.count * rowHeight + 34)\" width=\"\(width)\" role=\"img\">"
        for (index, name) in legend.enumerated() {
            let x = labelWidth + index * 92
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(palette[index % palette.count])\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"15\">\(escape(name))</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = 26 + index * rowHeight
            let total = max(row.parts.reduce(0, +), 1)
            svg += label(row.label, width: labelWidth - 10, x: labelWidth - 8, y: y + 15)
            var x = Double(labelWidth)
            for (part, value) in row.parts.enumerated() where value > 0 {
                let length = Double(barWidth) * Double(value) / Double(total)
                svg += "<rect x=\"\(String(format: "%.1f", x))\" y=\"\(y + 3)\" width=\"\(String(format: "%.1f", length))\" height=\"\(rowHeight - 8)\" fill=\"\(palette[part % palette.count])\"><title>\(escape(legend[part])): \(value)</title></rect>"
                if length > 26 {
                    svg += "<text x=\"\(String(format: "%.1f", x + length / 2))\" y=\"\(y + 15)\" text-anchor=\"middle\" class=\"inbar\">\(value)</text>"
                }
                x += length
            }
        }
        return svg + "</svg>"
    }

    /// A range line with a median dot per row, on a shared scale of years.
    static func ranges(_ rows: [(label: String, low: Double, median: Double, high: Double, note: String)], labelWidth: Int = 230) -> String {
        let rowHeight = 24, scaleWidth = 420, width = labelWidth + scaleWidth + 130
        let maximum = max(rows.map(\.high).max() ?? 1, 1)
        func x(_ value: Double) -> Double { Double(labelWidth) + Double(scaleWidth) * value / maximum }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(rows.count * rowHeight + 30)\" width=\"\(width)\" role=\"img\">"
        for tick in stride(from: 0, through: Int(maximum), by: max(1, Int(maximum) / 8)) {
            svg += "<line x1=\"\(x(Double(tick)))\" y1=\"0\" x2=\"\(x(Double(tick)))\" y2=\"\(rows.count * rowHeight)\" class=\"grid\"/>"
            svg += "<text x=\"\(x(Double(tick)))\" y=\"\(rows.count * rowHeight + 16)\" text-anchor=\"middle\" class=\"value\">\(tick)</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 12
            svg += label(row.label, width: labelWidth - 10, x: labelWidth - 8, y: y + 4)
            svg += "<line x1=\"\(x(row.low))\" y1=\"\(y)\" x2=\"\(x(row.high))\" y2=\"\(y)\" stroke=\"\(palette[0])\" stroke-width=\"4\" stroke-linecap=\"round\"/>"
            svg += "<circle cx=\"\(x(row.median))\" cy=\"\(y)\" r=\"6\" fill=\"\(palette[1])\"/>"
            svg += "<text x=\"\(x(maximum) + 10)\" y=\"\(y + 4)\" class=\"value\">\(escape(row.note))</text>"
        }
        return svg + "</svg>"
    }
}
