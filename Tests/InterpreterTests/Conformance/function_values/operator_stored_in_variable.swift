let op: (Int, Int) -> Bool = (<)
print(op(1, 2), op(3, 2))
let ops: [(Double, Double) -> Double] = [(+), (-), (*), (/)]
print(ops.map { $0(6, 3) })
// expect: true false
// expect: [9.0, 3.0, 18.0, 2.0]
