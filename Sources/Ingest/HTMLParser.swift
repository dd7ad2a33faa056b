internal import CLibXML2

/// Drives libxml2's HTML parser over a page held in memory, through its SAX callbacks, so no
/// tree is built. This is the only file that touches libxml2; it hands out Swift values.
///
/// The parser runs with network access off, errors and warnings silenced, recovery from
/// broken markup on, and the page's own encoding declaration ignored: the bytes it gets are
/// already UTF-8 (see ``CharsetDetection``).
enum HTMLParser {
    /// libxml2 must be initialised once before parsers run on several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )

    /// Parses UTF-8 `html` and returns what the SAX pass collected, or `nil` when libxml2
    /// could not create a parser.
    static func collect(utf8 html: [UInt8]) -> TextCollector? {
        _ = initialized
        let collector = TextCollector()
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let collector = Unmanaged<TextCollector>.fromOpaque(context).takeUnretainedValue()
            collector.start(String(cString: name)) { wanted in
                HTMLParser.attribute(wanted, in: attributes)
            }
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<TextCollector>.fromOpaque(context).takeUnretainedValue().end()
        }
        let characters: charactersSAXFunc = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return }
            Unmanaged<TextCollector>.fromOpaque(context).takeUnretainedValue()
                .characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        // A structured error handler that does nothing: nothing is printed, whatever the page.
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = { _, _ in }

        let context = Unmanaged.passUnretained(collector).toOpaque()
        guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            return nil
        }
        defer { htmlFreeParserCtxt(parser) }
        _ = htmlCtxtUseOptions(parser, options)

        // Feed in chunks: libxml2 takes an Int32 length, and chunks keep its buffers small.
        let chunkSize = 1 << 16
        html.withUnsafeBufferPointer { buffer in
            var offset = 0
            repeat {
                let length = min(chunkSize, buffer.count - offset)
                let base = buffer.baseAddress.map { UnsafeRawPointer($0 + offset).assumingMemoryBound(to: CChar.self) }
                let last: Int32 = offset + length >= buffer.count ? 1 : 0
                _ = htmlParseChunk(parser, base, Int32(length), last)
                offset += length
            } while offset < buffer.count
        }
        collector.finish()
        return collector
    }

    /// The value of attribute `name` in libxml2's NULL-terminated name/value array.
    private static func attribute(
        _ name: String, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) -> String? {
        guard var cursor = attributes else { return nil }
        while let key = cursor.pointee {
            let value = cursor.advanced(by: 1).pointee
            if name.withCString({ strcasecmp($0, UnsafeRawPointer(key).assumingMemoryBound(to: CChar.self)) }) == 0 {
                return value.map { String(cString: $0) } ?? ""
            }
            cursor = cursor.advanced(by: 2)
        }
        return nil
    }
}
