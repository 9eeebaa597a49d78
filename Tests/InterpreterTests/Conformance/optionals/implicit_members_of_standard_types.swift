var m: [Double] = []
m = .init(repeating: 0, count: 3)
print(m)
enum E: Error { case bad }
func g(_ x: Int) throws -> Int { if x < 0 { throw E.bad }; return x }
let attempt: (Int) -> Result<Int, Error> = { x in
    do { return .success(try g(x)) } catch { return .failure(error) }
}
print(attempt(2), attempt(-1))
let o: Int? = 3
switch o {
case .some(let v): print("some", v)
case .none: print("none")
}
let n: Int?? = .some(nil)
let k: Int? = .none
let j: Int? = .some(4)
print(n as Any, k as Any, j as Any, n == nil)
let x: Double = .init(7)
let s: String = .init(repeating: "ab", count: 2)
print(x, s)
// expect: [0.0, 0.0, 0.0]
// expect: success(2) failure(main.E.bad)
// expect: some 3
// expect: Optional(nil) nil Optional(4) false
// expect: 7.0 abab
