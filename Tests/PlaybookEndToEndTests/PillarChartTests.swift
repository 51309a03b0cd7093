import Foundation
import Testing
import PlaybookBuild
import PlaybookModel

/// The home page and the pillars index draw every pillar's pages by kind, and give the same
/// numbers in a table, in each language.
@Suite struct PillarChartTests {
    static func page(_ title: String, pillars: String) -> String {
        "---\ntitle: \"\(title)\"\npillars: [\(pillars)]\n---\nText.\n"
    }

    static let files: [String: String] = [
        "playbook.yml": "title: T\nlanguages: [en, zh]\n",
        "content/articles/a.md": page("A <b>", pillars: "humanized, nimble"),
        "content/articles/b.md": page("B", pillars: "humanized"),
        "content/cases/c.md": page("C", pillars: "humanized, data-backed"),
        "content/checklists/d.md": page("D", pillars: "nimble"),
        "content/articles/a.zh.md": page("甲", pillars: "humanized"),
        "content/pillars/humanized.md": "---\ntitle: \"People <first>\"\n---\nIntro.\n",
    ]

    /// The table's rows: each pillar's title and its numbers, kinds in section order then all.
    static func rows(in html: String) throws -> [[String]] {
        let table = try #require(html.firstRange(of: "<table class=\"chart-table\">").flatMap { html[$0.lowerBound...].firstRange(of: "</table>").map { end in html[..<end.upperBound] } })
        let body = try #require(table.firstRange(of: "<tbody>").map { table[$0.upperBound...] })
        return body.split(separator: "<tr>").dropFirst().map { row in
            row.split(separator: "<t").compactMap { cell -> String? in
                guard let close = cell.firstIndex(of: ">") else { return nil }
                let text = cell[cell.index(after: close)...].replacing(/<[^>]*>/, with: "")
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }.filter { !$0.isEmpty }
        }
    }

    /// The numbers of a pillar's page: how many pages it lists under each kind's heading.
    static func listed(_ html: String) -> Int {
        html.ranges(of: "<li class=\"entry").count
    }

    @Test func theChartsNumbersAreThoseThePillarPagesList() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().didWrite)
        for home in ["index.html", "pillars/index.html"] {
            let rows = try Self.rows(in: try site.html(at: home))
            #expect(rows == [["People &lt;first&gt;", "2", "1", "0", "0", "0", "3"], ["Aligned", "0", "0", "0", "0", "0", "0"],
                             ["Nimble", "1", "0", "0", "1", "0", "2"], ["Data-backed", "0", "1", "0", "0", "0", "1"]], "\(home)")
        }
        for (pillar, total) in [("humanized", 3), ("aligned", 0), ("nimble", 2), ("data-backed", 1)] {
            #expect(Self.listed(try site.html(at: "pillars/\(pillar)/index.html")) == total, "pillars/\(pillar)")
        }
        let zh = try Self.rows(in: try site.html(at: "zh/index.html"))
        #expect(zh.map { $0.last } == ["3", "0", "1", "1"], "the Chinese chart counts the pages its pillar pages list, untranslated ones too")
    }

    @Test func theBarsAreDrawnAtBuildTimeHiddenFromScreenReadersAndEscaped() throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        #expect(site.build().didWrite)
        let home = try site.html(at: "index.html")
        #expect(home.contains("<svg class=\"pillar-chart-bars\" viewBox=\"0 0 400 112\" aria-hidden=\"true\">"))
        #expect(home.contains("<text x=\"0\" y=\"18\">People &lt;first&gt;</text>"))
        #expect(home.ranges(of: "<rect class=\"k-").count == 5, "one segment for each pillar's kind with pages")
    }
}
