func who(_ s: String) -> Int { print("eval", s); return 0 }
struct C { var v = [0, 0]; mutating func bump(_ k: Int) { v[k] += 1 } }
struct B { var c: C? = C(); var name = "b" }
struct A { var b: B? = B() }
var a: A? = A()
a?.b?.c?.bump(who("bump"))
a?.b?.c?.v[who("idx")] = who("val")
print(a!)
a?.b?.c = nil
a?.b?.c?.bump(who("never"))
a?.b?.c?.v[who("never-idx")] = who("never-val")
print(a!)
var d: [String: [Int]] = ["k": [1, 2, 3]]
let r = d["k"]?.popLast()
print(r as Any, type(of: r))
print(d["k"]?.append(9) as Any, d["zz"]?.append(1) as Any)
print(d["k"]?.removeFirst() as Any)
class K { var xs: [Int] = []; var next: K? }
let k = K(); k.next = K()
k.next?.xs.append(who("cls"))
k.next?.next?.xs.append(who("cls-never"))
print(k.next!.xs)
// expect: eval bump
// expect: eval idx
// expect: eval val
// expect: A(b: Optional(main.B(c: Optional(main.C(v: [0, 0])), name: "b")))
// expect: A(b: Optional(main.B(c: nil, name: "b")))
// expect: Optional(3) Optional<Int>
// expect: Optional(()) nil
// expect: Optional(1)
// expect: eval cls
// expect: [0]
