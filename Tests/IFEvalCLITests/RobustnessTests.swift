import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile surroundings: output targets, standard streams, signals, forged or mixed run
/// folders, and text that lands in other formats.
@Suite struct RobustnessTests {
    static let prompts = [
        #"{"key": 1, "prompt": "Say hi without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}"#,
        #"{"key": 2, "prompt": "Answer in lower case.", "instruction_id_list": ["change_case:english_lowercase"], "kwargs": [{}]}"#,
    ].joined(separator: "\n") + "\n"

    static var isRoot: Bool { geteuid() == 0 }

    /// A runner with a scored run in `name` (responses: `first` to prompt 1, `second` to 2).
    static func scored(_ runner: CLIRunner, _ name: String, first: String = "hi there", second: String = "ok") throws {
        try runner.write("prompts.jsonl", prompts)
        try runner.write(name + ".jsonl", #"{"key": 1, "response": "\#(first)"}"# + "\n" + #"{"key": 2, "response": "\#(second)"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", name + ".jsonl", "--output-dir", name, "--report", "none"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode & S_IFMT
    }

    static func hiddenFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
    }

    // MARK: 1. Output targets

    @Test func reportToADeviceNodeLeavesItADevice() throws {
        guard Self.isRoot else {
            print("skipped: mknod needs root")
            return
        }
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        #expect(mknod(runner.path("null"), S_IFCHR | 0o666, linuxDevice(1, 3)) == 0)
        let output = try runner.run(["report", "run", "--output", "null"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.kind(runner.path("null")) == S_IFCHR, "before: /dev/null turned into a regular file")
    }

    @Test func dashIsStandardOutput() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        let output = try runner.run(["report", "run", "--format", "csv", "--output", "-"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("model,level,name"))
        #expect(!runner.exists("-"), "before: a file named - was written")
        let gate = try runner.run(["gate", "--baseline", "run", "--candidate", "run", "--junit", "-"])
        #expect(gate.status == 0)
        #expect(gate.stdout.contains("<testsuites"))
    }

    @Test func scoreIntoASymlinkedFolderFileKeepsTheLinks() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        try FileManager.default.createDirectory(atPath: runner.path("store"), withIntermediateDirectories: true)
        #expect(symlink("../store/summary.json", runner.path("run/summary.json.link")) == 0)
        try FileManager.default.removeItem(atPath: runner.path("run/summary.json"))
        try FileManager.default.moveItem(atPath: runner.path("run/summary.json.link"), toPath: runner.path("run/summary.json"))
        try Self.scored(runner, "run")
        #expect(Self.kind(runner.path("run/summary.json")) == S_IFLNK)
        #expect(try runner.read("store/summary.json").contains("\"prompts\": 2"))
        #expect(try runner.run(["report", "run"]).status == 0)
    }

    // MARK: 4. Standard streams

    @Test func fullStandardOutputExits3WithAMessage() throws {
        guard Self.isRoot else {
            print("skipped: mknod needs root")
            return
        }
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        #expect(mknod(runner.path("full"), S_IFCHR | 0o666, linuxDevice(1, 7)) == 0)
        let output = try runner.run(["report", "run"], stdout: runner.path("full"))
        #expect(output.status == 3, "before: exit 0 with nothing written")
        #expect(output.stderr.contains("cannot write to standard output"))
    }

    @Test func fullStandardErrorIsNotACrash() throws {
        guard Self.isRoot else {
            print("skipped: mknod needs root")
            return
        }
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        // A response to prompt 1 only: a warning goes to stderr.
        try runner.write("r.jsonl", #"{"key": 1, "response": "hi"}"# + "\n")
        #expect(mknod(runner.path("full"), S_IFCHR | 0o666, linuxDevice(1, 7)) == 0)
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", "out"],
                                    stderr: runner.path("full"))
        #expect(output.status == 3, "before: SIGILL (status 132) in FileHandle.standardError.write")
        #expect(Self.hiddenFiles(runner.path("out")).isEmpty, "before: temporary files were left")
        #expect(runner.exists("out/summary.json"))
    }

    // MARK: 2 and 5. Run folders checked by their readers

