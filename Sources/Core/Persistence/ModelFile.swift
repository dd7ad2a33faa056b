import Foundation

/// The on-disk form of a ``RoleModel``.
///
/// Layout (little-endian): the 8-byte magic `IAMROLE\n`; the format version (UInt32); the
/// header length (UInt32) and a JSON header with sorted keys (taxonomy, hyperparameters,
/// calibration, metadata, labels, feature count); the vocabulary as UTF-8 terms separated by
/// `\n` (length-prefixed); the idf values, the class counts (Float64, class-major) and the
/// document counts (UInt32); and a 64-bit FNV-1a checksum of everything before it.
/// The magic and version are checked first, so a foreign or newer file is named as such.
public enum ModelFile {
    public static let magic = Array("IAMROLE\n".utf8)
    public static let formatVersion: UInt32 = 1
    /// The default model's file name under `models/`.
    public static let defaultName = "iam-roles.model"

    struct Header: Codable {
        var taxonomy: Taxonomy
        var hyperparameters: Hyperparameters
        var calibration: Calibration
        var metadata: RoleModel.Metadata
        var labels: [String]
        var featureCount: Int
    }

    /// The bytes of `model`; the same model always gives the same bytes.
    public static func encode(_ model: RoleModel) throws -> Data {
        var out = Data(magic)
        append(formatVersion, to: &out)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = try encoder.encode(Header(
            taxonomy: model.taxonomy, hyperparameters: model.hyperparameters, calibration: model.calibration,
            metadata: model.metadata, labels: model.counts.labels, featureCount: model.vocabulary.count))
        append(UInt32(header.count), to: &out)
        out.append(header)
        let terms = Data(model.vocabulary.terms.joined(separator: "\n").utf8)
        append(UInt32(terms.count), to: &out)
        out.append(terms)
        for value in model.vocabulary.idf { append(value.bitPattern, to: &out) }
        for row in model.counts.featureCounts { for value in row { append(value.bitPattern, to: &out) } }
        for count in model.counts.documentCounts { append(UInt32(count), to: &out) }
        append(checksum(out), to: &out)
        return out
    }

    /// Writes `model` to `path` atomically.
    public static func write(_ model: RoleModel, to path: String) throws(CoreError) {
        do {
            try encode(model).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CoreError.model(path: path, reason: "cannot write the model: \(error.localizedDescription)")
        }
    }

    /// Reads a model from `path`.
    public static func read(_ path: String) throws(CoreError) -> RoleModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoreError.model(path: path, reason: "no model file here (train one with `classify train`)")
        }
        return try decode(data, path: path)
    }

    public static func decode(_ data: Data, path: String) throws(CoreError) -> RoleModel {
        var reader = ByteReader(data: data)
        guard data.count >= magic.count, Array(data.prefix(magic.count)) == magic else {
            throw CoreError.model(path: path, reason: "not a role model file (bad magic number)")
        }
        reader.offset = magic.count
        guard let version: UInt32 = reader.read() else { throw truncated(path) }
        guard version <= formatVersion else {
            throw CoreError.model(path: path, reason: "model format \(version) is newer than this build reads (\(formatVersion)); update classify")
        }
        guard data.count >= 8 + magic.count + 4 else { throw truncated(path) }
        let stored = UInt64(littleEndian: data.suffix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        let expected = checksum(data.prefix(data.count - 8))
        guard let headerLength: UInt32 = reader.read(), let headerBytes = reader.bytes(Int(headerLength)) else { throw truncated(path) }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: headerBytes)
        } catch {
            throw CoreError.model(path: path, reason: stored == expected ? "header does not decode: \(error)" : "the file is corrupt or truncated (checksum mismatch)")
        }
        let v = header.featureCount, c = header.labels.count
        let expectedSize = magic.count + 8 + Int(headerLength) + 4 + 8 * v + 8 * v * c + 4 * c + 8
        guard let termsLength: UInt32 = reader.read(), data.count == expectedSize + Int(termsLength) else {
            throw CoreError.model(path: path, reason: "the file is truncated or has extra bytes (expected a model with \(v) features and \(c) classes)")
        }
        guard stored == expected else {
            throw CoreError.model(path: path, reason: "the file is corrupt (checksum mismatch)")
        }
        let termsData = reader.bytes(Int(termsLength))!
        let terms = v == 0 ? [] : String(decoding: termsData, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard terms.count == v else {
            throw CoreError.model(path: path, reason: "the vocabulary has \(terms.count) terms while the header says \(v)")
        }
        let idf = (0..<v).map { _ in Double(bitPattern: reader.read()!) }
        let featureCounts = (0..<c).map { _ in (0..<v).map { _ in Double(bitPattern: reader.read()!) } }
        let documentCounts = (0..<c).map { _ -> Int in let n: UInt32 = reader.read()!; return Int(n) }
        return RoleModel(taxonomy: header.taxonomy, hyperparameters: header.hyperparameters,
                         vocabulary: Vocabulary(terms: terms, idf: idf),
                         counts: ClassCounts(labels: header.labels, featureCounts: featureCounts, documentCounts: documentCounts),
                         calibration: header.calibration, metadata: header.metadata)
    }

    private static func truncated(_ path: String) -> CoreError {
        CoreError.model(path: path, reason: "the file is truncated")
    }

    static func checksum(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// Reads little-endian values from the front of a buffer.
    struct ByteReader {
        let data: Data
        var offset = 0

        mutating func read<T: FixedWidthInteger>() -> T? {
            let size = MemoryLayout<T>.size
            guard offset + size <= data.count else { return nil }
            let value = data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
            offset += size
            return value
        }

        mutating func bytes(_ count: Int) -> Data? {
            guard count >= 0, offset + count <= data.count else { return nil }
            defer { offset += count }
            return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + offset + count))
        }
    }
}
