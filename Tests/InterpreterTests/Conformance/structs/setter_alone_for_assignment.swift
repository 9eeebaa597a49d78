struct S {
    var stored = 0
    var p: Int {
        get { print("get"); return stored }
        set { print("set", newValue); stored = newValue }
    }
}
var s = S()
s.p = 1
s.p += 2
print(s.stored)
class C {
    var arr = [1, 2, 3]
    subscript(i: Int) -> Int {
        get { print("sub get", i); return arr[i] }
        set { print("sub set", i, newValue); arr[i] = newValue }
    }
}
let c = C()
func idx() -> Int { print("idx"); return 1 }
func val() -> Int { print("val"); return 5 }
c[idx()] = val()
print(c.arr, 0.0 / 0.0, -(0.0 / 0.0), 1.0 / 0.0)
// expect: set 1
// expect: get
// expect: set 3
// expect: 3
// expect: idx
// expect: val
// expect: sub set 1 5
// expect: [1, 5, 3] nan -nan inf
