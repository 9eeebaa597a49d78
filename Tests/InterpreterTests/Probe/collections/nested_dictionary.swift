var config: [String: [String: Double]] = [:]
config["adam"] = ["lr": 0.001, "beta1": 0.9]
config["sgd"] = ["lr": 0.1]
config["sgd"]?["momentum"] = 0.9
for name in config.keys.sorted() {
    let params = config[name]!
    print(name, params.keys.sorted().map { "\($0)=\(params[$0]!)" }.joined(separator: ", "))
}
