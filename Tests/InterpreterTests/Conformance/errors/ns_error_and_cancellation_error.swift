func maybe(_ n: Int) throws -> Int? {
    if n > 5 { throw NSError(domain: "x", code: 1) }
    return n > 0 ? n : nil
}
let results = [try? maybe(3), try? maybe(-1), try? maybe(9)]
print(results, type(of: results[0]))
func apply(_ f: (Int) throws -> Int) rethrows -> Int { try f(2) }
print(apply { $0 + 1 })
do { _ = try apply { _ in throw CancellationError() } } catch { print("caught", type(of: error)) }
let e = NSError(domain: "é🙂", code: -7)
print(e, e.domain, e.code, type(of: e), [e])
print(e.localizedDescription)
do { throw NSError(domain: "", code: 0) } catch { print(error, error.localizedDescription) }
let cancelled: Error = CancellationError()
print(cancelled, cancelled is CancellationError, [CancellationError()])
print(cancelled.localizedDescription)
debugPrint(CancellationError(), e)
do { throw CancellationError() } catch is CancellationError { print("cancelled") } catch { print("other") }
// expect: [Optional(3), nil, nil] Optional<Int>
// expect: 3
// expect: caught CancellationError
// expect: Error Domain=é🙂 Code=-7 "(null)" é🙂 -7 NSError [Error Domain=é🙂 Code=-7 "(null)"]
// expect: The operation could not be completed. (é🙂 error -7.)
// expect: Error Domain= Code=0 "(null)" The operation could not be completed. ( error 0.)
// expect: CancellationError() true [Swift.CancellationError()]
// expect: The operation could not be completed. (Swift.CancellationError error 1.)
// expect: Swift.CancellationError() Error Domain=é🙂 Code=-7 "(null)"
// expect: cancelled
