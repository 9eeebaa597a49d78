// A protocol extension's member boxing `Self` in a generic conforming type: each nesting is a type of its own, made as calls ask for it.
protocol R { func rate() -> Double }
struct Box<B: R>: R { let base: B; func rate() -> Double { 2 * base.rate() } }
struct One: R { func rate() -> Double { 1 } }
extension R { func boxed() -> Box<Self> { Box(base: self) } }
print(Box(base: One()).base)
let b = One().boxed().boxed().boxed()
print(b.rate(), type(of: b))
// expect: One()
// expect: 8.0 Box<Box<Box<One>>>
