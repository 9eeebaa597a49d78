var base = 10
func g(_ x: Int = base * 2, _ y: Int = 1) -> Int { x + y }
print(g(), g(1))
base = 100
print(g(), g(y: 5))
func g(y: Int) -> Int { -y }
