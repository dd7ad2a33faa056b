extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's.
    ///
    /// `String.contains(_:)` with a string argument goes through `NSString` on Linux and is
    /// two orders of magnitude slower; ingest calls this for every short block.
    /// - Complexity: O(n·m) worst case, close to O(n) for text.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let first = pin.first else { return true }
                guard hay.count >= pin.count else { return false }
                let last = hay.count - pin.count
                var start = 0
                while start <= last {
                    guard let hit = hay[start...last].firstIndex(of: first) else { return false }
                    var matched = true
                    for offset in 1..<pin.count where hay[hit + offset] != pin[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                    start = hit + 1
                }
                return false
            }
        }
    }
}
