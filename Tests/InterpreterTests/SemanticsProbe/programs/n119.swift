class Base<T> { var vals: [T] = []; func add(_ v: T) { vals.append(v) } }
class DoubleBase: Base<Double> {}
let d = DoubleBase(); d.add(1); d.add(2.5)
print(d.vals, d.vals.reduce(0, +))
