import Foundation
import Optim
import SwiftSyntax

/// One note's interpreter: its blocks run in order and share declarations and values,
/// like a notebook session, but hermetic and in-process.
///
/// ```swift
/// let session = Session()
/// _ = session.run("let xs = [1.0, 2.0]", mode: .normal)
/// session.run("xs.map { $0 * 2 }", mode: .normal).outputs   // [.value("[2.0, 4.0]")]
/// ```
public final class Session {
    private let runtime: Runtime
    private let globals = Frame(count: 1 << 14, parent: nil)
    private let globalScope = Scope(parent: nil, function: FunctionContext(parent: nil, returnType: nil))
    /// How many blocks the session has run.
    private var blockCount = 0
    /// The number of the block running, nil while an inline value's expression is.
    private var running: Int?
    /// Top-level names declared by blocks that failed (and so were forgotten), with where: a later
    /// use gets one error saying so instead of "cannot find" errors in every later block.
    private var failedDeclarations: [String: FailedDeclaration] = [:]

    /// Whether the time budget stopped the last block or inline value: what state it left behind
    /// depends on how fast the machine ran it.
    public var wasInterrupted: Bool { runtime.interrupted }

    /// A fresh session with the note's options.
    public init(options: SessionOptions = .init()) {
        runtime = Runtime(options: options)
        globalScope.types["OptimError"] = runtime.optimError
        globalScope.types["CancellationError"] = runtime.cancellationError
        globalScope.types["NSError"] = runtime.nsError
        globalScope.types["FloatingPointSign"] = runtime.floatingPointSign
        globalScope.types["ComparisonResult"] = runtime.comparisonResult
    }

    /// Runs one block. Compile errors stop it before it runs; either way a failed block's
    /// declarations are forgotten, so later blocks see the state before it. A caller that has
    /// already parsed `source` (to highlight it, say) passes the tree as `syntax`, so the block is
    /// parsed once.
    public func run(_ source: String, mode: BlockMode, syntax: SourceFileSyntax? = nil) -> BlockOutcome {
        var outcome = execute(source, syntax: syntax)
        let failed = !outcome.diagnostics.isEmpty || outcome.checks.contains { !$0.passed }
        switch mode {
        case .normal, .check:
            outcome.status = failed ? .failed : .ok
        case .expectError:
            if let error = outcome.diagnostics.first {
                outcome.status = .ok
                outcome.diagnostics = outcome.diagnostics.map { d in
                    var d = d
                    d.isError = false
                    return d
                }
                outcome.outputs.append(.text("error: \(error.line):\(error.column): \(error.message)\n"))
            } else {
                outcome.status = .failed
                outcome.diagnostics = [BlockDiagnostic(line: 1, column: 1,
                                                       message: "this block was expected to fail, but it ran without error",
                                                       isError: true)]
            }
        }
        return outcome
    }

    /// Evaluates the expression of an inline `{swift} expr` code span against the state so far.
    ///
    /// With a `format` (the span was written `{swift:format} expr`), the value is shown as
    /// `String(format: "%" + format, value)` shows it; without one, as ``Value/prose``: a `Double`
    /// to at most six significant digits.
    public func evaluate(inline expression: String, format: String? = nil) -> InlineOutcome {
        let parsed = Parsing.parse(expression)
        if let first = parsed.errors.first { return .failure(first) }
        let items = parsed.tree.statements
        guard items.count == 1, case .expr(let e) = items.first!.item else {
            return .failure(BlockDiagnostic(line: 1, column: 1, message: "an inline value must be a single expression", isError: true))
        }
        if let violation = Checker.firstViolation(in: parsed.tree, converter: parsed.converter) {
            return .failure(diagnostic(violation))
        }
        let saved = globalScope.snapshot
        defer { globalScope.restore(saved) }
        do {
            let compiler = Compiler(runtime: runtime, globals: globals, globalScope: globalScope, converter: parsed.converter)
            compiler.failedEarlier = failedDeclarations
            let typed = try compiler.expression(e)
            try compiler.refuseUnorderedPrinting(typed.type, e)
            let code = typed.code
            try compiler.checkGlobalCapacity(e)
            runtime.begin()
            let globals = self.globals
            var value = Value.void
            try onLargeStack(watching: runtime.interruption, counting: runtime.blockClock) { value = try code(globals) }
            if let failure = runtime.takeLibraryCallFailure() { throw failure }
            guard let format else { return .value(value.prose) }
            let (runtime, start) = (runtime, SourcePoint(line: 1, column: 1))
            do {
                return .value(try value.formatted(format) { try runtime.checkCount($0, start) })
            } catch let message as PrintfFormat.Message {
                throw InterpreterError(message: "format '%\(format)': \(message.text)", at: start)
            }
        } catch let e as InterpreterError {
            return .failure(diagnostic(e))
        } catch let e as NameError {
            return .failure(diagnostic(CompileError(error: e.error ?? InterpreterError(message: "\(e)", at: SourcePoint(line: 1, column: 1)),
                                                    declaration: e.declaration)))
        } catch {
            return .failure(BlockDiagnostic(line: 1, column: 1, message: "\(error)", isError: true))
        }
    }

