#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Interpreter

/// The worker's side: reads requests from the supervisor's socket (file descriptor 3), runs them
/// in one interpreter ``Session`` and writes the replies back. Nothing else in the worker talks
/// to the supervisor, so whatever note code or a library prints cannot corrupt the exchange.
public enum WorkerLoop {
    /// The file descriptor of the socket to the supervisor.
    static let socket: Int32 = 3

    /// Serves requests until the supervisor closes the socket, then exits.
    public static func serve() -> Never {
        Sandbox.dieWithParent()
        var buffer: [UInt8] = []
        var session: Session?
        while let request = receive(&buffer) {
            let reply: Reply
            switch request {
            case .start(let options, let limits):
                Sandbox.enter(limits)
                session = Session(options: options)
                reply = .ready
            case .run(let source, let mode):
                guard let session else { exit(2) }
                let outcome = session.run(source, mode: mode)
                reply = .block(outcome, interrupted: session.wasInterrupted)
            case .evaluate(let expression):
                guard let session else { exit(2) }
                let outcome = session.evaluate(inline: expression)
                reply = .inline(outcome, interrupted: session.wasInterrupted)
            }
            guard let bytes = try? Frame.encode(reply), Channel.send(bytes, to: socket) else { exit(3) }
        }
        exit(0)
    }

    /// The next request, or nil when the supervisor has gone.
    private static func receive(_ buffer: inout [UInt8]) -> Request? {
        while true {
            do {
                if let request = try Frame.decode(Request.self, from: &buffer) { return request }
            } catch {
                return nil
            }
            guard Channel.receive(into: &buffer, from: socket) else { return nil }
        }
    }
}
