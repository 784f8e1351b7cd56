/// The backtracking matcher. It explores alternatives in the same order as CPython's
/// `sre`, so the first match found, and its groups, are the ones Python reports.
///
/// Guards: a step budget per search (an error rather than a hang), and, for programs
/// without general repeats, a memo of (instruction, position) pairs already known to fail,
/// switched on once a search gets expensive, which makes such programs linear.
/// Whether a program has capture groups, as a type (see `RegexMatcher.run`): sre
/// restores the marks on failure (MARK_PUSH / MARK_POP) only inside a repeat context,
/// and without groups there is nothing to restore.
private protocol GroupMode { static var present: Bool { get } }
private enum WithGroups: GroupMode { static var present: Bool { true } }
private enum WithoutGroups: GroupMode { static var present: Bool { false } }

struct RegexMatcher {
    let program: RegexProgram
    let text: UnsafeBufferPointer<Unicode.Scalar>
    /// Steps left before the search gives up.
    var budget: Int
    /// Whether the program has capture groups (else no marks are ever restored) and
    /// possessive general repeats (which open no repeat context).
    private let hasGroups: Bool
    private let hasPossessiveRepeats: Bool

    private var slots: [Int]
    /// sre's `lastmark`: the highest capture slot (counted from group 1's start, as
    /// sre's marks) set on the current path; groups beyond it are unset.
    private var lastMark = -1
    private let undo = RegexStack<(slot: Int, old: Int)>()
    private let choices = RegexStack<Choice>()
    /// Frames made after a choice was pushed are unreachable once it is resumed, so
    /// resuming it drops them: the stack stays as deep as the live repeats, not as long
    /// as the search (on catastrophic patterns, hundreds of MB).
    private let frames = RegexStack<Frame>()
    private var memo: [UInt64] = []
    private var memoIndex: [Int] = []
    private var memoActive = false
    private var stepsUntilMemo: Int
    /// Per unbounded repeatOne instruction: the run [start, end] of its latest entry in
    /// this search. Entering again inside that run can only retry continuations that
    /// already failed (no loops can re-enter it on the same path), so it fails at once.
    private var runStart: [Int]
    private var runEnd: [Int]
    /// Per required scalar test: the last position of the text passing it (-1: none),
    /// found at the first search.
    private var lastRequired: [Int]? = nil

    private struct Choice {
        enum Kind: UInt8 { case branch, alternative, greedyOne, lazyOne, moreBody, barrier, lookahead, negativeLookahead, restore }
        var kind: Kind
        var pc: Int
        var pos: Int
        var count: Int
        var rep: Int
        var undo: Int
        /// sre's `lastmark` when the choice was made.
        var lastMark: Int = -1
        /// Whether resuming here restores the capture positions too (sre's MARK_PUSH /
        /// MARK_POP, done only in some places), or only `lastMark`. A restoring choice
        /// whose alternatives are used up becomes a `.restore` choice: sre restores the
        /// marks after its last alternative fails as well, before failing further.
        var restores: Bool = true
        /// How many frames there were when the choice was made.
        var frameCount: Int = 0
    }

    @inline(__always)
    private func push(_ choice: Choice) {
        var choice = choice
        choice.frameCount = frames.count
        choices.append(choice)
    }

    /// One live general repeat (CPython's SRE_REPEAT), immutable once stored.
    private struct Frame {
        var start: Int
        var count: Int
        var lastPos: Int
        var prev: Int
    }

    init(program: RegexProgram, text: UnsafeBufferPointer<Unicode.Scalar>, budget: Int) {
        self.program = program
        self.text = text
        self.budget = budget
        self.hasGroups = program.groupCount > 0
        self.hasPossessiveRepeats = !program.possessiveRepeats.isEmpty
        self.slots = Array(repeating: -1, count: 2 * (program.groupCount + 1))
        self.stepsUntilMemo = program.hasGeneralRepeat ? Int.max : 8 * (text.count + 1) + 1000
        self.runStart = program.hasGeneralRepeat ? [] : Array(repeating: Int.max, count: program.instructions.count)
        self.runEnd = self.runStart
    }

