// A type whose stored properties all have defaults meets an `init()` requirement with its implicit one.
protocol Resettable { init() }
struct Counter: Resettable { var n = 0 }
final class Log: Resettable { var lines: [String] = [] }
func fresh<T: Resettable>(_: T.Type) -> T { T() }
print(fresh(Counter.self), fresh(Log.self).lines)
// expect: Counter(n: 0) []
