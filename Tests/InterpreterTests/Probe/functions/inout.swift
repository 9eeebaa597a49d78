func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapValues(&x, &y)
print(x, y)
func scale(_ v: inout [Double], by k: Double) {
    for i in v.indices { v[i] *= k }
}
var v = [1.0, 2.0]
scale(&v, by: 3)
print(v)
