import Dispatch
import Foundation

/// Maps over an array on several threads, keeping the input order.
public enum ParallelMap {
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], parallelism: Int, chunkSize: Int = 64,
                                                         _ transform: @Sendable (Element) -> Result) -> [Result] {
        let count = elements.count
        guard parallelism > 1, count > chunkSize else { return elements.map(transform) }
        let chunks = (count + chunkSize - 1) / chunkSize
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk writes its own slots, so no two threads touch the same memory.
            nonisolated(unsafe) let output = buffer.baseAddress!
            // Workers take the next chunk as they finish one, so that uneven response
            // lengths do not leave a core idle at the end.
            let next = ChunkCounter()
            DispatchQueue.concurrentPerform(iterations: min(parallelism, chunks)) { _ in
                while let chunk = next.take(below: chunks) {
                    let start = chunk * chunkSize
                    for index in start..<min(start + chunkSize, count) {
                        (output + index).initialize(to: transform(elements[index]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Hands out chunk numbers 0, 1, 2, ... to whichever thread asks first.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
