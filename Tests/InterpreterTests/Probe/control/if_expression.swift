let n = 7
let parity = if n % 2 == 0 { "even" } else { "odd" }
print(parity)
let size = switch n {
case 0..<5: "small"
case 5..<10: "medium"
default: "large"
}
print(size)
