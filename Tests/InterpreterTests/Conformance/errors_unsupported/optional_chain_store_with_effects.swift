func value() -> Double {
    print("evaluated")
    return 1
}
var config: [String: [String: Double]] = [:]
config["adam"]?["lr"] = value()
// expect error: 6:1 not supported in experiment blocks: changing a value through optional chaining, other than by storing a literal or a variable's value; unwrap it with 'if var' and store it back
