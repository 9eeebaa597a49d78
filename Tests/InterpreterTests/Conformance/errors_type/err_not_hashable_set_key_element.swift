struct Cell { let i: Int }
let d: [Set<Cell>: Int] = [:]
// expect error: 2:9 type 'Cell' does not conform to protocol 'Hashable'
