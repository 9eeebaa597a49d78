let k = 4
let s = switch k {
case 1: "one"
}
// expect error: 2:9 switch must be exhaustive
