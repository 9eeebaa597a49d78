// A type that is its own iterator, used as an array.
struct GDIterates: Sequence, IteratorProtocol {
    var x: Double
    var remaining: Int
    mutating func next() -> Double? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        x /= 2
        return x
    }
}
let its = GDIterates(x: 1, remaining: 3)
print(Array(its))
print(its.reduce(0, +))
// expect: [0.5, 0.25, 0.125]
// expect: 0.875
