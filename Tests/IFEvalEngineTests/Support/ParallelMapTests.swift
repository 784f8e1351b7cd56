import Synchronization
import Testing
@testable import IFEvalEngine

/// `ParallelMap.map` gives `map`'s result, in order, for every size around the range
/// sizes it hands out, and calls the transform once per element.
@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 4])
    func sameAsMapInOrder(parallelism: Int) {
        for chunkSize in [1, 2, 16, 64] {
            for count in [0, 1, 2, 15, 16, 17, 63, 64, 65, 200, 1_023, 1_024, 1_025] {
                let elements = (0..<count).map { $0 * 7 + 3 }
                let calls = Atomic<Int>(0)
                let mapped = ParallelMap.map(elements, parallelism: parallelism, chunkSize: chunkSize) { element -> String in
                    calls.add(1, ordering: .relaxed)
                    return "<\(element)>"
                }
                #expect(mapped == elements.map { "<\($0)>" }, "count \(count), chunk \(chunkSize)")
                #expect(calls.load(ordering: .relaxed) == count)
            }
        }
    }
}
