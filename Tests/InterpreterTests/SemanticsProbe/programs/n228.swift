var calls: [String] = []
func a() -> Int { calls.append("a"); return 1 }
func b() -> Int { calls.append("b"); return 2 }
func c() -> Int { calls.append("c"); return 3 }
let _ = [a(), b(), c()]
let _ = (a() > b()) ? c() : a()
let _ = [b(): a(), c(): b()]
print(calls)
