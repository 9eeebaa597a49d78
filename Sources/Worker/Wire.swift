import Foundation
import Interpreter

/// What the supervisor asks of a worker. The first message of a note is ``start``; it and each
/// later one but ``parseAhead`` are answered by exactly one ``Reply``.
enum Request: Codable {
    /// Parse these sources ahead, on a second thread (``ParseAhead``): sent to a spare worker,
    /// before any note, with the blocks it is likely to run. Not answered.
    case parseAhead([String])
    /// Open the note's session with its options and limits; `upcoming` are the sources of the
    /// blocks the note will run, in order, which the worker parses ahead (``ParseAhead``).
    case start(SessionOptions, WorkerLimits, upcoming: [String])
    /// Run one block; `styled` asks for its highlighting too.
    case run(source: String, mode: BlockMode, styled: Bool)
    /// Evaluate an inline `{swift} expr` span, or `{swift:format} expr` with its format.
    case evaluate(expression: String, format: String?)
}

/// A worker's answer to one ``Request``.
enum Reply: Codable {
    /// The session is open.
    case ready
    /// A block ran. `interrupted` says its time budget stopped it, so the state it left depends on
    /// the machine's speed; `styles` highlight its source, if asked for and it could be parsed.
    case block(BlockOutcome, interrupted: Bool, styles: [StyledRange]?)
    /// An inline value was evaluated.
    case inline(InlineOutcome, interrupted: Bool)
}

/// Messages on the worker's socket: an 8-byte little-endian length, then that many bytes of JSON.
enum Frame {
    /// The largest message either side accepts; a longer length is a broken peer.
    static let maximumLength = 1 << 30

    /// The bytes that carry `message`.
    static func encode(_ message: some Encodable) throws -> [UInt8] {
        let payload = try JSONEncoder().encode(message)
        var bytes = [UInt8]()
        bytes.reserveCapacity(8 + payload.count)
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes += $0 }
        bytes += payload
        return bytes
    }

    /// The first complete message in `buffer`, removed from it; nil until one has fully arrived.
    static func decode<T: Decodable>(_ type: T.Type, from buffer: inout [UInt8]) throws -> T? {
        guard buffer.count >= 8 else { return nil }
        let length = buffer[0..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard length <= maximumLength else { throw WireError.oversized(length) }
        guard buffer.count >= 8 + length else { return nil }
        let message = try JSONDecoder().decode(type, from: Data(buffer[8..<(8 + length)]))
        buffer.removeFirst(8 + length)
        return message
    }
}

/// A malformed exchange between supervisor and worker.
enum WireError: Error, CustomStringConvertible {
    /// A length prefix beyond ``Frame/maximumLength``.
    case oversized(Int)
    /// The peer closed the socket in the middle of a message or before answering.
    case closed

    var description: String {
        switch self {
        case .oversized(let n): "a message of \(n) bytes exceeds the worker protocol's limit"
        case .closed: "the connection closed"
        }
    }
}
