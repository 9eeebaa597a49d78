enum Counter { static var n = 0; static func nx(_ tag: String) -> Int { n += 1; print(tag, n); return n } }
struct S { var a = Counter.nx("a"); var b: Int; let c = Counter.nx("c"); var d = Counter.nx("d") }
let s = S(b: Counter.nx("b"))
print(s.a, s.b, s.c, s.d)
let t = S(a: Counter.nx("a2"), b: Counter.nx("b2"), d: Counter.nx("d2"))
print(t.a, t.b, t.c, t.d)
// expect: b 1
// expect: a 2
// expect: d 3
// expect: c 4
// expect: 2 1 4 3
// expect: a2 5
// expect: b2 6
// expect: d2 7
// expect: c 8
// expect: 5 6 8 7
