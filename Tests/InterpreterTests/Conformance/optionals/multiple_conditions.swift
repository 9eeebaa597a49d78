let a: Int? = 2
let b: Int? = 3
if let x = a, let y = b, x < y {
    print(x + y)
}
// expect: 5
