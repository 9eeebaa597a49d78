var xs = [Double]()
xs.append(1)
var ys = [String]()
ys.append("a")
print(xs, ys)
// expect: [1.0] ["a"]