    /// `re.search` from `from`; returns the capture slots (slot 0 and 1 are the match).
    /// With `mustAdvance`, an empty match at `from` is refused (finditer after an empty match).
    mutating func search(from: Int, mustAdvance: Bool) throws -> [Int]? {
        let n = text.count
        guard from <= n, n - from >= program.minimumLength else { return nil }
        // Failure memos are only valid within one search.
        memoActive = false
        stepsUntilMemo = program.hasGeneralRepeat ? Int.max : 8 * (n + 1) + 1000
        for i in runStart.indices { runStart[i] = Int.max }
        if let literal = program.literalMatchers {
            return searchLiteral(literal, from: from)
        }
        let anchoredAtStart: Bool
        switch program.instructions.first {
        case .assert(.beginning)?, .assert(.beginningOfString)?: anchoredAtStart = true
        default: anchoredAtStart = false
        }
        let atLineStarts: Bool
        if case .assert(.beginningOfLine)? = program.instructions.first { atLineStarts = true } else { atLineStarts = false }
        // Every match holds a scalar passing each required test: none can start after
        // the last such scalar (sre's check of required literals, so that a pattern
        // needing a character the text lacks fails at once).
        // sre's general search loop stops one short of the minimum (`end -= min - 1`).
        var lastStart = program.minimumAtEachStart ? n - program.minimumLength + 1 : n
        if !program.required.isEmpty {
            if lastRequired == nil {
                lastRequired = program.required.map { filter in
                    var i = n - 1
                    while i >= 0 && !filter.matches(text[i].value) { i -= 1 }
                    return i
                }
            }
            lastStart = Swift.min(lastStart, lastRequired!.min()!)
        }
        var start = from
        while start <= lastStart {
            if atLineStarts {
                while start < n && start > 0 && text[start - 1] != "\n" { start += 1 }
                if start == n && start > 0 && text[start - 1] != "\n" { return nil }
            }
            if let first = program.firstChar {
                start = first.firstMatch(in: text, from: start, to: n)
                if start == n || start > lastStart { return nil }
            }
            if let info = program.infoCharset {
                while start < n && !info.matches(text[start].value) { start += 1 }
                if start >= n { return nil }
            }
            if let end = try run(start: start, refuseEmpty: mustAdvance && start == from) as Int? {
                slots[0] = start
                slots[1] = end
                var slot = lastMark + 3
                if slot & 1 == 1 { slot -= 1 }  // a group whose end is not marked is unset
                while slot < slots.count { slots[slot] = -1; slot += 1 }
                return slots
            }
            if anchoredAtStart { return nil }
            start += 1
        }
        return nil
    }

    /// `re.match` at `start`: a match that begins exactly there, or nil.
    mutating func match(at start: Int) throws -> [Int]? {
        guard start <= text.count, text.count - start >= program.minimumLength else { return nil }
        memoActive = false
        stepsUntilMemo = program.hasGeneralRepeat ? Int.max : 8 * (text.count + 1) + 1000
        for i in runStart.indices { runStart[i] = Int.max }
        guard let end = try run(start: start, refuseEmpty: false) as Int? else { return nil }
        slots[0] = start
        slots[1] = end
        return slots
    }

    private func searchLiteral(_ matchers: [RegexCharMatcher], from: Int) -> [Int]? {
        let n = text.count
        let k = matchers.count
        guard n - from >= k else { return nil }
        // A literal's first matcher is the program's first-character filter.
        guard let first = program.firstChar else { return nil }
        var start = from
        while start <= n - k {
            start = first.firstMatch(in: text, from: start, to: n - k + 1)
            if start <= n - k {
                var i = 1
                while i < k && matchers[i].matches(text[start + i].value) { i += 1 }
                if i == k { return [start, start + k] }
            }
            start += 1
        }
        return nil
    }

