struct Counter {
    var count = 0
    mutating func callAsFunction(by step: Int) -> Int {
        count += step
        return count
    }
}
var c = Counter()
print(c(by: 2), c(by: 3))
print(c.count)
// expect: 2 5
// expect: 5
