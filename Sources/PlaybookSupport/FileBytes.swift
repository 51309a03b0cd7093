import Foundation

/// A file's bytes: one buffer, rendered text in pieces written one after the other, or
/// pieces (text, or bytes of a file on disk) made only as they are written.
///
/// Pieces let a file made of large parts (the search index's script wraps its JSON) be
/// written without first copying them into one string and then into one buffer; a stream
/// (the handbook) is never whole in memory at all.
public enum FileBytes: Sendable, Equatable {
    case data(Data)
    case text([String])
    case stream(PieceStream)

    /// The number of bytes, when known before writing (not for a stream).
    public var knownCount: Int? {
        switch self {
        case .data(let data): data.count
        case .text(let pieces): pieces.reduce(0) { $0 + $1.utf8.count }
        case .stream: nil
        }
    }

    /// Calls `body` with each piece's bytes in order. A stream's bytes of a file are read
    /// into one buffer, reused, `Part.chunkSize` at a time.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var buffer: UnsafeMutableRawBufferPointer?
        defer { buffer?.deallocate() }
        try forEachPart { part in
            switch part {
            case .bytes(let bytes):
                try body(bytes)
            case .file(let range):
                if buffer == nil { buffer = .allocate(byteCount: Part.chunkSize, alignment: 16) }
                try range.forEachChunk(in: buffer!, body)
            }
        }
    }

    /// A part of the file as it is met: bytes in memory, or bytes of a file not yet read.
    enum Part {
        case bytes(UnsafeRawBufferPointer)
        case file(FileRange)

        static let chunkSize = 1 << 20
    }

    /// Calls `body` with each part in order; a writer can copy a file's bytes without
    /// reading them, or skip comparing them (`FileCalls.create`).
    func forEachPart(_ body: (Part) throws -> Void) throws {
        switch self {
        case .data(let data):
            try data.withUnsafeBytes { try body(.bytes($0)) }
        case .text(let pieces):
            for piece in pieces { try Self.withBytes(of: piece) { try body(.bytes($0)) } }
        case .stream(let stream):
            try stream.forEachPiece { piece in
                switch piece {
                case .text(let text): try Self.withBytes(of: text) { try body(.bytes($0)) }
                case .bytes(let range): try body(.file(range))
                }
            }
        }
    }

    private static func withBytes(of piece: String, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        var piece = piece
        try piece.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
}

/// A piece of a stream: text, or bytes of a file taken as they are.
public enum StreamPiece: Sendable {
    case text(String)
    case bytes(FileRange)

    /// Its length in bytes.
    public var count: Int {
        switch self {
        case .text(let text): text.utf8.count
        case .bytes(let bytes): bytes.range.count
        }
    }
}

/// A file made piece by piece while it is written: `make(0)`, `make(1)`, … `make(count - 1)`, a
/// batch at a time on every core. Only a batch is in memory at once, so a file as large as a
/// big playbook's handbook is written without ever being held whole.
///
/// Two streams are equal when they are the same one, or when both were made from equal
/// sources (`init(count:source:make:)`): the same source gives the same text.
public final class PieceStream: Sendable, Equatable {
    public let count: Int
    private let make: @Sendable (Int) throws -> StreamPiece
    private let source: AnyHashableSendable?

    public init(count: Int, make: @escaping @Sendable (Int) throws -> String) {
        self.count = count
        self.make = { .text(try make($0)) }
        source = nil
    }

    /// A stream whose pieces may be bytes of files as well as text.
    public init(count: Int, pieces make: @escaping @Sendable (Int) throws -> StreamPiece) {
        self.count = count
        self.make = make
        source = nil
    }

    /// A stream whose pieces depend on `source` alone.
    public init(count: Int, source: some Hashable & Sendable, make: @escaping @Sendable (Int) throws -> String) {
        self.count = count
        self.make = { .text(try make($0)) }
        self.source = AnyHashableSendable(source)
    }

    /// Enough pieces per batch to keep every core busy, few enough to stay small.
    static let batchSize = 64

    /// A piece that cannot be made (its source changed) stops the file with that error.
    public func forEachPiece(_ body: (StreamPiece) throws -> Void) throws {
        var start = 0
        while start < count {
            let batch = Array(start..<min(start + Self.batchSize, count)).concurrentMap { number in Result { try make(number) } }
            for piece in batch { try body(piece.get()) }
            start += Self.batchSize
        }
    }

    public static func == (lhs: PieceStream, rhs: PieceStream) -> Bool {
        lhs === rhs || (lhs.source != nil && lhs.source == rhs.source)
    }
}
