struct Budget: Error { var used: Int }
func inner(_ n: Int) throws -> Int {
    if n > 3 { throw Budget(used: n) }
    return n * 2
}
func outer(_ n: Int) throws -> Int {
    let x = try inner(n)
    return x + 1
}
do {
    print(try outer(2))
    print(try outer(5))
} catch let b as Budget {
    print("over budget", b.used)
} catch {
    print("other", error)
}
// expect: 5
// expect: over budget 5
