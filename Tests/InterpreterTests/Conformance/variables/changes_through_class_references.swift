// A change through a class reference reads the variable, property or element holding it and
// leaves it as it is: its observers and its setter do not run, as in Swift.
final class Layer {
    var weight = 0.0
    var history: [Double] = []
}
struct Model { var layer = Layer() { didSet { print("Model.layer didSet") } } }
var model = Model() { didSet { print("model didSet") } }
model.layer.weight = 1
model.layer.history.append(1)
model.layer.history[0] += 1

var layers = [Layer()] { didSet { print("layers didSet") } }
layers[0].weight = 5
layers[0].history.append(2)

var current: Layer {
    get { print("get current"); return layers[0] }
    set { print("set current") }
}
current.weight += 2
current.history[0] = 3

protocol Tunable: AnyObject { var rate: Double { get set } }
final class Step: Tunable { var rate = 0.1 }
var tuned: any Tunable = Step() { didSet { print("tuned didSet") } }
tuned.rate = 0.5

// Replacing the instance is a change of the variable.
model.layer = Layer()
layers.append(Layer())
print(model.layer.weight, layers[0].weight, layers[0].history, tuned.rate, layers.count)
// expect: get current
// expect: get current
// expect: Model.layer didSet
// expect: model didSet
// expect: layers didSet
// expect: 0.0 7.0 [3.0] 0.5 2
