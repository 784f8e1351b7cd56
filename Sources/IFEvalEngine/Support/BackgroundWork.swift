import Dispatch

/// Work started on another thread (a global queue, or the given one: a serial queue keeps
/// work that touches the same state in order); `value()` waits for its result. For one
/// caller: the thread that started it, or one it hands the work to.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the work before `done` is signalled, read after waiting for it.
    private var result: Value?

    public init(on queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> Value) {
        queue.async {
            self.result = work()
            self.done.signal()
        }
    }

    public func value() -> Value {
        done.wait()
        done.signal()  // so that a second call does not wait forever
        return result!
    }
}
