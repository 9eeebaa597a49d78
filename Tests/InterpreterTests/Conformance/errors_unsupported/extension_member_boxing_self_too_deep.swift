protocol R { func rate() -> Double }
struct Box<B: R>: R { let base: B; func rate() -> Double { 2 * base.rate() } }
struct One: R { func rate() -> Double { 1 } }
extension R { func boxed() -> Box<Self> { Box(base: self) } }
print(One().boxed().boxed().boxed().boxed().boxed().rate())
// expect error: 5:45 not supported in experiment blocks: 'boxed' of 'Box<Box<Box<Box<One>>>>', which nests 'Box' 4 deep: the member of 'extension R' specialised over 'Self' stops there
