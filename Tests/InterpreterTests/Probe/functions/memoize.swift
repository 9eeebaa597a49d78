var memo: [Int: Int] = [:]
func ways(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    if let m = memo[n] { return m }
    let r = ways(n - 1) + ways(n - 2)
    memo[n] = r
    return r
}
print(ways(50))