    // MARK: The machine

    /// One attempt at `start`, specialised on whether the program has groups (without,
    /// no marks are ever restored and the loop carries none of that work).
    private mutating func run(start: Int, refuseEmpty: Bool) throws -> Int? {
        hasGroups ? try run(start: start, refuseEmpty: refuseEmpty, WithGroups.self)
                  : try run(start: start, refuseEmpty: refuseEmpty, WithoutGroups.self)
    }

    private mutating func run<Groups: GroupMode>(start: Int, refuseEmpty: Bool, _: Groups.Type) throws -> Int? {
        for i in slots.indices { slots[i] = -1 }
        lastMark = -1
        undo.removeAll()
        choices.removeAll()
        frames.removeAll()
        let instructions = program.instructions
        let n = text.count
        var pc = 0
        var pos = start
        var rep = -1

        while true {
            budget -= 1
            if budget < 0 {
                throw PythonRegexError(.backtrackingLimit, "pattern needs too much backtracking", position: nil, pattern: "")
            }
            if memoActive || stepsUntilMemo <= 0 {
                if !memoActive { activateMemo() }
                let slot = memoIndex[pc]
                if slot >= 0 {
                    let bit = slot * (n + 1) + pos
                    if memo[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                        guard backtrack(&pc, &pos, &rep) else { return nil }
                        continue
                    }
                    memo[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            } else {
                stepsUntilMemo -= 1
            }

            var ok = true
            switch instructions[pc] {
            case .char(let matcher):
                if pos < n && matcher.matches(text[pos].value) {
                    pos += 1
                    pc += 1
                } else {
                    ok = false
                }
            case .assert(let assertion):
                if holds(assertion, at: pos) { pc += 1 } else { ok = false }
            case .split(let primary, let alternative):
                push(Choice(kind: .alternative, pc: alternative, pos: pos, count: 0, rep: rep, undo: undo.count,
                                      lastMark: lastMark, restores: Groups.present && inRepeat(rep)))
                pc = primary
            case .jump(let target):
                pc = target
            case .save(let slot):
                let mark = slot - 2
                if mark > lastMark {
                    // sre clears the marks it skips over.
                    for j in (lastMark + 1)..<mark where slots[j + 2] != -1 {
                        undo.append((j + 2, slots[j + 2]))
                        slots[j + 2] = -1
                    }
                    lastMark = mark
                }
                undo.append((slot, slots[slot]))
                slots[slot] = pos
                pc += 1
            case .repeatOne(let matcher, let min, let max, let greedy, let possessive):
                // Possessive repeats take the whole run and are not tracked.
                let tracksRun = max == Int.max && !runStart.isEmpty && !possessive
                if tracksRun && pos >= runStart[pc] && pos <= runEnd[pc] {
                    ok = false
                } else if greedy {
                    let limit = Swift.min(max, n - pos)
                    var count = 0
                    if tracksRun && pos < runStart[pc] && runStart[pc] <= n {
                        // Scan up to the previous run; if this run joins it, the
                        // continuations from that run's start + min upwards already
                        // failed: only the new, lower ones are left to try.
                        let previous = runStart[pc]
                        while pos + count < previous && matcher.matches(text[pos + count].value) { count += 1 }
                        if pos + count == previous {
                            // Continuations ending at previous + min ... runEnd were
                            // tried; the run ends at runEnd.
                            runStart[pc] = pos
                            count = Swift.min(previous + min - 1, runEnd[pc]) - pos
                        } else {
                            runStart[pc] = pos
                            runEnd[pc] = pos + count
                        }
                    } else {
                        while count < limit && matcher.matches(text[pos + count].value) { count += 1 }
                        if tracksRun {
                            runStart[pc] = pos
                            runEnd[pc] = pos + count
                        }
                    }
                    budget -= count / 8
                    if count < min {
                        ok = false
                    } else {
                        if !possessive {
                            // sre restores the marks after each failed tail inside a
                            // repeat, the last one (at the minimum count) included.
                            if count > min {
                                push(Choice(kind: .greedyOne, pc: pc, pos: pos, count: count, rep: rep, undo: undo.count,
                                            lastMark: lastMark, restores: Groups.present && inRepeat(rep)))
                            } else if Groups.present {
                                pushRestore(pc: pc, pos: pos, rep: rep, context: rep)
                            }
                        }
                        pos += count
                        pc += 1
                    }
                } else {
                    if tracksRun && memoActive {
                        var end = pos
                        while end < n && matcher.matches(text[end].value) { end += 1 }
                        budget -= (end - pos) / 8
                        runStart[pc] = pos
                        runEnd[pc] = end
                    }
                    var count = 0
                    while count < min && pos + count < n && matcher.matches(text[pos + count].value) { count += 1 }
                    if count < min {
                        ok = false
                    } else {
                        pos += count
                        if count < max {
                            push(Choice(kind: .lazyOne, pc: pc, pos: pos, count: count, rep: rep, undo: undo.count,
                                        lastMark: lastMark, restores: Groups.present && inRepeat(rep)))
                        } else if Groups.present {
                            pushRestore(pc: pc, pos: pos, rep: rep, context: rep)
                        }
                        pc += 1
                    }
                }
            case .atomicStart:
                push(Choice(kind: .barrier, pc: pc, pos: pos, count: 0, rep: rep, undo: undo.count))
                pc += 1
            case .atomicEnd:
                // Drop the alternatives left inside the group, and its barrier.
                while let last = choices.popLast(), last.kind != .barrier {}
                pc += 1
            case .repeatStart(_, _, _, let until):
                frames.append(Frame(start: pc, count: -1, lastPos: -1, prev: rep))
                rep = frames.count - 1
                pc = until
            case .repeatUntil(let startPC):
                guard case .repeatStart(let min, let max, let greedy, _) = instructions[startPC] else {
                    preconditionFailure("repeatUntil must point at its repeatStart")
                }
                let frame = frames[rep]
                let count = frame.count + 1
                if count < min {
                    frames.append(Frame(start: startPC, count: count, lastPos: frame.lastPos, prev: frame.prev))
                    rep = frames.count - 1
                    pc = startPC + 1
                } else if greedy {
                    if count < max && pos != frame.lastPos {
                        // Prefer another iteration; on failure, the tail without this repeat.
                        push(Choice(kind: .branch, pc: pc + 1, pos: pos, count: 0, rep: frame.prev, undo: undo.count,
                                              lastMark: lastMark))
                        frames.append(Frame(start: startPC, count: count, lastPos: pos, prev: frame.prev))
                        rep = frames.count - 1
                        pc = startPC + 1
                    } else {
                        rep = frame.prev
                        pc += 1
                    }
                } else {
                    // sre restores the marks after the tail fails (only inside an outer
                    // repeat), also when no further iteration is allowed.
                    if count < max && pos != frame.lastPos {
                        push(Choice(kind: .moreBody, pc: startPC + 1, pos: pos, count: count, rep: rep, undo: undo.count,
                                    lastMark: lastMark, restores: Groups.present && inRepeat(frame.prev)))
                    } else if Groups.present {
                        pushRestore(pc: pc, pos: pos, rep: rep, context: frame.prev)
                    }
                    rep = frame.prev
                    pc += 1
                }
            case .backreference(let group, let fold):
                let a = slots[2 * group]
                let b = slots[2 * group + 1]
                if 2 * group - 1 > lastMark || a < 0 || b < 0 || b < a || pos + (b - a) > n {
                    ok = false
                } else {
                    var i = 0
                    while i < b - a && fold.apply(text[pos + i].value) == fold.apply(text[a + i].value) { i += 1 }
                    budget -= (b - a) / 8
                    if i == b - a { pos += i; pc += 1 } else { ok = false }
                }
            case .lookStart(let negated, let behind, let end):
                if pos < behind {
                    // Not enough text behind: a lookbehind fails, a negative one holds.
                    if negated { pc = end + 1 } else { ok = false }
                } else {
                    push(Choice(kind: negated ? .negativeLookahead : .lookahead, pc: end + 1, pos: pos, count: 0,
                                          rep: rep, undo: undo.count, lastMark: lastMark, restores: Groups.present && inRepeat(rep)))
                    pos -= behind
                    pc += 1
                }
            case .lookEnd:
                // The body matched: drop its alternatives (a lookaround is atomic).
                var look = choices.removeLast()
                while look.kind != .lookahead && look.kind != .negativeLookahead { look = choices.removeLast() }
                if look.kind == .lookahead {
                    pos = look.pos
                    pc = look.pc
                    rep = look.rep
                } else {
                    ok = false
                }
            case .condition(let group, let no):
                let a = slots[2 * group]
                let b = slots[2 * group + 1]
                pc = 2 * group - 1 <= lastMark && a >= 0 && b >= 0 && b >= a ? pc + 1 : no
            case .match:
                if refuseEmpty && pos == start {
                    ok = false
                } else {
                    return pos
                }
            }
            if !ok {
                guard backtrack(&pc, &pos, &rep) else { return nil }
            }
        }
    }

    /// Resumes the most recent untried alternative; false when none is left.
    private mutating func backtrack(_ pc: inout Int, _ pos: inout Int, _ rep: inout Int) -> Bool {
        while let choice = choices.last {
            budget -= 1
            switch choice.kind {
            case .barrier, .lookahead:
                // Passed over: the choice below decides what is restored.
                choices.removeLast()
                continue
            default:
                break
            }
            lastMark = choice.lastMark
            frames.truncate(to: choice.frameCount)
            if choice.restores {
                while undo.count > choice.undo {
                    let entry = undo.removeLast()
                    slots[entry.slot] = entry.old
                }
            }
            switch choice.kind {
            case .branch, .alternative:
                if choice.kind == .alternative && choice.restores {
                    // The next alternative may be the last: restore after it fails too.
                    retireRestoring()
                } else {
                    choices.removeLast()
                }
                pc = choice.pc
                pos = choice.pos
                rep = choice.rep
                return true
            case .restore:
                choices.removeLast()
                continue
            case .greedyOne:
                guard case .repeatOne(_, let min, _, _, _) = program.instructions[choice.pc] else { preconditionFailure() }
                let count = choice.count - 1
                if count > min {
                    choices[choices.count - 1].count = count
                } else if choice.restores {
                    retireRestoring()
                } else {
                    choices.removeLast()
                }
                pc = choice.pc + 1
                pos = choice.pos + count
                rep = choice.rep
                return true
            case .lazyOne:
                guard case .repeatOne(let matcher, _, let max, _, _) = program.instructions[choice.pc] else { preconditionFailure() }
                guard choice.count < max, choice.pos < text.count, matcher.matches(text[choice.pos].value) else {
                    choices.removeLast()
                    continue
                }
                let count = choice.count + 1
                if count >= max {
                    if choice.restores {
                        retireRestoring()
                    } else {
                        choices.removeLast()
                    }
                } else {
                    choices[choices.count - 1].count = count
                    choices[choices.count - 1].pos = choice.pos + 1
                }
                pc = choice.pc + 1
                pos = choice.pos + 1
                rep = choice.rep
                return true
            case .barrier, .lookahead:
                preconditionFailure("handled above")
            case .negativeLookahead:
                // The body failed: the negative lookaround holds.
                choices.removeLast()
                pc = choice.pc
                pos = choice.pos
                rep = choice.rep
                return true
            case .moreBody:
                choices.removeLast()
                let frame = frames[choice.rep]
                frames.append(Frame(start: frame.start, count: choice.count, lastPos: choice.pos, prev: frame.prev))
                rep = frames.count - 1
                pc = choice.pc
                pos = choice.pos
                return true
            }
        }
        return false
    }

    /// A choice that only restores the marks when backtracked through (sre's
    /// MARK_POP after a level's last attempt failed), if `context` is a repeat context
    /// and the choice below would not restore them anyway.
    @inline(never)
    private mutating func pushRestore(pc: Int, pos: Int, rep: Int, context: Int) {
        if inRepeat(context) && !restoredBelow(choices.count - 1) {
            push(Choice(kind: .restore, pc: pc, pos: pos, count: 0, rep: rep, undo: undo.count, lastMark: lastMark))
        }
    }

    /// The top choice, restoring and with no alternative left, is resumed for the last
    /// time: it stays as a `.restore` choice unless the choice below restores anyway.
    @inline(never)
    private mutating func retireRestoring() {
        if restoredBelow(choices.count - 2) {
            choices.removeLast()
        } else {
            choices[choices.count - 1].kind = .restore
        }
    }

    /// Whether a restore-only choice just above `choices[index]` would change nothing:
    /// when that choice resumes it restores the marks to an older point anyway (or
    /// there is none and the attempt fails). Barriers and lookaheads are passed over
    /// without restoring, so they do not count.
    private func restoredBelow(_ index: Int) -> Bool {
        guard index >= 0 else { return true }
        let below = choices[index]
        return below.restores && below.kind != .barrier && below.kind != .lookahead
    }

    /// Whether sre would be inside a repeat context (`state->repeat`): an enclosing
    /// general repeat that is not possessive.
    @inline(__always)
    private func inRepeat(_ rep: Int) -> Bool {
        rep >= 0 && (!hasPossessiveRepeats || Self.inNonPossessiveRepeat(rep, frames, program.possessiveRepeats))
    }

    /// Static, so that calling it does not copy the matcher.
    @inline(never)
    private static func inNonPossessiveRepeat(_ rep: Int, _ frames: RegexStack<Frame>, _ possessive: Set<Int>) -> Bool {
        var r = rep
        while r >= 0 {
            if !possessive.contains(frames[r].start) { return true }
            r = frames[r].prev
        }
        return false
    }

    private mutating func activateMemo() {
        memoActive = true
        memoIndex = Array(repeating: -1, count: program.instructions.count)
        for (i, pc) in program.joinPoints.enumerated() { memoIndex[pc] = i }
        let bits = program.joinPoints.count * (text.count + 1)
        memo = Array(repeating: 0, count: bits / 64 + 1)
    }

    private func holds(_ assertion: RegexAssertion, at pos: Int) -> Bool {
        let n = text.count
        switch assertion {
        case .beginning, .beginningOfString:
            return pos == 0
        case .beginningOfLine:
            return pos == 0 || text[pos - 1] == "\n"
        case .end:
            return pos == n || (pos == n - 1 && text[pos] == "\n")
        case .endOfLine:
            return pos == n || text[pos] == "\n"
        case .endOfString:
            return pos == n
        case .boundary, .nonBoundary:
            if n == 0 { return false }
            let before = pos > 0 && PythonCharacterClass.isWord(text[pos - 1])
            let after = pos < n && PythonCharacterClass.isWord(text[pos])
            return (before != after) == (assertion == .boundary)
        case .asciiBoundary, .asciiNonBoundary:
            if n == 0 { return false }
            let before = pos > 0 && RegexCategory.isASCIIWord(text[pos - 1].value)
            let after = pos < n && RegexCategory.isASCIIWord(text[pos].value)
            return (before != after) == (assertion == .asciiBoundary)
        }
    }
}
