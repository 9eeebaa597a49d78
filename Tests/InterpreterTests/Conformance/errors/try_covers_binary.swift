enum E: Error { case bad }
func a() throws -> Double { 1.5 }
func b(_ x: Double) throws -> Double {
    if x < 0 { throw E.bad }
    return x * 2
}
do {
    let x = try a() + b(2) * b(1)
    var y = 0.0
    y = try b(3) - a()
    print(x, y)
    let z = try a() + b(-1)
    print(z)
} catch {
    print("caught", error)
}
// expect: 9.5 4.5
// expect: caught bad
