struct Cell { let i: Int }
let g = Dictionary(grouping: [1, 2], by: { Cell(i: $0) })
// expect error: 2:9 generic struct 'Dictionary' requires that 'Cell' conform to 'Hashable'
