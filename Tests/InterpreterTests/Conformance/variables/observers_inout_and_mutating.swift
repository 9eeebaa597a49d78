// A variable's observers run once for each change however it is made: through an `inout`
// argument (copied in, and out when the call returns), a mutating method, a property or an
// element of it.
struct Point {
    var x = 0.0, y = 0.0
    mutating func move(by d: Double) { x += d; y += d }
}
var p = Point() {
    willSet { print("p will be", newValue.x, newValue.y, "is", p.x, p.y) }
    didSet { print("p was", oldValue.x, oldValue.y) }
}
p.move(by: 1)
p.x = 5
p.y *= 3

var xs: [Int] = [] { didSet { print("xs", oldValue, "->", xs) } }
xs.append(3)
xs[0] = 4
xs += [5, 6]
xs.removeFirst()
xs.sort(by: >)
xs.swapAt(0, 1)

func twice(_ v: inout [Int]) {
    v.append(9)
    v.append(10)
    print("inside, xs is still", xs)
}
twice(&xs)

func halve(_ v: inout Double) { v /= 2 }
var score = 8.0 { didSet { print("score", oldValue, "->", score) } }
halve(&score)
halve(&p.x)

// In a function, through a closure that changes it.
func run() {
    var names: [String] = [] { didSet { print("names", names) } }
    let add = { (s: String) in names.append(s) }
    add("a")
    add("b")
    names.removeAll()
}
run()
// expect: p will be 1.0 1.0 is 0.0 0.0
// expect: p was 0.0 0.0
// expect: p will be 5.0 1.0 is 1.0 1.0
// expect: p was 1.0 1.0
// expect: p will be 5.0 3.0 is 5.0 1.0
// expect: p was 5.0 1.0
// expect: xs [] -> [3]
// expect: xs [3] -> [4]
// expect: xs [4] -> [4, 5, 6]
// expect: xs [4, 5, 6] -> [5, 6]
// expect: xs [5, 6] -> [6, 5]
// expect: xs [6, 5] -> [5, 6]
// expect: inside, xs is still [5, 6]
// expect: xs [5, 6] -> [5, 6, 9, 10]
// expect: score 8.0 -> 4.0
// expect: p will be 2.5 3.0 is 5.0 3.0
// expect: p was 5.0 3.0
// expect: names ["a"]
// expect: names ["a", "b"]
// expect: names []
