extension Int {
    var isPrime: Bool {
        guard self > 1 else { return false }
        var d = 2
        while d * d <= self {
            if self % d == 0 { return false }
            d += 1
        }
        return true
    }
}
print((1...30).filter { $0.isPrime })
