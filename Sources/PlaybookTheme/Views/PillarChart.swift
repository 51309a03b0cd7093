import Mustache
import PlaybookMarkdown
import PlaybookModel

/// How many pages each pillar has of each kind, as a picture drawn at build time (an inline
/// SVG of stacked bars, no script) and as the table it is drawn from, which gives the numbers
/// to readers who cannot see the picture and to print.
public struct PillarChart: Sendable, Equatable {
    /// The kinds' labels, in section order: the table's columns and the bars' segments.
    var kinds: [ChartKind]
    var rows: [PillarChartRow]
    /// The bars, `aria-hidden`: the table says the same.
    var svgHTML: String

    init(kinds: [(kind: PageKind, label: String)], rows: [PillarChartRow]) {
        self.kinds = kinds.map { ChartKind(kind: $0.kind.rawValue, label: $0.label) }
        self.rows = rows
        svgHTML = Self.svg(kinds: kinds.map(\.kind), rows: rows)
    }

    static let labelWidth = 100
    static let barWidth = 260
    static let rowHeight = 28

    /// One bar a pillar, its segments the kinds (`class="k-<kind>"`, coloured by the theme's
    /// CSS), the total at its end; every text escaped.
    static func svg(kinds: [PageKind], rows: [PillarChartRow]) -> String {
        let most = max(rows.map(\.total).max() ?? 0, 1)
        let height = rows.count * rowHeight
        var svg = "<svg class=\"pillar-chart-bars\" viewBox=\"0 0 \(labelWidth + barWidth + 40) \(height)\" aria-hidden=\"true\">\n"
        for (number, row) in rows.enumerated() {
            let y = number * rowHeight
            svg += "<text x=\"0\" y=\"\(y + 18)\">\(row.title.htmlEscaped)</text>\n"
            var x = labelWidth
            for (kind, count) in zip(kinds, row.counts) where count > 0 {
                let width = max(count * barWidth / most, 2)
                svg += "<rect class=\"k-\(kind.rawValue)\" x=\"\(x)\" y=\"\(y + 5)\" width=\"\(width)\" height=\"18\"/>\n"
                x += width
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 18)\">\(row.total)</text>\n"
        }
        return svg + "</svg>"
    }
}

/// A kind as the chart's legend and columns show it.
public struct ChartKind: Sendable, Equatable {
    /// `PageKind.rawValue`, which names its colour (`k-article`).
    var kind: String
    var label: String
}

/// A pillar's row: its pages of each kind, in the chart's kinds' order.
public struct PillarChartRow: Sendable, Equatable {
    var title: String
    var href: String
    var counts: [Int]
    var total: Int
}

extension PillarChart: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kinds": kinds
        case "rows": rows
        case "svgHTML": svgHTML.forTemplate
        default: nil
        }
    }
}

extension ChartKind: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind.forTemplate
        case "label": label.forTemplate
        default: nil
        }
    }
}

extension PillarChartRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title.forTemplate
        case "href": href.forTemplate
        case "counts": counts
        case "total": total
        default: nil
        }
    }
}
