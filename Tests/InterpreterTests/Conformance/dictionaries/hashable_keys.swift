// Keys and elements that are Hashable: declared, enums without payloads, collections of them.
struct Cell: Hashable { let i: Int; let j: Int }
enum Mode { case fast, slow }
var weights: [Cell: Double] = [:]
weights[Cell(i: 0, j: 1)] = 2
weights[Cell(i: 0, j: 1)] = 3
let modes: Set<Mode> = [.fast, .fast, .slow]
let nested: [[Int]: String] = [[1, 2]: "a"]
let optionalKeys: [Int?: Int] = [nil: 0, 1: 1]
print(weights.count, weights[Cell(i: 0, j: 1)]!, modes.count, nested[[1, 2]]!, optionalKeys[nil]!)
// expect: 1 3.0 2 a 0
