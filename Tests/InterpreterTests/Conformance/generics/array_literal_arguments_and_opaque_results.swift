// A generic function's array literal of integers for a `[T]` of a floating-point `T` is of
// `Double`s, and an opaque result is one type for each type argument.
func mean<T: FloatingPoint>(_ xs: [T]) -> T { xs.reduce(0, +) / T(xs.count) }
func total<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
print(mean([1, 2, 4]), mean([1, 2.5]), total([1, 2]), total([1.5, 2]))
protocol R { func rate() -> Double }
struct Scaled<B: R>: R { let base: B; func rate() -> Double { 2 * base.rate() } }
struct One: R { func rate() -> Double { 1 } }
func wrap<T: R>(_ x: T) -> some R { Scaled(base: x) }
print(wrap(One()), type(of: wrap(One())), wrap(One()).rate())
// expect: 2.3333333333333335 1.75 3 3.5
// expect: Scaled<One>(base: main.One()) Scaled<One> 2.0
