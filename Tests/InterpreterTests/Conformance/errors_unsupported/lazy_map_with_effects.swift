let xs = [1, 2, 3]
var seen = 0
let doubled = xs.lazy.map { x -> Int in seen += 1; return x * 2 }
print(Array(doubled), seen)
// expect error: 3:27 not supported
