struct P { var x = 1.0; var y = 2 }
final class C { var name = "a"; var p = P() }
class Base { var k = 1 }
class Sub: Base { var m = "s" }
enum E { case a, b(Int), c(x: Int, y: String) }
enum R: Int { case one = 1, two }
struct Empty {}
let r1 = dump(1.5)
print(r1)
dump(42)
dump("hi")
dump(Character("c"))
dump(true)
dump([1, 2, 3])
dump([Int]())
dump(Optional(3))
let n: Int? = nil
dump(n)
dump((1, "a"))
dump((x: 1, y: 2.5))
dump(P())
dump(C())
dump(Sub())
dump(E.a)
dump(E.b(3))
dump(E.c(x: 1, y: "z"))
dump(R.two)
dump(Empty())
dump([P(), P(x: 3, y: 4)])
dump(["a": 1])
dump(Double.nan)
dump(-Double.infinity)
dump(Int.max)
dump(UInt8(3))
dump(Float(1.1))
dump([[1], []])
dump(1...3)
dump(0..<2)
dump(Optional(P()))
dump("a\nb")
dump(1.5, name: "v")
dump(())
dump([Optional(1), nil])
let s: Substring = "ab".dropFirst()
dump(s)
dump([1.5: "x"])
// expect: - 1.5
// expect: 1.5
// expect: - 42
// expect: - "hi"
// expect: - "c"
// expect: - true
// expect: ▿ 3 elements
// expect:   - 1
// expect:   - 2
// expect:   - 3
// expect: - 0 elements
// expect: ▿ Optional(3)
// expect:   - some: 3
// expect: - nil
// expect: ▿ (2 elements)
// expect:   - .0: 1
// expect:   - .1: "a"
// expect: ▿ (2 elements)
// expect:   - x: 1
// expect:   - y: 2.5
// expect: ▿ main.P
// expect:   - x: 1.0
// expect:   - y: 2
// expect: ▿ main.C #0
// expect:   - name: "a"
// expect:   ▿ p: main.P
// expect:     - x: 1.0
// expect:     - y: 2
// expect: ▿ main.Sub #0
// expect:   ▿ super: main.Base
// expect:     - k: 1
// expect:   - m: "s"
// expect: - main.E.a
// expect: ▿ main.E.b
// expect:   - b: 3
// expect: ▿ main.E.c
// expect:   ▿ c: (2 elements)
// expect:     - x: 1
// expect:     - y: "z"
// expect: - main.R.two
// expect: - main.Empty
// expect: ▿ 2 elements
// expect:   ▿ main.P
// expect:     - x: 1.0
// expect:     - y: 2
// expect:   ▿ main.P
// expect:     - x: 3.0
// expect:     - y: 4
// expect: ▿ 1 key/value pair
// expect:   ▿ (2 elements)
// expect:     - key: "a"
// expect:     - value: 1
// expect: - nan
// expect: - -inf
// expect: - 9223372036854775807
// expect: - 3
// expect: - 1.1
// expect: ▿ 2 elements
// expect:   ▿ 1 element
// expect:     - 1
// expect:   - 0 elements
// expect: ▿ ClosedRange(1...3)
// expect:   - lowerBound: 1
// expect:   - upperBound: 3
// expect: ▿ Range(0..<2)
// expect:   - lowerBound: 0
// expect:   - upperBound: 2
// expect: ▿ Optional(main.P(x: 1.0, y: 2))
// expect:   ▿ some: main.P
// expect:     - x: 1.0
// expect:     - y: 2
// expect: - "a\nb"
// expect: - v: 1.5
// expect: - (0 elements)
// expect: ▿ 2 elements
// expect:   ▿ Optional(1)
// expect:     - some: 1
// expect:   - nil
// expect: - "b"
// expect: ▿ 1 key/value pair
// expect:   ▿ (2 elements)
// expect:     - key: 1.5
// expect:     - value: "x"
