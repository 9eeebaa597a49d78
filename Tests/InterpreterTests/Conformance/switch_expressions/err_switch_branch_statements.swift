let k = 1
let s = switch k {
case 1:
    print("one")
    "one"
default: "other"
}
// expect error: 5:5 non-expression branch of 'switch' expression may only end with a 'throw' or 'fallthrough'
