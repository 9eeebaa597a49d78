var xs = [1, 2]
let g: (inout Int, inout Int) -> Void = { $0 += 1; $1 += 1 }
g(&xs[0], &xs[1])
// expect error: 3:3 overlapping accesses to 'xs', but modification requires exclusive access; consider copying to a local variable
