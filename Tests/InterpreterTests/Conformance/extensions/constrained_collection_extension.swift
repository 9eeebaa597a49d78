extension Collection where Element: Numeric {
    func sumOfSquares() -> Element { reduce(0) { $0 + $1 * $1 } }
}
extension Sequence where Element: Comparable {
    func isSorted() -> Bool {
        var previous: Element?
        for x in self {
            if let p = previous, x < p { return false }
            previous = x
        }
        return true
    }
}
extension Array {
    func everyOther() -> [Element] { stride(from: 0, to: count, by: 2).map { self[$0] } }
}
print([1, 2, 3].sumOfSquares(), [0.5, 1.5].sumOfSquares())
print([1, 3, 2].isSorted(), ["a", "b"].isSorted(), [true, false].everyOther())
// expect: 14 2.5
// expect: false true [true]
