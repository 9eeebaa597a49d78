// A struct's own `keys` and `values` are arrays, whose `reversed()` is a `ReversedCollection`, not a dictionary's keys or values.
struct S { var values: [Double]; var keys: [String] }
let s = S(values: [1, 2], keys: ["a", "b"])
print(s.values.reversed())
print(s.keys.reversed(), type(of: s.keys.reversed()))
print(s.values.enumerated())
let d = ["a": 1]
print(d.values.reversed(), d.keys.reversed())
print(zip(s.values, s.keys))
// expect: ReversedCollection<Array<Double>>(_base: [1.0, 2.0])
// expect: ReversedCollection<Array<String>>(_base: ["a", "b"]) ReversedCollection<Array<String>>
// expect: EnumeratedSequence<Array<Double>>(_base: [1.0, 2.0])
// expect: [1] ["a"]
// expect: Zip2Sequence<Array<Double>, Array<String>>(_sequence1: [1.0, 2.0], _sequence2: ["a", "b"])
