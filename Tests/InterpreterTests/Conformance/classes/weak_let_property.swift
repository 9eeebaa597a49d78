final class N { let v = 1 }
final class H {
    weak let a: N?
    init(a: N) { self.a = a }
}
let n = N()
let h = H(a: n)
print(h.a!.v)
print(H(a: N()).a as Any)
// expect: 1
// expect: nil
