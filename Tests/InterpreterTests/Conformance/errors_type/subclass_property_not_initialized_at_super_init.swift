class A { let n: Int; init(n: Int) { self.n = n } }
class B: A {
    let m: Int
    init(m: Int) { super.init(n: m); self.m = m }
}
print(B(m: 1).m)
// expect error: 4:26 property 'self.m' not initialized at super.init call
