// libFuzzer target: experiment block text → parse, check, compile and run under a tiny budget, in
// this process, so a trap in the interpreter, Optim or Figures is a finding. Built only by
// `.ci/fuzz`.
import Interpreter

/// Runs one input as a block of a fresh session, then as an inline value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBlocks(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = Session(options: SessionOptions(timeBudget: 0.05, maxArrayCount: 100_000, maxCallDepth: 200, maxOutputBytes: 1 << 16))
    _ = session.run(source, mode: .normal)
    _ = session.evaluate(inline: source)
    return 0
}
