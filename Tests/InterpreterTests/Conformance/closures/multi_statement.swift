let xs = [1, 2, 3, 4]
let labels = xs.map { (x: Int) -> String in
    if x % 2 == 0 { return "even" }
    return "odd"
}
print(labels)
// expect: ["odd", "even", "odd", "even"]
