var config: [String: [String: Double]] = ["sgd": ["lr": 0.1]]
let momentum = 0.9
config["sgd"]?["momentum"] = momentum
config["adam"]?["lr"] = 0.001
config["sgd"]?["lr"]! *= 2
var maybe: [Int]? = [1, 2]
maybe?[0] = 5
var none: [Int]? = nil
none?[0] = 5
print(config.keys.sorted(), config["sgd"]!["lr"]!, config["sgd"]!["momentum"]!, maybe!, none == nil)
// expect: ["sgd"] 0.2 0.9 [5, 2] true
