import IFEvalEngine

/// How a batch is scored and what the answer holds.
struct VerifyOptions: Sendable {
    enum Mode: String, Sendable, CaseIterable {
        case strict, loose, both
        var strict: Bool { self != .loose }
        var loose: Bool { self != .strict }
    }

    enum Reward: String, Sendable, CaseIterable {
        /// 1 when every instruction is followed, else 0.
        case all
        /// The share of instructions followed.
        case fraction
    }

    enum InvalidItems: String, Sendable, CaseIterable {
        /// One invalid item rejects the request (400).
        case reject
        /// Invalid items get `{"error": ...}` and reward 0; the others are scored.
        case scoreZero = "score_zero"
    }

    var mode: Mode = .both
    var reward: Reward = .all
    var thinking: ThinkingTraceStripper?
    var reasons = false
    var invalidItems: InvalidItems = .reject
}

/// One item to verify: its instruction list (as a prompt record) and the response, or
/// what is wrong with it.
struct VerifyItem: Sendable {
    var record: PromptRecord
    var response: String
    /// Set when the item cannot be scored (its structure is wrong).
    var problem: String?

    static func invalid(_ problem: String) -> VerifyItem {
        VerifyItem(record: PromptRecord(key: .int(0), prompt: "", instructionIDs: [], kwargs: []), response: "", problem: problem)
    }
}

/// Decodes request bodies with the engine's JSON parser (CPython's `json.loads` rules,
/// strings kept code point by code point).
enum RequestDecoding {
    /// Parses a body; a body that is not JSON answers 400 `invalid_json`.
    static func parse(_ body: UnsafeRawBufferPointer) throws(APIError) -> JSONValue {
        do throws(JSONParser.Failure) {
            // Lone escaped surrogates keep their old reading here (U+FFFD), unlike input
            // files: refusing them would fail a whole batch of a training loop over one
            // response (a decision left open; see results/robustness.md).
            return try JSONParser.parse(body.assumingMemoryBound(to: UInt8.self), loneSurrogates: .replace)
        } catch {
            throw APIError(status: 400, code: "invalid_json", "the body is not valid JSON: \(error.description)")
        }
    }

    static let verifyMembers: Set<String> = [
        "items", "mode", "reward", "strip_thinking", "think_tags", "unclosed_thinking", "reasons", "invalid_items", "suite",
    ]

