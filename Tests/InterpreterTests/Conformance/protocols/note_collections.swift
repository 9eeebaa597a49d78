// A collection of the note: iterated through its indices, with an array's methods of its elements.
struct Ring: Collection {
    var items: [Int]
    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> Int { items[(i + 1) % items.count] }
}
let ring = Ring(items: [1, 2, 3, 4])
print(Array(ring), ring.count, ring.first!, ring.map { $0 * 10 }, ring.sorted(), ring.isEmpty)
struct Evens: Collection {
    let startIndex = 2
    let endIndex = 10
    func index(after i: Int) -> Int { i + 2 }
    subscript(i: Int) -> Double { Double(i) / 2 }
}
for x in Evens() { print(x, terminator: " ") }
print()
print(Evens().reduce(0, +), Evens().filter { $0 > 2 }, Evens().count)
// expect: [2, 3, 4, 1] 4 2 [20, 30, 40, 10] [1, 2, 3, 4] false
// expect: 1.0 2.0 3.0 4.0 
// expect: 10.0 [3.0, 4.0] 4
