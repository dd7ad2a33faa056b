/// The windows-1252 code page, which browsers also use for pages labelled ISO-8859-1.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; the rest of the page maps to the same code point.
    /// Five bytes are undefined and map to the C1 control of the same value, as WHATWG says.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The UTF-8 encoding of windows-1252 `bytes`.
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            let scalar = byte < 0xA0 ? high[Int(byte) - 0x80] : UInt32(byte)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | scalar >> 6))
                out.append(UInt8(0x80 | scalar & 0x3F))
            } else {
                out.append(UInt8(0xE0 | scalar >> 12))
                out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        return out
    }
}
