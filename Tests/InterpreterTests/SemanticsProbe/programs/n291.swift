struct S { var store = 1; var p: Int { get { print("get"); return store } set { print("set", newValue); store = newValue } } }
var s = S()
func f() -> Int { print("f"); return 10 }
s.p += f()
s.p = f()
print(s.store)
