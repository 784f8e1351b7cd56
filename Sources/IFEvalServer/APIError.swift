import IFEvalEngine

/// A request the server refuses, answered as `{"error": {...}}` with its status.
struct APIError: Error, Sendable {
    var status: Int
    /// A stable, machine-readable name: `invalid_json`, `invalid_request`,
    /// `invalid_items`, `body_too_large`, `too_many_items`, `time_limit`, `not_found`...
    var code: String
    var message: String
    /// The first invalid item, when the problem is in the items.
    var item: Int?
    /// Every invalid item (index and problem), at most `ItemProblem.reportLimit`.
    var items: [ItemProblem] = []

    init(status: Int, code: String, _ message: String, item: Int? = nil, items: [ItemProblem] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.item = item
        self.items = items
    }

    static func badRequest(_ message: String, item: Int? = nil) -> APIError {
        APIError(status: 400, code: "invalid_request", message, item: item)
    }

    /// The JSON body.
    var body: [UInt8] {
        var members: [(String, JSONValue)] = [
            ("status", .number(JSONNumber(status))),
            ("code", .string(code)),
            ("message", .string(message)),
        ]
        if let item { members.append(("item", .number(JSONNumber(item)))) }
        if !items.isEmpty {
            members.append(("items", .array(items.map(\.json))))
        }
        var out: [UInt8] = []
        JSONWriter.write(.object([("error", .object(members))]), into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }
}

/// What is wrong with one item of a batch.
struct ItemProblem: Sendable, Equatable {
    static let reportLimit = 100

    var index: Int
    var message: String

    var json: JSONValue {
        .object([("index", .number(JSONNumber(index))), ("error", .string(message))])
    }
}
