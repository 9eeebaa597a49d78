func primes(upTo n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= n {
        if isPrime[p] {
            for m in stride(from: p * p, through: n, by: p) { isPrime[m] = false }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
print(primes(upTo: 50))
