protocol Node: AnyObject { var value: Double { get } }
final class Leaf: Node { let value: Double; init(_ v: Double) { value = v } }
let a: any Node = Leaf(1), b: any Node = Leaf(1)
print(a === b, a === a, [a, b].filter { $0 === a }.count)
// expect: false true 1
