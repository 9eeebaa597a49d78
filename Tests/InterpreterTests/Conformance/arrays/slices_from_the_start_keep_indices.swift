// Slices that start at their array's first element keep indices from 0.
let objective = [0.0, -3.0, -5.0, 0.0, 36.0]
let costs = objective.dropLast()
print(costs.firstIndex(where: { $0 < -1e-12 }) as Any, costs[2], costs.indices, costs.startIndex, costs.endIndex)
let head = objective.prefix(3)
print(head.lastIndex(of: -5.0) as Any, head[1], head.firstIndex(of: 0.0) as Any)
let column = objective.prefix(upTo: 4), through = objective.prefix(through: 1)
print(column, column.firstIndex(of: 0.0) as Any, through.lastIndex(of: -3.0) as Any)
// expect: Optional(1) -5.0 0..<4 0 4
// expect: Optional(2) -3.0 Optional(0)
// expect: [0.0, -3.0, -5.0, 0.0] Optional(0) Optional(1)
