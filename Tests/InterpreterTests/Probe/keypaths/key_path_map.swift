struct Run { var name: String; var loss: Double }
let runs = [Run(name: "a", loss: 0.5), Run(name: "b", loss: 0.25)]
print(runs.map(\.name))
print(runs.map(\.loss).reduce(0, +))
