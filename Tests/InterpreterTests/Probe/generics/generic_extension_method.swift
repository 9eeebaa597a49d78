extension Array {
    func every(_ n: Int) -> [Element] {
        stride(from: 0, to: count, by: n).map { self[$0] }
    }
}
print([1, 2, 3, 4, 5, 6, 7].every(3))
print(["a", "b", "c"].every(2))
