struct Wrapper<T> { var v: T; func get() -> T { v } }
extension Wrapper where T == Double { func half() -> Double { v / 2 } }
extension Wrapper where T: Numeric { func twice() -> T { v * 2 } }
let w = Wrapper<Double>(v: 3)
let wi = Wrapper(v: 3)
print(w.v, w.half(), wi.twice(), w.twice(), wi.get() / 2)
