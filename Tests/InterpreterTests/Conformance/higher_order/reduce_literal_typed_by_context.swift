// reduce's integer-literal start takes the type the closure and the context give it.
func t(_ c: [Float]) -> Double { c.reduce(0) { $0 + Double($1) } }
print(t([1, 2]))
let xs = [1, 2, 3]
let mean: Double = xs.reduce(0) { $0 + Double($1) } / 3
print(mean)
let s = xs.reduce(0.0) { $0 + Double($1) }
print(s)
let lens = ["a", "bb"].reduce(0) { $0 + $1.count }
print(lens)
func totalOf<C: Collection>(_ c: C) -> Double where C.Element: BinaryFloatingPoint {
    c.reduce(0) { $0 + Double($1) }
}
print(totalOf([Float(1), 2]))
// expect: 3.0
// expect: 2.0
// expect: 6.0
// expect: 3
// expect: 3.0
