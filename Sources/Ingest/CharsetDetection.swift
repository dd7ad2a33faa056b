/// The character encodings the reader understands.
enum Charset: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "windows-1252"

    /// The encoding a charset label names, following the WHATWG Encoding standard's aliases:
    /// `iso-8859-1`, `latin1` and `us-ascii` are decoded as windows-1252, as browsers do.
    init?(label: some StringProtocol) {
        switch label.lowercased().filter({ !" \t\"'".contains($0) }) {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2": self = .utf16LE
        case "utf-16be": self = .utf16BE
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "ascii", "us-ascii", "iso-8859-15", "latin-1", "cp819", "ibm819":
            self = .windows1252
        default: return nil
        }
    }
}

/// Finds a page's encoding and decodes it to UTF-8.
///
/// The order is the one browsers use: a byte order mark, then a `<meta charset>` or
/// `<meta http-equiv="Content-Type">` declaration within the first 4 KiB, then UTF-8 if the
/// bytes are valid UTF-8, else windows-1252 (with a warning).
enum CharsetDetection {
    struct Decoded {
        var utf8: [UInt8]
        var charset: Charset
        var warnings: [String]
    }

    /// The byte order mark at the start of `bytes`, and its length.
    static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> (Charset, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 without a byte order mark: ASCII markup with every other byte zero.
    static func unmarkedUTF16(_ bytes: UnsafeRawBufferPointer) -> Charset? {
        guard bytes.count >= 4 else { return nil }
        let sample = min(bytes.count & ~1, 512)
        var zeroEven = 0, zeroOdd = 0
        for i in 0..<sample { if bytes[i] == 0 { if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 } } }
        let pairs = sample / 2
        if zeroOdd * 10 >= pairs * 9 && zeroEven == 0 { return .utf16LE }
        if zeroEven * 10 >= pairs * 9 && zeroOdd == 0 { return .utf16BE }
        return nil
    }

    /// The charset a page declares in its first 4 KiB (`<meta charset=…>` or an
    /// `http-equiv` Content-Type), or `nil`.
    static func declaredCharset(_ bytes: UnsafeRawBufferPointer) -> Charset? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        var index = 0
        while let start = find(meta, in: head, from: index) {
            let tagEnd = head[start...].firstIndex(of: 0x3E) ?? head.count
            if let at = find(charset, in: Array(head[start..<tagEnd]), from: 0) {
                var cursor = start + at + charset.count
                while cursor < tagEnd, head[cursor] == 0x20 { cursor += 1 }
                if cursor < tagEnd, head[cursor] == 0x3D {
                    cursor += 1
                    while cursor < tagEnd, [0x20, 0x22, 0x27].contains(head[cursor]) { cursor += 1 }
                    var end = cursor
                    while end < tagEnd, ![0x20, 0x22, 0x27, 0x3B, 0x2F, 0x3E].contains(head[end]) { end += 1 }
                    if let found = Charset(label: String(decoding: head[cursor..<end], as: UTF8.self)) { return found }
                }
            }
            index = tagEnd
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }

    /// Decodes `bytes` to UTF-8 by the rules above.
    static func decode(_ bytes: UnsafeRawBufferPointer, sniffMeta: Bool) -> Decoded {
        if let (charset, length) = byteOrderMark(bytes) {
            return transcode(UnsafeRawBufferPointer(rebasing: bytes[length...]), from: charset, declared: true)
        }
        if let charset = unmarkedUTF16(bytes) {
            return transcode(bytes, from: charset, declared: false)
        }
        if sniffMeta, let declared = declaredCharset(bytes) {
            // A page saved as UTF-8 by a scraper often keeps its original declaration; UTF-8
            // that validates is far more likely to be UTF-8 than windows-1252 that looks like it.
            if declared == .windows1252, !isASCII(bytes), isValidUTF8(bytes) {
                return Decoded(utf8: Array(bytes), charset: .utf8,
                               warnings: ["the page declares windows-1252 but its bytes are valid UTF-8; read as UTF-8"])
            }
            return transcode(bytes, from: declared, declared: true)
        }
        if isValidUTF8(bytes) { return Decoded(utf8: Array(bytes), charset: .utf8, warnings: []) }
        var decoded = transcode(bytes, from: .windows1252, declared: false)
        decoded.warnings = ["no charset declared and the bytes are not valid UTF-8; read as windows-1252"]
        return decoded
    }

    static func transcode(_ bytes: UnsafeRawBufferPointer, from charset: Charset, declared: Bool) -> Decoded {
        switch charset {
        case .utf8:
            if isValidUTF8(bytes) { return Decoded(utf8: Array(bytes), charset: .utf8, warnings: []) }
            let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let bad = invalidSequenceCount(bytes)
            return Decoded(utf8: repaired, charset: .utf8,
                           warnings: ["invalid UTF-8: \(bad) byte sequence\(bad == 1 ? "" : "s") replaced with U+FFFD"])
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 0
            while i + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
                units.append(charset == .utf16LE ? a | b << 8 : a << 8 | b)
                i += 2
            }
            var warnings: [String] = []
            if bytes.count % 2 == 1 { warnings.append("UTF-16 input has an odd number of bytes; the last byte was dropped") }
            return Decoded(utf8: Array(String(decoding: units, as: UTF16.self).utf8), charset: charset, warnings: warnings)
        case .windows1252:
            return Decoded(utf8: Windows1252.decode(bytes), charset: .windows1252, warnings: [])
        }
    }

    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool { invalidSequenceCount(bytes) == 0 }

    /// How many ill-formed sequences a UTF-8 decoder meets in `bytes`.
    static func invalidSequenceCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: count += 1
            }
        }
        return count
    }
}
