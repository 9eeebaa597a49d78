class C { var arr = [1, 2, 3]; subscript(i: Int) -> Int { get { print("sub get", i); return arr[i] } set { print("sub set", i, newValue); arr[i] = newValue } } }
let c = C()
func idx() -> Int { print("idx"); return 1 }
func val() -> Int { print("val"); return 5 }
c[idx()] = val()
c[idx()] += val()
print(c.arr)
