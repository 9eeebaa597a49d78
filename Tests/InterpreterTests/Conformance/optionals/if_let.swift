let xs = [3, 1, 2]
if let m = xs.max() {
    print("max", m)
}
// expect: max 3
let empty: [Int] = []
if let m = empty.max() {
    print(m)
} else {
    print("none")
}
// expect: none
