struct Sample { var x: Double; var inner: Inner }
struct Inner { var y: Int }
var t = Sample(x: 1, inner: Inner(y: 2))
t[keyPath: \Sample.x] = 10
t[keyPath: \.inner.y] += 5
print(t.x, t.inner.y)
// expect: 10.0 7
