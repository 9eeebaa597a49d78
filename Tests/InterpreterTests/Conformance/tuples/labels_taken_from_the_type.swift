func mm() -> (min: Int, max: Int)? { [1].reduce((1, 4)) { a, _ in a } }
print(mm() as Any)
func nn() -> (min: Int, max: Int) { (1, 4) }
let t: (a: Int, b: Int) = (1, 2)
let u = [1, 2].map { ($0, $0) } as [(x: Int, y: Int)]
print(nn(), t, u)
let v: (lo: Int, hi: Int)? = (3, 4)
print(v as Any, v!)
var arr: [(k: String, v: Int)] = []
arr.append(("a", 1))
var byName: [String: (x: Int, y: Int)] = [:]
byName["a"] = (1, 2)
print(arr, byName["a"]!, byName)
struct Box { var range: (lo: Double, hi: Double)? }
let b = Box(range: (0, 1))
print(b, b.range!.hi)
let nested: (a: Int, b: (c: Int, d: Int)) = (1, (2, 3))
print(nested)
// expect: Optional((min: 1, max: 4))
// expect: (min: 1, max: 4) (a: 1, b: 2) [(x: 1, y: 1), (x: 2, y: 2)]
// expect: Optional((lo: 3, hi: 4)) (lo: 3, hi: 4)
// expect: [(k: "a", v: 1)] (x: 1, y: 2) ["a": (x: 1, y: 2)]
// expect: Box(range: Optional((lo: 0.0, hi: 1.0))) 1.0
// expect: (a: 1, b: (c: 2, d: 3))
