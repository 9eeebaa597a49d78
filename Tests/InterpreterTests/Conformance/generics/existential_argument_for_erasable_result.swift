// An existential passed for a generic parameter opens where the result gives it back erased: T, [T].
protocol P { func rate() -> Double }
struct One: P { func rate() -> Double { 1 } }
struct Box<B: P>: P { let base: B; func rate() -> Double { 2 * base.rate() } }
func wrap<T: P>(_ x: T) -> Box<T> { Box(base: x) }
func same<T: P>(_ x: T) -> T { x }
func list<T: P>(_ x: T) -> [T] { [x, x] }
let e: any P = One()
print(same(e).rate(), list(e).count)
// expect: 1.0 2
