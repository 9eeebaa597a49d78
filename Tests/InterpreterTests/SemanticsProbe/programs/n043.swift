import Foundation
func maybe(_ n: Int) throws -> Int? { if n > 5 { throw NSError(domain: "x", code: 1) }; return n > 0 ? n : nil }
let a = try? maybe(3)
let b = try? maybe(-1)
let c = try? maybe(9)
print(a as Any, b as Any, c as Any, type(of: a))
func apply(_ f: (Int) throws -> Int) rethrows -> Int { try f(2) }
print(apply { $0 + 1 })
do { _ = try apply { _ in throw CancellationError() } } catch { print("caught", type(of: error)) }
