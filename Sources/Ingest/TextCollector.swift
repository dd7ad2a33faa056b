/// The state of one SAX pass over a page: it turns start tags, end tags and character runs
/// into ``TextBlock``s, and keeps what the page says about itself (title, JSON-LD, meta tags).
///
/// Elements are tracked on an explicit stack, so nesting depth costs memory, not call stack:
/// a page nested 100,000 elements deep is read like any other.
final class TextCollector {
    private struct Frame {
        var info: ChromeRules.TagInfo
        /// This element started a dropped region (chrome, script, form control).
        var startsDrop = false
        var isJSONLD = false
        var isHeading = 0
        /// The block role that text directly inside this element gets.
        var role: TextBlock.Role
    }

    private(set) var blocks: [TextBlock] = []
    /// `<h1>` texts in page order, with whether they stood in chrome.
    private(set) var headlines: [(text: String, inChrome: Bool)] = []
    private(set) var documentTitle: String?
    private(set) var jsonLD: [[UInt8]] = []
    private(set) var meta: [String: String] = [:]

    private var stack: [Frame] = []
    private var dropDepth = 0
    private var contentDepth = 0
    private var boldDepth = 0
    private var headingDepth = 0

    private var line: [UInt8] = []
    private var pendingSpace = false
    private var lineRole: TextBlock.Role = .paragraph
    private var lineBoldBytes = 0
    private var linePlainBytes = 0

    private var headline: [UInt8] = []
    private var headlinePendingSpace = false
    private var headlineInChrome = false
    private var titleText: [UInt8]?
    private var scriptText: [UInt8]?

    init() { stack.reserveCapacity(64) }

    // MARK: SAX events

    /// An element opens. `attribute(name)` reads one of its attributes.
    func start(_ name: String, attribute: (String) -> String?) {
        let info = ChromeRules.tags[name] ?? []
        let parentRole = stack.last?.role ?? .paragraph
        var frame = Frame(info: info, role: parentRole)

        if info.contains(.block) {
            flushLine()
            if name.count == 2, name.first == "h", let level = Int(String(name.last!)) {
                frame.isHeading = level
                frame.role = .heading(level)
            } else if info.contains(.listItem) {
                frame.role = .listItem
            } else if info.contains(.cell) {
                frame.role = .cell
            } else if !info.contains(.content) {
                frame.role = parentRole
            }
        }
        if info.contains(.lineBreak) { flushLine() }
        if info.contains(.meta) { readMeta(attribute) }

        if info.contains(.script) {
            let type = attribute("type")?.lowercased() ?? ""
            if type.contains("ld+json") { frame.isJSONLD = true; scriptText = [] }
            frame.startsDrop = true
        } else if info.contains(.title) {
            if documentTitle == nil { titleText = [] }
            frame.startsDrop = true
        } else if info.contains(.drop) {
            frame.startsDrop = true
        } else if info.contains(.landmark) && contentDepth == 0 {
            frame.startsDrop = true
        } else if isChrome(attribute) {
            frame.startsDrop = true
        }

        if frame.startsDrop { dropDepth += 1 }
        if info.contains(.content) { contentDepth += 1 }
        if info.contains(.bold) { boldDepth += 1 }
        if frame.isHeading == 1 {
            headingDepth += 1
            headline.removeAll(keepingCapacity: true)
            headlinePendingSpace = false
            headlineInChrome = dropDepth > 0
        }
        stack.append(frame)
    }

    /// The innermost open element closes. libxml2 reports an end for every start it reported.
    func end() {
        guard let frame = stack.popLast() else { return }
        if frame.isJSONLD, let script = scriptText {
            jsonLD.append(script)
            scriptText = nil
        }
        if frame.info.contains(.title), let title = titleText {
            let text = String(decoding: title, as: UTF8.self).trimmingSpaces()
            if !text.isEmpty, documentTitle == nil { documentTitle = text }
            titleText = nil
        }
        if frame.isHeading == 1 {
            headingDepth -= 1
            let text = String(decoding: headline, as: UTF8.self)
            if !text.isEmpty { headlines.append((text, headlineInChrome)) }
        }
        if frame.startsDrop { dropDepth -= 1 }
        if frame.info.contains(.content) { contentDepth -= 1 }
        if frame.info.contains(.bold) { boldDepth -= 1 }
        if frame.info.contains(.block) { flushLine() }
    }

    /// A run of character data (already entity-decoded UTF-8).
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if scriptText != nil {
            if stack.last?.isJSONLD == true { scriptText!.append(contentsOf: bytes) }
            return
        }
        if titleText != nil, stack.last?.info.contains(.title) == true {
            titleText!.append(contentsOf: bytes)
            return
        }
        if headingDepth > 0 { Self.appendCollapsing(bytes, to: &headline, pendingSpace: &headlinePendingSpace) }
        guard dropDepth == 0 else { return }
        if line.isEmpty { lineRole = stack.last?.role ?? .paragraph }
        let before = line.count
        Self.appendCollapsing(bytes, to: &line, pendingSpace: &pendingSpace)
        let added = line.count - before
        if boldDepth > 0 { lineBoldBytes += added } else { linePlainBytes += added }
    }

    /// Closes the line in progress at the end of the page.
    func finish() {
        flushLine()
    }

    // MARK: Helpers

    private func flushLine() {
        pendingSpace = false
        guard !line.isEmpty else { return }
        let text = String(decoding: line, as: UTF8.self)
        line.removeAll(keepingCapacity: true)
        let emphasized = lineBoldBytes > 0 && linePlainBytes == 0
        lineBoldBytes = 0
        linePlainBytes = 0
        guard !ChromeRules.isChromeLine(text) else { return }
        blocks.append(TextBlock(text: text, role: lineRole, emphasized: emphasized))
    }

    private func isChrome(_ attribute: (String) -> String?) -> Bool {
        if let role = attribute("role")?.lowercased(), ChromeRules.chromeRoles.contains(role) { return true }
        if attribute("aria-hidden")?.lowercased() == "true" || attribute("hidden") != nil { return true }
        if let style = attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let id = attribute("id"), ChromeRules.isChromeName(id) { return true }
        if let classes = attribute("class"), ChromeRules.isChromeName(classes) { return true }
        return false
    }

    private func readMeta(_ attribute: (String) -> String?) {
        guard let key = (attribute("property") ?? attribute("name"))?.lowercased(),
              let content = attribute("content")?.trimmingSpaces(), !content.isEmpty
        else { return }
        if meta[key] == nil { meta[key] = content }
    }

    /// Appends `bytes`, folding every run of white space (ASCII or U+00A0) into one space and
    /// dropping leading white space.
    /// - Complexity: O(n) in the number of bytes.
    static func appendCollapsing(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], pendingSpace: inout Bool) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
                index += 1
                continue
            case 0xC2 where index + 1 < count && bytes[index + 1] == 0xA0:
                pendingSpace = true
                index += 2
                continue
            default:
                break
            }
            if pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
            }
            out.append(byte)
            index += 1
        }
    }
}
