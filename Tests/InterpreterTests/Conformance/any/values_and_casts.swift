// Values of type `Any`: printed as themselves, `type(of:)` the type they had, and casts that ask it.
let values: [Any] = [1, 2.5, "s", true, [1, 2], ["a": 1], (1, "x")]
for v in values { print(v, type(of: v)) }
print(values)
let maybe: Int? = 3
let boxed: Any = maybe as Any
print(boxed, type(of: boxed))
print(boxed as? Int as Any, boxed is Int, boxed is Double)
let none: Int? = nil
print(none as Any, (none as Any) as? Int as Any)
var bag: [String: Any] = ["name": "weave", "steps": 100, "lr": 0.01]
bag["momentum"] = 0.9
for key in bag.keys.sorted() { print(key, bag[key]!) }
if let steps = bag["steps"] as? Int { print(steps * 2) }
print(bag["lr"] as? Int as Any, bag["lr"] is Double, bag["name"] as? String ?? "-")
let list: [Any] = [1, "two", 3.0]
var total = 0.0
for item in list {
    if let i = item as? Int {
        total += Double(i)
    } else if let d = item as? Double {
        total += d
    }
}
print(total)
// expect: 1 Int
// expect: 2.5 Double
// expect: s String
// expect: true Bool
// expect: [1, 2] Array<Int>
// expect: ["a": 1] Dictionary<String, Int>
// expect: (1, "x") (Int, String)
// expect: [1, 2.5, "s", true, [1, 2], ["a": 1], (1, "x")]
// expect: Optional(3) Optional<Int>
// expect: Optional(3) true false
// expect: nil nil
// expect: lr 0.01
// expect: momentum 0.9
// expect: name weave
// expect: steps 100
// expect: 200
// expect: nil true weave
// expect: 4.0
