struct Cell { let i: Int }
let d = [Cell(i: 1): 2.0]
// expect error: 2:9 generic struct 'Dictionary' requires that 'Cell' conform to 'Hashable'