    @Test func aMixedFolderIsAnInputError() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "a", first: "hi there", second: "ok")
        try Self.scored(runner, "b", first: "hi, there", second: "OK")
        // What a failure between the renames left: b's result files beside a's summary.
        for name in ["eval_results_strict.jsonl", "eval_results_loose.jsonl"] {
            try FileManager.default.removeItem(atPath: runner.path("a/" + name))
            try FileManager.default.copyItem(atPath: runner.path("b/" + name), toPath: runner.path("a/" + name))
        }
        for command in [["leaderboard", "a"], ["report", "a"], ["explain", "a", "--failed"], ["gate", "--baseline", "b", "--candidate", "a"], ["compare", "a", "b"]] {
            let output = try runner.run(command)
            #expect(output.status == 2, "\(command): before, the old summary was trusted")
            #expect(output.stderr.contains("does not belong to the run manifest.json describes"), "\(output.stderr)")
        }
        // Without the manifest (a folder of an older version), the counts disagree.
        try FileManager.default.removeItem(atPath: runner.path("a/manifest.json"))
        let output = try runner.run(["leaderboard", "a"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("counts.prompts_strict_followed is"), "\(output.stderr)")
    }

    @Test func summaryCountsAreChecked() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        try FileManager.default.removeItem(atPath: runner.path("run/manifest.json"))
        let original = try runner.read("run/summary.json")
        try runner.write("run/summary.json", original.replacingOccurrences(of: "\"prompts\": 2", with: "\"prompts\": -5"))
        var output = try runner.run(["report", "run"])
        #expect(output.status == 2, "before: an accuracy of -40%")
        #expect(output.stderr.contains("counts.prompts is -5, below 0"), "\(output.stderr)")
        let edited = original.replacingOccurrences(of: #""prompt_level_strict_acc": [0-9.]+"#, with: "\"prompt_level_strict_acc\": 0.125",
                                                   options: .regularExpression)
        #expect(edited != original)
        try runner.write("run/summary.json", edited)
        output = try runner.run(["report", "run/summary.json"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("prompt_level_strict_acc is 0.125, but the counts give"), "\(output.stderr)")
    }

    @Test func flippedResultFilesContradictTheSummary() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        try FileManager.default.removeItem(atPath: runner.path("run/manifest.json"))
        for name in ["eval_results_strict.jsonl", "eval_results_loose.jsonl"] {
            let text = try runner.read("run/" + name)
            try runner.write("run/" + name, text.replacingOccurrences(of: "true", with: "false"))
        }
        let output = try runner.run(["leaderboard", "run"])
        #expect(output.status == 2, "before: the summary's 100.00 with an interval of 0.0-0.0")
        #expect(output.stderr.contains("counts.prompts_strict_followed is 1, but eval_results_strict.jsonl and eval_results_loose.jsonl give 0"), "\(output.stderr)")
    }

    @Test func aRunWithNothingScoredIsAnErrorUnlessAllowed() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("r.jsonl", #"{"key": 99, "response": "hi"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", "out"])
        #expect(output.status == 2, "before: exit 0 and an empty run")
        #expect(output.stderr.contains("no prompt was scored"))
        #expect(!runner.exists("out"))
        let allowed = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", "out", "--allow-empty"])
        #expect(allowed.status == 0)
    }

    @Test func summaryJSONInTheCurrentFolderFindsItsResultFiles() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("r.jsonl", #"{"key": 1, "response": "hi, there"}"# + "\n" + #"{"key": 2, "response": "ok"}"# + "\n")
        #expect(try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--output-dir", ".", "--report", "none"]).status == 0)
        // Given as "summary.json", the run's folder is ".", not "/" (before: no per-prompt results).
        let output = try runner.run(["explain", "summary.json", "--failed"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("key 1"))
    }

    @Test func emptyOutputDirIsBadUsage() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("r.jsonl", #"{"key": 1, "response": "hi"}"# + "\n")
        let output = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--missing", "skip", "--output-dir", ""])
        #expect(output.status == 2, "before: exit 3")
    }

    @Test func runsOnDifferentPromptSetsAreFlagged() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "a")
        // The same keys and instructions, another prompt text for key 1.
        try runner.write("prompts.jsonl", Self.prompts.replacingOccurrences(of: "Say hi without commas.", with: "Say hello without commas."))
        try runner.write("b.jsonl", #"{"key": 1, "response": "hi"}"# + "\n" + #"{"key": 2, "response": "ok"}"# + "\n")
        let scored = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "b.jsonl", "--output-dir", "b", "--report", "none"])
        #expect(scored.status == 0)
        let leaderboard = try runner.run(["leaderboard", "a", "b"])
        #expect(leaderboard.status == 0)
        #expect(leaderboard.stderr.contains("warning: a and b were scored on different prompt sets: 1 of the 2 keys they share"), "\(leaderboard.stderr)")
        for command in [["compare", "a", "b"], ["gate", "--baseline", "a", "--candidate", "b"]] {
            let refused = try runner.run(command)
            #expect(refused.status == 2, "\(command): before, compared as if the prompts were the same")
            #expect(refused.stderr.contains("--allow-different-prompts"))
            let forced = try runner.run(command + ["--allow-different-prompts"])
            #expect(forced.status != 2, "\(forced.stderr)")
        }
    }

    // MARK: 3. Signals

    /// Starts `score` reading its responses from a FIFO that stays open, waits until its
    /// temporary result files exist, and sends `signal`.
    func interruptedScore(_ runner: CLIRunner, outputDir: String, signal: Int32) throws -> Int32 {
        try runner.write("prompts.jsonl", Self.prompts)
        #expect(mkfifo(runner.path("responses.fifo"), 0o600) == 0)
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["score", "--input-data", "prompts.jsonl", "--responses", "responses.fifo", "--output-dir", outputDir]
        process.currentDirectoryURL = runner.directory
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let writer = open(runner.path("responses.fifo"), O_WRONLY)
        defer { close(writer) }
        let line = Array((#"{"key": 1, "response": "hi"}"# + "\n").utf8)
        _ = line.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
        // Polled without a time limit on the outcome: the files appear once the writer exists.
        for _ in 0..<3000 where Self.hiddenFiles(runner.path(outputDir)).count < 2 { usleep(10_000) }
        #expect(Self.hiddenFiles(runner.path(outputDir)).count == 2, "the run's temporary files exist")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func sigintRemovesTheFolderTheRunMade() throws {
        let runner = try CLIRunner()
        let status = try interruptedScore(runner, outputDir: "fresh/run", signal: SIGINT)
        #expect(status == 130)
        #expect(!runner.exists("fresh"), "before: the new folder and its hidden temporary files stayed")
    }

    @Test func sigtermKeepsThePreviousResults() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run")
        let before = try ["summary.json", "eval_results_strict.jsonl", "eval_results_loose.jsonl", "manifest.json"].map { try runner.read("run/" + $0) }
        let status = try interruptedScore(runner, outputDir: "run", signal: SIGTERM)
        #expect(status == 143)
        let after = try ["summary.json", "eval_results_strict.jsonl", "eval_results_loose.jsonl", "manifest.json"].map { try runner.read("run/" + $0) }
        #expect(before == after)
        #expect(Self.hiddenFiles(runner.path("run")).isEmpty)
    }

    // MARK: 6. Text in other formats

    @Test func modelNamesAreNeutralisedInCSVAndMarkdown() throws {
        let runner = try CLIRunner()
        try runner.write("prompts.jsonl", Self.prompts)
        try runner.write("r.jsonl", #"{"key": 1, "response": "hi"}"# + "\n" + #"{"key": 2, "response": "ok"}"# + "\n")
        let score = try runner.run(["score", "--input-data", "prompts.jsonl", "--responses", "r.jsonl", "--output-dir", "run",
                                    "--model", "=HYPERLINK(\"http://x\")<b>\r", "--report", "none"])
        #expect(score.status == 0)
        let csv = try runner.run(["leaderboard", "run", "--format", "csv"])
        #expect(csv.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")<b>\r\""), "\(csv.stdout)")
        let reportCSV = try runner.run(["report", "run", "--format", "csv"])
        #expect(reportCSV.stdout.split(separator: "\n")[1].hasPrefix("\"'=HYPERLINK"))
        let markdown = try runner.run(["leaderboard", "run"])
        #expect(markdown.stdout.contains("=HYPERLINK(\"http://x\")&lt;b&gt; "))
        #expect(!markdown.stdout.contains("\r"))
    }

    @Test func explainShowsControlCharactersEscaped() throws {
        let runner = try CLIRunner()
        try Self.scored(runner, "run", first: #"hi \u001b[2J\u001b]0;pwned\u0007 there"#)
        let output = try runner.run(["explain", "run", "--key", "1"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("hi \\u001B[2J\\u001B]0;pwned\\u0007 there"))
        #expect(!output.stdout.contains("\u{1B}"), "before: sent to the terminal raw")
    }
}

/// Linux's makedev for small numbers (a C macro, not imported): /dev/null is (1, 3),
/// /dev/full (1, 7).
func linuxDevice(_ major: UInt32, _ minor: UInt32) -> dev_t { dev_t((major << 8) | minor) }
