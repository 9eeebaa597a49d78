#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Interpreter

/// The worker's side: reads requests from the supervisor's socket (file descriptor 3), runs them
/// in one interpreter ``Session`` and writes the replies back. Nothing else in the worker talks
/// to the supervisor, so whatever note code or a library prints cannot corrupt the exchange.
public enum WorkerLoop {
    /// The file descriptor of the socket to the supervisor.
    static let socket: Int32 = 3

    /// Serves requests until the supervisor closes the socket, then exits. The work happens on a
    /// thread with a large stack: parsing and running recurse as deeply as the code nests.
    public static func serve() -> Never {
        Sandbox.dieWithParent()
        let thread = Thread { loop() }
        thread.stackSize = 1 << 30
        thread.start()
        while true { sleep(.max) }
    }

    private static func loop() -> Never {
        var buffer: [UInt8] = []
        var session: Session?
        let parses = ParseAhead()
        while let request = receive(&buffer) {
            let reply: Reply
            switch request {
            case .parseAhead(let sources):
                parses.announce(sources)
                continue
            case .start(let options, let limits, let upcoming):
                Sandbox.enter(limits)
                session = Session(options: options)
                parses.announce(upcoming, first: true)
                reply = .ready
            case .run(let source, let mode, let styled):
                guard let session else { exit(2) }
                // One parse serves the run and the highlighting (unless the parser must not see it).
                let parsed = parses.take(source)
                let outcome = session.run(source, mode: mode, syntax: parsed?.tree)
                reply = .block(outcome, interrupted: session.wasInterrupted, styles: styled ? parsed?.styles : nil)
            case .evaluate(let expression, let format):
                guard let session else { exit(2) }
                let outcome = session.evaluate(inline: expression, format: format)
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
