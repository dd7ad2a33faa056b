/// Which parts of a page are chrome (navigation, banners, widgets) rather than the posting,
/// and how each element shapes the text.
enum ChromeRules {
    /// What an element does to the text inside it.
    struct TagInfo: OptionSet, Sendable {
        let rawValue: UInt16
        /// Starts and ends a block: a line break before and after.
        static let block = TagInfo(rawValue: 1 << 0)
        /// Its content is never text of the posting (scripts, styles, form controls, media).
        static let drop = TagInfo(rawValue: 1 << 1)
        /// Site chrome when it stands outside the posting's `<article>` or `<main>`.
        static let landmark = TagInfo(rawValue: 1 << 2)
        static let bold = TagInfo(rawValue: 1 << 3)
        static let listItem = TagInfo(rawValue: 1 << 4)
        static let cell = TagInfo(rawValue: 1 << 5)
        /// A line break inside a block (`<br>`).
        static let lineBreak = TagInfo(rawValue: 1 << 6)
        /// `<article>` or `<main>`: the posting itself.
        static let content = TagInfo(rawValue: 1 << 7)
        static let title = TagInfo(rawValue: 1 << 8)
        static let script = TagInfo(rawValue: 1 << 9)
        static let meta = TagInfo(rawValue: 1 << 10)
    }

    static let tags: [String: TagInfo] = {
        var table: [String: TagInfo] = [:]
        for name in ["p", "div", "section", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot",
                     "tr", "blockquote", "pre", "address", "hr", "figure", "figcaption", "center", "details",
                     "summary", "body", "html", "fieldset", "legend", "caption"] {
            table[name] = .block
        }
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] { table[name] = .block }
        for name in ["article", "main"] { table[name] = [.block, .content] }
        table["li"] = [.block, .listItem]
        for name in ["td", "th"] { table[name] = [.block, .cell] }
        for name in ["b", "strong"] { table[name] = .bold }
        table["br"] = .lineBreak
        for name in ["style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                     "select", "option", "optgroup", "textarea", "button", "input", "label", "audio",
                     "video", "map", "dialog", "head", "datalist", "output", "progress", "meter"] {
            table[name] = [.drop, .block]
        }
        table["script"] = [.drop, .script]
        table["title"] = [.drop, .title]
        table["meta"] = .meta
        for name in ["nav", "header", "footer", "aside"] { table[name] = [.landmark, .block] }
        return table
    }()

    /// `role` attribute values that mark chrome.
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar"]

    /// Words of `class` and `id` values that mark chrome: cookie and consent banners, share
    /// and social widgets, apply buttons, breadcrumbs, menus, related-job boxes.
    static let chromeWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "onetrust", "breadcrumb", "breadcrumbs", "share", "sharing",
        "social", "navbar", "nav", "navigation", "menu", "megamenu", "footer", "sidebar", "newsletter",
        "subscribe", "skip", "related", "similar", "recommended", "apply", "applybutton", "modal", "popup",
        "toolbar", "pagination", "banner", "masthead", "topbar", "signin", "login", "alert", "toast", "offcanvas",
        "advert", "advertisement", "ads", "sharebar", "addthis",
    ]

    /// Lines that are chrome wherever they stand (buttons and links rendered as text).
    static let chromeLines: Set<String> = [
        "apply", "apply now", "apply for this job", "apply for this position", "apply today", "apply here",
        "easy apply", "quick apply", "save", "save job", "save this job", "share", "share this job", "share this",
        "back to jobs", "back to search", "back to search results", "view all jobs", "see all jobs", "sign in",
        "log in", "login", "register", "print", "email this job", "email", "tweet", "follow us", "report this job",
        "top of page", "back to top", "skip to content", "skip to main content", "menu", "close", "accept",
        "accept all", "accept cookies", "reject all", "cookie settings", "manage cookies", "got it",
    ]

    /// Whether a `class` or `id` value names chrome (`"cookie-banner"`, `"share_buttons"`).
    static func isChromeName(_ value: String) -> Bool {
        var word = ""
        for scalar in value.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            } else {
                if !word.isEmpty, chromeWords.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return !word.isEmpty && chromeWords.contains(word)
    }

    /// Words of a navigation bar printed as text ("Home | Careers | Contact").
    static let navigationItems: Set<String> = [
        "home", "careers", "jobs", "contact", "contact us", "about", "about us", "search", "search jobs",
        "login", "log in", "sign in", "register", "news", "blog", "faq", "help", "privacy", "privacy policy",
        "terms", "terms of use", "sitemap", "site map", "locations", "our company", "students", "benefits",
        "job search", "my applications", "life at", "teams", "events",
    ]

    /// Whether a whole line is a button or link caption, or a navigation bar, rather than
    /// posting text.
    /// - Complexity: O(n) over the line's bytes; long lines are rejected at once.
    static func isChromeLine(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        var parts: [String] = []
        var part: [UInt8] = []
        func close() {
            while part.last == 0x20 { part.removeLast() }
            if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
            part.removeAll()
        }
        var bytes = line.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x41...0x5A: part.append(byte | 0x20)
            case 0x61...0x7A: part.append(byte)
            case 0x20: if !part.isEmpty && part.last != 0x20 { part.append(byte) }
            case 0x7C, 0x2F, 0x3E, 0xB7, 0xBB, 0xA2: close()  // | / > and the last bytes of · » •
            case 0x2E, 0x2C, 0x3A: return false  // sentences and lists are posting text
            default: continue
            }
        }
        close()
        if parts.count == 1 { return chromeLines.contains(parts[0]) }
        return parts.count > 1 && parts.allSatisfy { navigationItems.contains($0) || chromeLines.contains($0) }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
