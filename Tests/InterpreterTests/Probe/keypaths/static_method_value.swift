struct MathOps {
    static func double(_ x: Int) -> Int { x * 2 }
}
let f = MathOps.double
print([1, 2, 3].map(f))
print([1, 2, 3].map(MathOps.double))
