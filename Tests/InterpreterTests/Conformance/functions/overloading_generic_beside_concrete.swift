func f<T>(_ x: T) -> String { "generic \(x)" }
func f(_ x: Double) -> String { "double \(x)" }
print(f(3), f(3.0), f("s"), f(Float(2)))
func g<T: Numeric>(_ x: T) -> String { "numeric \(x)" }
func g<T>(_ x: T) -> String { "any \(x)" }
print(g(1), g("a"), g(2.5))
func h<T>(_ xs: [T]) -> String { "array \(xs)" }
func h<T>(_ x: T) -> String { "single \(x)" }
print(h([1,2]), h(1))
func k(_ x: Int, _ y: Double) -> String { "id" }
func k<T>(_ x: T, _ y: T) -> String { "tt" }
print(k(1, 2), k(1, 2.0), k(1.5, 2))
func m(_ x: Any) -> String { "any" }
func m<T: Comparable>(_ x: T) -> String { "cmp" }
print(m(1), m([1]))
func n(_ x: Int?) -> String { "opt" }
func n<T>(_ x: T) -> String { "gen" }
print(n(1), n(nil as Int?))
// expect: generic 3 double 3.0 generic s generic 2.0
// expect: numeric 1 any a numeric 2.5
// expect: array [1, 2] single 1
// expect: tt id tt
// expect: cmp any
// expect: gen opt
