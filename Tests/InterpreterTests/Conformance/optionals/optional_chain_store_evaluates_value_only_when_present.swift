func value() -> Double {
    print("evaluated")
    return 1
}
var config: [String: [String: Double]] = [:]
config["adam"]?["lr"] = value()
config["sgd"] = [:]
config["sgd"]?["lr"] = value()
var xs: [Int]? = [1]
xs?.append(2)
var none: [Int]? = nil
none?.append(Int(value()))
print(config, xs as Any, none as Any)
// expect: evaluated
// expect: ["sgd": ["lr": 1.0]] Optional([1, 2]) nil
