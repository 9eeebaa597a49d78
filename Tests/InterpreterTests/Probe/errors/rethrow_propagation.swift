enum Failure: Error { case failed(Int) }
func level3(_ n: Int) throws -> Int {
    if n > 2 { throw Failure.failed(n) }
    return n * 10
}
func level2(_ n: Int) throws -> Int { try level3(n) + 1 }
func level1(_ n: Int) -> String {
    do { return "value \(try level2(n))" } catch { return "caught \(error)" }
}
print(level1(1))
print(level1(5))
