extension Array where Element == Int {
    mutating func incrementAll(by k: Int = 1) {
        for i in indices { self[i] += k }
    }
}
var counts = [1, 2, 3]
counts.incrementAll()
counts.incrementAll(by: 10)
print(counts)
