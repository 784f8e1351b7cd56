import Foundation

/// Reads a JSON Lines file in chunks, so that memory does not grow with the file: one
/// JSON value per non-blank line. Accepts a UTF-8 byte-order mark at the start and CRLF
/// line ends; reports invalid UTF-8 or JSON with the line number.
public struct JSONLinesReader: Sequence {
    public struct Line {
        public let number: Int
        public let value: JSONValue
        /// Where the line's JSON text is in the file (after a byte-order mark; without
        /// the line end), so that a later pass can read it again.
        public var location: LineLocation = LineLocation(offset: 0, length: 0, line: 0)
    }

    /// A raw line: its bytes (a leading byte-order mark removed), number and location.
    public typealias RawLine = (bytes: [UInt8], number: Int, offset: Int)

    public let path: String
    let chunkSize: Int

    public init(path: String, chunkSize: Int = 1 << 20) {
        self.path = path
        self.chunkSize = chunkSize
    }

    public func makeIterator() -> Iterator { Iterator(path: path, chunkSize: chunkSize) }

    /// Decodes one line: UTF-8, then JSON (the top-level members named `skipped` checked
    /// but not built; see `JSONParser.parse(_:skippingValuesOf:)`).
    public static func parse(_ bytes: [UInt8], line: Int, file: String, skipping skipped: String? = nil) -> Result<Line, InputError> {
        guard bytes.withUnsafeBufferPointer(UTF8Validation.isValid) else {
            return .failure(InputError(file: file, line: line, message: "the line is not valid UTF-8",
                                       hint: "re-encode the file as UTF-8"))
        }
        do {
            let value = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParser.Failure) -> JSONValue in
                if let skipped { return try JSONParser.parse(buffer, skippingValuesOf: skipped) }
                return try JSONParser.parse(buffer)
            }
            return .success(Line(number: line, value: value))
        } catch {
            return .failure(InputError(file: file, line: line, message: "invalid JSON: \(error.description)",
                                       hint: "each line must be one complete JSON object"))
        }
    }

    /// Yields `.success(line)` for each non-blank line, or a `.failure` for a line that
    /// cannot be read (the iteration then continues with the next line, so that callers
    /// can report every bad line at once); a file that cannot be opened yields one failure.
    public struct Iterator: IteratorProtocol {
        let path: String
        let chunkSize: Int
        var handle: FileHandle?
        var buffer: [UInt8] = []
        var bufferStart = 0
        /// The file offset of `buffer[0]`.
        var bufferOffset = 0
        var atEnd = false
        var lineNumber = 0

        init(path: String, chunkSize: Int) {
            self.path = path
            self.chunkSize = chunkSize
        }

        public mutating func next() -> Result<Line, InputError>? {
            do {
                guard let (bytes, number, _) = try nextNonBlankLine() else { return nil }
                return JSONLinesReader.parse(bytes, line: number, file: path)
            } catch {
                return .failure(error)
            }
        }

        /// The next non-blank line's bytes (a leading byte-order mark removed), number and
        /// offset, for callers that parse lines in parallel with `JSONLinesReader.parse`.
        /// Throws once if the file cannot be opened.
        public mutating func nextNonBlankLine() throws(InputError) -> RawLine? {
            if handle == nil && !atEnd {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let opened = FileHandle(forReadingAtPath: path) else {
                    atEnd = true
                    let exists = FileManager.default.fileExists(atPath: path)
                    throw InputError(file: path, message: exists ? "cannot read this file (is it a directory, or unreadable?)" : "no such file",
                                     hint: "check the path")
                }
                handle = opened
            }
            while true {
                guard let (lineBytes, number, lineOffset) = nextRawLine() else { return nil }
                var bytes = lineBytes
                var offset = lineOffset
                if number == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                    bytes.removeFirst(3)
                    offset += 3
                }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { continue }
                return (bytes, number, offset)
            }
        }

        private mutating func nextRawLine() -> RawLine? {
            while true {
                let found = buffer.withUnsafeBufferPointer { b -> Int? in
                    guard bufferStart < b.count, let hit = memchr(b.baseAddress! + bufferStart, 0x0A, b.count - bufferStart) else { return nil }
                    return b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                if let newline = found {
                    let line = Array(buffer[bufferStart..<newline])
                    let offset = bufferOffset + bufferStart
                    bufferStart = newline + 1
                    lineNumber += 1
                    return (line, lineNumber, offset)
                }
                if atEnd {
                    guard bufferStart < buffer.count else { return nil }
                    let line = Array(buffer[bufferStart...])
                    let offset = bufferOffset + bufferStart
                    bufferStart = buffer.count
                    lineNumber += 1
                    return (line, lineNumber, offset)
                }
                let chunk = (try? handle?.read(upToCount: chunkSize)) ?? nil
                if bufferStart > 0 {
                    buffer.removeFirst(bufferStart)
                    bufferOffset += bufferStart
                    bufferStart = 0
                }
                if let chunk, !chunk.isEmpty {
                    buffer.append(contentsOf: chunk)
                } else {
                    atEnd = true
                    try? handle?.close()
                }
            }
        }
    }
}

