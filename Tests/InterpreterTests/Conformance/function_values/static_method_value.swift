struct MathOps {
    static func double(_ x: Int) -> Int { x * 2 }
    static func add(_ a: Int, _ b: Int) -> Int { a + b }
}
let f = MathOps.double
print([1, 2, 3].map(f), [1, 2, 3].map(MathOps.double), [1, 2, 3].reduce(0, MathOps.add))
// expect: [2, 4, 6] [2, 4, 6] 6
