// xs[...] is the whole array as a slice, ArraySlice(…) a slice of a sequence's elements.
func total(_ xs: ArraySlice<Double>) -> Double { xs.reduce(0, +) }
let data = [1.0, 2.0, 3.0]
print(total(data[...]), total(ArraySlice([4.0, 5.0])), total(data[1...]))
var xs = [1, 2, 3]
let all = xs[...]
print(all, all.count, Array(all))
xs[...] = [7, 8]
print(xs)
let s = ArraySlice([1.5, 2.5])
print(s, s.count, s.reduce(0, +), type(of: s))
let t = ArraySlice(1...3)
print(t)
// expect: 6.0 9.0 5.0
// expect: [1, 2, 3] 3 [1, 2, 3]
// expect: [7, 8]
// expect: [1.5, 2.5] 2 4.0 ArraySlice<Double>
// expect: [1, 2, 3]
