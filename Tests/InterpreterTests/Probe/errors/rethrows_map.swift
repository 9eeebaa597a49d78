enum E: Error { case odd(Int) }
func half(_ x: Int) throws -> Int {
    if x % 2 != 0 { throw E.odd(x) }
    return x / 2
}
do {
    print(try [2, 4, 6].map(half))
    print(try [2, 3].map(half))
} catch {
    print("failed:", error)
}
