struct Config {
    var lr = 0.1
    var steps = 10
    let name: String
}
let a = Config(name: "a")
let b = Config(lr: 0.5, name: "b")
print(a, b)
// expect: Config(lr: 0.1, steps: 10, name: "a") Config(lr: 0.5, steps: 10, name: "b")
