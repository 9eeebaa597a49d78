struct Cell { let i: Int }
let s = Set([(1, 2)])
// expect error: 2:9 type '(Int, Int)' cannot conform to 'Hashable'
