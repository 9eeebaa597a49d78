func memoFib(_ n: Int) -> Int {
    var memo = [Int: Int]()
    func go(_ k: Int) -> Int {
        if k < 2 { return k }
        if let v = memo[k] { return v }
        let v = go(k - 1) + go(k - 2)
        memo[k] = v
        return v
    }
    return go(n)
}
print(memoFib(80))
// expect: 23416728348467685
