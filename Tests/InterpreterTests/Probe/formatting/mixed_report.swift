import Foundation
let names = ["sgd", "momentum", "adam"]
let finals = [0.5123, 0.01234, 0.000987]
for (n, f) in zip(names, finals) {
    print(String(format: "%@: final = %.3e (%6.2f%%)", n, f, f * 100))
}
