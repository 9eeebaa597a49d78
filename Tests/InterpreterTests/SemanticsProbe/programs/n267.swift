struct S { var t: (a: Int, b: Int) = (0, 0); var o: (a: Int, b: Int)? = nil }
var s = S(); s.o = (5, 6)
print(s, s.t, s.o!)
