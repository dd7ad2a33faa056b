import Foundation
import Testing
@testable import Ingest

struct CharsetDetectionTests {
    private func declared(_ html: String) -> Charset? {
        Array(html.utf8).withUnsafeBytes { CharsetDetection.declaredCharset($0) }
    }

    @Test func metaCharsetAndHTTPEquivAreFound() {
        #expect(declared(#"<meta charset="windows-1252">"#) == .windows1252)
        #expect(declared(#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">"#) == .windows1252)
        #expect(declared("<meta charset=utf-8>") == .utf8)
        #expect(declared("<meta name=description content=x>") == nil)
    }

    @Test func windows1252MapsTheC1RangeAsBrowsersDo() {
        let bytes: [UInt8] = [0x93, 0x41, 0x94, 0x20, 0x80, 0x96, 0xE9]
        let utf8 = bytes.withUnsafeBytes { Windows1252.decode($0) }
        #expect(String(decoding: utf8, as: UTF8.self) == "\u{201C}A\u{201D} \u{20AC}\u{2013}é")
    }

    @Test func utf8DeclaredAsWindows1252IsKeptAsUTF8() {
        let html = #"<meta charset="iso-8859-1"><p>Zürich – café</p>"#
        let decoded = Array(html.utf8).withUnsafeBytes { CharsetDetection.decode($0, sniffMeta: true) }
        #expect(decoded.charset == .utf8)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == html)
    }
}
