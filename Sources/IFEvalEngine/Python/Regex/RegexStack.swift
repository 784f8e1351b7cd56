/// A growable stack of plain values on raw memory, for the matcher's choice, frame and
/// undo stacks: a push or pop is a bounds check and a store, without the uniqueness
/// check and generic paths that `Array` pays on every mutation (about a fifth of the
/// matcher's time on catastrophic patterns).
final class RegexStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 32) {
        self.capacity = capacity
        base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inline(__always)
    var last: Element? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    @discardableResult
    func removeLast() -> Element {
        precondition(count > 0)
        count -= 1
        return (base + count).move()
    }

    @inline(__always)
    func popLast() -> Element? {
        count > 0 ? removeLast() : nil
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count)
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count)
            base[index] = newValue
        }
    }

    /// Drops the elements from `newCount` on.
    @inline(__always)
    func truncate(to newCount: Int) {
        if newCount < count {
            (base + newCount).deinitialize(count: count - newCount)
            count = newCount
        }
    }

    func removeAll() { truncate(to: 0) }
}
