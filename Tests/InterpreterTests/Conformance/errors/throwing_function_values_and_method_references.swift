// Throwing function values: called and passed with 'try'.
struct E: Error {}
struct Bowl { func value(at x: Double) throws -> Double { if x < 0 { throw E() }; return x * 2 } }
func square(_ x: Double) throws -> Double { x * x }
let bowl = Bowl()
print(try [1.0, 2].map(square))
print(try [1.0, 2].map(bowl.value(at:)))
print(try [1.0, 2].map(bowl.value))
let f = bowl.value(at:)
print(try f(3))
let g: (Double) throws -> Double = { x in try square(x) + 1 }
print(try g(2), try [3.0].map(g))
do {
    _ = try [1.0, -1].map(bowl.value)
} catch {
    print("caught", error)
}
print((try? [1.0, -2].map { try bowl.value(at: $0) }) as Any)
// expect: [1.0, 4.0]
// expect: [2.0, 4.0]
// expect: [2.0, 4.0]
// expect: 6.0
// expect: 5.0 [10.0]
// expect: caught E()
// expect: nil