    private func execute(_ source: String, syntax: SourceFileSyntax?) -> BlockOutcome {
        let parsed = Parsing.parse(source, tree: syntax)
        let block = blockCount
        blockCount += 1
        if !parsed.errors.isEmpty {
            forget(parsed, block: block)
            return BlockOutcome(status: .failed, outputs: [], checks: [], diagnostics: parsed.errors)
        }
        if let violation = Checker.firstViolation(in: parsed.tree, converter: parsed.converter) {
            forget(parsed, block: block)
            return BlockOutcome(status: .failed, outputs: [], checks: [], diagnostics: [diagnostic(violation)])
        }
        let saved = globalScope.snapshot
        var diagnostics: [BlockDiagnostic] = []
        runtime.begin()
        let compiler = Compiler(runtime: runtime, globals: globals, globalScope: globalScope, converter: parsed.converter, block: block)
        compiler.failedEarlier = failedDeclarations
        running = block
        defer { running = nil }
        do {
            let exec = try compiler.topLevel(parsed.tree.statements)
            // Every error of the block, in source order; a block with errors does not run.
            let errors = compiler.errors.map(diagnostic).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            diagnostics = errors.enumerated().filter { $0.offset == 0 || errors[$0.offset - 1] != $0.element }.map(\.element)
            if diagnostics.isEmpty {
                try compiler.checkGlobalCapacity(parsed.tree)
                let globals = self.globals
                try onLargeStack(watching: runtime.interruption, counting: runtime.blockClock) { _ = try exec(globals) }
                if let failure = runtime.takeLibraryCallFailure() { throw failure }
            }
        } catch let e as InterpreterError {
            diagnostics.append(diagnostic(e))
        } catch {
            diagnostics.append(BlockDiagnostic(line: 1, column: 1, message: "\(error)", isError: true))
        }
        if diagnostics.isEmpty {
            for item in parsed.tree.statements {
                for name in Compiler.declaredNames(item) { failedDeclarations[name] = nil }
            }
        } else {
            globalScope.restore(saved)
            compiler.undoExtensions()
            forget(parsed, block: block)
        }
        runtime.flushText()
        return BlockOutcome(status: diagnostics.isEmpty ? .ok : .failed, outputs: runtime.outputs, checks: runtime.checks,
                            diagnostics: diagnostics)
    }

    /// Records the top-level declarations of a block that failed, which the session forgets.
    private func forget(_ parsed: Parsing.Parsed, block: Int) {
        for item in parsed.tree.statements {
            let l = parsed.converter.location(for: item.positionAfterSkippingLeadingTrivia)
            for name in Compiler.declaredNames(item) {
                failedDeclarations[name] = FailedDeclaration(block: block, line: l.line, column: l.column)
            }
        }
    }

    /// The diagnostic of `e`, located in the block whose code raised it.
    private func diagnostic(_ e: InterpreterError) -> BlockDiagnostic {
        BlockDiagnostic(line: e.at.line, column: e.at.column, message: e.message, isError: true,
                        block: e.at.block == running ? nil : e.at.block)
    }

    private func diagnostic(_ e: CompileError) -> BlockDiagnostic {
        var d = diagnostic(e.error)
        d.failedDeclaration = e.declaration
        return d
    }
}

/// Runs `work` on a thread with a 1 GiB stack and waits for it, so deep (capped)
/// recursion in the tree-walking evaluator cannot overflow the caller's stack; `interruption` is
/// the token Optim's long kernels watch there, and `clock` counts the thread's processor time.
private func onLargeStack(watching interruption: Interruption, counting clock: BlockClock, _ work: @escaping () throws -> Void) throws {
    final class Job: @unchecked Sendable {
        let work: () throws -> Void
        var failure: Error?
        let done = DispatchSemaphore(value: 0)
        init(_ work: @escaping () throws -> Void) { self.work = work }
    }
    let job = Job(work)
    let thread = Thread {
        clock.countCurrentThread()
        do { try Interruption.$current.withValue(interruption) { try job.work() } } catch { job.failure = error }
        job.done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    job.done.wait()
    if let failure = job.failure { throw failure }
}
