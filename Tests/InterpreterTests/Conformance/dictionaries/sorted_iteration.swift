let d = ["b": 2, "a": 1, "c": 3]
for (k, v) in d.sorted(by: { $0.key < $1.key }) {
    print(k, v)
}
// expect: a 1
// expect: b 2
// expect: c 3
