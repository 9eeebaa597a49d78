struct LCG: RandomNumberGenerator {
  var s: UInt64
  mutating func next() -> UInt64 { s += 1; return s }
}
extension RandomNumberGenerator {
  mutating func describe() -> String { "generic" }
}
extension LCG { mutating func describe() -> String { "LCG \(s)" } }
var a = LCG(s: 2)
print(a.describe())
func d<G: RandomNumberGenerator>(_ g: inout G) -> String { g.describe() }
print(d(&a))
// expect error: 6:17 not supported in experiment blocks: 'describe' declared both by 'LCG' and by 'extension RandomNumberGenerator'
