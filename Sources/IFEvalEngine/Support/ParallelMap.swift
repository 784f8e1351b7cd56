import Dispatch
import Foundation

/// Maps over an array on several threads, keeping the input order.
public enum ParallelMap {
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], parallelism: Int, chunkSize: Int = 64,
                                                         _ transform: @Sendable (Element) -> Result) -> [Result] {
        let count = elements.count
        guard parallelism > 1, count > chunkSize else { return elements.map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each range writes its own slots, so no two threads touch the same memory.
            nonisolated(unsafe) let output = buffer.baseAddress!
            // Workers take the next range as they finish one; ranges shrink towards the
            // end, so that uneven response lengths do not leave a core idle while the
            // last one finishes.
            let work = WorkCounter(count: count, largest: chunkSize, parallelism: parallelism)
            DispatchQueue.concurrentPerform(iterations: min(parallelism, (count + chunkSize - 1) / chunkSize)) { _ in
                while let range = work.take() {
                    for index in range {
                        (output + index).initialize(to: transform(elements[index]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Hands out consecutive index ranges to whichever thread asks first: `largest` at a
/// time while there is much left, then smaller (a share of what is left), down to one.
private final class WorkCounter: Sendable {
    private let next = Mutex(0)
    private let count: Int
    private let largest: Int
    private let parallelism: Int

    init(count: Int, largest: Int, parallelism: Int) {
        self.count = count
        self.largest = largest
        self.parallelism = parallelism
    }

    func take() -> Range<Int>? {
        next.withLock { next in
            let remaining = count - next
            guard remaining > 0 else { return nil }
            let size = max(1, min(largest, remaining / (2 * parallelism)))
            next += size
            return (next - size)..<next
        }
    }
}
