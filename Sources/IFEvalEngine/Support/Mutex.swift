import Foundation

/// A value guarded by a lock: the one way the engine shares mutable state between threads
/// (`Synchronization.Mutex` needs macOS 15; the package supports macOS 13). The state is
/// reached only inside `withLock`, so no access can forget the lock. Public for the server
/// module, which shares state between requests the same way.
public final class Mutex<State>: @unchecked Sendable {
    private let lock = NSLock()
    private var state: State

    public init(_ state: State) { self.state = state }

    @inline(__always)
    public func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
