protocol R { func rate() -> Double }
struct Box<B: R>: R { let base: B; func rate() -> Double { 2 * base.rate() } }
struct One: R { func rate() -> Double { 1 } }
extension R { func boxed() -> Box<Self> { Box(base: self) } }
let rs: [any R] = [One(), One().boxed()]
for r in rs { print(r.boxed().rate()) }
// expect error: 6:21 member 'boxed' cannot be used on value of type 'any R'; consider using a generic constraint instead
