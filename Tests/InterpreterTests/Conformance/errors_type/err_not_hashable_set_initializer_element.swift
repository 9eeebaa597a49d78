struct Cell { let i: Int }
let xs = [Cell(i: 1)]; let s = Set(xs)
// expect error: 2:32 generic struct 'Set' requires that 'Cell' conform to 'Hashable'
