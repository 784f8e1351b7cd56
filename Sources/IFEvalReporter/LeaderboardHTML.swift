import Foundation
import IFEvalEngine

/// The leaderboard as one self-contained HTML page: no network, no external scripts or
/// styles. A table sortable by clicking its headers, and inline SVG charts of
/// per-category accuracy per model (grouped bars).
enum LeaderboardHTML {
    /// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#000000"]

    static func render(_ board: Leaderboard, categories showCategories: Bool) -> String {
        let e = TableText.htmlEscape
        var html = head + """
        <p class="note">\(e(board.methodNote.replacingOccurrences(of: "`", with: ""))) Click a column header to sort.\(showCategories ? " Category columns: instruction-level accuracy in %, strict / loose." : "")</p>

        """
        html += table(board, categories: showCategories)
        if !board.categories.isEmpty {
            html += "<h2>Accuracy per category</h2>\n"
            html += "<p class=\"note\">Instruction-level accuracy of each category, per model.</p>\n"
            html += chart(board, strict: true) + chart(board, strict: false)
        }
        html += solveRateSection(board.rows)
        html += "<script>\n" + sortScript + "</script>\n</body>\n</html>\n"
        return html
    }

    /// Runs of several suites: one row per model, a column group per suite.
    static func renderSuites(_ board: Leaderboard) -> String {
        let e = TableText.htmlEscape
        var html = head + "<p class=\"note\">\(e(board.suitesNote.replacingOccurrences(of: "`", with: ""))) Click a column header to sort.</p>\n"
        html += "<div class=\"scroll\"><table id=\"leaderboard\">\n<thead><tr>"
        html += "<th data-type=\"number\" data-first=\"ascending\">Rank</th><th data-type=\"text\">Model</th>"
        for (index, suite) in board.suites.enumerated() {
            let group = index % 2 == 0 ? "" : " style=\"background: #e8eef7\""
            for metric in Metric.allCases {
                let sorted = suite == board.sortSuite && metric == board.sortMetric ? " aria-sort=\"descending\"" : ""
                html += "<th\(group) data-type=\"number\" title=\"\(e(suite)) \(metric.rawValue)\"\(sorted)>\(e(board.suiteHeading(suite, metric))) (%)</th>"
            }
            html += "<th\(group) data-type=\"number\">\(e(suite)) prompts</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for group in board.suiteGroups ?? [] {
            html += "<tr><td class=\"num\" data-value=\"\(group.rank)\">\(group.rank)</td>"
            html += "<td data-value=\"\(e(group.model))\">\(e(group.model))</td>"
            for suite in board.suites {
                guard let row = group.bySuite[suite] else {
                    html += String(repeating: "<td class=\"num\" data-value=\"-1\">–</td>", count: Metric.allCases.count + 1)
                    continue
                }
                for metric in Metric.allCases { html += scoreCell(row, metric) }
                html += "<td class=\"num\" data-value=\"\(row.prompts)\">\(row.prompts)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        html += solveRateSection(board.rows)
        html += "<script>\n" + sortScript + "</script>\n</body>\n</html>\n"
        return html
    }

    static func scoreCell(_ row: Leaderboard.Row, _ metric: Metric) -> String {
        let score = row.scores[metric]!
        let ci = score.interval.map {
            " <span class=\"ci\">(\(TableText.percent($0.lower, digits: 1))–\(TableText.percent($0.upper, digits: 1)))</span>"
        } ?? ""
        let title = row.samples.map { "avg@k over \(row.prompts) prompts (\($0.total) samples)" } ?? "\(score.count.followed) of \(score.count.total)"
        return "<td class=\"num\" data-value=\"\(score.value)\" title=\"\(title)\">\(TableText.percent(score.value))\(ci)</td>"
    }

    /// Histograms of per-prompt solve rates, one per multi-sample run with per-prompt
    /// results; empty when there is none.
    static func solveRateSection(_ rows: [Leaderboard.Row]) -> String {
        let runs = rows.filter { $0.histogram != nil }
        guard !runs.isEmpty else { return "" }
        var html = "<h2>Per-prompt solve rates</h2>\n"
        html += "<p class=\"note\">For runs with several samples per prompt: how many prompts each share of followed samples has (every instruction followed; strict and loose). Prompts that no sample or every sample solves (the 0 and 100 bars) give no learning signal to group-relative RL such as GRPO; prompt_solve_rates.jsonl in the run folder lists each prompt.</p>\n"
        for row in runs { html += histogram(row) }
        return html
    }

    static func histogram(_ row: Leaderboard.Row) -> String {
        let e = TableText.htmlEscape
        guard let counts = row.histogram else { return "" }
        let labels = SolveRateHistogram.labels
        let plotLeft = 70.0, plotTop = 40.0, plotHeight = 200.0, groupWidth = 44.0, barWidth = 18.0
        let plotWidth = groupWidth * Double(labels.count)
        let width = plotLeft + plotWidth + 20, height = plotTop + plotHeight + 80
        let highest = max(1, (counts.strict + counts.loose).max() ?? 1)
        let title = "\(row.model): prompts by share of samples followed (\(row.prompts) prompts, \(row.samples?.perPromptText ?? "1") samples each)"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(title))\">\n"
        svg += "<text x=\"\(plotLeft)\" y=\"22\" font-size=\"15\" font-weight=\"600\">\(e(title))</text>\n"
        svg += "<line x1=\"\(plotLeft)\" x2=\"\(plotLeft + plotWidth)\" y1=\"\(plotTop + plotHeight)\" y2=\"\(plotTop + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<line x1=\"\(plotLeft)\" x2=\"\(plotLeft)\" y1=\"\(plotTop)\" y2=\"\(plotTop + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(plotLeft - 8)\" y=\"\(plotTop + 4)\" font-size=\"11\" text-anchor=\"end\">\(highest)</text>"
        svg += "<text x=\"\(plotLeft - 8)\" y=\"\(plotTop + plotHeight + 4)\" font-size=\"11\" text-anchor=\"end\">0</text>\n"
        svg += "<text transform=\"translate(20 \(plotTop + plotHeight / 2)) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">Prompts</text>\n"
        for (index, label) in labels.enumerated() {
            let left = plotLeft + Double(index) * groupWidth + 4
            for (offset, (mode, values)) in [("strict", counts.strict), ("loose", counts.loose)].enumerated() {
                let h = Double(values[index]) / Double(highest) * plotHeight
                let x = left + Double(offset) * barWidth
                let tip = "\(mode), \(label)%: \(values[index]) prompts"
                svg += "<rect x=\"\(x)\" y=\"\(plotTop + plotHeight - h)\" width=\"\(barWidth - 1)\" height=\"\(h)\" fill=\"\(palette[offset])\"><title>\(e(tip))</title></rect>\n"
            }
            svg += "<text x=\"\(left + barWidth)\" y=\"\(plotTop + plotHeight + 16)\" font-size=\"10\" text-anchor=\"middle\">\(e(label))</text>\n"
        }
        svg += "<text x=\"\(plotLeft + plotWidth / 2)\" y=\"\(plotTop + plotHeight + 40)\" font-size=\"12\" text-anchor=\"middle\">Share of the prompt's samples that followed every instruction (%)</text>\n"
        for (offset, mode) in ["strict", "loose"].enumerated() {
            let x = plotLeft + Double(offset) * 120
            svg += "<rect x=\"\(x)\" y=\"\(plotTop + plotHeight + 54)\" width=\"14\" height=\"14\" fill=\"\(palette[offset])\"/>"
            svg += "<text x=\"\(x + 20)\" y=\"\(plotTop + plotHeight + 66)\" font-size=\"12\">\(mode)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>IFEval leaderboard</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem; color: #1a1a1a; }
        h1 { font-size: 1.5rem; margin-bottom: .25rem; }
        p.note { color: #444; max-width: 70rem; font-size: .9rem; }
        table { border-collapse: collapse; margin: 1rem 0 2rem; font-size: .9rem; }
        th, td { padding: .35rem .7rem; border-bottom: 1px solid #ddd; white-space: nowrap; }
        th { background: #f3f4f6; cursor: pointer; user-select: none; text-align: left; vertical-align: bottom; white-space: normal; }
        th.category { max-width: 6.5rem; font-size: .85em; }
        div.scroll { overflow-x: auto; max-width: 100%; }
        th:hover { background: #e5e7eb; }
        th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: .7em; }
        th[aria-sort="descending"]::after { content: " \\25BC"; font-size: .7em; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td .ci { color: #666; font-size: .8em; }
        tbody tr:hover { background: #fafafa; }
        svg text { font-family: inherit; }
        </style>
        </head>
        <body>
        <h1>IFEval leaderboard</h1>

        """

    static func table(_ board: Leaderboard, categories showCategories: Bool) -> String {
        let e = TableText.htmlEscape
        var out = "<div class=\"scroll\"><table id=\"leaderboard\">\n<thead><tr>"
        out += "<th data-type=\"number\" data-first=\"ascending\">Rank</th><th data-type=\"text\">Model</th>"
        for metric in Metric.allCases {
            let sorted = metric == board.sortMetric ? " aria-sort=\"descending\"" : ""
            out += "<th data-type=\"number\" title=\"\(metric.rawValue)\"\(sorted)>\(e(metric.heading)) (%)</th>"
        }
        out += "<th data-type=\"number\">Prompts</th>"
        if board.hasSamples {
            for heading in board.sampleHeadings {
                out += "<th data-type=\"number\" title=\"\(heading == "Samples" ? "samples per prompt" : "\(board.sortMetric.rawValue)")\">\(e(heading))</th>"
            }
        }
        if showCategories {
            for category in board.categories {
                out += "<th class=\"category\" data-type=\"number\" title=\"instruction-level accuracy, strict / loose\">\(e(category).replacingOccurrences(of: "_", with: "_<wbr>"))</th>"
            }
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in board.rows {
            out += "<tr><td class=\"num\" data-value=\"\(row.rank)\">\(row.rank)</td>"
            let mark = row.note.map { " <span title=\"\(e($0))\">†</span>" } ?? ""
            out += "<td data-value=\"\(e(row.model))\">\(e(row.model))\(mark)</td>"
            for metric in Metric.allCases { out += scoreCell(row, metric) }
            out += "<td class=\"num\" data-value=\"\(row.prompts)\">\(row.prompts)</td>"
            if board.hasSamples {
                let cells = board.sampleCells(row)
                for (index, cell) in cells.enumerated() {
                    let value = index == 0 ? String(row.samples?.perPromptMax ?? 1) : (Double(cell).map { String($0 / 100) } ?? "-1")
                    out += "<td class=\"num\" data-value=\"\(value)\">\(e(cell))</td>"
                }
            }
            if showCategories {
                for category in board.categories {
                    out += "<td class=\"num\" data-value=\"\(Leaderboard.categoryAccuracy(row, category, strict: true) ?? -1)\">\(e(Leaderboard.categoryCell(row, category)))</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        return out
    }

    /// Grouped bars: one group per category, one bar per model, a y axis in percent.
    static func chart(_ board: Leaderboard, strict: Bool) -> String {
        let e = TableText.htmlEscape
        let models = board.rows
        let groups = board.categories
        let plotLeft = 70.0, plotTop = 40.0, plotHeight = 300.0
        let barWidth = max(6.0, min(22.0, 110.0 / Double(max(models.count, 1))))
        let groupWidth = barWidth * Double(models.count) + 24
        let plotWidth = groupWidth * Double(groups.count)
        let legendTop = plotTop + plotHeight + 70
        let legendRows = (models.count + 2) / 3
        let width = plotLeft + plotWidth + 20
        let height = legendTop + Double(legendRows) * 22 + 10
        let title = "Instruction-level \(strict ? "strict" : "loose") accuracy per category"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(title))\">\n"
        svg += "<text x=\"\(plotLeft)\" y=\"22\" font-size=\"15\" font-weight=\"600\">\(e(title))</text>\n"
        // Y axis: gridlines every 20%, labelled, and the axis title.
        for step in 0...5 {
            let y = plotTop + plotHeight - Double(step) / 5 * plotHeight
            svg += "<line x1=\"\(plotLeft)\" x2=\"\(plotLeft + plotWidth)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"\(step == 0 ? "#333" : "#e2e2e2")\"/>"
            svg += "<text x=\"\(plotLeft - 8)\" y=\"\(y + 4)\" font-size=\"11\" text-anchor=\"end\">\(step * 20)</text>\n"
        }
        svg += "<line x1=\"\(plotLeft)\" x2=\"\(plotLeft)\" y1=\"\(plotTop)\" y2=\"\(plotTop + plotHeight)\" stroke=\"#333\"/>\n"
        svg += "<text transform=\"translate(20 \(plotTop + plotHeight / 2)) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">Accuracy (%)</text>\n"
        for (g, category) in groups.enumerated() {
            let groupLeft = plotLeft + Double(g) * groupWidth + 12
            for (m, row) in models.enumerated() {
                guard let counts = row.perCategory[category] else { continue }
                let count = strict ? counts.strict : counts.loose
                let accuracy = Leaderboard.categoryAccuracy(row, category, strict: strict) ?? count.accuracy
                let h = accuracy * plotHeight
                let x = groupLeft + Double(m) * barWidth
                let tip = row.categoryShares == nil
                    ? "\(row.model) — \(category): \(TableText.percent(count.accuracy, digits: 1))% (\(count.followed) of \(count.total))"
                    : "\(row.model) — \(category): \(TableText.percent(accuracy, digits: 1))% (avg@k)"
                svg += "<rect x=\"\(x)\" y=\"\(plotTop + plotHeight - h)\" width=\"\(barWidth - 1)\" height=\"\(h)\" fill=\"\(palette[m % palette.count])\"><title>\(e(tip))</title></rect>\n"
            }
            // Category names break at "_" onto up to two lines so that they fit under the group.
            let center = groupLeft + barWidth * Double(models.count) / 2
            let parts = category.split(separator: "_", maxSplits: 1).map(String.init)
            svg += "<text x=\"\(center)\" y=\"\(plotTop + plotHeight + 18)\" font-size=\"11\" text-anchor=\"middle\">"
            for (i, part) in parts.enumerated() {
                svg += "<tspan x=\"\(center)\" dy=\"\(i == 0 ? 0 : 13)\">\(e(part))</tspan>"
            }
            svg += "</text>\n"
        }
        svg += "<text x=\"\(plotLeft + plotWidth / 2)\" y=\"\(plotTop + plotHeight + 54)\" font-size=\"12\" text-anchor=\"middle\">Instruction category</text>\n"
        let legendColumnWidth = max(240.0, plotWidth / 3)
        for (m, row) in models.enumerated() {
            let x = plotLeft + Double(m % 3) * legendColumnWidth
            let y = legendTop + Double(m / 3) * 22
            svg += "<rect x=\"\(x)\" y=\"\(y - 11)\" width=\"14\" height=\"14\" fill=\"\(palette[m % palette.count])\"/>"
            svg += "<text x=\"\(x + 20)\" y=\"\(y + 1)\" font-size=\"12\">\(e(row.model))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    /// Sorts the table by the clicked column: numbers by `data-value`, text by name;
    /// a second click reverses the order.
    static let sortScript = """
    (function () {
      var table = document.getElementById("leaderboard");
      var headers = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(headers, function (th, column) {
        th.addEventListener("click", function () {
          var descending = th.getAttribute("aria-sort") !== "descending";
          if (th.getAttribute("aria-sort") === null) descending = th.dataset.type === "number" && th.dataset.first !== "ascending";
          Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", descending ? "descending" : "ascending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
            var order = th.dataset.type === "number" ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
            return descending ? -order : order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    })();

    """
}
