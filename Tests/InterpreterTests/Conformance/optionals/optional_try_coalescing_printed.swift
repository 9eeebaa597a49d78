struct E: Error {}
func f(_ n: Int) throws -> Double { if n < 0 { throw E() }; return 1.5 }
print((try? f(-1)) ?? 0)
print((try? f(-1)) ?? -1, (try? f(2)) ?? 0)
let v = (try? f(-1)) ?? 0
print(v)
print("\((try? f(-1)) ?? 0)")
// expect: 0
// expect: -1 1.5
// expect: 0.0
// expect: 0.0
