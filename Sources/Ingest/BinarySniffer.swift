/// Recognises inputs that are not text, so that they get a clear error instead of a parse.
enum BinarySniffer {
    /// Leading bytes of formats that scrapers commonly save by mistake.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF".utf8), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("RIFF".utf8), "RIFF media (WebP, WAV or AVI)"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or DOCX/XLSX)"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Microsoft Office document"),
        (Array("OggS".utf8), "Ogg media"),
        ([0x00, 0x00, 0x01, 0x00], "icon image"),
        (Array("wOFF".utf8), "web font"),
    ]

    /// The kind of binary content `bytes` holds, or `nil` when it may be text.
    ///
    /// Text in UTF-16 or UTF-32 (which is full of zero bytes) must be recognised before this is
    /// called; here any zero byte or a high share of control characters in the first 8 KiB
    /// means binary.
    /// - Complexity: O(1); at most 8 KiB are read.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> String? {
        for signature in signatures where bytes.count >= signature.bytes.count {
            if zip(bytes, signature.bytes).allSatisfy({ $0 == $1 }) { return signature.name }
        }
        let head = bytes.prefix(8192)
        var control = 0
        for byte in head {
            if byte == 0 { return "contains NUL bytes" }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        }
        if head.count > 0 && control * 20 > head.count { return "mostly control characters" }
        return nil
    }
}
