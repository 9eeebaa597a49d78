struct Cell { let i: Int }
var w: [Cell: Double] = [:]
// expect error: 2:8 type 'Cell' does not conform to protocol 'Hashable'
