enum ParseError: Error { case negative(Int) }
func half(_ x: Int) throws -> Int {
    if x < 0 { throw ParseError.negative(x) }
    return x / 2
}
let bad = Result { try half(-4) }
print(bad)
print((try? bad.get()) as Any)
let good = Result<Int, Error> { try half(10) }
print(try good.get())
let labelled = Result(catching: { try half(7) })
print(labelled.map { $0 * 10 })
switch bad {
case .success(let v): print("ok", v)
case .failure(let e): print("failed:", e)
}
// expect: failure(main.ParseError.negative(-4))
// expect: nil
// expect: 5
// expect: success(30)
// expect: failed: negative(-4)
