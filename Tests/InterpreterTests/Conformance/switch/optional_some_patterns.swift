func f() -> Int {
    defer { print("defer 1") }
    defer { print("defer 2") }
    print("body")
    return 1
}
print(f())
let point = (x: 1.5, y: -2.0)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("on x", x)
case let (x, y) where x > 0 && y < 0: print("quadrant IV", x, y)
default: print("elsewhere")
}
let (a, b) = (1, "two")
print(a, b, point.x, point)
let v: Int? = 5
switch v { case .some(let n) where n > 3: print("big", n); case .some: print("small"); default: print("nil") }
for case let n? in [1, nil, 3] { print(n, terminator: " ") }
print()
let k = 7
switch k { case 0..<5: print("low"); case 5...: print("high"); default: break }
if case 1...9 = k { print("digit") }
// expect: body
// expect: defer 2
// expect: defer 1
// expect: 1
// expect: quadrant IV 1.5 -2.0
// expect: 1 two 1.5 (x: 1.5, y: -2.0)
// expect: big 5
// expect: 1 3 
// expect: high
// expect: digit
