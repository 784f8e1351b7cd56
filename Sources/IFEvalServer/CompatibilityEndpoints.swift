import Hummingbird
import IFEvalEngine

/// `POST /get_reward`: OpenRLHF's remote reward model protocol (`--remote_rm_url
/// http://HOST:PORT/get_reward`). OpenRLHF posts `{"query": [...], "prompts": [...],
/// "labels": [...]}` (one entry per sample: the prompt and response as one text, the
/// prompt, and the dataset's `--label_key` column) and reads `rewards` (and `scores`, and
/// `extra_logs` for its logs) from the answer.
///
/// Each label carries the item's instructions: a JSON object with `instruction_id_list`
/// and `kwargs` (the official layout), or a string holding that object as JSON. The
/// response is the query after its prompt (which must start it). Options come as query parameters: `mode`
/// (`strict`, the default, or `loose`: the reward given), `reward` (`all` or
/// `fraction`), `strip_thinking` (`true`), `invalid_items` (`reject` or `score_zero`),
/// and `eos` (repeatable: a text removed from the end of the response, such as an end
/// token the trainer decoded).
enum OpenRLHFEndpoint {
    static func decode(_ value: JSONValue, query: Parameters, maxItems: Int) throws(APIError) -> VerifierServer.Decoded {
        guard value.objectMembers != nil else { throw .badRequest("the body must be a JSON object with \"query\", \"prompts\" and \"labels\", found \(value.typeName)") }
        func strings(_ name: String, required: Bool) throws(APIError) -> [JSONValue]? {
            guard let member = value[name], !member.isNull else {
                if required { throw .badRequest("missing \"\(name)\"") }
                return nil
            }
            guard let list = member.arrayValue else { throw .badRequest("\"\(name)\" must be a list, found \(member.typeName)") }
            return list
        }
        let queries = try strings("query", required: true)!
        let prompts = try strings("prompts", required: false)
        guard let labels = try strings("labels", required: false) else {
            throw .badRequest("missing \"labels\": each label carries the item's instruction_id_list and kwargs (OpenRLHF's --label_key)")
        }
        guard labels.count == queries.count, prompts == nil || prompts!.count == queries.count else {
            throw .badRequest("\"query\" (\(queries.count)), \"prompts\" (\(prompts?.count ?? 0)) and \"labels\" (\(labels.count)) must have one entry per sample")
        }
        guard queries.count <= maxItems else {
            throw APIError(status: 413, code: "too_many_items", "\(queries.count) items; this server takes at most \(maxItems) per request (--max-items)")
        }
        var options = VerifyOptions()
        let mode: VerifyOptions.Mode = try parameter(query, "mode", default: .strict)
        guard mode != .both else { throw .badRequest("the mode parameter of /get_reward is strict or loose (the reward given)") }
        options.mode = mode
        options.reward = try parameter(query, "reward", default: .all)
        options.invalidItems = try parameter(query, "invalid_items", default: .reject)
        if let strip = query.get("strip_thinking") {
            guard strip == "true" || strip == "false" else { throw .badRequest("strip_thinking must be true or false") }
            if strip == "true" { options.thinking = ThinkingTraceStripper() }
        }
        let endings = query.getAll("eos").filter { !$0.isEmpty }
        var items: [VerifyItem] = []
        items.reserveCapacity(queries.count)
        for index in queries.indices {
            guard let text = queries[index].stringValue else { items.append(.invalid("\"query\" must hold strings, found \(queries[index].typeName)")); continue }
            var response = text
            if let prompt = prompts?[index] {
                guard let promptText = prompt.stringValue else { items.append(.invalid("\"prompts\" must hold strings, found \(prompt.typeName)")); continue }
                guard let rest = PythonStringSearch.after(promptText, in: text) else {
                    items.append(.invalid("the query does not start with its prompt, so the response cannot be told apart"))
                    continue
                }
                response = rest
            }
            for ending in endings {
                response = PythonStringSearch.removingSuffix(ending, from: response)
            }
            var label = labels[index]
            if let labelText = label.stringValue {
                do throws(JSONParser.Failure) {
                    label = try JSONParser.parse(labelText, loneSurrogates: .replace)  // as the request body (VerifyRequest)
                } catch {
                    items.append(.invalid("the label is a string but not JSON: \(error.description)"))
                    continue
                }
            }
            guard let members = label.objectMembers else {
                items.append(.invalid("the label must be an object (or a JSON string of one) with instruction_id_list and kwargs, found \(label.typeName)"))
                continue
            }
            // The label's instructions with this response; the official layout's rules.
            let item = members.filter { $0.0 != "response" } + [("response", .string(response))]
            items.append(RequestDecoding.item(.object(item), index: index))
        }
        let chosen = options
        return (chosen, items, { outcomes in body(outcomes, options: chosen) })
    }

    static func parameter<T: RawRepresentable & CaseIterable>(_ query: Parameters, _ name: String, default fallback: T) throws(APIError) -> T
    where T.RawValue == String {
        guard let text = query.get(name) else { return fallback }
        guard let value = T(rawValue: text) else {
            throw .badRequest("the \(name) parameter must be one of " + T.allCases.map(\.rawValue).joined(separator: ", ") + ", not \(text)")
        }
        return value
    }

