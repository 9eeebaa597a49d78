// Generic methods called on `self` implicitly, mutating ones from mutating methods.
struct Log {
    var entries: [String] = []
    func tagged<T>(_ x: T) -> String { "[\(x)]" }
    mutating func record<T>(_ x: T) { entries.append(tagged(x)) }
    mutating func recordAll() {
        record(1)
        record("two")
        record(3.5)
    }
    func summary() -> String { tagged(entries.count) + entries.joined() }
}
var log = Log()
log.recordAll()
print(log.summary())
final class Cache {
    var hits = 0
    func key<T: CustomStringConvertible>(_ x: T) -> String { "k" + x.description }
    func lookup(_ n: Int) -> String { hits += 1; return key(n) + key("s") }
}
let cache = Cache()
print(cache.lookup(7), cache.hits)
// expect: [3][1][two][3.5]
// expect: k7ks 1
