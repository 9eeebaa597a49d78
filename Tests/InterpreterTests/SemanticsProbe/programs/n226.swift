var x = 1
func g() -> Int { x *= 10; return 2 }
x = x + g()
print(x)
x = 1
x = g() + x
print(x)
x = 1
x -= g()
print(x)
