let x = 1
if true {
    let x = 2
    print(x)
}
print(x)
// expect: 2
// expect: 1
