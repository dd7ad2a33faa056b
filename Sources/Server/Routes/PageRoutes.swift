import Core
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The recruiters' page: `GET /` (form and recent tags), `POST /tag/classify` (the answer and
/// the correction form), `POST /tag/save` (store, then back to `/`).
struct PageRoutes {
    let service: ClassifierService
    var renderer: PageRenderer { PageRenderer(taxonomy: service.taxonomy) }

    struct ClassifyForm: Decodable { var requisition: String? }

    struct SaveForm: Decodable {
        var id: String
        var source: String
        var role: String
        var seniority: String?
        var note: String?
        var found: String?
        var keep: [String]?
        var add: [String]?
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            var response = HTTPBody.text(renderer.home(recent: try service.store.recent(20),
                                                       saved: try request.uri.queryParameters.get("saved").flatMap { try service.store.tag(id: $0) }),
                                         type: "text/html; charset=utf-8")
            if let token = request.uri.queryParameters.get("token") {
                response.setCookie(.init(name: "classify_token", value: token, path: "/", httpOnly: true, sameSite: .strict))
            }
            return response
        }
        router.post("/tag/classify") { request, context in
            let form = try await URLEncodedFormDecoder().decode(ClassifyForm.self, from: request, context: context)
            let text = form.requisition ?? ""
            guard !text.allSatisfy(\.isWhitespace) else {
                return HTTPBody.text(renderer.page(renderer.form(error: "Paste a requisition first.")), type: "text/html; charset=utf-8",
                                     status: .unprocessableContent)
            }
            let isHTML = text.drop(while: \.isWhitespace).first == "<"
            do {
                let posting = try service.posting(html: isHTML ? text : nil, text: isHTML ? nil : text, source: "requisition")
                let analysis = service.classifier.analyze(posting)
                let id = "req-" + String(Int(Date().timeIntervalSince1970 * 1000), radix: 36) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
                return HTTPBody.text(renderer.result(posting: posting, analysis: analysis, id: id, source: text), type: "text/html; charset=utf-8")
            } catch let error as ServerError {
                return HTTPBody.text(renderer.page(renderer.form(text: text, error: error.message)), type: "text/html; charset=utf-8",
                                     status: error.status)
            }
        }
        router.post("/tag/save") { request, context in
            let form = try await URLEncodedFormDecoder().decode(SaveForm.self, from: request, context: context)
            let found = Set((form.found ?? "").split(separator: ",").map(String.init))
            let kept = Set(form.keep ?? [])
            let isHTML = form.source.drop(while: \.isWhitespace).first == "<"
            let input = TagInput(role: form.role, skillsAdded: form.add ?? [], skillsRemoved: found.subtracting(kept).sorted(),
                                 seniority: (form.seniority ?? "").isEmpty ? nil : form.seniority,
                                 note: (form.note ?? "").isEmpty ? nil : form.note,
                                 html: isHTML ? form.source : nil, text: isHTML ? nil : form.source)
            let tag = try service.saveTag(id: form.id, input)
            var headers = HTTPFields()
            headers[.location] = "/?saved=" + (tag.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? tag.id)
            return Response(status: .seeOther, headers: headers)
        }
    }
}
