import Foundation
import Testing

/// `ifeval explain` on a hand-made run: verdicts, reasons, loose variants, truncation.
@Suite struct ExplainCommandTests {
    static let longResponse = "Title line\n" + String(repeating: "word ", count: 400) + "\nP.S. the end"

    static func makeRun(_ runner: CLIRunner) throws {
        try HandMadeRun.write([
            .init(key: 1, ids: ["punctuation:no_comma", "detectable_format:title"], strict: [true, false], loose: [true, true],
                  reasons: ["no commas", "no title wrapped in << >>"],
                  looseVariants: ["response", "without_first_line"], response: "Hi there"),
            .init(key: 2, ids: ["startend:end_checker"], strict: [true], response: longResponse),
            .init(key: 3, ids: ["keywords:existence"], strict: [false], reasons: ["missing keyword \"cat\""]),
        ], model: "hand", to: runner.path("run"))
    }

    @Test func oneKeyShowsVerdictsReasonsAndResponse() throws {
        let runner = try CLIRunner()
        try Self.makeRun(runner)
        let strict = try runner.run(["explain", "run", "--key", "1"])
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stdout.contains("1 of 2 instructions followed: the prompt is NOT followed"))
        #expect(strict.stdout.contains("followed      punctuation:no_comma: no commas"))
        #expect(strict.stdout.contains("NOT followed  detectable_format:title: no title wrapped in << >>"))
        #expect(strict.stdout.contains("Hi there"))
        let loose = try runner.run(["explain", "run", "--key", "1", "--mode", "loose"])
        #expect(loose.stdout.contains("2 of 2 instructions followed: the prompt is followed"))
        #expect(loose.stdout.contains("detectable_format:title: no title wrapped in << >> (passed on the response without its first line)"))
    }

    @Test func longResponsesShowStartAndEndUnlessFull() throws {
        let runner = try CLIRunner()
        try Self.makeRun(runner)
        let short = try runner.run(["explain", "run", "--key", "2"])
        #expect(short.stdout.contains("Title line"))
        #expect(short.stdout.contains("P.S. the end"))
        #expect(short.stdout.contains("characters not shown; --full shows all"))
        let full = try runner.run(["explain", "run", "--key", "2", "--full"])
        #expect(full.stdout.contains(Self.longResponse))
        #expect(!full.stdout.contains("not shown"))
    }

    @Test func failedListsEveryFailedPrompt() throws {
        let runner = try CLIRunner()
        try Self.makeRun(runner)
        let strict = try runner.run(["explain", "run", "--failed"])
        #expect(strict.stdout.contains("2 of 3 prompts not followed in hand (strict)"))
        #expect(strict.stdout.contains("key 1\n  NOT followed  detectable_format:title"))
        #expect(strict.stdout.contains("key 3\n  NOT followed  keywords:existence: missing keyword \"cat\""))
        #expect(!strict.stdout.contains("key 2"))
        let loose = try runner.run(["explain", "run", "--failed", "--mode", "loose"])
        #expect(loose.stdout.contains("1 of 3 prompts not followed in hand (loose)"))
    }

    @Test func unknownKeyAndMissingChoiceAreBadInput() throws {
        let runner = try CLIRunner()
        try Self.makeRun(runner)
        let unknown = try runner.run(["explain", "run", "--key", "42"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no prompt with key 42"))
        let neither = try runner.run(["explain", "run"])
        #expect(neither.status == 2)
        #expect(neither.stderr.contains("--key K"))
    }
}
