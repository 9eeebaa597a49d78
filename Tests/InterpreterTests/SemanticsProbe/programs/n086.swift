class Box<T> { var v: T; init(_ v: T) { self.v = v } ; func set(_ n: T) { v = n } }
let b = Box<Double>(1)
b.set(5)
print(b.v, b.v / 2)
let c: Box<Float> = Box(2)
print(c.v)
