import Foundation
import GRDB

/// Recruiters' tags in a SQLite file: created on first use, schema versioned and migrated by
/// GRDB's `DatabaseMigrator`, every write a transaction (so a killed server loses no saved tag).
public final class TagStore: Sendable {
    private let database: DatabaseQueue
    public let path: String

    /// Opens (or creates) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    /// The schema's history: add a migration, never edit one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: tags") { db in
            try db.create(table: "tag") { table in
                table.primaryKey("id", .text)
                table.column("role", .text).notNull()
                table.column("predictedRole", .text)
                table.column("predictedConfidence", .double)
                table.column("skillsAdded", .text).notNull()
                table.column("skillsRemoved", .text).notNull()
                table.column("seniority", .text)
                table.column("note", .text)
                table.column("title", .text)
                table.column("text", .text)
                table.column("status", .text).notNull()
                table.column("createdAt", .text).notNull()
                table.column("updatedAt", .text).notNull().indexed()
            }
        }
        return migrator
    }

    /// Saves `tag`, keeping the creation time of an earlier version.
    @discardableResult
    public func save(_ tag: Tag) throws -> Tag {
        try database.write { db in
            var saved = tag
            if let createdAt = try String.fetchOne(db, sql: "SELECT createdAt FROM tag WHERE id = ?", arguments: [tag.id]) {
                saved.createdAt = createdAt
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO tag (id, role, predictedRole, predictedConfidence, skillsAdded, skillsRemoved, seniority,
                                            note, title, text, status, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [saved.id, saved.role, saved.predictedRole, saved.predictedConfidence,
                                 Self.json(saved.skillsAdded), Self.json(saved.skillsRemoved), saved.seniority, saved.note,
                                 saved.title, saved.text, saved.status.rawValue, saved.createdAt, saved.updatedAt])
            return saved
        }
    }

    public func tag(id: String) throws -> Tag? {
        try database.read { db in try Row.fetchOne(db, sql: "SELECT * FROM tag WHERE id = ?", arguments: [id]).map(Self.tag) }
    }

    /// Tags updated at or after `since` (ISO 8601), oldest first; all of them without `since`.
    public func tags(since: String? = nil, limit: Int? = nil) throws -> [Tag] {
        try database.read { db in
            var sql = "SELECT * FROM tag"
            var arguments: StatementArguments = []
            if let since {
                sql += " WHERE updatedAt >= ?"
                arguments += [since]
            }
            sql += " ORDER BY updatedAt, id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.tag)
        }.suffix(limit ?? Int.max).map { $0 }
    }

    /// The most recently updated tags, newest first.
    public func recent(_ count: Int) throws -> [Tag] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM tag ORDER BY updatedAt DESC, id LIMIT ?", arguments: [count]).map(Self.tag)
        }
    }

    private static func json(_ values: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static func strings(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    private static func tag(_ row: Row) -> Tag {
        Tag(id: row["id"], role: row["role"], predictedRole: row["predictedRole"], predictedConfidence: row["predictedConfidence"],
            skillsAdded: strings(row["skillsAdded"]), skillsRemoved: strings(row["skillsRemoved"]), seniority: row["seniority"],
            note: row["note"], title: row["title"], text: row["text"],
            status: Tag.Status(rawValue: row["status"]) ?? .corrected, createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }
}