extension JSONLinesReader {
    /// Reads the file a batch of lines at a time, decodes each batch on `parallelism`
    /// threads, and hands the results to `consume` in file order. The next batch is read
    /// from the file while the current one is decoded; memory stays bounded by two
    /// batches. Throws only when the file cannot be opened; bad lines come to `consume`
    /// as failures.
    public static func decodeInParallel<Decoded: Sendable>(
        path: String, parallelism: Int, batchSize: Int = 1024, skipping skipped: String? = nil,
        decode: @escaping @Sendable (Line) -> Result<Decoded, InputError>,
        consume: (Result<Decoded, InputError>) -> Void
    ) throws(InputError) {
        let source = BatchSource(path: path, batchSize: batchSize)
        var pending = source.fetch()
        while true {
            let batch = try pending.wait().get()
            let finished = batch.count < batchSize
            if !finished { pending = source.fetch() }
            let decoded = ParallelMap.map(batch, parallelism: parallelism, chunkSize: 16) { bytes, number, offset -> Result<Decoded, InputError> in
                switch parse(bytes, line: number, file: path, skipping: skipped) {
                case let .failure(error): return .failure(error)
                case var .success(line):
                    line.location = LineLocation(offset: offset, length: bytes.count, line: number)
                    return decode(line)
                }
            }
            decoded.forEach(consume)
            if finished { return }
        }
    }
}

/// Reads batches of raw lines on its own serial queue, one batch ahead of the decoder.
private final class BatchSource: @unchecked Sendable {
    typealias Batch = [JSONLinesReader.RawLine]

    /// A batch being read; `wait()` blocks until it is there.
    final class Pending: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private var result: Result<Batch, InputError>?

        func fulfil(_ value: Result<Batch, InputError>) {
            result = value
            ready.signal()
        }

        func wait() -> Result<Batch, InputError> {
            ready.wait()
            return result!
        }
    }

    /// Touched only on `queue`.
    private var lines: JSONLinesReader.Iterator
    private let batchSize: Int
    private let queue = DispatchQueue(label: "ifeval.jsonl-reader")

    init(path: String, batchSize: Int) {
        lines = JSONLinesReader(path: path).makeIterator()
        self.batchSize = batchSize
    }

    func fetch() -> Pending {
        let pending = Pending()
        queue.async { [self] in
            var batch: Batch = []
            batch.reserveCapacity(batchSize)
            do throws(InputError) {
                while batch.count < batchSize, let line = try lines.nextNonBlankLine() { batch.append(line) }
                pending.fulfil(.success(batch))
            } catch {
                pending.fulfil(.failure(error))
            }
        }
        return pending
    }
}

/// Where a line's text is in its file.
public struct LineLocation: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public var line: Int

    public init(offset: Int, length: Int, line: Int) {
        self.offset = offset
        self.length = length
        self.line = line
    }
}
