/// The one read path of a scoring run: reads the prompt set (on another thread) and the
/// response file side by side, decides once how the responses are read (in memory, twice
/// for a large file, once from a pipe, or as an lm-eval samples file; see
/// `ResponseFileReading.Strategy`), and matches them with one loop, ready to score.
///
///     let matched = try ScoringInputs.match(prompts: .builtIn, responses: path, run: run)
///     let report = try matched.responses.score { results in ... }
public enum ScoringInputs {
    /// Where the prompts come from.
    public enum Prompts: Sendable {
        /// A prompt set file (JSONL with key, prompt, instruction_id_list, kwargs).
        case file(String)
        /// The built-in prompt set.
        case builtIn
        /// The lm-eval samples file being scored carries them.
        case inResponses
    }

    /// The prompts of a run with the prompt set `inputData` (nil: none given): the
    /// built-in set, unless the responses are an lm-eval samples file.
    public static func prompts(inputData: String?, responsesFormat: ResponseFileFormat) -> Prompts {
        if let inputData { return .file(inputData) }
        return responsesFormat == .samples ? .inResponses : .builtIn
    }

    /// A prompt set and a response file, matched.
    public struct Matched: Sendable {
        public let responses: MatchedResponses
        /// The suite of the prompt set read (nil for an lm-eval samples file: see
        /// `MatchingReport.samplesSuite`).
        public let suite: Suite?
        /// Prompts and their index, kept for the caller to release (or leave to the
        /// process exit: releasing a large prompt set object by object is serial work).
        public let promptSet: [PreparedPrompt]?
        public let index: PromptIndex?
    }

    /// Reads `prompts` and the response file at `responses` side by side and matches
    /// them (`read`, then `Reading.match`).
    public static func match(prompts source: Prompts, responses path: String, format: ResponseFileFormat = .auto,
                             run: ScoringRun) throws(ScoringError) -> Matched {
        try read(prompts: source, responses: path, format: format, run: run).match()
    }

    /// Starts reading `prompts` (on another thread) and the response file at `responses`:
    /// a small regular file is parsed now, on all cores; other input is only looked at,
    /// and read by `match`.
    public static func read(prompts source: Prompts, responses path: String, format: ResponseFileFormat = .auto,
                            run: ScoringRun) -> Reading {
        let resolved = format == .auto ? ResponseFileFormat.detect(path: path) : format
        let suites = run.suites
        let promptLoading = BackgroundWork { () -> Result<Loaded?, ScoringError> in
            switch source {
            case .inResponses: return .success(nil)
            case let .file(file):
                do throws(InputErrors) {
                    let set = try PromptSetReader.readPromptSet(path: file, suites: suites)
                    return .success(Loaded(prompts: set.prompts, index: PromptIndex(set.prompts), suite: set.suite))
                } catch {
                    return .failure(.promptSet(error))
                }
            case .builtIn:
                do throws(InputErrors) {
                    let prompts = try BuiltInPromptSet.prepared()
                    return .success(Loaded(prompts: prompts, index: PromptIndex(prompts), suite: BuiltInPromptSet.suite))
                } catch {
                    return .failure(.builtInPromptSet(error))
                }
            }
        }
        let responses = Result { () throws(ScoringError) -> ResponseFileReading in
            try run.readResponses(path: path, format: resolved)
        }
        return Reading(source: source, path: path, run: run, promptLoading: promptLoading, responses: responses)
    }

    struct Loaded: Sendable {
        var prompts: [PreparedPrompt]
        var index: PromptIndex
        var suite: Suite
    }

    /// A prompt set and a response file being read side by side.
    public struct Reading: Sendable {
        let source: Prompts
        let path: String
        let run: ScoringRun
        let promptLoading: BackgroundWork<Result<Loaded?, ScoringError>>
        let responses: Result<ResponseFileReading, ScoringError>

        /// Waits for the prompt set: its problems are reported before any of the response
        /// file. Returns how many prompts it has (nil: the responses carry them).
        public func promptCount() throws(ScoringError) -> Int? {
            try promptLoading.value().get()?.prompts.count
        }

        /// Matches the responses to the prompts (reading a large file, a pipe or a samples
        /// file now). Scored against the built-in set, a file none of whose lines matches
        /// is an error.
        public func match() throws(ScoringError) -> Matched {
            let loaded = try promptLoading.value().get()
            let matched = try run.match(prompts: loaded?.prompts, index: loaded?.index, responses: responses.get())
            if case .builtIn = source, matched.plan.sources.allSatisfy({ $0 == nil }) {
                throw .noResponseMatchesBuiltInSet(file: path)
            }
            return Matched(responses: matched, suite: loaded?.suite, promptSet: loaded?.prompts, index: loaded?.index)
        }
    }
}
