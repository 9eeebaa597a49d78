struct Grid {
    var a = [1, 2, 3, 4]
    let cols = 2
    subscript(i: Int) -> Int { a[i] }
    subscript(r: Int, c: Int) -> Int {
        get { a[r * cols + c] }
        set { a[r * cols + c] = newValue }
    }
    subscript(row r: Int) -> [Int] { Array(a[(r * cols)..<(r * cols + cols)]) }
    subscript(name: String) -> Int { name == "first" ? a[0] : -1 }
}
var g = Grid()
g[1, 1] = 40
g[0, 0] += 9
print(g[1], g[1, 1], g[row: 1], g["first"], g["x"])
class Base { subscript(i: Int) -> String { "base \(i)" } }
class Derived: Base { subscript(s: String) -> String { "derived \(s)" } }
let d = Derived()
print(d[1], d["a"])
// expect: 2 40 [3, 40] 10 -1
// expect: base 1 derived a
