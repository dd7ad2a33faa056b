import Core
import Foundation
import Ingest

/// The recruiters' page: server-rendered HTML with inline CSS and one small inline script
/// (reading a dropped file into the text box); every piece of posting text is escaped.
struct PageRenderer {
    let taxonomy: Taxonomy

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;background:#f4f5f7;color:#1f2430}
        main{max-width:1000px;margin:0 auto;padding:20px 26px 60px} h1{font-size:24px;margin:6px 0 14px}
        section{background:#fff;border-radius:10px;padding:16px 20px;margin:14px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
        textarea{width:100%;min-height:220px;font:13px/1.4 ui-monospace,Menlo,monospace;box-sizing:border-box;padding:8px}
        button{font:inherit;padding:7px 16px;border-radius:6px;border:1px solid #2f6db5;background:#2f6db5;color:#fff;cursor:pointer;margin-right:8px}
        button.secondary{background:#fff;color:#2f6db5} .drop{border:2px dashed #b8c2d0;border-radius:8px;padding:10px;margin:8px 0;color:#666}
        .role{font-size:22px;font-weight:600} .conf{color:#2f6db5;font-weight:600} .muted{color:#666;font-size:13px}
        .runner span{display:inline-block;background:#eef1f5;border-radius:12px;padding:2px 10px;margin:2px 4px 2px 0;font-size:13px}
        .posting{white-space:pre-wrap;background:#fafbfc;border:1px solid #e3e6ea;border-radius:6px;padding:10px;max-height:360px;overflow:auto;font-size:13px}
        mark{background:#ffe58a;padding:0 1px} .skills td{padding:3px 8px;vertical-align:top} .req{font-weight:600} .pref{color:#a15c00}
        table.list{border-collapse:collapse;width:100%;font-size:13px} table.list td,table.list th{border-bottom:1px solid #eceef1;padding:5px 8px;text-align:left}
        .accepted{color:#2e7d32;font-weight:600} .corrected{color:#b35c00;font-weight:600} .banner{background:#e8f5e9;border-radius:8px;padding:8px 12px}
        .error{background:#fdecea;border-radius:8px;padding:8px 12px;color:#8a1c13} label{margin-right:12px} select{font:inherit}
        """

    static let dropScript = """
        document.querySelectorAll('.drop input[type=file]').forEach(function(input){input.addEventListener('change',function(){
        var f=input.files[0];if(!f)return;var r=new FileReader();r.onload=function(){document.getElementById('requisition').value=r.result;};r.readAsText(f);});});
        """

    func page(_ body: String, title: String = "Tag a requisition") -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<title>\(HTML.escape(title)) · classify</title><style>\(Self.style)</style></head><body><main>\(body)</main>"
            + "<script>\(Self.dropScript)</script></body></html>\n"
    }

    func form(text: String = "", error: String? = nil) -> String {
        var out = "<section><h2>Paste or drop a requisition</h2>"
        if let error { out += "<p class=\"error\">\(HTML.escape(error))</p>" }
        out += "<form method=\"post\" action=\"/tag/classify\"><div class=\"drop\">Drop a file here or choose one: "
            + "<input type=\"file\" accept=\".html,.htm,.txt,.md,text/html,text/plain\"></div>"
            + "<textarea id=\"requisition\" name=\"requisition\" placeholder=\"Paste the requisition (text or HTML)\">\(HTML.escape(text))</textarea>"
            + "<p><button type=\"submit\">Tag it</button></p></form></section>"
        return out
    }

    func home(recent: [Tag], saved: Tag?) -> String {
        var out = "<h1>Tag a requisition</h1>"
        if let saved {
            out += "<p class=\"banner\">Saved <b>\(HTML.escape(saved.title ?? saved.id))</b> as \(HTML.escape(taxonomy.roles.name(of: saved.role)))"
                + " (\(saved.status.rawValue)).</p>"
        }
        out += form()
        out += "<section><h2>Recently tagged</h2>"
        if recent.isEmpty {
            out += "<p class=\"muted\">Nothing tagged yet.</p>"
        } else {
            out += "<table class=\"list\"><tr><th>requisition</th><th>role</th><th>model said</th><th>status</th><th>updated</th></tr>"
            for tag in recent {
                out += "<tr><td>\(HTML.escape(tag.title ?? tag.id))</td><td>\(HTML.escape(taxonomy.roles.name(of: tag.role)))</td>"
                    + "<td>\(HTML.escape(tag.predictedRole.map(taxonomy.roles.name(of:)) ?? "–"))</td>"
                    + "<td class=\"\(tag.status.rawValue)\">\(tag.status == .accepted ? "accepted as predicted" : "corrected")</td>"
                    + "<td class=\"muted\">\(HTML.escape(String(tag.updatedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")))</td></tr>"
            }
            out += "</table>"
        }
        return page(out + "</section>")
    }

    func result(posting: Posting, analysis: PostingAnalysis, id: String, source: String) -> String {
        let roles = taxonomy.roles
        var out = "<h1>\(HTML.escape(posting.title ?? "Requisition"))</h1><section>"
        let role = analysis.role ?? roles.none.id
        out += "<div class=\"role\">\(HTML.escape(roles.name(of: role))) <span class=\"conf\">\(Int(((analysis.confidence ?? 0) * 100).rounded()))%</span></div>"
        out += "<div class=\"runner\">" + (analysis.ranking ?? []).filter { $0.role != role }.prefix(3)
            .map { "<span>\(HTML.escape(roles.name(of: $0.role))) \(Int(($0.score * 100).rounded()))%</span>" }.joined() + "</div>"
        let years = analysis.yearsExperience.map { "\($0)+ years" } ?? "years not stated"
        out += "<p class=\"muted\">Seniority: \(HTML.escape(analysis.seniority ?? "not stated")) · \(years) · "
            + "\(HTML.escape((analysis.identityType ?? .unknown).rawValue)) identity · deciding features highlighted below</p>"
        let phrases = (analysis.evidence ?? []).map { $0.feature.hasPrefix("title: ") ? String($0.feature.dropFirst(7)) : $0.feature }
        out += "<div class=\"posting\">\(HTML.highlight(ServicePlainText.of(posting), phrases: phrases))</div></section>"

        // The correction form: role, skills kept or removed, skills added, seniority, note.
        out += "<section><h2>Accept or correct</h2><form method=\"post\" action=\"/tag/save\">"
        out += "<input type=\"hidden\" name=\"id\" value=\"\(HTML.escape(id))\"><input type=\"hidden\" name=\"source\" value=\"\(HTML.escape(source))\">"
        out += "<p><label>Role <select name=\"role\">"
        for label in roles.labels {
            out += "<option value=\"\(label)\"\(label == role ? " selected" : "")>\(HTML.escape(roles.name(of: label)))</option>"
        }
        out += "</select></label><label>Seniority <select name=\"seniority\"><option value=\"\">not stated</option>"
        for level in ["entry", "mid", "senior", "lead"] {
            out += "<option\(level == analysis.seniority ? " selected" : "")>\(level)</option>"
        }
        out += "</select></label></p><table class=\"skills\">"
        let found = analysis.skills ?? []
        let byCategory = Dictionary(grouping: found, by: \.category)
        for category in taxonomy.skills.categories {
            guard let skills = byCategory[category.id] else { continue }
            out += "<tr><td class=\"muted\">\(HTML.escape(category.name))</td><td>"
            for skill in skills {
                let kind = skill.required == true ? "req" : (skill.required == false ? "pref" : "")
                let mark = skill.required == true ? " (required)" : (skill.required == false ? " (preferred)" : "")
                out += "<label class=\"\(kind)\"><input type=\"checkbox\" name=\"keep[]\" value=\"\(skill.id)\" checked> \(HTML.escape(skill.name))\(mark)</label>"
            }
            out += "</td></tr>"
        }
        out += "</table><p><label>Add skills <select name=\"add[]\" multiple size=\"5\">"
        let foundIDs = Set(found.map(\.id))
        for skill in taxonomy.skills.skills where !foundIDs.contains(skill.id) {
            out += "<option value=\"\(skill.id)\">\(HTML.escape(skill.name))</option>"
        }
        out += "</select></label></p><p><label>Note <input type=\"text\" name=\"note\" size=\"60\"></label></p>"
        out += "<input type=\"hidden\" name=\"found\" value=\"\(HTML.escape(found.map(\.id).joined(separator: ",")))\">"
        out += "<p><button type=\"submit\" name=\"action\" value=\"save\">Save</button> <a href=\"/\">Start over</a></p></form></section>"
        return page(out, title: posting.title ?? "Requisition")
    }
}

/// The text a tag keeps of its requisition (shared with the API's tags).
enum ServicePlainText {
    static func of(_ posting: Posting) -> String { ClassifierService.plainText(posting) }
}
