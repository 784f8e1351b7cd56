import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a partial one: the content goes to a
/// temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw WriteError(path: path, reason: "could not create a file in \(directory) (does the folder exist, and is it writable?)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Writes a large file in pieces: bytes go to a temporary file beside the target,
    /// which `commit()` renames over it; a writer dropped without `commit()` removes it.
    public final class Writer {
        let path: String
        let temporary: String
        let handle: FileHandle
        var buffer: [UInt8] = []
        var committed = false

        public init(path: String) throws(WriteError) {
            let url = URL(fileURLWithPath: path)
            let directory = url.deletingLastPathComponent().path
            self.path = path
            temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: nil),
                  let handle = FileHandle(forWritingAtPath: temporary) else {
                throw WriteError(path: path, reason: "could not create a file in \(directory) (does the folder exist, and is it writable?)")
            }
            self.handle = handle
            buffer.reserveCapacity(1 << 20)
        }

        public func append(_ bytes: [UInt8]) throws(WriteError) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 20 { try flush() }
        }

        func flush() throws(WriteError) {
            // Straight to the descriptor: no intermediate `Data` copy.
            let descriptor = handle.fileDescriptor
            let failure: Int32? = buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
            if let failure { throw WriteError(path: path, reason: String(cString: strerror(failure))) }
            buffer.removeAll(keepingCapacity: true)
        }

        public func commit() throws(WriteError) {
            try flush()
            try? handle.close()
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
            committed = true
        }

        /// Removes the temporary file (also done when a writer is dropped uncommitted).
        public func discard() {
            guard !committed else { return }
            committed = true
            try? handle.close()
            unlink(temporary)
        }

        deinit { discard() }
    }

    /// Creates `path` and its parents if needed.
    public static func ensureDirectory(_ path: String) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "could not create the folder (\(error.localizedDescription))")
        }
    }
}

/// POSIX `write(2)` (the name is taken inside `AtomicFile`).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
