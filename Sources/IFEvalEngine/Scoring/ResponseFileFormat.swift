/// The layouts a response file can have.
public enum ResponseFileFormat: String, Sendable, CaseIterable {
    /// Decide from the first line.
    case auto
    /// `{"prompt": ..., "response": ...}` or `{"key": ..., "response": ...}` lines, scored
    /// against a prompt set (the official pair).
    case responses
    /// lm-eval's logged samples (its `log_samples` option) for the `ifeval` task (`samples_ifeval_*.jsonl`):
    /// each line has `doc` (the prompt set fields) and `filtered_resps` / `resps`.
    case samples

    /// Looks at the first non-blank line of a file.
    public static func detect(path: String) -> ResponseFileFormat {
        // A pipe can be read only once: looking at its first line would lose it.
        guard LineFetcher.isRegularFile(path) else { return .responses }
        // Small chunks: only the first line is needed (the buffer grows for a longer one).
        for result in JSONLinesReader(path: path, chunkSize: 64 << 10) {
            guard case let .success(line) = result else { return .responses }
            if line.value["doc"] != nil && (line.value["filtered_resps"] != nil || line.value["resps"] != nil) {
                return .samples
            }
            return .responses
        }
        return .responses
    }
}

/// One line of an lm-eval samples file.
public struct SampleRecord: Sendable {
    public var prompt: PromptRecord
    /// The output lm-eval scores: `filtered_resps[0]` (`resps[0][0]` when there is no
    /// filtered one).
    public var response: String? { responses.first ?? nil }
    /// Every output of the line's request, in order: one, unless lm-eval ran with
    /// `--repeats` (see `decode`'s `allSamples`).
    public var responses: [String?]
    public var line: Int

    /// Reads a line. lm-eval logs `resps` as one list per request holding the request's
    /// outputs (several with `--repeats`), and `filtered_resps` as one entry per request:
    /// the output its filter kept (the default `take_first` keeps the first) or, for a
    /// filter that keeps several, a list. One response is read (`filtered_resps[0]`, as
    /// lm-eval scores), or with `allSamples` every output: the filtered list when the
    /// filter kept a list, else all of `resps[0]` when it holds more than one output.
    public static func decode(_ value: JSONValue, file: String, line: Int, allSamples: Bool = false) throws(InputError) -> SampleRecord {
        guard let doc = value["doc"] else {
            throw InputError(file: file, line: line, message: "missing \"doc\" (this does not look like an lm-eval samples line)",
                             hint: "read a {\"prompt\", \"response\"} file as ResponseFileFormat.responses", kind: .notASamplesLine)
        }
        let prompt = try PromptSetReader.record(from: doc, file: file, line: line)
        var response: String?
        if let filtered = value["filtered_resps"]?.arrayValue, let first = filtered.first {
            response = first.stringValue ?? first.arrayValue?.first?.stringValue
            if response == nil && !first.isNull && first.arrayValue == nil {
                throw InputError(file: file, line: line, message: "\"filtered_resps\" must hold strings, found \(first.typeName)")
            }
            if allSamples, let kept = first.arrayValue, kept.count > 1 {
                return SampleRecord(prompt: prompt, responses: try strings(kept, "filtered_resps", file: file, line: line), line: line)
            }
        } else if let resps = value["resps"]?.arrayValue, let first = resps.first {
            response = first.arrayValue?.first?.stringValue ?? first.stringValue
        }
        if allSamples, let outputs = value["resps"]?.arrayValue?.first?.arrayValue, outputs.count > 1 {
            return SampleRecord(prompt: prompt, responses: try strings(outputs, "resps", file: file, line: line), line: line)
        }
        return SampleRecord(prompt: prompt, responses: [response], line: line)
    }

    private static func strings(_ values: [JSONValue], _ field: String, file: String, line: Int) throws(InputError) -> [String?] {
        var texts: [String?] = []
        for value in values {
            guard value.isNull || value.stringValue != nil else {
                throw InputError(file: file, line: line, message: "\"\(field)\" must hold strings, found \(value.typeName)")
            }
            texts.append(value.stringValue)
        }
        return texts
    }
}
