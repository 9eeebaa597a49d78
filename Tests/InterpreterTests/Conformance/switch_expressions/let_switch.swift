let k = 2
let s = switch k {
case 1: "one"
case 2: "two"
default: "many"
}
print(s)
// expect: two