    /// `POST /v1/verify`: the options and the items (each valid or carrying its problem).
    static func verifyRequest(_ value: JSONValue, suite: ServerSuite, maxItems: Int) throws(APIError) -> (VerifyOptions, [VerifyItem]) {
        guard let members = value.objectMembers else {
            throw .badRequest("the body must be a JSON object with \"items\", found \(value.typeName)")
        }
        for (name, _) in members where !verifyMembers.contains(name) {
            throw .badRequest("unknown member \"\(name)\"; the request takes " + verifyMembers.sorted().map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if let requested = value["suite"] {
            guard let name = requested.stringValue else { throw .badRequest("\"suite\" must be a string, found \(requested.typeName)") }
            guard name == suite.name else {
                throw .badRequest("this server verifies the suite \"\(suite.name)\", not \"\(name)\" (start another with --suite \(name))")
            }
        }
        var options = VerifyOptions()
        options.mode = try choice(value, "mode", default: .both)
        options.reward = try choice(value, "reward", default: .all)
        options.invalidItems = try choice(value, "invalid_items", default: .reject)
        options.reasons = try flag(value, "reasons")
        let stripThinking = try flag(value, "strip_thinking")
        let unclosed: ThinkingTraceStripper.UnclosedPolicy = try choice(value, "unclosed_thinking", default: .empty)
        var tags: [ThinkingTraceStripper.TagPair] = [.think]
        if let tagValue = value["think_tags"], !tagValue.isNull {
            guard stripThinking else { throw .badRequest("\"think_tags\" goes with \"strip_thinking\": true") }
            tags = try tagPairs(tagValue)
        }
        if value["unclosed_thinking"] != nil && !stripThinking {
            throw .badRequest("\"unclosed_thinking\" goes with \"strip_thinking\": true")
        }
        if stripThinking { options.thinking = ThinkingTraceStripper(tags: tags, unclosed: unclosed) }

        guard let itemsValue = value["items"] else { throw .badRequest("missing \"items\" (a list of {instruction_id_list, kwargs, response, prompt?})") }
        guard let itemValues = itemsValue.arrayValue else { throw .badRequest("\"items\" must be a list, found \(itemsValue.typeName)") }
        guard itemValues.count <= maxItems else {
            throw APIError(status: 413, code: "too_many_items", "\(itemValues.count) items; this server takes at most \(maxItems) per request (--max-items): split the batch")
        }
        return (options, itemValues.enumerated().map { item($1, index: $0) })
    }

    /// One item: `instruction_id_list`, `kwargs` (one object per instruction; `null`
    /// members are dropped as the official code drops them, a `null` object counts as
    /// `{}`), `response` (a string; `null` scores as the empty string, as `ifeval score`
    /// does) and, optionally, `prompt`. Other members are ignored.
    static func item(_ value: JSONValue, index: Int) -> VerifyItem {
        guard value.objectMembers != nil else { return .invalid("an item must be a JSON object, found \(value.typeName)") }
        guard let idsValue = value["instruction_id_list"] else { return .invalid("missing \"instruction_id_list\"") }
        guard let idValues = idsValue.arrayValue else { return .invalid("\"instruction_id_list\" must be a list of strings, found \(idsValue.typeName)") }
        var ids: [String] = []
        ids.reserveCapacity(idValues.count)
        for id in idValues {
            guard let text = id.stringValue else { return .invalid("\"instruction_id_list\" must hold strings, found \(id.typeName)") }
            ids.append(text)
        }
        var kwargs: [[(String, JSONValue)]] = []
        switch value["kwargs"] {
        case nil, .null?:
            guard ids.isEmpty else {
                return .invalid("missing \"kwargs\": give one object per instruction id, {} when it takes none")
            }
        case let .array(objects)?:
            guard objects.count == ids.count else {
                return .invalid("\"kwargs\" has \(objects.count) objects for \(ids.count) instructions; give one object per instruction id, {} when it takes none")
            }
            for object in objects {
                if object.isNull { kwargs.append([]); continue }
                guard let members = object.objectMembers else { return .invalid("\"kwargs\" must hold objects, found \(object.typeName)") }
                kwargs.append(members)
            }
        case let other?:
            return .invalid("\"kwargs\" must be a list of objects, found \(other.typeName)")
        }
        let response: String
        switch value["response"] {
        case nil: return .invalid("missing \"response\"")
        case .null?: response = ""
        case let .string(text)?: response = text
        case let other?: return .invalid("\"response\" must be a string, found \(other.typeName)")
        }
        var prompt = ""
        if let promptValue = value["prompt"], !promptValue.isNull {
            guard let text = promptValue.stringValue else { return .invalid("\"prompt\" must be a string, found \(promptValue.typeName)") }
            prompt = text
        }
        return VerifyItem(record: PromptRecord(key: .int(index), prompt: prompt, instructionIDs: ids, kwargs: kwargs), response: response)
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue, _ name: String, default fallback: T) throws(APIError) -> T where T.RawValue == String {
        guard let member = value[name], !member.isNull else { return fallback }
        guard let text = member.stringValue, let choice = T(rawValue: text) else {
            throw .badRequest("\"\(name)\" must be one of " + T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + ", found \(JSONWriter.string(member))")
        }
        return choice
    }

    static func flag(_ value: JSONValue, _ name: String) throws(APIError) -> Bool {
        guard let member = value[name], !member.isNull else { return false }
        guard case let .bool(flag) = member else { throw .badRequest("\"\(name)\" must be true or false, found \(member.typeName)") }
        return flag
    }

    /// `[["<think>", "</think>"], ...]`
    static func tagPairs(_ value: JSONValue) throws(APIError) -> [ThinkingTraceStripper.TagPair] {
        let problem = APIError.badRequest("\"think_tags\" must be a non-empty list of [open, close] pairs of non-empty strings, such as [[\"<think>\", \"</think>\"]]")
        guard let pairs = value.arrayValue, !pairs.isEmpty else { throw problem }
        var tags: [ThinkingTraceStripper.TagPair] = []
        for pair in pairs {
            guard let parts = pair.arrayValue, parts.count == 2, let open = parts[0].stringValue, let close = parts[1].stringValue,
                  !open.isEmpty, !close.isEmpty else { throw problem }
            tags.append(ThinkingTraceStripper.TagPair(open: open, close: close))
        }
        return tags
    }
}