    /// `{"rewards": [...], "scores": [...], "extra_logs": {...}}`: an invalid item scored
    /// as zero gets reward 0.0.
    static func body(_ outcomes: [ItemOutcome], options: VerifyOptions) -> [UInt8] {
        var rewards: [Double] = []
        var strict: [Double] = []
        var loose: [Double] = []
        var invalid: [Double] = []
        for outcome in outcomes {
            if case let .scored(evaluation, _) = outcome {
                strict.append(Rewards.reward(evaluation.strict, options.reward))
                loose.append(Rewards.reward(evaluation.loose, options.reward))
                invalid.append(0)
            } else {
                strict.append(0)
                loose.append(0)
                invalid.append(1)
            }
            rewards.append(options.mode == .loose ? loose.last! : strict.last!)
        }
        var out = JSONOutput(capacity: 64 + outcomes.count * 40)
        out.raw("{\"rewards\": "); out.numbers(rewards)
        out.raw(", \"scores\": "); out.numbers(rewards)
        out.raw(", \"extra_logs\": {\"ifeval_strict\": "); out.numbers(strict)
        out.raw(", \"ifeval_loose\": "); out.numbers(loose)
        out.raw(", \"ifeval_invalid\": "); out.numbers(invalid)
        out.raw("}}\n")
        return out.bytes
    }
}

/// `POST /verify`: the body NeMo Gym's instruction-following resources server takes: one
/// rollout, with `instruction_id_list`, `kwargs` (a `null` object counts as `{}`),
/// `prompt`, and `response`, an OpenAI Responses object whose last output item's first
/// content part holds the text (or the text itself); `grading_mode` is `binary` (the
/// default) or `fraction`. The answer echoes the body and adds `reward`,
/// `follow_all_instructions` and `follow_instruction_list` (strict, as NeMo Gym checks).
///
/// Differences, by design: kwargs are filtered as the official code does (every falsy
/// value dropped, where NeMo Gym drops only `null`), an invalid item answers 400 (NeMo
/// Gym counts it as not followed), and an empty instruction list is followed (Python's
/// `all([])`, where NeMo Gym says not followed).
enum NeMoGymEndpoint {
    static func decode(_ value: JSONValue) throws(APIError) -> VerifierServer.Decoded {
        guard let members = value.objectMembers else { throw .badRequest("the body must be a JSON object, found \(value.typeName)") }
        var options = VerifyOptions()
        options.mode = .strict
        switch value["grading_mode"]?.stringValue {
        case nil, "binary"?: options.reward = .all
        case "fraction"?: options.reward = .fraction
        case let other?: throw .badRequest("\"grading_mode\" must be \"binary\" or \"fraction\", not \"\(other)\"")
        }
        let text: String
        switch value["response"] {
        case nil, .null?: text = ""
        case let .string(direct)?: text = direct
        case let response?:
            guard response.objectMembers != nil else { throw .badRequest("\"response\" must be a Responses API object or a string, found \(response.typeName)") }
            text = lastOutputText(response) ?? ""
        }
        let item = members.filter { $0.0 != "response" } + [("response", .string(text))]
        let decoded = RequestDecoding.item(.object(item), index: 0)
        let chosen = options
        return (chosen, [decoded], { outcomes in body(outcomes.first ?? .notScored, echoing: members, options: chosen) })
    }

    /// The text of the last output item's first content part.
    static func lastOutputText(_ response: JSONValue) -> String? {
        guard let output = response["output"]?.arrayValue, let last = output.last,
              let content = last["content"]?.arrayValue, let first = content.first else { return nil }
        return first["text"]?.stringValue
    }

    static func body(_ outcome: ItemOutcome, echoing members: [(String, JSONValue)], options: VerifyOptions) -> [UInt8] {
        var verdicts: [InstructionVerdict] = []
        if case let .scored(evaluation, _) = outcome { verdicts = evaluation.strict }
        let added: Set<String> = ["reward", "follow_all_instructions", "follow_instruction_list"]
        var out: [(String, JSONValue)] = members.filter { !added.contains($0.0) }
        out.append(("reward", .number(JSONNumber(text: Rewards.reward(verdicts, options.reward).description))))
        out.append(("follow_all_instructions", .bool(verdicts.allSatisfy(\.followed))))
        out.append(("follow_instruction_list", .array(verdicts.map { .bool($0.followed) })))
        var bytes: [UInt8] = []
        JSONWriter.write(.object(out), into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}

/// Prefix and suffix tests on UTF-8 bytes, which is code point by code point (Swift's
/// `String` comparison would take canonically equivalent texts as equal; Python does not).
enum PythonStringSearch {
    /// The text after `prefix`, or nil when it does not start with it.
    static func after(_ prefix: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        let head = Array(prefix.utf8)
        guard head.count <= bytes.count, bytes[..<head.count].elementsEqual(head) else { return nil }
        return String(decoding: bytes[head.count...], as: UTF8.self)
    }

    static func removingSuffix(_ suffix: String, from text: String) -> String {
        let bytes = Array(text.utf8)
        let tail = Array(suffix.utf8)
        guard tail.count <= bytes.count, bytes[(bytes.count - tail.count)...].elementsEqual(tail) else { return text }
        return String(decoding: bytes[..<(bytes.count - tail.count)], as: UTF8.self)
    }
}
