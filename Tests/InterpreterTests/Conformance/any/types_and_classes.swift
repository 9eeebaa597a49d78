// `Any` holding the note's own structs and classes: casts ask the dynamic type, a subclass
// included, and protocols ask conformance.
protocol Named { var name: String { get } }
struct Point: Named {
    var x = 1.0
    var name: String { "point" }
}
class Animal {
    func sound() -> String { "..." }
}
class Dog: Animal {
    override func sound() -> String { "woof" }
}
let things: [Any] = [Point(), Dog(), Animal(), 7]
for t in things {
    if let a = t as? Animal {
        print(a.sound(), type(of: t))
    } else if let n = t as? Named {
        print(n.name, type(of: t))
    } else {
        print("other", type(of: t))
    }
}
let p = things[0] as! Point
print(p.x, things.filter { $0 is Animal }.count)
var log: [Any] = []
log.append(1)
log.append("two")
log.append([3.0])
print(log, log.count)
func describe(_ value: Any) -> String { "<\(value)>" }
print(describe(42), describe([1, 2]), describe(Point()))
// expect: point Point
// expect: woof Dog
// expect: ... Animal
// expect: other Int
// expect: 1.0 2
// expect: [1, "two", [3.0]] 3
// expect: <42> <[1, 2]> <Point(x: 1.0)>
