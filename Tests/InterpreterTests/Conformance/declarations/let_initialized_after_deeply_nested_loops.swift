// Forty nested loops after a 'let' given its value later: the definite-initialisation check stays linear.
func t() {
    let x: Int
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
for _ in 0..<1 {
print(1)
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
    x = 1
    print(x)
}
t()
// expect: 1
// expect: 1
