import Foundation

/// The report as one self-contained HTML page with SVG charts: no scripts, no external assets.
struct HTMLRenderer {
    static let style = """
        body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2430;margin:0;background:#f4f5f7}
        main{max-width:1100px;margin:0 auto;padding:24px 28px 60px}
        h1{font-size:28px;margin:8px 0 4px} h2{font-size:19px;margin:0 0 10px}
        .lead{color:#555;margin:0 0 18px}
        section{background:#fff;border-radius:10px;padding:18px 22px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
        .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:0 24px}
        .kpis{display:flex;gap:14px;flex-wrap:wrap} .kpi{background:#fff;border-radius:10px;padding:12px 18px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
        .kpi b{display:block;font-size:24px} .kpi span{color:#666;font-size:13px}
        svg.chart{max-width:100%;height:auto;font-size:12px;fill:#1f2430} svg .value{fill:#555} svg .inbar{fill:#fff;font-size:11px}
        svg .grid{stroke:#e3e5e8}
        table{border-collapse:collapse;width:100%;font-size:13px} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eceef1}
        th{color:#555;font-weight:600} td.num{text-align:right;font-variant-numeric:tabular-nums}
        .note{color:#666;font-size:13px}
        """

    func render(_ data: ReportData) -> String {
        let e = SVGChart.escape
        func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
        var body = "<main><h1>IAM job postings</h1><p class=\"lead\">What \(data.postings) classified postings ask for"
            + (data.failures > 0 ? " (\(data.failures) inputs could not be read)" : "") + ".</p>"
        let iam = data.roles.filter { $0.id != "none" }.reduce(0) { $0 + $1.count }
        let customer = data.identityTypes.first { $0.id == "customer" }?.share ?? 0
        let lowCount = data.confidenceBins.prefix(Int(data.lowConfidenceThreshold * 10)).reduce(0, +)
        body += "<div class=\"kpis\">"
        body += "<div class=\"kpi\"><b>\(data.postings)</b><span>postings</span></div>"
        body += "<div class=\"kpi\"><b>\(iam)</b><span>IAM roles</span></div>"
        body += "<div class=\"kpi\"><b>\(data.postings - iam)</b><span>not IAM</span></div>"
        body += "<div class=\"kpi\"><b>\(percent(customer))</b><span>customer identity</span></div>"
        body += "<div class=\"kpi\"><b>\(lowCount)</b><span>below \(percent(data.lowConfidenceThreshold)) confidence</span></div></div>"

        body += "<div class=\"grid2\"><section><h2>Postings per role</h2>"
            + SVGChart.bars(data.roles.map { ($0.name, Double($0.count), "\($0.count) · \(percent($0.share))") }, labelWidth: 170, barWidth: 200)
            + "</section>"
        body += "<section><h2>Confidence</h2>" + SVGChart.histogram(data.confidenceBins, labels: (0..<10).map { "\($0 * 10)%" })
            + "<p class=\"note\">Calibrated probability of the answer; each bar is a tenth of the scale.</p></section></div>"

        body += "<section><h2>Skills in demand</h2><p class=\"note\">Share of postings naming each skill, whatever alias they use.</p>"
            + SVGChart.bars(data.topSkills.map { ($0.name, Double($0.count), "\($0.count) · \(percent($0.share))") }) + "</section>"

        body += "<div class=\"grid2\"><section><h2>Certifications in demand</h2>"
            + SVGChart.bars(data.certifications.map { ($0.name, Double($0.count), "\($0.count)") }, color: SVGChart.palette[2],
                            labelWidth: 190, barWidth: 180) + "</section>"
        body += "<section><h2>Workforce vs customer identity</h2>"
            + SVGChart.stacked([("All postings", data.identityTypes.map(\.count))], legend: data.identityTypes.map(\.name), labelWidth: 100,
                              barWidth: 300)
            + "</section></div>"

        body += "<section><h2>Vendor share</h2><p class=\"note\">Each vendor's share of the mentions within its category.</p><div class=\"grid2\">"
        for group in data.vendorShare {
            body += "<div><h3>\(e(group.name))</h3>"
                + SVGChart.bars(group.items.prefix(8).map { ($0.name, $0.share, percent($0.share)) }, color: SVGChart.palette[4],
                                labelWidth: 180, barWidth: 200) + "</div>"
        }
        body += "</div></section>"

        body += "<section><h2>Years of experience asked</h2><p class=\"note\">Line: the range asked per role; dot: the median.</p>"
            + SVGChart.ranges(data.yearsByRole.map { ($0.role, Double($0.minimum), $0.median, Double($0.maximum),
                                                      String(format: "median %.1f (%d)", $0.median, $0.postings)) }) + "</section>"

        body += "<section><h2>Seniority mix</h2>"
            + SVGChart.stacked(data.seniorityByRole.map { ($0.name, $0.items.map(\.count)) }, legend: ReportData.seniorityLevels) + "</section>"

        body += "<section><h2>Required or preferred</h2><p class=\"note\">Postings naming the skill under a requirements heading, as preferred, or neither.</p>"
            + SVGChart.stacked(data.requiredPreferred.map { ($0.name, [$0.required, $0.preferred, $0.unstated]) },
                               legend: ["required", "preferred", "unstated"]) + "</section>"

        body += "<div class=\"grid2\"><section><h2>Skills that go together</h2><table><tr><th>skills</th><th>postings</th><th>lift</th></tr>"
        for pair in data.pairs {
            body += "<tr><td>\(e(pair.a)) + \(e(pair.b))</td><td class=\"num\">\(pair.count)</td><td class=\"num\">\(String(format: "%.1f", pair.lift))</td></tr>"
        }
        body += "</table><p class=\"note\">Lift: how many times more often they appear together than if independent.</p></section>"
        body += "<section><h2>Top skills per role</h2><table>"
        for group in data.skillsByRole {
            body += "<tr><th>\(e(group.name))</th><td>\(group.items.prefix(6).map { e($0.name) }.joined(separator: ", "))</td></tr>"
        }
        body += "</table></section></div>"

        body += "<section><h2>Worth a human look</h2><p class=\"note\">The least confident answers (below \(percent(data.lowConfidenceThreshold))).</p>"
            + "<table><tr><th>confidence</th><th>answer</th><th>runner-up</th><th>title</th><th>source</th></tr>"
        for entry in data.lowConfidence.prefix(25) {
            body += "<tr><td class=\"num\">\(percent(entry.confidence))</td><td>\(e(entry.role))</td><td>\(e(entry.runnerUp ?? ""))</td>"
                + "<td>\(e(entry.title ?? ""))</td><td>\(e(entry.source))</td></tr>"
        }
        body += "</table></section><section><h2>Top skills per category</h2><table>"
        for group in data.skillsByCategory {
            body += "<tr><th>\(e(group.name))</th><td>\(group.items.map { "\(e($0.name)) (\($0.count))" }.joined(separator: ", "))</td></tr>"
        }
        body += "</table></section></main>"
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<title>IAM job postings report</title><style>\(Self.style)</style></head><body>\(body)</body></html>\n"
    }
}
