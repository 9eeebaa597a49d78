// libFuzzer target: note text → page fragment (reading, math protection, tables, equations,
// headings, links and HTML; experiments are not run). Built only by `.ci/fuzz`.
import Weave

private let options: WeaveOptions = {
    var options = WeaveOptions()
    options.typesetter = ClientSideTypesetter()
    options.pipeline.passes.removeAll { $0.name == "execute" }
    return options
}()

/// Reads one input as a note and renders it; a crash, hang or leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = Weaver.fragment(text, path: "fuzz.md", options: options)
    return 0
}
