for s in ["sgd", "adam", "lbfgs"] {
    switch s {
    case "sgd", "momentum": print("first order")
    case "adam": print("adaptive")
    default: print("other:", s)
    }
}
// expect: first order
// expect: adaptive
// expect: other: lbfgs
