import Dispatch

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
            // `parallelism` workers take every parallelism-th chunk, so that uneven response
            // lengths spread evenly.
            let workers = min(parallelism, chunks)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for chunk in stride(from: worker, to: chunks, by: workers) {
                    let start = chunk * chunkSize
                    let end = min(start + chunkSize, count)
                    for index in start..<end {
                        (output + index).initialize(to: transform(elements[index]))
                    }
                }
            }
            initialized = count
        }
    }
}
