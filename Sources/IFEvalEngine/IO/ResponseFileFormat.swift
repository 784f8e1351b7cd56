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
    public var response: String?
    public var line: Int

    public static func decode(_ value: JSONValue, file: String, line: Int) throws(InputError) -> SampleRecord {
        guard let doc = value["doc"] else {
            throw InputError(file: file, line: line, message: "missing \"doc\" (this does not look like an lm-eval samples line)",
                             hint: "read a {\"prompt\", \"response\"} file as ResponseFileFormat.responses", kind: .notASamplesLine)
        }
        let prompt = try PromptSetReader.record(from: doc, file: file, line: line)
        // lm-eval scores `filtered_resps[0]` (the filtered output of the one request);
        // `resps[0][0]` is the raw output, used when there is no filtered one.
        var response: String?
        if let filtered = value["filtered_resps"]?.arrayValue, let first = filtered.first {
            response = first.stringValue ?? first.arrayValue?.first?.stringValue
            if response == nil && !first.isNull && first.arrayValue == nil {
                throw InputError(file: file, line: line, message: "\"filtered_resps\" must hold strings, found \(first.typeName)")
            }
        } else if let resps = value["resps"]?.arrayValue, let first = resps.first {
            response = first.arrayValue?.first?.stringValue ?? first.stringValue
        }
        return SampleRecord(prompt: prompt, response: response, line: line)
    }
}
