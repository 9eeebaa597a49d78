enum Op { case add, mul }
func apply(_ op: Op, _ a: Int, _ b: Int) -> Int {
    let r = a + b
    print("computing")
    return switch op {
    case .add: r
    case .mul: a * b
    }
}
print(apply(.add, 2, 3), apply(.mul, 2, 3))
// expect: computing
// expect: computing
// expect: 5 6
